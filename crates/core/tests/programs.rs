//! The program registry and the matching engine at their boundaries.

use hagukumi_core::programs::{
    self, ids, load_embedded, load_registry, match_family, moving, Area, Match, Matches, Per,
    Person, Severity,
};
use hagukumi_core::{Child, Pregnancy};

mod support;
use support::{child, d};

fn pregnancy(id: i64, expected: &str) -> Pregnancy {
    Pregnancy {
        id,
        label: None,
        expected_date: d(expected),
    }
}

const CHIYODA: &str = "131016";
const KOTO: &str = "131083";

fn family(kids: &[Child], pregs: &[Pregnancy], today: &str) -> Matches {
    match_family(&load_embedded(), CHIYODA, kids, pregs, d(today))
}

fn find<'a>(list: &'a [Match], psid_end: &str, child_id: i64) -> Option<&'a Match> {
    list.iter().find(|m| {
        m.psid.ends_with(psid_end)
            && matches!(&m.person, Person::Child { id, .. } if *id == child_id)
    })
}

fn has_reason(m: &Match, id: &str) -> bool {
    m.reasons.iter().any(|r| r.message_id == id)
}

#[test]
fn the_embedded_sample_registry_loads_without_a_problem() {
    let r = load_embedded();
    assert!(r.problems.is_empty(), "{:#?}", r.problems);
    assert_eq!(r.files.len(), 5);
    for f in &r.files {
        assert!(f.sample, "{} is labelled sample", f.file);
        assert!(
            f.label.as_deref().unwrap().starts_with("SAMPLE"),
            "{}",
            f.file
        );
        assert!(f.as_of.is_some(), "{}", f.file);
    }
    // Every program with rules cites a source its file lists.
    for p in &r.programs {
        let rules = p.rules.as_ref().expect("sample records carry rules");
        assert!(r.source(&p.file, &rules.source).is_some(), "{}", p.psid);
    }
    let codes: Vec<&str> = r.municipalities.iter().map(|m| m.code.as_str()).collect();
    assert_eq!(codes, ["131016", "131083", "132012"]);
    let national = r
        .programs
        .iter()
        .filter(|p| p.area == Area::National)
        .count();
    assert!(national >= 4);
}

#[test]
fn local_government_codes_need_six_digits_and_the_check_digit() {
    use programs::registry::is_local_government_code as ok;
    for code in ["131016", "131083", "132012", "130001", "010006"] {
        assert!(ok(code), "{code}");
    }
    for code in ["131017", "13101", "1310160", "13101a", "131084"] {
        assert!(!ok(code), "{code}");
    }
}

const QUIRKS: &str = r#"[
  {"institutionName": {"canonicalName": "スラッシュの日付"},
   "area": {"areaCode": "131016;千代田区"},
   "basicInformation": {"psid": "psid3.0+9000020131016+10+UM54"},
   "target": {"greaterThanOrEqualTo": {"targetAge": "0", "targetAgeOfMonths": "2"},
              "lessThan": {"targetAge": 7, "targetAgeOfMonths": 6}},
   "tag": {"categoryCode": ["002，003"], "targetCode": "86", "contentsCode": ["12a"]},
   "procedurePeriod": {"fromYMD": "2024/04/01", "toYMD": "随時"},
   "updateDate": "2024-04-01",
   "procedureMetod": "窓口"},
  {"institutionName": {"canonicalName": "年齢が読めない"},
   "area": {"areaCode": "131016;千代田区"},
   "basicInformation": {"psid": "psid-bad-age"},
   "target": {"lessThan": {"targetAge": "七"}}},
  {"institutionName": {"canonicalName": "psid なし"}},
  {"institutionName": {"canonicalName": "地域コードが違う"},
   "area": {"areaCode": "131017;千代田区"},
   "basicInformation": {"psid": "psid-bad-area"}},
  "not a record",
  {"basicInformation": {"psid": "psid-no-name"}, "area": {"areaCode": "131016"}},
  {"institutionName": {"canonicalName": "地域なし"},
   "basicInformation": {"psid": "psid-no-area"}, "area": {"areaText": "千代田区"}},
  {"institutionName": {"shortName": "短い名前だけ"},
   "area": {"areaCode": "131016;千代田区"},
   "basicInformation": {"psid": "psid-ok-2"},
   "updateDate": "20240115"}
]"#;

