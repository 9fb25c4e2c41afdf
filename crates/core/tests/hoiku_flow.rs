//! The 保育指数 simulator's questions (read from each table, one at a
//! time), its "what if"s against worked examples from each published
//! table, and the April intake checklists' validation naming file and field.

use hagukumi_core::nursery::index::flow::{
    household_options, next, try_tweaks, tweaks, Answer, FlowError, Question, Step, Tweak,
};
use hagukumi_core::nursery::index::{
    embedded_table, points, Adjustment, Answers, Situation, Table,
};
use hagukumi_core::nursery::intake::{self, embedded_checklists, load_checklist, toggle, view};
use hagukumi_core::Date;

fn table(code: &str) -> Table {
    embedded_table(code).unwrap()
}

fn ask(t: &Table, given: &[Answer]) -> Question {
    match next(t, given) {
        Ok(Step::Ask(q)) => q,
        other => panic!("expected a question after {given:?}: {other:?}"),
    }
}

fn done(t: &Table, given: &[Answer]) -> Answers {
    match next(t, given) {
        Ok(Step::Done(a)) => a,
        other => panic!("expected the end after {given:?}: {other:?}"),
    }
}

#[test]
fn hachioji_asks_hours_for_work_and_the_illness_rows_by_their_titles() {
    let t = table("132012");
    let mut given = vec![];
    assert_eq!(ask(&t, &given), Question::Guardians);
    given.push(Answer::Guardians(2));
    let Question::Situation {
        guardian: 1,
        options,
    } = ask(&t, &given)
    else {
        panic!()
    };
    // Every situation is offered; those without a row are marked.
    assert_eq!(options.len(), 8);
    let in_table: Vec<_> = options
        .iter()
        .filter(|o| o.in_table)
        .map(|o| o.situation)
        .collect();
    assert_eq!(
        in_table,
        [
            Situation::Work,
            Situation::SelfEmployedHelper,
            Situation::PregnancyBirth,
            Situation::Illness,
            Situation::Disability
        ]
    );
    given.push(Answer::Situation(Situation::Work));
    // Hachioji's work rows bound hours a week only: no days question.
    assert_eq!(
        ask(&t, &given),
        Question::HoursPerWeek {
            guardian: 1,
            situation: Situation::Work
        }
    );
    given.push(Answer::HoursPerWeek(30.0));
    given.push(Answer::Situation(Situation::Illness));
    let Question::Detail {
        guardian: 2,
        options,
        ..
    } = ask(&t, &given)
    else {
        panic!()
    };
    assert_eq!(options.len(), 7);
    assert_eq!(options[2].detail, "bedridden");
    assert_eq!(options[2].title.ja, "疾病 自宅療養 常時病臥");
    given.push(Answer::Detail("bedridden".into()));
    // No 調整指数 were found for Hachioji: every item offered, none with points.
    let Question::Household { options } = ask(&t, &given) else {
        panic!()
    };
    assert_eq!(options.len(), 6);
    assert!(options
        .iter()
        .all(|o| o.points.is_none() && o.title.is_none()));
    given.push(Answer::Household(vec![]));
    let a = done(&t, &given);
    let p = points(&t, &a);
    // 就労1 週30時間以上 8 + 疾病 常時病臥 10.
    assert_eq!((p.total, p.complete), (18, true));
    assert_eq!(
        p.lines[0].rule.as_ref().unwrap().ja,
        "就労1 週30時間以上の就労を常態とする"
    );
    assert_eq!(p.lines[0].source.as_deref(), Some("hachioji-r7"));

    // What if 30 → 35 hours: the next row's bound, 8 → 9.
    let all = tweaks(&t, &a);
    assert_eq!(
        all,
        vec![Tweak::Hours {
            guardian: 1,
            from: 30.0,
            to: 35.0
        }]
    );
    let c = try_tweaks(&t, &a, &all);
    assert_eq!((c.before.total, c.after.total, c.difference), (18, 19, 1));

    // A household item Hachioji has no row for: said, not counted.
    let mut with_item = given.clone();
    *with_item.last_mut().unwrap() = Answer::Household(vec![Adjustment::ParentalLeaveReturn]);
    let p = points(&t, &done(&t, &with_item));
    assert_eq!((p.total, p.complete), (18, false));
    assert_eq!(p.lines[2].points, None);
}

