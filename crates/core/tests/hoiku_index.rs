//! 保育指数: worked examples from each published table (every row at
//! least once), ties, what-ifs, and validation naming the file and field.

use hagukumi_core::nursery::index::{
    self, compare, embedded_tables, load_table, points, what_if, Adjustment, Answers, Table,
    TieBreak, TieOutcome,
};
use serde_json::json;

fn table(code: &str) -> Table {
    embedded_tables()
        .unwrap()
        .into_iter()
        .find(|t| t.municipality.code == code)
        .unwrap()
}

fn answers(v: serde_json::Value) -> Answers {
    let a: Answers = serde_json::from_value(v).unwrap();
    a.validate().unwrap();
    a
}

fn work(hours: f64) -> serde_json::Value {
    json!({ "situation": "work", "hours_per_week": hours, "days_per_month": 20 })
}

fn total(t: &Table, a: serde_json::Value) -> (i32, bool) {
    let p = points(t, &answers(a));
    (p.total, p.complete)
}

fn single(t: &Table, g: serde_json::Value) -> (i32, Option<String>) {
    let p = points(t, &answers(json!({ "guardians": [g] })));
    (p.total, p.lines[0].rule_id.clone())
}

#[test]
fn both_tables_load_with_their_fiscal_year_and_sources() {
    let tables = embedded_tables().unwrap();
    assert_eq!(tables.len(), 2);
    for t in &tables {
        assert_eq!(
            (t.fiscal_year, t.fiscal_year_label.as_str()),
            (2025, "令和7年度")
        );
        assert!(!t.note.ja.is_empty() && !t.note.en.is_empty());
        for row in &t.guardian {
            assert!(t.source(&row.source).is_some());
        }
    }
    let h = table("132012");
    assert!(h.sources[0]
        .url
        .as_deref()
        .unwrap()
        .contains("city.hachioji.tokyo.jp"));
}

#[test]
fn hachioji_work_rows_at_their_boundaries() {
    let t = table("132012");
    let cases = [
        (45.0, 10, "work1-40h"),
        (40.0, 10, "work1-40h"),
        (39.5, 9, "work1-35h"),
        (35.0, 9, "work1-35h"),
        (30.0, 8, "work1-30h"),
        (25.0, 7, "work1-25h"),
        (24.9, 6, "work1-under-25h"),
        (10.0, 6, "work1-under-25h"),
    ];
    for (hours, pts, id) in cases {
        assert_eq!(
            single(&t, work(hours)),
            (pts, Some(id.to_owned())),
            "{hours}h"
        );
    }
    let helper = |h: f64| json!({ "situation": "self_employed_helper", "hours_per_week": h });
    assert_eq!(single(&t, helper(35.0)), (8, Some("work2-35h".into())));
    assert_eq!(single(&t, helper(30.0)), (7, Some("work2-30h".into())));
    assert_eq!(
        single(&t, helper(29.0)),
        (6, Some("work2-under-30h".into()))
    );
}

#[test]
fn hachioji_birth_illness_and_disability_rows() {
    let t = table("132012");
    assert_eq!(
        single(&t, json!({ "situation": "pregnancy_birth" })),
        (10, Some("pregnancy-birth".into()))
    );
    for (detail, pts) in [
        ("hospital_1_month_or_more", 10),
        ("hospital_under_1_month", 9),
        ("bedridden", 10),
        ("mental_infectious_or_intractable", 10),
        ("home_outpatient_3_days", 8),
        ("home_outpatient_1_2_days", 7),
        ("home_other", 6),
    ] {
        let (got, id) = single(&t, json!({ "situation": "illness", "detail": detail }));
        assert_eq!(got, pts, "{detail}");
        assert!(id.unwrap().starts_with("illness-"));
    }
    for (detail, pts) in [("grade_1", 10), ("grade_2", 8)] {
        assert_eq!(
            single(&t, json!({ "situation": "disability", "detail": detail })).0,
            pts
        );
    }
}

