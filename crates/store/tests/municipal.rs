//! What a municipality publishes, kept in the real encrypted handbook: a
//! page merged with its cursor, an older page refused without a change, a
//! malformed page refused whole, the copy there after reopening, and the
//! registry in use chosen from it.

mod support;

use hagukumi_core::municipal::{Catalogue, RegistrySource};
use hagukumi_store::{MunicipalPage, MunicipalRefusal};
use serde_json::json;

fn page<'a>(
    items: &'a [serde_json::Value],
    issued_at: &'a str,
    complete: bool,
) -> MunicipalPage<'a> {
    MunicipalPage {
        catalogue: Catalogue::Materials,
        municipality: "131016",
        items,
        next_cursor: Some("c1".into()),
        etag: complete.then(|| "\"e1\"".into()),
        complete,
        issued_at,
    }
}

fn kept_now(store: &hagukumi_store::Store) -> hagukumi_core::municipal::KeptCopy {
    store
        .kept_copy(Catalogue::Materials, "131016")
        .unwrap()
        .unwrap()
}

#[test]
fn pages_merge_in_order_and_an_older_or_malformed_one_changes_nothing() {
    let (dir, mut store) = support::fresh();
    let header = json!({"id": "file:materials.json", "kind": "file", "file": "materials.json",
        "header": {"label": "SAMPLE", "sample": true, "sources": []}});
    let a = json!({"id": "material:a", "kind": "record", "file": "materials.json",
        "record": {"id": "a", "type": "guide", "title": "SAMPLE しおり"}});
    // Half pulled: kept, but not used yet.
    assert_eq!(
        store
            .apply_municipal_page(&page(&[header], "2026-12-01T00:00:00.000Z", false))
            .unwrap(),
        1
    );
    assert_eq!(store.kept_materials("131016").unwrap(), None);
    store
        .apply_municipal_page(&page(&[a], "2026-12-01T00:00:01.000Z", true))
        .unwrap();
    let kept = kept_now(&store);
    assert_eq!(
        (kept.cursor.as_deref(), kept.etag.as_deref()),
        (Some("c1"), Some("\"e1\""))
    );
    assert_eq!(
        store.kept_materials("131016").unwrap().unwrap().items.len(),
        1
    );

    // Signed before the newest page kept: refused, nothing changes.
    let b = json!({"id": "material:b", "kind": "record", "file": "materials.json",
        "record": {"id": "b", "type": "contacts", "title": "SAMPLE 相談先"}});
    let e = store
        .apply_municipal_page(&page(
            std::slice::from_ref(&b),
            "2026-11-30T00:00:00.000Z",
            true,
        ))
        .unwrap_err();
    assert!(matches!(e, MunicipalRefusal::Stale), "{e}");
    // One item without an id: the whole page is refused.
    let e = store
        .apply_municipal_page(&page(
            &[b, json!({"kind": "record"})],
            "2026-12-02T00:00:00.000Z",
            true,
        ))
        .unwrap_err();
    assert!(matches!(e, MunicipalRefusal::Item(_)), "{e}");
    assert_eq!(kept_now(&store), kept);

    // Kept across reopening; the registry is still the embedded one.
    drop(store);
    let store = support::open(dir.path());
    assert_eq!(kept_now(&store), kept);
    assert_eq!(store.registry_in_use().unwrap().1, RegistrySource::Embedded);
}