#[test]
fn koto_asks_hours_and_days_and_what_if_reaches_full_time_and_parental_leave() {
    let t = table("131083");
    let given = vec![
        Answer::Guardians(2),
        Answer::Situation(Situation::Work),
        Answer::HoursPerWeek(40.0),
        Answer::DaysPerMonth(20),
        Answer::Situation(Situation::Work),
        Answer::HoursPerWeek(30.0),
        Answer::DaysPerMonth(18),
    ];
    assert_eq!(
        ask(&t, &given[..3]),
        Question::DaysPerMonth {
            guardian: 1,
            situation: Situation::Work
        }
    );
    let Question::Household { options } = ask(&t, &given) else {
        panic!()
    };
    // The ward's rows first with their points, in the table's order.
    assert_eq!(options[0].adjustment, Adjustment::SingleParent);
    assert_eq!(options[0].points, Some(12));
    assert_eq!(household_options(&t).len(), 6);
    let mut all_given = given.clone();
    all_given.push(Answer::Household(vec![Adjustment::SiblingEnrolled]));
    let a = done(&t, &all_given);
    let p = points(&t, &a);
    // 12 for guardian 1; guardian 2's row (below 40 hours) is not in the
    // table; きょうだい在園 +2.
    assert_eq!((p.total, p.complete), (14, false));
    assert_eq!(p.lines[1].points, None);

    let all = tweaks(&t, &a);
    assert_eq!(
        all[0],
        Tweak::Hours {
            guardian: 2,
            from: 30.0,
            to: 40.0
        }
    );
    assert_eq!(
        all[1],
        Tweak::Days {
            guardian: 2,
            from: 18,
            to: 20
        }
    );
    // Every household row not chosen, with the table's own title.
    let adds: Vec<_> = all[2..]
        .iter()
        .map(|w| match w {
            Tweak::Add { adjustment, title } => {
                assert!(title.is_some());
                *adjustment
            }
            _ => panic!(),
        })
        .collect();
    assert_eq!(adds.len(), 5);
    assert!(!adds.contains(&Adjustment::SiblingEnrolled));
    // Hours alone do not reach the row (it also needs 20 days)…
    let c = try_tweaks(&t, &a, &all[..1]);
    assert_eq!(c.difference, 0);
    // …both do: 12 + 12 + 2 = 26, both guardians full time.
    let c = try_tweaks(&t, &a, &all[..2]);
    assert_eq!((c.before.total, c.after.total, c.difference), (14, 26, 12));
    assert!(c.after.complete);
    // 育休復帰 in April: +2.
    let leave = all
        .iter()
        .find(|w| {
            matches!(
                w,
                Tweak::Add {
                    adjustment: Adjustment::ParentalLeaveReturn,
                    ..
                }
            )
        })
        .unwrap()
        .clone();
    let c = try_tweaks(&t, &a, &[leave]);
    assert_eq!((c.after.total, c.difference), (16, 2));
}

#[test]
fn koto_job_seeking_and_birth_need_no_hours_and_a_single_parent_counts() {
    let t = table("131083");
    let a = done(
        &t,
        &[
            Answer::Guardians(1),
            Answer::Situation(Situation::JobSeeking),
            Answer::Household(vec![Adjustment::SingleParent]),
        ],
    );
    // 求職 5 + ひとり親 12.
    assert_eq!(points(&t, &a).total, 17);
    let a = done(
        &t,
        &[
            Answer::Guardians(1),
            Answer::Situation(Situation::PregnancyBirth),
            Answer::Household(vec![]),
        ],
    );
    assert_eq!(points(&t, &a).total, 12);
}

#[test]
fn an_answer_that_does_not_fit_names_its_place_and_problem() {
    let t = table("132012");
    let err = |given: &[Answer]| next(&t, given).unwrap_err();
    assert_eq!(
        err(&[Answer::Guardians(3)]),
        FlowError {
            index: 0,
            message_id: "hoiku-error-guardians"
        }
    );
    assert_eq!(
        err(&[
            Answer::Guardians(1),
            Answer::Situation(Situation::Work),
            Answer::HoursPerWeek(200.0)
        ]),
        FlowError {
            index: 2,
            message_id: "hoiku-error-hours"
        }
    );
    assert_eq!(
        err(&[
            Answer::Guardians(1),
            Answer::Situation(Situation::Illness),
            Answer::Detail("grade_1".into())
        ]),
        FlowError {
            index: 2,
            message_id: "hoiku-flow-error-detail"
        }
    );
    assert_eq!(
        err(&[Answer::Guardians(1), Answer::HoursPerWeek(40.0)]),
        FlowError {
            index: 1,
            message_id: "hoiku-flow-error-unexpected"
        }
    );
    let t2 = table("131083");
    assert_eq!(
        next(
            &t2,
            &[
                Answer::Guardians(1),
                Answer::Situation(Situation::JobSeeking),
                Answer::Household(vec![Adjustment::SingleParent, Adjustment::SingleParent]),
            ]
        )
        .unwrap_err(),
        FlowError {
            index: 2,
            message_id: "hoiku-error-household-twice"
        }
    );
    assert_eq!(
        next(
            &t2,
            &[
                Answer::Guardians(1),
                Answer::Situation(Situation::JobSeeking),
                Answer::Household(vec![]),
                Answer::Guardians(1),
            ]
        )
        .unwrap_err(),
        FlowError {
            index: 3,
            message_id: "hoiku-flow-error-extra"
        }
    );
}

