//! Each child's growth reference in the real encrypted store: the Japanese
//! 2023 curves until the parent chooses, the choice kept per child and
//! across reopening, refused for a child that does not exist.

mod support;

use hagukumi_core::growth::Reference;
use hagukumi_core::Date;
use hagukumi_store::{KeySource, Store};

fn today() -> Date {
    "2026-11-25".parse().unwrap()
}

fn add_child(store: &Store, name: &str) -> i64 {
    support::add_child(store, name, "2025-02-28", today()).id
}

#[test]
fn the_reference_is_japanese_until_chosen_and_kept_per_child() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeySource::Passphrase("growth-test-passphrase".into());
    let (a, b) = {
        let store = Store::open_with(dir.path(), &key).unwrap();
        let a = add_child(&store, "ゆい");
        let b = add_child(&store, "そら");
        assert_eq!(store.growth_reference(a).unwrap(), Reference::Japan2023);
        assert!(store
            .set_growth_reference(b, Reference::WhoStandard)
            .unwrap());
        assert_eq!(store.growth_reference(b).unwrap(), Reference::WhoStandard);
        assert_eq!(store.growth_reference(a).unwrap(), Reference::Japan2023);
        // No such child: refused, nothing saved.
        assert!(!store
            .set_growth_reference(999, Reference::WhoStandard)
            .unwrap());
        assert_eq!(store.growth_reference(999).unwrap(), Reference::Japan2023);
        (a, b)
    };
    let store = Store::open_with(dir.path(), &key).unwrap();
    assert_eq!(store.growth_reference(b).unwrap(), Reference::WhoStandard);
    assert!(store.set_growth_reference(b, Reference::Japan2023).unwrap());
    assert_eq!(store.growth_reference(b).unwrap(), Reference::Japan2023);
    assert_eq!(store.growth_reference(a).unwrap(), Reference::Japan2023);
}
