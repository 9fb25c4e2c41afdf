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
