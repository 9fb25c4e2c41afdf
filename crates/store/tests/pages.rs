//! An owner's records a page at a time (`Store::page`, `count`,
//! `restorable` and its count, `listed`, `of_kinds`): newest first by (date, id) with cursors that
//! neither skip nor repeat a row on equal dates, filters run in SQL, deleted
//! rows apart, and plans made from the kinds they read equal to plans made
//! from every record (the demo family, and a big SAMPLE handbook); the
//! child screen's head (`Store::child_head`, by migration 0016's indexes)
//! equal to the head from every record, after edits, deletions, undos and
//! an import.

mod support;

use hagukumi_core::api::ChildHead;
use hagukumi_core::book::{Cursor, Filter};
use hagukumi_core::child_records::latest_growth_values;
use hagukumi_core::pregnancy_records::{PregnancyBook, PregnancyRecordInput};
use hagukumi_core::records::{BirthInput, ChildBook, Record, RecordInput, RecordKind};
use hagukumi_core::schedule::from_records::{
    child_plan, pregnancy_plan, CHILD_PLAN_KINDS, PREGNANCY_PLAN_KINDS,
};
use hagukumi_core::schedule::load_rules;
use hagukumi_core::Date;
use hagukumi_store::export::sample::big_handbook;
use hagukumi_store::{Store, MAX_DELETED_SHOWN};
use support::{at, date, fresh, with_child};

fn today() -> Date {
    date("2026-11-25")
}

fn note(date: &str, text: &str) -> RecordInput {
    RecordInput::Note {
        date: date.into(),
        text: text.into(),
    }
}

fn add(store: &Store, child: i64, birth: Date, input: RecordInput) -> Record {
    let data = input.validate(birth, today()).unwrap();
    store
        .add::<ChildBook>(child, &data, at("2026-11-25 09:00"))
        .unwrap()
        .unwrap()
}

/// Every page of `filter`, `rows` at a time, in the order shown.
fn every_page(store: &Store, child: i64, filter: &Filter<RecordKind>, rows: usize) -> Vec<i64> {
    let mut seen = Vec::new();
    let mut after: Option<Cursor> = None;
    loop {
        let (page, next) = store.page::<ChildBook>(child, filter, after, rows).unwrap();
        assert!(page.len() <= rows);
        seen.extend(page.iter().map(|r| r.id));
        match next {
            Some(c) => {
                let last = page.last().unwrap();
                assert_eq!((c.date, c.id), (last.data.date(), last.id));
                after = Some(c);
            }
            None => return seen,
        }
    }
}

#[test]
fn pages_run_newest_first_and_cursors_on_equal_dates_skip_and_repeat_nothing() {
    let (_dir, store, child, birth) = with_child(today());
    // Three records on one date, two on another, one alone: pages of two
    // end inside a run of equal dates.
    let dates = [
        "2025-06-01",
        "2025-07-01",
        "2025-06-01",
        "2025-08-01",
        "2025-07-01",
        "2025-06-01",
    ];
    let ids: Vec<(Date, i64)> = dates
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let r = add(&store, child, birth, note(d, &format!("メモ {i}")));
            (r.data.date(), r.id)
        })
        .collect();
    let mut expected = ids.clone();
    expected.sort_by(|a, b| b.cmp(a));
    let expected: Vec<i64> = expected.into_iter().map(|(_, id)| id).collect();

    for rows in 1..=7 {
        assert_eq!(
            every_page(&store, child, &Filter::default(), rows),
            expected,
            "pages of {rows}"
        );
    }
    let (first, next) = store
        .page::<ChildBook>(child, &Filter::default(), None, 6)
        .unwrap();
    assert_eq!(first.len(), 6);
    assert_eq!(next, None, "no cursor when nothing follows");
    assert_eq!(
        store.count::<ChildBook>(child, &Filter::default()).unwrap(),
        6
    );
}

