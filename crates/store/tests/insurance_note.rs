//! Each child's insurance note (clinic card) in the real encrypted store:
//! none until written, kept per child and across reopening, cleared by an
//! empty note, refused for a child that does not exist.

mod support;

use hagukumi_core::clinic_card::InsuranceNote;
use hagukumi_store::Store;

#[test]
fn the_note_is_kept_per_child_across_reopening_and_cleared() {
    let (dir, store) = support::fresh();
    let today = support::date("2026-11-25");
    let a = support::add_child(&store, "ゆい", "2025-02-28", today).id;
    let b = support::add_child(&store, "そら", "2025-02-28", today).id;
    assert_eq!(store.insurance_note(a).unwrap(), None);
    let note = InsuranceNote::parse("保険者番号 06139999 記号 12 番号 3456")
        .unwrap()
        .unwrap();
    assert!(store.set_insurance_note(a, Some(&note)).unwrap());
    // No such child: refused, nothing saved.
    assert!(!store.set_insurance_note(999, Some(&note)).unwrap());
    assert_eq!(store.insurance_note(999).unwrap(), None);
    assert_eq!(store.insurance_note(b).unwrap(), None);
    drop(store);

    let store: Store = support::open(dir.path());
    assert_eq!(store.insurance_note(a).unwrap(), Some(note));
    assert!(store.set_insurance_note(a, None).unwrap());
    assert_eq!(store.insurance_note(a).unwrap(), None);
}

#[test]
fn the_note_travels_in_the_export_and_a_bad_one_refuses_the_import() {
    let (_dir, store) = support::fresh();
    let today = support::date("2026-11-25");
    let a = support::add_child(&store, "ゆい", "2025-02-28", today).id;
    let b = support::add_child(&store, "そら", "2025-02-28", today).id;
    // No note: no field, so such exports stay as they were.
    let before = serde_json::to_string(&store.export("2026-11-25T00:00:00Z").unwrap()).unwrap();
    assert!(!before.contains("insurance_note"), "{before}");

    let note = InsuranceNote::parse("保険者番号 06139999 記号 12 番号 3456")
        .unwrap()
        .unwrap();
    assert!(store.set_insurance_note(b, Some(&note)).unwrap());
    let export = store.export("2026-11-25T00:00:00Z").unwrap();
    let json: serde_json::Value = serde_json::to_value(&export).unwrap();
    assert!(json["children"][0].get("insurance_note").is_none());
    assert_eq!(json["children"][1]["insurance_note"], note.as_str());

    // Imported into another handbook: the note is on the card again.
    let (_other, mut copy) = support::fresh();
    copy.import(&export).unwrap();
    assert_eq!(copy.insurance_note(b).unwrap(), Some(note.clone()));
    assert_eq!(copy.insurance_note(a).unwrap(), None);
    // Exported again: the same.
    assert_eq!(
        serde_json::to_string(&copy.export("2026-11-25T00:00:00Z").unwrap()).unwrap(),
        serde_json::to_string(&export).unwrap()
    );

    // A note the card's form refuses (a 12-digit number) refuses the import
    // and leaves the handbook empty.
    let mut bad = export.clone();
    bad.children[1].insurance_note = Some("123456789012".into());
    let (_third, mut target) = support::fresh();
    let e = target.import(&bad).unwrap_err();
    assert!(e.to_string().contains("insurance_note"), "{e}");
    assert!(target.children().unwrap().is_empty());
}
