//! The April intake checklist's ticked documents in the real encrypted
//! store: kept per municipality across reopening; an unknown document
//! changes nothing.

mod support;

use hagukumi_core::nursery::intake::embedded_checklists;
use hagukumi_store::Store;

#[test]
fn ticks_are_kept_per_municipality_across_reopening() {
    let (dir, store) = support::fresh();
    let today = support::date("2026-11-10");
    let lists = embedded_checklists().unwrap();
    let (a, b) = (&lists[0], &lists[1]);
    assert_ne!(a.municipality.code, b.municipality.code);
    assert_eq!(store.intake_checklist(a, today).unwrap().checked, 0);
    let doc = a.documents[1].id.clone();
    let v = store
        .tick_intake_document(a, &doc, true, today)
        .unwrap()
        .unwrap();
    assert_eq!(v.checked, 1);
    assert!(v.documents[1].checked);
    // Unknown document: refused, nothing changes.
    assert_eq!(
        store
            .tick_intake_document(a, "no-such", true, today)
            .unwrap(),
        None
    );
    // The other municipality's list is its own.
    assert_eq!(store.intake_checklist(b, today).unwrap().checked, 0);
    drop(store);

    let store: Store = support::open(dir.path());
    let v = store.intake_checklist(a, today).unwrap();
    assert_eq!(v.checked, 1);
    assert!(v.documents[1].checked);
    let v = store
        .tick_intake_document(a, &doc, false, today)
        .unwrap()
        .unwrap();
    assert_eq!(v.checked, 0);
}