#[test]
fn filters_by_kind_dates_and_text_run_in_sql_and_agree_with_the_count() {
    let (_dir, store, child, birth) = with_child(today());
    add(&store, child, birth, note("2025-05-01", "はじめて笑った"));
    add(&store, child, birth, note("2025-06-01", "100% りんご"));
    add(&store, child, birth, note("2025-07-01", "100g りんご"));
    let measured = add(
        &store,
        child,
        birth,
        RecordInput::Measurement {
            date: "2025-06-15".into(),
            weight_kg: "6.1".into(),
            height_cm: "62.0".into(),
            head_cm: String::new(),
            chest_cm: String::new(),
        },
    );
    let milestone = add(
        &store,
        child,
        birth,
        RecordInput::Milestone {
            date: "2025-06-20".into(),
            what: "寝返り".into(),
            note: "Laughed a lot".into(),
        },
    );
    let ids = |filter: Filter<RecordKind>| {
        let found = every_page(&store, child, &filter, 2);
        assert_eq!(
            store.count::<ChildBook>(child, &filter).unwrap(),
            found.len(),
            "the count matches the pages of {filter:?}"
        );
        found
    };

    let kind = ids(Filter {
        kind: Some(RecordKind::Measurement),
        ..Filter::default()
    });
    assert_eq!(kind, [measured.id]);

    // Both ends of the range are included.
    let june = ids(Filter {
        from: Some(date("2025-06-01")),
        to: Some(date("2025-06-20")),
        ..Filter::default()
    });
    assert_eq!(june.len(), 3);
    assert_eq!(june[0], milestone.id, "newest first");

    // Text in any field, Latin letters in any case; `%` is a character.
    assert_eq!(
        ids(Filter {
            text: Some("りんご".into()),
            ..Filter::default()
        })
        .len(),
        2
    );
    assert_eq!(
        ids(Filter {
            text: Some("100%".into()),
            ..Filter::default()
        })
        .len(),
        1
    );
    assert_eq!(
        ids(Filter {
            text: Some("laughed".into()),
            ..Filter::default()
        }),
        [milestone.id]
    );
    // The kind's own name is not text of the record.
    assert!(ids(Filter {
        text: Some("note".into()),
        ..Filter::default()
    })
    .is_empty());
    // Filters combine.
    assert!(ids(Filter {
        kind: Some(RecordKind::Note),
        text: Some("寝返り".into()),
        ..Filter::default()
    })
    .is_empty());
}

#[test]
fn deleted_records_leave_the_pages_and_are_offered_for_undo_for_30_days() {
    let (_dir, mut store, child, birth) = with_child(today());
    let kept = add(&store, child, birth, note("2025-05-01", "残す"));
    let recent = add(&store, child, birth, note("2025-05-02", "きのう消した"));
    let old = add(&store, child, birth, note("2025-05-03", "前に消した"));
    store
        .delete::<ChildBook>(old.id, at("2026-10-01 09:00"))
        .unwrap()
        .unwrap();
    store
        .delete::<ChildBook>(recent.id, at("2026-11-24 09:00"))
        .unwrap()
        .unwrap();

    let (live, next) = store
        .page::<ChildBook>(child, &Filter::default(), None, 10)
        .unwrap();
    assert_eq!(live.iter().map(|r| r.id).collect::<Vec<_>>(), [kept.id]);
    assert_eq!(next, None);
    assert_eq!(
        store.count::<ChildBook>(child, &Filter::default()).unwrap(),
        1
    );

    let now = at("2026-11-25 09:00");
    let undo: Vec<i64> = store
        .restorable::<ChildBook>(child, now)
        .unwrap()
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(undo, [recent.id], "only deletions a restore still accepts");
    assert_eq!(store.restorable_count::<ChildBook>(child, now).unwrap(), 1);
    // The screen's first load: the live rows and only the deleted count.
    let listed = store.listed::<ChildBook>(child, 10, now).unwrap();
    assert_eq!(
        listed.records.iter().map(|r| r.id).collect::<Vec<_>>(),
        [kept.id]
    );
    assert_eq!((listed.next, listed.deleted), (None, 1));
    assert!(store.restore::<ChildBook>(old.id, now).unwrap().is_err());

    // Restored, it is back in the pages at its date.
    store.restore::<ChildBook>(recent.id, now).unwrap().unwrap();
    assert_eq!(
        every_page(&store, child, &Filter::default(), 1),
        [recent.id, kept.id]
    );
    assert!(store
        .restorable::<ChildBook>(child, now)
        .unwrap()
        .is_empty());
    assert_eq!(store.restorable_count::<ChildBook>(child, now).unwrap(), 0);
    assert!(store
        .of_kinds::<ChildBook>(child, &[RecordKind::Note])
        .unwrap()
        .iter()
        .all(|r| r.id != old.id));
}

