//! The family's municipality in the real encrypted store: unset until
//! chosen, changed by a move, kept across reopening.

mod support;

use hagukumi_core::programs::load_embedded;
use support::open;

#[test]
fn the_municipality_is_set_moved_and_kept() {
    let registry = load_embedded();
    let chiyoda = registry.municipality("131016").unwrap();
    let koto = registry.municipality("131083").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    assert_eq!(store.municipality().unwrap(), None);
    assert_eq!(store.set_municipality(chiyoda).unwrap(), None);
    assert_eq!(
        store.set_municipality(koto).unwrap().as_deref(),
        Some("131016")
    );
    drop(store);
    let store = open(dir.path());
    assert_eq!(store.municipality().unwrap().as_deref(), Some("131083"));
    assert_eq!(store.language().unwrap(), None, "other settings untouched");
}