#[test]
fn real_world_quirks_are_reported_and_the_rest_loads() {
    let r = load_registry(&[("quirks.json", QUIRKS), ("broken.json", "{not json")]);
    let psids: Vec<&str> = r.programs.iter().map(|p| p.psid.as_str()).collect();
    assert_eq!(psids, ["psid3.0+9000020131016+10+UM54", "psid-ok-2"]);

    let first = &r.programs[0];
    assert_eq!(first.tags.category, ["002", "003"]);
    assert_eq!(first.tags.target, ["086"]);
    assert!(first.tags.contents.is_empty());
    let period = first.procedure_period.as_ref().unwrap();
    assert_eq!(period.from.as_ref().unwrap().date(), Some(d("2024-04-01")));
    assert_eq!(
        period.to,
        Some(programs::DateField::Text("随時".into())),
        "free text stays text"
    );
    assert_eq!(
        first.update_date.as_ref().unwrap().date(),
        Some(d("2024-04-01"))
    );
    assert_eq!(first.target.greater_than_or_equal_to.unwrap().months, 2);
    assert_eq!(first.target.less_than.unwrap().months, 90);
    assert_eq!(r.programs[1].name, "短い名前だけ");
    assert_eq!(
        r.programs[1].update_date.as_ref().unwrap().date(),
        Some(d("2024-01-15"))
    );

    let problem = |record: &str, field: &str| {
        r.problems
            .iter()
            .find(|p| p.record == record && p.field == field)
            .unwrap_or_else(|| panic!("no problem {record} {field}: {:#?}", r.problems))
    };
    let psid = "psid3.0+9000020131016+10+UM54";
    for (record, field, severity) in [
        (psid, "procedureMetod", Severity::Warning),
        (psid, "procedurePeriod.toYMD", Severity::Warning),
        (psid, "tag.contentsCode", Severity::Warning),
        (
            "psid-bad-age",
            "target.lessThan.targetAge",
            Severity::Skipped,
        ),
        ("records[2]", "basicInformation.psid", Severity::Skipped),
        ("psid-bad-area", "area.areaCode", Severity::Skipped),
        ("records[4]", "(record)", Severity::Skipped),
        (
            "psid-no-name",
            "institutionName.canonicalName",
            Severity::Skipped,
        ),
    ] {
        assert_eq!(
            problem(record, field).severity,
            severity,
            "{record} {field}"
        );
    }
    assert!(r
        .problems
        .iter()
        .any(|p| p.file == "broken.json" && p.record == "(file)"));

    // A registry record without Hagukumi's rules matches by its age bounds.
    let baby = child(1, "はなこ", "2026-01-31");
    let m = match_family(
        &r,
        CHIYODA,
        std::slice::from_ref(&baby),
        &[],
        d("2026-03-31"),
    );
    assert!(find(&m.now, "UM54", 1).is_some());
    let m = match_family(&r, CHIYODA, &[baby], &[], d("2026-03-30"));
    assert!(find(&m.now, "UM54", 1).is_none());
    assert!(find(&m.coming, "UM54", 1).is_some());
}

#[test]
fn month_ends_follow_the_age_convention() {
    // Born 31 January: two months are complete on 31 March, and 7 years 6
    // months on 31 July 2033, so the last day of 「7歳6か月未満」 is 30 July.
    let kids = [child(1, "はなこ", "2026-01-31")];
    let before = family(&kids, &[], "2026-03-30");
    let coming = find(&before.coming, "dpt-ipv-hib", 1).expect("coming up");
    assert_eq!(coming.starts, Some(d("2026-03-31")));
    assert!(find(&before.now, "dpt-ipv-hib", 1).is_none());
    let on = family(&kids, &[], "2026-03-31");
    let m = find(&on.now, "dpt-ipv-hib", 1).expect("applies from 2 months");
    assert_eq!(m.ends, Some(d("2033-07-30")));
    assert_eq!(
        m.days_left,
        Some((d("2033-07-30") - d("2026-03-31")).num_days())
    );
    assert_eq!(m.amount_text.as_deref(), Some("接種費用 無料"));
    assert_eq!(m.schedule.as_deref(), Some("vaccine:dpt-ipv-hib"));
    let age = &m.reasons[0];
    assert_eq!(age.message_id, ids::CHILD_AGE);
    assert_eq!(
        age.arg("months"),
        Some(&hagukumi_core::schedule::ReasonArg::Number(2))
    );
    assert!(find(&family(&kids, &[], "2033-07-30").now, "dpt-ipv-hib", 1).is_some());
    assert!(find(&family(&kids, &[], "2033-07-31").now, "dpt-ipv-hib", 1).is_none());
}