#[test]
fn hachioji_two_full_time_parents_and_what_is_not_in_the_table() {
    let t = table("132012");
    assert_eq!(
        total(&t, json!({ "guardians": [work(40.0), work(40.0)] })),
        (20, true)
    );
    assert_eq!(
        total(&t, json!({ "guardians": [work(40.0), work(30.0)] })),
        (18, true)
    );
    // 介護 and the 調整指数 could not be found: said, and left out of the total.
    let p = points(
        &t,
        &answers(json!({
            "guardians": [work(40.0), { "situation": "care" }],
            "household": ["single_parent"]
        })),
    );
    assert_eq!(p.total, 10);
    assert!(!p.complete);
    let ids: Vec<&str> = p
        .lines
        .iter()
        .map(|l| l.reason.message_id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "hoiku-line-guardian",
            "hoiku-line-guardian-not-in-table",
            "hoiku-line-household-not-in-table"
        ]
    );
    // Work with no hours given matches no row.
    assert_eq!(
        total(&t, json!({ "guardians": [{ "situation": "work" }] })),
        (0, false)
    );
}

#[test]
fn hachioji_ties_are_not_computed_without_the_published_order() {
    let t = table("132012");
    let a = answers(json!({ "guardians": [work(40.0), work(35.0)], "resident_tax_yen": 1 }));
    let b = answers(json!({ "guardians": [work(35.0), work(40.0)], "resident_tax_yen": 2 }));
    assert_eq!(compare(&t, &a, &b), TieOutcome::Undecided);
    assert!(t.tie_break_note.as_ref().unwrap().ja.contains("別表-3"));
}

#[test]
fn koto_both_parents_full_time_is_24() {
    let t = table("131083");
    assert_eq!(
        total(&t, json!({ "guardians": [work(40.0), work(40.0)] })),
        (24, true)
    );
    // 19 days a month is below the only work row found: not in the table.
    let short = json!({ "situation": "work", "hours_per_week": 40, "days_per_month": 19 });
    assert_eq!(
        total(&t, json!({ "guardians": [work(40.0), short] })),
        (12, false)
    );
    assert_eq!(
        single(&t, json!({ "situation": "pregnancy_birth" })),
        (12, Some("birth".into()))
    );
    assert_eq!(
        single(&t, json!({ "situation": "job_seeking" })),
        (5, Some("job-seeking".into()))
    );
}

#[test]
fn koto_every_household_adjustment() {
    let t = table("131083");
    let base = |household: serde_json::Value| {
        total(
            &t,
            json!({ "guardians": [work(40.0), work(40.0)], "household": household }),
        )
        .0
    };
    assert_eq!(base(json!(["sibling_enrolled"])), 26);
    assert_eq!(base(json!(["unlicensed_care"])), 26);
    assert_eq!(base(json!(["parental_leave_return"])), 26);
    assert_eq!(base(json!(["small_scale_graduate"])), 27);
    assert_eq!(base(json!(["nursery_teacher"])), 25);
    assert_eq!(
        base(json!([
            "sibling_enrolled",
            "nursery_teacher",
            "small_scale_graduate"
        ])),
        30
    );
    // A single parent working full time: 12 + ひとり親 12.
    let p = points(
        &t,
        &answers(json!({ "guardians": [work(40.0)], "household": ["single_parent"] })),
    );
    assert_eq!(p.total, 24);
    assert_eq!(p.lines.len(), 2);
    assert_eq!(p.lines[1].rule.as_ref().unwrap().ja, "ひとり親世帯");
    assert_eq!(p.lines[1].points, Some(12));
}

#[test]
fn koto_ties_go_to_the_lower_resident_tax() {
    let t = table("131083");
    let family = |tax: Option<u64>, household: serde_json::Value| {
        let mut v = json!({ "guardians": [work(40.0), work(40.0)], "household": household });
        if let Some(tax) = tax {
            v["resident_tax_yen"] = json!(tax);
        }
        answers(v)
    };
    let low = family(Some(100_000), json!([]));
    let high = family(Some(200_000), json!([]));
    let step = TieBreak::LowerResidentTax;
    assert_eq!(
        compare(&t, &low, &high),
        TieOutcome::FirstByTieBreak { step }
    );
    assert_eq!(
        compare(&t, &high, &low),
        TieOutcome::SecondByTieBreak { step }
    );
    assert_eq!(
        compare(&t, &low, &family(Some(100_000), json!([]))),
        TieOutcome::Undecided
    );
    assert_eq!(
        compare(&t, &low, &family(None, json!([]))),
        TieOutcome::Undecided
    );
    // Points come before the tie-break.
    let sibling = family(Some(900_000), json!(["sibling_enrolled"]));
    assert_eq!(compare(&t, &low, &sibling), TieOutcome::Second);
}

