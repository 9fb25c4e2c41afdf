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

#[test]
fn a_chosen_reference_travels_in_the_export_and_an_export_without_one_is_unchanged() {
    let key = KeySource::Passphrase("growth-test-passphrase".into());
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_with(dir.path(), &key).unwrap();
    let a = add_child(&store, "ゆい");
    let b = add_child(&store, "そら");
    // Nothing chosen: no field at all in the JSON.
    let before = serde_json::to_string(&store.export("2026-11-25T00:00:00Z").unwrap()).unwrap();
    assert!(!before.contains("growth_reference"), "{before}");

    assert!(store
        .set_growth_reference(b, Reference::WhoStandard)
        .unwrap());
    let export = store.export("2026-11-25T00:00:00Z").unwrap();
    let json: serde_json::Value = serde_json::to_value(&export).unwrap();
    assert!(json["children"][0].get("growth_reference").is_none());
    assert_eq!(json["children"][1]["growth_reference"], "who-2006");
    // Without it, the same export as before the choice, byte for byte.
    let mut without = export.clone();
    without.children[1].growth_reference = None;
    assert_eq!(serde_json::to_string(&without).unwrap(), before);

    // Imported into another handbook: the choice comes along.
    let other = tempfile::tempdir().unwrap();
    let mut copy = Store::open_with(other.path(), &key).unwrap();
    copy.import(&export).unwrap();
    assert_eq!(copy.growth_reference(b).unwrap(), Reference::WhoStandard);
    assert_eq!(copy.growth_reference(a).unwrap(), Reference::Japan2023);
    assert_eq!(copy.chosen_growth_reference(a).unwrap(), None);

    // An older export (no field) still imports; an unknown reference is refused.
    let old: hagukumi_store::export::Export = serde_json::from_str(&before).unwrap();
    let third = tempfile::tempdir().unwrap();
    let mut fresh = Store::open_with(third.path(), &key).unwrap();
    fresh.import(&old).unwrap();
    assert_eq!(fresh.chosen_growth_reference(b).unwrap(), None);
    let mut bad = export.clone();
    bad.children[1].growth_reference = Some("cdc-2000".into());
    let fourth = tempfile::tempdir().unwrap();
    let mut refused = Store::open_with(fourth.path(), &key).unwrap();
    assert!(refused.import(&bad).is_err());
    assert!(
        refused.children().unwrap().is_empty(),
        "nothing half-imported"
    );
}
