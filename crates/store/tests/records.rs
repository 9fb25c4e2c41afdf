//! A child's records in the real encrypted store: every kind round-trips,
//! export and import (edits, deletion and the 30-day undo: `books.rs`).

mod support;

use hagukumi_core::records::{ChildBook, Record, RecordData, RecordInput, RecordKind};
use hagukumi_core::Date;
use hagukumi_store::{Refused, Store};
use support::{at, date, fresh, open, with_child};

fn today() -> Date {
    date("2026-11-25")
}

fn setup() -> (tempfile::TempDir, Store, i64, Date) {
    with_child(today())
}

fn every_kind() -> Vec<RecordInput> {
    vec![
        RecordInput::Vaccination {
            vaccine: "dpt-ipv-hib".into(),
            dose: "1".into(),
            date: "2025-04-28".into(),
            manufacturer: "BIKEN".into(),
            lot: "X123".into(),
            facility: "さくら小児科".into(),
            funding: "public".into(),
        },
        RecordInput::Measurement {
            date: "2025-03-28".into(),
            weight_kg: "4.21".into(),
            height_cm: "54.5".into(),
            head_cm: "37.2".into(),
            chest_cm: "".into(),
        },
        RecordInput::Milestone {
            date: "2025-06-10".into(),
            what: "首がすわった".into(),
            note: "".into(),
        },
        RecordInput::Note {
            date: "2025-07-01".into(),
            text: "初めての寝返り。\n動画あり".into(),
        },
    ]
}

/// Adds every one of `inputs` to the child, as checked by its form.
fn add_all(store: &Store, child: i64, birth: Date, inputs: Vec<RecordInput>) -> Vec<Record> {
    inputs
        .into_iter()
        .map(|input| {
            let data = input.validate(birth, today()).unwrap();
            store
                .add::<ChildBook>(child, &data, at("2026-11-25 09:00"))
                .unwrap()
                .unwrap()
        })
        .collect()
}

#[test]
fn every_kind_round_trips_through_the_encrypted_file() {
    let (dir, store, child, birth) = setup();
    let added = add_all(&store, child, birth, every_kind());
    drop(store);
    let store = open(dir.path());
    let mut all = store.list::<ChildBook>(child, None, false).unwrap();
    all.sort_by_key(|r| r.id);
    assert_eq!(all, added);
    let vaccinations = store
        .list::<ChildBook>(child, Some(RecordKind::Vaccination), false)
        .unwrap();
    assert_eq!(vaccinations.len(), 1);
    assert!(store.verify().unwrap().is_sound());
}

fn full_handbook() -> (tempfile::TempDir, Store) {
    let (dir, mut store, child, birth) = setup();
    for input in every_kind() {
        let data = input.validate(birth, today()).unwrap();
        store
            .add::<ChildBook>(child, &data, at("2026-11-20 09:00"))
            .unwrap()
            .unwrap();
    }
    let edited = every_kind()[1].validate(birth, today()).unwrap();
    store
        .edit::<ChildBook>(2, &edited, at("2026-11-21 09:00"))
        .unwrap()
        .unwrap();
    store
        .delete::<ChildBook>(3, at("2026-11-22 09:00"))
        .unwrap()
        .unwrap();
    store.set_language(hagukumi_core::Language::En).unwrap();
    store
        .add_pregnancy(
            &hagukumi_core::PregnancyInput {
                label: "第二子".into(),
                expected_date: "2027-03-01".into(),
            }
            .validate(today())
            .unwrap(),
        )
        .unwrap();
    (dir, store)
}

#[test]
fn export_then_import_restores_the_handbook_exactly() {
    let (_dir, store) = full_handbook();
    let export = store.export("2026-11-25T10:00:00Z").unwrap();
    assert_eq!(export.records.len(), 4);
    assert_eq!(export.record_history.len(), 2);
    // Through text, as `hagu export --json` and `hagu import --json` do.
    let text = serde_json::to_string_pretty(&export).unwrap();
    let (_other, mut copy) = fresh();
    copy.import(&serde_json::from_str(&text).unwrap()).unwrap();
    assert_eq!(copy.export("2026-11-25T10:00:00Z").unwrap(), export);
    // Soft-deleted records are still restorable after the move.
    copy.restore::<ChildBook>(3, at("2026-11-25 10:00"))
        .unwrap()
        .unwrap();
}

#[test]
fn a_bad_import_changes_nothing() {
    let (_dir, store) = full_handbook();
    let mut export = store.export("2026-11-25T10:00:00Z").unwrap();
    // A record pointing at a child that is not in the export.
    export.records.last_mut().unwrap().child_id = 42;
    let (_other, mut copy) = fresh();
    let err = copy.import(&export).unwrap_err();
    assert!(
        matches!(err, hagukumi_store::ImportError::Invalid(_)),
        "{err:?}"
    );
    assert!(copy.is_empty().unwrap());
    assert!(copy.children().unwrap().is_empty());
    // And a handbook with content is never merged into.
    let good = store.export("2026-11-25T10:00:00Z").unwrap();
    let mut same = store;
    assert!(matches!(
        same.import(&good),
        Err(hagukumi_store::ImportError::NotEmpty)
    ));
    // Unknown fields are refused rather than silently dropped.
    let mut value = serde_json::to_value(&good).unwrap();
    value["surprise"] = serde_json::json!(1);
    assert!(serde_json::from_value::<hagukumi_store::Export>(value).is_err());
}