#[test]
fn the_deleted_count_is_bounded_as_the_deleted_list_is() {
    let (_dir, mut store, child, birth) = with_child(today());
    let extra = 3;
    for i in 0..MAX_DELETED_SHOWN + extra {
        let r = add(
            &store,
            child,
            birth,
            note("2025-05-01", &format!("消す {i}")),
        );
        store
            .delete::<ChildBook>(r.id, at("2026-11-24 09:00"))
            .unwrap()
            .unwrap();
    }
    let kept = add(&store, child, birth, note("2025-05-02", "残す"));
    let now = at("2026-11-25 09:00");
    let undo = store.restorable::<ChildBook>(child, now).unwrap();
    assert_eq!(undo.len(), MAX_DELETED_SHOWN);
    assert_eq!(
        store.restorable_count::<ChildBook>(child, now).unwrap(),
        undo.len()
    );
    let listed = store.listed::<ChildBook>(child, 1, now).unwrap();
    assert_eq!(listed.records.len(), 1);
    assert_eq!(listed.records[0].id, kept.id);
    assert_eq!((listed.next, listed.deleted), (None, MAX_DELETED_SHOWN));
}

/// The child's plan from the kinds it reads equals the plan from every
/// record, on `today`.
fn same_child_plans(store: &Store, today: Date) {
    let rules = load_rules().unwrap();
    let children = store.children().unwrap();
    assert!(!children.is_empty());
    for child in children {
        let all = store.list::<ChildBook>(child.id, None, false).unwrap();
        let read = store
            .of_kinds::<ChildBook>(child.id, &CHILD_PLAN_KINDS)
            .unwrap();
        assert!(
            read.len() < all.len()
                || all
                    .iter()
                    .all(|r| CHILD_PLAN_KINDS.contains(&r.data.kind()))
        );
        assert_eq!(
            child_plan(&rules, &child, &read, today),
            child_plan(&rules, &child, &all, today),
            "{}",
            child.name
        );
    }
}

#[test]
fn a_plan_from_the_kinds_it_reads_is_the_plan_from_every_record() {
    // The demo family, with a pregnancy's records of every kind the plan
    // reads and one it does not.
    let (_dir, mut store) = fresh();
    assert!(store.seed_demo(today()).unwrap());
    same_child_plans(&store, today());
    let rules = load_rules().unwrap();
    for p in store.pregnancies().unwrap() {
        let notification = PregnancyRecordInput::Notification {
            date: (today() - hagukumi_core::chrono::Duration::days(60)).to_string(),
            method: "ultrasound".into(),
        };
        let data = <PregnancyBook as hagukumi_core::book::Book>::validate(
            &notification,
            &p.expected_date,
            today(),
        )
        .unwrap();
        store
            .add::<PregnancyBook>(p.id, &data, at("2026-11-25 09:00"))
            .unwrap()
            .unwrap();
        let all = store.list::<PregnancyBook>(p.id, None, false).unwrap();
        let read = store
            .of_kinds::<PregnancyBook>(p.id, &PREGNANCY_PLAN_KINDS)
            .unwrap();
        assert!(read.len() < all.len(), "the notification is not read");
        assert_eq!(
            pregnancy_plan(&rules, &p, &read, today()),
            pregnancy_plan(&rules, &p, &all, today())
        );
    }

    // A big SAMPLE handbook, imported as `hagu import` would.
    let (_dir, mut big) = fresh();
    big.import(&big_handbook(20_000, today())).unwrap();
    assert_eq!(
        big.count::<ChildBook>(1, &Filter::default()).unwrap(),
        20_000 - 20,
        "every 1,000th record of the sample is deleted"
    );
    same_child_plans(&big, today());
}