#[test]
fn leap_day_births_reach_three_years_on_28_february() {
    let kids = [child(1, "うるう", "2024-02-29")];
    let allowance = |today| {
        let m = family(&kids, &[], today);
        find(&m.now, "jidou-teate", 1).unwrap().amount.unwrap()
    };
    assert_eq!(allowance("2027-02-27").yen, 15000);
    assert_eq!(allowance("2027-02-28").yen, 10000);
    assert_eq!(allowance("2027-02-28").per, Per::Month);
}

#[test]
fn school_years_start_on_1_april() {
    use programs::school_year_end_after_age as end;
    assert_eq!(end(d("2008-04-01"), 18), Some(d("2026-03-31")));
    assert_eq!(end(d("2008-04-02"), 18), Some(d("2027-03-31")));
    assert_eq!(end(d("2008-03-31"), 18), Some(d("2026-03-31")));

    let april1 = child(1, "しがつついたち", "2008-04-01");
    let april2 = child(2, "しがつふつか", "2008-04-02");
    let kids = [april1, april2];
    let m = family(&kids, &[], "2026-03-31");
    let first = find(&m.now, "018-support", 1).expect("last day for the 1 April child");
    assert_eq!(first.days_left, Some(0));
    assert!(has_reason(first, ids::SCHOOL_YEAR_END));
    let m = family(&kids, &[], "2026-04-01");
    assert!(find(&m.now, "018-support", 1).is_none());
    assert!(find(&m.now, "018-support", 2).is_some());

    // School entry: マル子 from the 1 April after reaching 6.
    let kids = [
        child(1, "はやうまれ", "2019-04-01"),
        child(2, "おそうまれ", "2019-04-02"),
    ];
    let m = family(&kids, &[], "2025-04-01");
    assert!(find(&m.now, "maru-ko", 1).is_some());
    assert!(find(&m.now, "maru-nyu", 1).is_none());
    assert!(find(&m.now, "maru-ko", 2).is_none());
    assert!(find(&m.now, "maru-nyu", 2).is_some());
}

#[test]
fn the_third_child_gets_the_third_child_amount() {
    let kids = [
        child(1, "いちろう", "2004-06-01"),
        child(2, "じろう", "2018-06-01"),
        child(3, "さぶろう", "2026-06-01"),
    ];
    let on = |today| family(&kids, &[], today);
    let m = on("2026-12-01");
    let third = find(&m.now, "jidou-teate", 3).unwrap();
    assert_eq!(third.amount.unwrap().yen, 30000);
    assert!(has_reason(third, ids::CHILD_ORDER));
    assert_eq!(
        find(&m.now, "jidou-teate", 2).unwrap().amount.unwrap().yen,
        10000
    );
    // The eldest is past high-school age (no allowance) but still counts.
    assert!(find(&m.now, "jidou-teate", 1).is_none());
    // From 1 April 2027 (past the first 31 March after turning 22) the
    // eldest no longer counts: the youngest becomes the second child.
    let m = on("2027-03-31");
    assert_eq!(
        find(&m.now, "jidou-teate", 3).unwrap().amount.unwrap().yen,
        30000
    );
    let m = on("2027-04-01");
    let youngest = find(&m.now, "jidou-teate", 3).unwrap();
    assert_eq!(youngest.amount.unwrap().yen, 15000);
    assert!(!has_reason(youngest, ids::CHILD_ORDER));
}