fn d(s: &str) -> Date {
    Date::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn both_checklists_load_as_labelled_samples_for_april_2027() {
    let lists = embedded_checklists().unwrap();
    assert_eq!(lists.len(), 2);
    for c in &lists {
        assert!(c.sample);
        assert!(c.label.ja.starts_with("SAMPLE") && c.label.en.starts_with("SAMPLE"));
        assert_eq!(c.intake, d("2027-04-01"));
        assert_eq!(c.fiscal_year_label, "令和9年度");
        assert!(c
            .documents
            .iter()
            .any(|d| d.situation == Some(Situation::Work)));
    }
    let koto = lists
        .iter()
        .find(|c| c.municipality.code == "131083")
        .unwrap();
    assert!(koto.sources[0]
        .url
        .as_deref()
        .unwrap()
        .contains("city.koto.lg.jp"));
}

#[test]
fn ticks_are_per_document_and_an_unknown_document_changes_nothing() {
    let c = embedded_checklists().unwrap().remove(0);
    let first = c.documents[0].id.clone();
    let stored = toggle(&c, None, &first, true).unwrap();
    let v = view(&c, Some(&stored), d("2026-11-10"));
    assert_eq!(v.checked, 1);
    assert!(v.documents[0].checked && !v.documents[1].checked);
    assert_eq!(
        v.periods[0].days_left,
        (c.periods[0].until - d("2026-11-10")).num_days()
    );
    assert_eq!(toggle(&c, Some(&stored), "no-such-document", true), None);
    let cleared = toggle(&c, Some(&stored), &first, false).unwrap();
    assert_eq!(view(&c, Some(&cleared), d("2026-11-10")).checked, 0);
    // Something unreadable stored is none ticked, not a failure.
    assert_eq!(intake::parse_checked(Some("not json")).len(), 0);
}

fn broken(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let (_, text) = intake::EMBEDDED_CHECKLISTS[1];
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    edit(&mut v);
    let e = load_checklist("koto-131083.json", &v.to_string()).unwrap_err();
    e.to_string()
}

#[test]
fn a_bad_checklist_names_the_file_and_the_field() {
    assert_eq!(
        broken(|v| v["periods"][0]["until"] = "2027-04-02".into()),
        "koto-131083.json: periods[0].until: must be before the intake"
    );
    assert_eq!(
        broken(|v| v["periods"][1]["from"] = "2026-12-31".into()),
        "koto-131083.json: periods[1].until: must not be before `from`"
    );
    assert_eq!(
        broken(|v| v["documents"][2]["source"] = "nowhere".into()),
        "koto-131083.json: documents[2].source: must cite one of the file's sources"
    );
    assert_eq!(
        broken(|v| v["documents"][3]["id"] = "application".into()),
        "koto-131083.json: documents[3].id: must be present and unique"
    );
    assert_eq!(
        broken(|v| v["label"]["en"] = "Dates for April".into()),
        "koto-131083.json: label: a sample checklist must say SAMPLE in both languages"
    );
    assert_eq!(
        broken(|v| v["intake"] = "2027-05-01".into()),
        "koto-131083.json: intake: must be an April 1"
    );
    assert_eq!(
        broken(|v| v["municipality"]["code"] = "131084".into()),
        "koto-131083.json: municipality.code: must be a 6-digit local government code"
    );
    let missing = broken(|v| {
        v["documents"][0].as_object_mut().unwrap().remove("title");
    });
    assert!(
        missing.starts_with("koto-131083.json: (file): missing field `title`"),
        "{missing}"
    );
}
