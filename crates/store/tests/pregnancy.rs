//! A pregnancy's records (and the mother's postnatal checkups) in the real
//! encrypted store: every kind round-trips, edits keep history, deletion is
//! soft and undoable for 30 days, export and import carry them exactly.

mod support;

use hagukumi_core::pregnancy_records::{
    PregnancyBook, PregnancyRecordData, PregnancyRecordInput, PregnancyRecordKind,
};
use hagukumi_core::records::ChildBook;
use hagukumi_core::Date;
use hagukumi_store::Store;
use support::{at, date, fresh, open, visit, with_pregnancy};

fn today() -> Date {
    date("2026-11-24")
}

fn setup() -> (tempfile::TempDir, Store, i64, Date) {
    with_pregnancy(today())
}

fn every_kind() -> Vec<PregnancyRecordInput> {
    vec![
        PregnancyRecordInput::Notification {
            date: "2026-07-10".into(),
            method: "ultrasound".into(),
        },
        visit("58.4"),
        PregnancyRecordInput::Dental {
            date: "2026-09-01".into(),
            findings: "歯肉炎ぎみ。歯みがき指導".into(),
        },
        PregnancyRecordInput::Class {
            date: "2026-10-01".into(),
            name: "両親学級（沐浴）".into(),
        },
        PregnancyRecordInput::Environment {
            date: "2026-10-02".into(),
            text: "立ち仕事。\n12月から産休".into(),
        },
        PregnancyRecordInput::Vaccination {
            vaccine: "rsv-maternal".into(),
            date: "2026-11-21".into(),
            lot: "AB12".into(),
            facility: "さくら産婦人科".into(),
        },
        PregnancyRecordInput::PostnatalCheckup {
            timing: "two-weeks".into(),
            date: "2026-11-23".into(),
            weight_kg: "55".into(),
            systolic: "118".into(),
            diastolic: "72".into(),
            epds: "10".into(),
            notes: "".into(),
        },
    ]
}

fn add_every_kind(store: &Store, pregnancy: i64, expected: Date) {
    for input in every_kind() {
        let data = input.validate(expected, today()).unwrap();
        store
            .add::<PregnancyBook>(pregnancy, &data, at("2026-11-24 09:00"))
            .unwrap()
            .unwrap();
    }
}

#[test]
fn every_kind_round_trips_through_the_encrypted_file() {
    let (dir, store, pregnancy, expected) = setup();
    add_every_kind(&store, pregnancy, expected);
    let added = store.list::<PregnancyBook>(pregnancy, None, false).unwrap();
    drop(store);
    let store = open(dir.path());
    let all = store.list::<PregnancyBook>(pregnancy, None, false).unwrap();
    assert_eq!(all, added);
    assert_eq!(all.len(), 7);
    // Oldest first (by date), whatever the order of entry.
    let dates: Vec<Date> = all.iter().map(|r| r.data.date()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    let kinds: Vec<_> = all.iter().map(|r| r.data.kind()).collect();
    for kind in PregnancyRecordKind::ALL {
        assert!(kinds.contains(&kind), "{kind:?}");
    }
    let visits = store
        .list::<PregnancyBook>(pregnancy, Some(PregnancyRecordKind::PrenatalVisit), false)
        .unwrap();
    assert_eq!(visits.len(), 1);
    let PregnancyRecordData::PrenatalVisit(v) = &visits[0].data else {
        panic!()
    };
    assert_eq!((v.systolic, v.diastolic), (Some(112), Some(70)));
    // The week is computed, not stored: 2026-11-20 is 25w4d for 2027-03-01.
    let ga = visits[0].data.gestational_age(expected).unwrap();
    assert_eq!((ga.weeks, ga.days), (25, 4));
    assert_eq!(store.pregnancy(pregnancy).unwrap().unwrap().id, pregnancy);
    assert_eq!(store.pregnancy(999).unwrap(), None);
    assert!(store.verify().unwrap().is_sound());
}

/// Pregnancy records with an edit, a deletion and a restoration, next to a
/// child with a record.
fn full_handbook() -> (tempfile::TempDir, Store) {
    let (dir, mut store, pregnancy, expected) = setup();
    add_every_kind(&store, pregnancy, expected);
    let fixed = visit("58.6").validate(expected, today()).unwrap();
    store
        .edit::<PregnancyBook>(2, &fixed, at("2026-11-24 10:00"))
        .unwrap()
        .unwrap();
    store
        .delete::<PregnancyBook>(5, at("2026-11-24 11:00"))
        .unwrap()
        .unwrap();
    store
        .delete::<PregnancyBook>(4, at("2026-11-24 11:00"))
        .unwrap()
        .unwrap();
    store
        .restore::<PregnancyBook>(4, at("2026-11-24 11:05"))
        .unwrap()
        .unwrap();
    let child = store
        .add_child(
            &hagukumi_core::ChildInput {
                name: "さくら".into(),
                birth_date: "2023-07-12".into(),
                ..Default::default()
            }
            .validate(today())
            .unwrap(),
        )
        .unwrap();
    let note = hagukumi_core::records::RecordInput::Note {
        date: "2026-11-01".into(),
        text: "お姉ちゃんになる準備".into(),
    }
    .validate(child.birth_date, today())
    .unwrap();
    store
        .add::<ChildBook>(child.id, &note, at("2026-11-24 12:00"))
        .unwrap()
        .unwrap();
    (dir, store)
}

#[test]
fn export_then_import_restores_pregnancy_records_exactly() {
    let (_dir, store) = full_handbook();
    let export = store.export("2026-11-25T10:00:00Z").unwrap();
    assert_eq!(export.pregnancy_records.len(), 7);
    assert_eq!(export.pregnancy_record_history.len(), 4);
    assert_eq!(
        export.pregnancy_records[4].deleted_at.as_deref(),
        Some("2026-11-24T11:00:00Z")
    );
    assert_eq!(export.records.len(), 1);
    let text = serde_json::to_string_pretty(&export).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        value["pregnancy_records"][1]["data"]["kind"],
        "prenatal-visit"
    );
    assert_eq!(
        value["pregnancy_record_history"][0]["previous"]["weight_kg"],
        58.4
    );
    let (_other, mut copy) = fresh();
    copy.import(&serde_json::from_str(&text).unwrap()).unwrap();
    assert_eq!(copy.export("2026-11-25T10:00:00Z").unwrap(), export);
    // History and undo survive the move.
    assert_eq!(copy.history::<PregnancyBook>(2).unwrap().len(), 1);
    copy.restore::<PregnancyBook>(5, at("2026-11-25 10:00"))
        .unwrap()
        .unwrap();
}