/// The screen head's latest values and birth, from every live record.
fn head_from_every_record(store: &Store, child: i64) -> ChildHead {
    let all = store.list::<ChildBook>(child, None, false).unwrap();
    let latest = latest_growth_values(all.iter().map(|r| &r.data));
    ChildHead {
        latest_growth: [latest[0], latest[1], latest[2]],
        has_birth: all.iter().any(|r| r.data.kind() == RecordKind::Birth),
    }
}

fn measurement(date: &str, weight: &str, height: &str, head: &str) -> RecordInput {
    RecordInput::Measurement {
        date: date.into(),
        weight_kg: weight.into(),
        height_cm: height.into(),
        head_cm: head.into(),
        chest_cm: String::new(),
    }
}

#[test]
fn the_head_by_index_equals_the_head_from_every_record() {
    // Weight lately, height a little before, the head long before, under
    // many notes and measurements; a deleted newer head is not shown.
    let (_dir, mut store, child, birth) = with_child(today());
    assert_eq!(store.child_head(child).unwrap(), ChildHead::default());
    let born = RecordInput::Birth(BirthInput {
        date: birth.to_string(),
        weight_g: "3100".into(),
        length_cm: "49.0".into(),
        head_cm: "33.0".into(),
        ..Default::default()
    });
    add(&store, child, birth, born);
    add(
        &store,
        child,
        birth,
        measurement("2025-04-01", "5.0", "", "39.0"),
    );
    for day in 1..=28 {
        let date = format!("2025-08-{day:02}");
        add(&store, child, birth, measurement(&date, "7.0", "", ""));
        add(&store, child, birth, note(&date, "SAMPLE"));
    }
    add(
        &store,
        child,
        birth,
        measurement("2025-09-01", "", "68.0", ""),
    );
    add(
        &store,
        child,
        birth,
        measurement("2025-10-01", "8.1", "", ""),
    );
    let gone = add(
        &store,
        child,
        birth,
        measurement("2025-10-02", "", "", "45.0"),
    );
    store
        .delete::<ChildBook>(gone.id, at("2026-11-25 10:00"))
        .unwrap()
        .unwrap();
    let head = store.child_head(child).unwrap();
    assert_eq!(head, head_from_every_record(&store, child));
    assert_eq!(
        head.latest_growth,
        [
            Some((8.1, date("2025-10-01"))),
            Some((68.0, date("2025-09-01"))),
            Some((39.0, date("2025-04-01"))),
        ]
    );
    assert!(head.has_birth);

    // A second child whose head circumference is only at birth: the
    // measurements are read until they are older than the birth.
    let second = support::add_child(&store, "そら", "2025-03-01", today()).id;
    let born = RecordInput::Birth(BirthInput {
        date: "2025-03-01".into(),
        weight_g: "2900".into(),
        length_cm: "48.0".into(),
        head_cm: "32.5".into(),
        ..Default::default()
    });
    add(&store, second, date("2025-03-01"), born);
    for day in 1..=20 {
        let input = measurement(&format!("2025-07-{day:02}"), "6.5", "63.0", "");
        add(&store, second, date("2025-03-01"), input);
    }
    let head = store.child_head(second).unwrap();
    assert_eq!(head, head_from_every_record(&store, second));
    assert_eq!(head.latest_growth[2], Some((32.5, date("2025-03-01"))));

    // The demo family (checkups, measurements) and a big SAMPLE
    // handbook.
    let (_dir, mut demo) = fresh();
    assert!(demo.seed_demo(today()).unwrap());
    for c in demo.children().unwrap() {
        let head = demo.child_head(c.id).unwrap();
        assert_eq!(head, head_from_every_record(&demo, c.id), "{}", c.name);
    }
    let (_dir, mut big) = fresh();
    big.import(&big_handbook(5_000, today())).unwrap();
    assert_eq!(big.child_head(1).unwrap(), head_from_every_record(&big, 1));
}