/// One of each kind added for the handbook's birth, checkup, dental,
/// screening and medicine pages.
fn handbook_pages() -> Vec<RecordInput> {
    use hagukumi_core::child_records::AnswerInput;
    use hagukumi_core::records::{
        BirthInput, CheckupInput, DentalInput, MedicineInput, ScreeningInput,
    };
    vec![
        RecordInput::Birth(BirthInput {
            time: "14:05".into(),
            gestation_weeks: "35".into(),
            gestation_days: "4".into(),
            delivery: "cesarean".into(),
            weight_g: "2480".into(),
            length_cm: "45.5".into(),
            head_cm: "32".into(),
            chest_cm: "29.8".into(),
            apgar_1min: "7".into(),
            apgar_5min: "9".into(),
            complications: "新生児黄疸（光線療法）".into(),
            facility: "さくら産院".into(),
            ..Default::default()
        }),
        RecordInput::Checkup(CheckupInput {
            checkup: "m6-7".into(),
            date: "2025-09-10".into(),
            weight_kg: "7.2".into(),
            height_cm: "66".into(),
            findings: "特記事項なし".into(),
            facility: "ひかり小児科".into(),
            answers: vec![
                AnswerInput {
                    item: "m6-7-rolls-over".into(),
                    answer: "yes".into(),
                },
                AnswerInput {
                    item: "m6-7-sits".into(),
                    answer: "2025-09-01".into(),
                },
            ],
            ..Default::default()
        }),
        RecordInput::Dental(DentalInput {
            date: "2026-08-30".into(),
            teeth: "16".into(),
            caries: "0".into(),
            fluoride: "yes".into(),
            note: "仕上げみがきを続ける".into(),
        }),
        RecordInput::Screening(ScreeningInput {
            date: "2025-03-02".into(),
            test: "newborn-hearing".into(),
            result: "pass".into(),
            note: "".into(),
        }),
        RecordInput::Medicine(MedicineInput {
            date: "2026-11-20".into(),
            end: "2026-11-27".into(),
            name: "アモキシシリン細粒".into(),
            instructions: "1日3回 毎食後 1包".into(),
        }),
        // The test the 2025 form added to 検査の記録.
        RecordInput::Screening(ScreeningInput {
            date: "2025-03-10".into(),
            test: "congenital-cmv".into(),
            result: "negative".into(),
            note: "尿検査".into(),
        }),
    ]
}