#[test]
fn an_export_without_pregnancy_records_still_imports() {
    let (_dir, store) = full_handbook();
    let mut value = serde_json::to_value(store.export("2026-11-25T10:00:00Z").unwrap()).unwrap();
    let object = value.as_object_mut().unwrap();
    object.remove("pregnancy_records");
    object.remove("pregnancy_record_history");
    let older: hagukumi_store::Export = serde_json::from_value(value).unwrap();
    assert!(older.pregnancy_records.is_empty());
    let (_other, mut copy) = fresh();
    copy.import(&older).unwrap();
    assert_eq!(copy.pregnancies().unwrap().len(), 1);
    assert!(copy
        .list::<PregnancyBook>(1, None, true)
        .unwrap()
        .is_empty());
}

#[test]
fn a_bad_pregnancy_record_in_an_import_changes_nothing() {
    let (_dir, store) = full_handbook();
    let good = store.export("2026-11-25T10:00:00Z").unwrap();
    let (_other, mut copy) = fresh();
    // A record of a pregnancy that is not in the export.
    let mut bad = good.clone();
    bad.pregnancy_records[0].pregnancy_id = 42;
    let err = copy.import(&bad).unwrap_err();
    assert!(
        matches!(&err, hagukumi_store::ImportError::Invalid(m) if m.starts_with("pregnancy record 1")),
        "{err:?}"
    );
    // History of a record that is not there.
    let mut bad = good.clone();
    bad.pregnancy_record_history[0].record_id = 42;
    assert!(matches!(
        copy.import(&bad),
        Err(hagukumi_store::ImportError::Invalid(_))
    ));
    assert!(copy.is_empty().unwrap());
    // Unknown fields and kinds are refused rather than silently dropped.
    let mut value = serde_json::to_value(&good).unwrap();
    value["pregnancy_records"][0]["surprise"] = serde_json::json!(1);
    assert!(serde_json::from_value::<hagukumi_store::Export>(value).is_err());
    let mut value = serde_json::to_value(&good).unwrap();
    value["pregnancy_records"][0]["data"]["kind"] = "ultrasound-photo".into();
    assert!(serde_json::from_value::<hagukumi_store::Export>(value).is_err());
    // A value the form would refuse (kilograms typed as grams).
    let mut bad = good.clone();
    let r = bad
        .pregnancy_records
        .iter_mut()
        .find(|r| matches!(r.data, PregnancyRecordData::PrenatalVisit(_)))
        .unwrap();
    let id = r.id;
    if let PregnancyRecordData::PrenatalVisit(v) = &mut r.data {
        v.weight_kg = Some(58400.0);
    }
    let err = copy.import(&bad).unwrap_err();
    assert!(
        matches!(&err, hagukumi_store::ImportError::Invalid(m) if m.starts_with(&format!("pregnancy record {id}"))),
        "{err:?}"
    );
    // A change time that is not the store's format.
    let mut bad = good.clone();
    bad.pregnancy_record_history[0].changed_at = "yesterday".into();
    assert!(matches!(
        copy.import(&bad),
        Err(hagukumi_store::ImportError::Invalid(_))
    ));
    assert!(copy.is_empty().unwrap());
    copy.import(&good).unwrap();
}