#[test]
fn what_if_more_hours_or_back_from_leave_in_april() {
    let h = table("132012");
    let a = answers(json!({
        "guardians": [work(40.0), work(30.0)],
        "what_if": [
            { "label": "30 → 35 hours", "changes": [{ "guardian": 2, "answers": work(35.0) }] },
            { "label": "育休復帰", "add": ["parental_leave_return"] }
        ]
    }));
    let c = what_if(&h, &a, &a.what_if[0]);
    assert_eq!((c.before.total, c.after.total, c.difference), (18, 19, 1));
    let k = table("131083");
    let c = what_if(&k, &a, &a.what_if[1]);
    assert_eq!(c.difference, 2);
    assert_eq!(
        c.after.lines.last().unwrap().rule_id.as_deref(),
        Some("parental_leave_return")
    );
    // Removing works too.
    let back = a.apply(&index::WhatIf {
        label: "x".into(),
        changes: vec![],
        add: vec![],
        remove: vec![Adjustment::ParentalLeaveReturn],
    });
    assert!(back.household.is_empty());
}

#[test]
fn bad_answers_name_the_field() {
    let bad = |v: serde_json::Value| {
        serde_json::from_value::<Answers>(v)
            .unwrap()
            .validate()
            .unwrap_err()
    };
    let e = bad(json!({ "guardians": [] }));
    assert_eq!(
        (e.field.as_str(), e.message_id),
        ("guardians", "hoiku-error-guardians")
    );
    let e = bad(json!({ "guardians": [{ "situation": "work", "hours_per_week": 200 }] }));
    assert_eq!(e.field, "guardians[0].hours_per_week");
    let e =
        bad(json!({ "guardians": [work(40.0)], "household": ["single_parent", "single_parent"] }));
    assert_eq!(e.field, "household[1]");
    let e = bad(
        json!({ "guardians": [work(40.0)], "what_if": [{ "label": "x", "changes": [{ "guardian": 2, "answers": work(40.0) }] }] }),
    );
    assert_eq!(e.field, "what_if[0].changes[0].guardian");
    let e = bad(
        json!({ "guardians": [work(40.0)], "what_if": [{ "label": "x", "changes": [{ "guardian": 1, "answers": { "situation": "work", "days_per_month": 40 } }] }] }),
    );
    assert_eq!(e.field, "what_if[0].guardians[0].days_per_month");
    assert!(serde_json::from_value::<Answers>(
        json!({ "guardians": [{ "situation": "napping" }] })
    )
    .is_err());
}

#[test]
fn a_bad_table_names_its_file_and_field() {
    let good = index::EMBEDDED_TABLES[1].1;
    let mut v: serde_json::Value = serde_json::from_str(good).unwrap();
    let err = |v: &serde_json::Value| load_table("x.json", &v.to_string()).unwrap_err();

    let mut w = v.clone();
    w["guardian"][0]["points"] = json!(500);
    let e = err(&w);
    assert_eq!(
        (e.file.as_str(), e.field.as_str()),
        ("x.json", "guardian[0].points")
    );

    let mut w = v.clone();
    w["household"][1]["source"] = json!("nowhere");
    assert_eq!(err(&w).field, "household[1].source");

    let mut w = v.clone();
    w["guardian"][1]["id"] = w["guardian"][0]["id"].clone();
    assert_eq!(err(&w).field, "guardian[1].id");

    let mut w = v.clone();
    w["note"]["en"] = json!(" ");
    assert_eq!(err(&w).field, "note");

    let mut w = v.clone();
    w["municipality"]["code"] = json!("131082");
    assert_eq!(err(&w).field, "municipality.code");

    v["guardian"][0].as_object_mut().unwrap().remove("points");
    let e = err(&v);
    assert!(e.message.contains("points"), "{e}");
    assert_eq!(e.file, "x.json");
}