#[test]
fn twins_each_count() {
    let kids = [
        child(1, "あに", "2022-05-10"),
        child(2, "そら", "2026-05-20"),
        child(3, "うみ", "2026-05-20"),
    ];
    let m = family(&kids, &[], "2026-07-01");
    // Each twin gets Baby First, and says why.
    for id in [2, 3] {
        let gift = find(&m.now, "akachan-first", id).unwrap();
        assert_eq!(gift.amount.unwrap().yen, 100000);
        assert!(has_reason(gift, ids::TWINS));
    }
    // The elder brother was born before 2025-04-01.
    assert!(find(&m.now, "akachan-first", 1).is_none());
    // With an elder brother, the twins are the second and the third child.
    let yen = |id| find(&m.now, "jidou-teate", id).unwrap().amount.unwrap().yen;
    assert_eq!([yen(1), yen(2), yen(3)], [10000, 15000, 30000]);
}

#[test]
fn pregnancy_weeks_open_the_second_payment_at_32_weeks() {
    // Expected 2027-03-01: 32 weeks 0 days on 2027-01-04 (8 weeks before).
    let pregs = [pregnancy(1, "2027-03-01")];
    let m = family(&[], &pregs, "2027-01-03");
    let second = m
        .coming
        .iter()
        .find(|m| m.psid.ends_with("ninpu-shien-2"))
        .expect("coming up");
    assert_eq!(second.starts, Some(d("2027-01-04")));
    assert!(m.now.iter().any(|m| m.psid.ends_with("ninpu-shien-1")));
    assert!(m.now.iter().any(|m| m.psid.ends_with("ichijikin")));
    let m = family(&[], &pregs, "2027-01-04");
    let second = m
        .now
        .iter()
        .find(|m| m.psid.ends_with("ninpu-shien-2"))
        .unwrap();
    assert!(second.amount.unwrap().per_expected_child);
    assert!(has_reason(second, ids::PER_EXPECTED_CHILD));
    let week = second
        .reasons
        .iter()
        .find(|r| r.message_id == ids::PREGNANCY_WEEK)
        .unwrap();
    assert_eq!(
        week.arg("weeks"),
        Some(&hagukumi_core::schedule::ReasonArg::Number(32))
    );
    // What begins at birth is coming up for the baby on its way.
    let baby = m
        .coming
        .iter()
        .find(|m| m.psid.ends_with("akachan-first"))
        .expect("Baby First after the birth");
    assert_eq!(baby.starts, Some(d("2027-03-01")));
    assert!(has_reason(baby, ids::AFTER_BIRTH));
    // Ten weeks before the expected date it is not yet "coming".
    let early = family(&[], &[pregnancy(1, "2027-09-01")], "2027-01-04");
    assert!(!early
        .coming
        .iter()
        .any(|m| m.psid.ends_with("akachan-first")));
}

#[test]
fn programs_without_conditions_are_listed_to_check() {
    let m = family(&[], &[], "2026-12-01");
    let names: Vec<&str> = m.check.iter().map(|c| c.name.as_str()).collect();
    assert!(names.contains(&"産後ケア事業"), "{names:?}");
    assert!(m.check.iter().all(|c| c.note.is_some()));
    // Another ward's programs are not listed.
    assert!(m.check.iter().all(|c| c.psid.contains(CHIYODA)));
}

#[test]
fn moving_lists_what_ends_and_what_to_apply_for() {
    let kids = [child(1, "はなこ", "2026-06-15")];
    let r = load_embedded();
    let mv = moving(&r, CHIYODA, KOTO, &kids, &[], d("2026-12-01"));
    let ends: Vec<&str> = mv.ends.iter().map(|m| m.psid.as_str()).collect();
    assert_eq!(ends, ["sample+131016+dpt-ipv-hib"]);
    assert!(mv.apply.is_empty());
    let back = moving(&r, KOTO, CHIYODA, &kids, &[], d("2026-12-01"));
    assert_eq!(back.apply.len(), 1);
    // Leaving Tokyo ends the Tokyo programs; national ones carry over.
    let osaka = r#"{"municipality": {"code": "271004", "name": "テスト市", "codeSource": "test"},
        "sources": [], "records": []}"#;
    let mut files = programs::EMBEDDED_FILES.to_vec();
    files.push(("test-271004.json", osaka));
    let r = load_registry(&files);
    assert!(r.problems.is_empty(), "{:#?}", r.problems);
    let mv = moving(&r, KOTO, "271004", &kids, &[], d("2026-12-01"));
    let ends: Vec<&str> = mv.ends.iter().map(|m| m.psid.as_str()).collect();
    assert!(ends.contains(&"sample+130001+018-support"), "{ends:?}");
    assert!(!ends.contains(&"sample+national+jidou-teate"), "{ends:?}");
}