#[test]
fn the_head_follows_edits_deletes_undos_and_an_import() {
    // The head's indexes (migration 0016) are kept by SQLite with every
    // write: after each change the head equals the head from every record.
    let (_dir, mut store, child, birth) = with_child(today());
    let edit = |store: &mut Store, id: i64, input: RecordInput, time: &str| {
        let data = input.validate(birth, today()).unwrap();
        let when = at(&format!("2026-11-25 {time}"));
        store.edit::<ChildBook>(id, &data, when).unwrap().unwrap();
    };
    let check = |store: &Store, expected: [Option<(f64, Date)>; 3]| {
        let head = store.child_head(child).unwrap();
        assert_eq!(head, head_from_every_record(store, child));
        assert_eq!(head.latest_growth, expected);
    };
    let born = RecordInput::Birth(BirthInput {
        date: birth.to_string(),
        weight_g: "3100".into(),
        length_cm: "49.0".into(),
        head_cm: "33.0".into(),
        ..Default::default()
    });
    let born = add(&store, child, birth, born);
    let may = add(
        &store,
        child,
        birth,
        measurement("2025-05-01", "6.0", "60.0", "40.0"),
    );
    let june = add(
        &store,
        child,
        birth,
        measurement("2025-06-01", "6.5", "", "41.0"),
    );
    for day in 1..=9 {
        add(
            &store,
            child,
            birth,
            note(&format!("2025-07-0{day}"), "SAMPLE"),
        );
    }
    check(
        &store,
        [
            Some((6.5, date("2025-06-01"))),
            Some((60.0, date("2025-05-01"))),
            Some((41.0, date("2025-06-01"))),
        ],
    );

    // An edit takes June's head circumference away: May's is the newest.
    edit(
        &mut store,
        june.id,
        measurement("2025-06-01", "6.5", "", ""),
        "10:00",
    );
    check(
        &store,
        [
            Some((6.5, date("2025-06-01"))),
            Some((60.0, date("2025-05-01"))),
            Some((40.0, date("2025-05-01"))),
        ],
    );
    // An edit moves May after June: its values are the newest.
    edit(
        &mut store,
        may.id,
        measurement("2025-06-15", "6.0", "60.0", "40.0"),
        "10:01",
    );
    check(
        &store,
        [
            Some((6.0, date("2025-06-15"))),
            Some((60.0, date("2025-06-15"))),
            Some((40.0, date("2025-06-15"))),
        ],
    );

    // Deleted: the birth's length and head, June's weight.
    store
        .delete::<ChildBook>(may.id, at("2026-11-25 10:02"))
        .unwrap()
        .unwrap();
    check(
        &store,
        [
            Some((6.5, date("2025-06-01"))),
            Some((49.0, birth)),
            Some((33.0, birth)),
        ],
    );
    store
        .delete::<ChildBook>(born.id, at("2026-11-25 10:03"))
        .unwrap()
        .unwrap();
    check(&store, [Some((6.5, date("2025-06-01"))), None, None]);
    assert!(!store.child_head(child).unwrap().has_birth);

    // Undone: back as they were.
    store
        .restore::<ChildBook>(may.id, at("2026-11-25 10:04"))
        .unwrap()
        .unwrap();
    store
        .restore::<ChildBook>(born.id, at("2026-11-25 10:05"))
        .unwrap()
        .unwrap();
    check(
        &store,
        [
            Some((6.0, date("2025-06-15"))),
            Some((60.0, date("2025-06-15"))),
            Some((40.0, date("2025-06-15"))),
        ],
    );
    assert!(store.child_head(child).unwrap().has_birth);

    // Imported into a new handbook: the same head.
    let export = store.export("2026-11-25T10:06:00Z").unwrap();
    let (_dir, mut copy) = fresh();
    copy.import(&export).unwrap();
    let imported = copy.children().unwrap()[0].id;
    assert_eq!(
        copy.child_head(imported).unwrap(),
        store.child_head(child).unwrap()
    );
    assert_eq!(
        copy.child_head(imported).unwrap(),
        head_from_every_record(&copy, imported)
    );
}