#[test]
fn birth_checkup_dental_screening_and_medicine_round_trip() {
    let (dir, mut store, child, birth) = setup();
    let mut added = add_all(&store, child, birth, handbook_pages());
    // Edits keep history for the new kinds too.
    let mut edited = handbook_pages()[2].clone();
    if let RecordInput::Dental(d) = &mut edited {
        d.caries = "1".into();
    }
    let edited = edited.validate(birth, today()).unwrap();
    let dental = added[2].id;
    added[2] = store
        .edit::<ChildBook>(dental, &edited, at("2026-11-25 10:00"))
        .unwrap()
        .unwrap();
    drop(store);
    let store = open(dir.path());
    let mut all = store.list::<ChildBook>(child, None, false).unwrap();
    all.sort_by_key(|r| r.id);
    assert_eq!(all, added);
    for kind in [
        RecordKind::Birth,
        RecordKind::Checkup,
        RecordKind::Dental,
        RecordKind::Screening,
        RecordKind::Medicine,
    ] {
        let screenings = if kind == RecordKind::Screening { 2 } else { 1 };
        assert_eq!(
            store
                .list::<ChildBook>(child, Some(kind), false)
                .unwrap()
                .len(),
            screenings
        );
    }
    assert_eq!(
        store.history::<ChildBook>(dental).unwrap()[0].previous,
        handbook_pages()[2].validate(birth, today()).unwrap()
    );
    // And through an export and import.
    let export = store.export("2026-11-25T10:00:00Z").unwrap();
    let text = serde_json::to_string(&export).unwrap();
    let (_other, mut copy) = fresh();
    copy.import(&serde_json::from_str(&text).unwrap()).unwrap();
    let mut copied = copy.list::<ChildBook>(child, None, false).unwrap();
    copied.sort_by_key(|r| r.id);
    assert_eq!(copied, all);
    assert!(store.verify().unwrap().is_sound());
    // A CMV test "passed" is not a result the form records: an import
    // carrying one is refused and changes nothing.
    let bad = text.replacen(r#""result":"negative""#, r#""result":"pass""#, 1);
    assert_ne!(bad, text);
    let (_third, mut refused) = fresh();
    let err = refused
        .import(&serde_json::from_str(&bad).unwrap())
        .unwrap_err();
    assert!(
        matches!(err, hagukumi_store::ImportError::Invalid(_)),
        "{err:?}"
    );
    assert!(refused.is_empty().unwrap());
}

#[test]
fn a_child_has_one_birth_record() {
    let (_dir, mut store, child, birth) = setup();
    let data = handbook_pages()[0].validate(birth, today()).unwrap();
    let first = store
        .add::<ChildBook>(child, &data, at("2026-11-25 09:00"))
        .unwrap()
        .unwrap();
    assert_eq!(
        store
            .add::<ChildBook>(child, &data, at("2026-11-25 09:01"))
            .unwrap(),
        Err(Refused::AlreadyRecorded(first.id))
    );
    assert_eq!(store.list::<ChildBook>(child, None, true).unwrap().len(), 1);
    // Deleted, a new one may be written; the old one then cannot come back.
    store
        .delete::<ChildBook>(first.id, at("2026-11-25 09:02"))
        .unwrap()
        .unwrap();
    let second = store
        .add::<ChildBook>(child, &data, at("2026-11-25 09:03"))
        .unwrap()
        .unwrap();
    assert_eq!(
        store
            .restore::<ChildBook>(first.id, at("2026-11-25 09:04"))
            .unwrap(),
        Err(Refused::AlreadyRecorded(second.id))
    );
    // Editing the live one is fine; other kinds are not limited.
    store
        .edit::<ChildBook>(second.id, &data, at("2026-11-25 09:05"))
        .unwrap()
        .unwrap();
    let checkup = handbook_pages()[1].validate(birth, today()).unwrap();
    for minute in ["09:06", "09:07"] {
        store
            .add::<ChildBook>(child, &checkup, at(&format!("2026-11-25 {minute}")))
            .unwrap()
            .unwrap();
    }
}

/// Imports `export` into a fresh handbook: the error, after checking that
/// nothing was written.
fn refused(export: &hagukumi_store::Export) -> String {
    let (_other, mut copy) = fresh();
    let err = copy.import(export).unwrap_err();
    assert!(copy.is_empty().unwrap());
    assert!(copy.children().unwrap().is_empty());
    match err {
        hagukumi_store::ImportError::Invalid(why) => why,
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_import_refuses_what_the_form_would_refuse() {
    let (_dir, store) = full_handbook();
    let good = store.export("2026-11-25T10:00:00Z").unwrap();
    // 4210 typed in the kilogram field.
    let mut export = good.clone();
    let r = export
        .records
        .iter_mut()
        .find(|r| r.data.kind() == RecordKind::Measurement)
        .unwrap();
    let id = r.id;
    let RecordData::Measurement(m) = &mut r.data else {
        unreachable!()
    };
    m.weight_kg = Some(4210.0);
    let why = refused(&export);
    assert!(why.contains(&format!("record {id}")), "{why}");
    // A record dated before the child was born.
    let mut export = good.clone();
    let RecordData::Measurement(m) = &mut export.records[1].data else {
        panic!("{:?}", export.records[1].data)
    };
    m.date = "2020-01-01".parse().unwrap();
    refused(&export);
    // A timestamp that is not the store's format.
    let mut export = good.clone();
    export.records[0].updated_at = "2026-11-20 09:00".into();
    let why = refused(&export);
    assert!(why.contains("timestamp"), "{why}");
    let mut export = good.clone();
    export.children[0].created_at = "2026-11-20T09:00:00+09:00".into();
    refused(&export);
    // The untouched export still imports.
    let (_other, mut copy) = fresh();
    copy.import(&good).unwrap();
}

#[test]
fn an_import_refuses_a_second_birth() {
    use hagukumi_core::records::BirthInput;
    let (_dir, store, child, birth) = setup();
    let data = RecordInput::Birth(BirthInput {
        weight_g: "3120".into(),
        ..BirthInput::default()
    })
    .validate(birth, today())
    .unwrap();
    store
        .add::<ChildBook>(child, &data, at("2026-11-20 09:00"))
        .unwrap()
        .unwrap();
    let good = store.export("2026-11-25T10:00:00Z").unwrap();
    let mut export = good.clone();
    let mut second = export.records[0].clone();
    second.id += 1;
    export.records.push(second.clone());
    let why = refused(&export);
    assert!(why.contains(&format!("record {}", second.id)), "{why}");
    // A deleted second birth is fine (it can only be restored after the
    // first is deleted).
    let mut export = good;
    second.deleted_at = Some("2026-11-21T09:00:00Z".into());
    export.records.push(second);
    let (_other, mut copy) = fresh();
    copy.import(&export).unwrap();
}

#[test]
fn one_child_is_found_by_its_id() {
    let (_dir, store, child_id, birth) = setup();
    let child = store.child(child_id).unwrap().expect("the child is there");
    assert_eq!(
        (child.id, child.name.as_str(), child.birth_date),
        (child_id, "ゆい", birth)
    );
    assert_eq!(store.child(child_id + 1).unwrap(), None);
}