#[test]
fn an_application_period_gives_the_deadline_and_ends_the_match() {
    let file = r#"{"sources": [{"id": "s", "title": "test"}], "records": [
      {"institutionName": {"canonicalName": "期限つき"},
       "area": {"areaCode": "131016;千代田区"},
       "basicInformation": {"psid": "deadline"},
       "target": {"lessThan": {"targetAge": 3}},
       "procedurePeriod": {"fromYMD": "2026/04/01", "toYMD": "2026/12/25"},
       "hagukumi": {"source": "s", "subject": "child"}},
      {"institutionName": {"canonicalName": "同じ psid"},
       "area": {"areaText": "全国"},
       "basicInformation": {"psid": "deadline"}}
    ]}"#;
    let r = load_registry(&[("deadline.json", file)]);
    assert_eq!(r.programs.len(), 1);
    assert!(r.problems.iter().any(|p| p.record == "deadline"
        && p.field == "basicInformation.psid"
        && p.severity == Severity::Skipped));
    let kids = [child(1, "はなこ", "2026-06-15")];
    let m = match_family(&r, CHIYODA, &kids, &[], d("2026-12-01"));
    let found = find(&m.now, "deadline", 1).unwrap();
    assert_eq!(found.apply_by, Some(d("2026-12-25")));
    // The deadline comes before the end of the age window.
    assert_eq!(found.days_left, Some(24));
    assert!(has_reason(found, ids::APPLY_BY));
    let m = match_family(&r, CHIYODA, &kids, &[], d("2026-12-25"));
    assert_eq!(find(&m.now, "deadline", 1).unwrap().days_left, Some(0));
    let m = match_family(&r, CHIYODA, &kids, &[], d("2026-12-26"));
    assert!(find(&m.now, "deadline", 1).is_none());
}

#[test]
fn schedule_links_name_a_vaccine_of_the_schedule_rules() {
    let rules = hagukumi_core::schedule::load_rules().unwrap();
    let registry = load_embedded();
    let links: Vec<&str> = registry
        .programs
        .iter()
        .filter_map(|p| p.rules.as_ref()?.schedule.as_deref())
        .collect();
    assert!(!links.is_empty());
    for link in links {
        let id = link.strip_prefix("vaccine:").expect("vaccine:ID");
        assert!(rules.vaccine(id).is_some(), "{link}");
    }
}

#[test]
fn coming_up_means_within_three_months_and_a_pregnancy_ends_at_42_weeks() {
    // Born 2020-06-15: マル子 from 1 April 2027 (school entry). Three months
    // before is 1 January 2027 (coming up); 31 December 2026 is too early.
    let kids = [child(1, "ねんちょう", "2020-06-15")];
    let m = family(&kids, &[], "2027-01-01");
    let maru_ko = find(&m.coming, "maru-ko", 1).expect("coming up");
    assert_eq!(maru_ko.starts, Some(d("2027-04-01")));
    assert!(has_reason(maru_ko, ids::FROM));
    assert!(find(&family(&kids, &[], "2026-12-31").coming, "maru-ko", 1).is_none());
    // A child not yet born on the day asked about gets nothing.
    let m = family(&kids, &[], "2020-06-14");
    assert!(m.now.is_empty() && m.coming.is_empty());

    // A pregnancy is followed until 41 weeks 6 days.
    let pregs = [pregnancy(1, "2027-03-01")];
    let last = family(&[], &pregs, "2027-03-14");
    assert!(last.now.iter().any(|m| m.psid.ends_with("ichijikin")));
    let over = family(&[], &pregs, "2027-03-15");
    assert!(over.now.is_empty() && over.coming.is_empty());
}
