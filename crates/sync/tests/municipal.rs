//! The family's municipality's program registry and printed materials from
//! the reference portal on 127.0.0.1, into a real SQLCipher handbook: a
//! program added at the portal is matched after a sync; a tampered page is
//! refused and the last copy stays; offline the last copy stays; an
//! unreadable record is reported with its psid and field and the rest load.

mod support;

use hagukumi_core::materials::MaterialKind;
use hagukumi_core::municipal::{Catalogue, RegistrySource};
use hagukumi_core::programs::{self, match_family};
use hagukumi_store::Store;
use hagukumi_sync::{update_municipal, SyncError};
use serde_json::json;
use support::*;

const CHIYODA: &str = "131016";
const NEW_PSID: &str = "sample+131016+test-added";

/// A SAMPLE program for every child under 3 in 千代田区 (citing the file's
/// source), as a portal would add one.
fn added_program(name: &str) -> serde_json::Value {
    json!({
        "institutionName": {"canonicalName": name},
        "target": {"lessThan": {"targetAge": 3}},
        "area": {"areaCode": "131016;千代田区"},
        "basicInformation": {"psid": NEW_PSID},
        "hagukumi": {"source": "tokyo-registry-example", "subject": "child"}
    })
}

fn set_chiyoda(store: &mut Store) {
    let registry = programs::load_embedded();
    store
        .set_municipality(registry.municipality(CHIYODA).unwrap())
        .unwrap();
}

/// The names of what applies now to the family, from the registry in use.
fn now_names(store: &Store) -> Vec<String> {
    let (registry, _) = store.registry_in_use().unwrap();
    let m = match_family(
        &registry,
        CHIYODA,
        &store.children().unwrap(),
        &store.pregnancies().unwrap(),
        today(),
    );
    m.now.into_iter().map(|m| m.name).collect()
}

#[test]
fn a_program_added_at_the_portal_is_used_after_a_sync_and_kept_offline() {
    let handle = start(Default::default());
    let portal = reference(&handle);
    let dir = tempfile::tempdir().unwrap();
    let mut store = open_store(dir.path());
    let birth = (today() - hagukumi_core::chrono::Days::new(200)).to_string();
    add_child(&store, "SAMPLE 花子", &birth);

    // No municipality: nothing is asked; the embedded SAMPLE registry.
    assert_eq!(
        update_municipal(&mut store, &portal).unwrap().municipality,
        None
    );
    assert_eq!(handle.request_count(), 0);
    assert_eq!(store.registry_in_use().unwrap().1, RegistrySource::Embedded);

    set_chiyoda(&mut store);
    let before = now_names(&store);
    assert!(!before.iter().any(|n| n == "SAMPLE 追加された制度"));

    // The first sync keeps the municipality's copy (its own, Tokyo's and the
    // national files) and the materials.
    let first = update_municipal(&mut store, &portal).unwrap();
    assert_eq!(first.municipality.as_deref(), Some(CHIYODA));
    assert!(first.registry.items > 0 && first.materials.items > 0);
    assert!(
        first.registry_problems.is_empty(),
        "{:?}",
        first.registry_problems
    );
    let (_, source) = store.registry_in_use().unwrap();
    assert!(
        matches!(source, RegistrySource::Kept { ref municipalities, .. } if municipalities == &[CHIYODA])
    );
    assert_eq!(
        now_names(&store),
        before,
        "the same SAMPLE data as embedded"
    );
    let materials = store.kept_materials(CHIYODA).unwrap().unwrap();
    assert!(materials.sample);
    assert_eq!(materials.items.len(), 3);
    assert!(materials
        .search("受診票")
        .iter()
        .any(|m| m.kind == MaterialKind::Coupons));

    // The next pull starts after the last item: nothing new (an empty
    // page, whose ETag is kept), then a signed 304 each.
    let again = update_municipal(&mut store, &portal).unwrap();
    assert_eq!((again.registry.items, again.materials.items), (0, 0));
    let again = update_municipal(&mut store, &portal).unwrap();
    assert!(again.registry.unchanged && again.materials.unchanged);

    // A program added at the portal: only it comes (incremental), and the
    // family's match has it.
    handle
        .publish_program(
            CHIYODA,
            "chiyoda-131016.json",
            added_program("SAMPLE 追加された制度"),
        )
        .unwrap();
    let added = update_municipal(&mut store, &portal).unwrap();
    assert_eq!((added.registry.pages, added.registry.items), (1, 1));
    assert!(now_names(&store)
        .iter()
        .any(|n| n == "SAMPLE 追加された制度"));

    // Offline (the portal's address answers nothing): an error in plain
    // words, and the last copy is still used.
    let offline = reference_at("http://127.0.0.1:9");
    let e = update_municipal(&mut store, &offline).unwrap_err();
    assert!(matches!(e, SyncError::Offline), "{e}");
    assert!(now_names(&store)
        .iter()
        .any(|n| n == "SAMPLE 追加された制度"));
    // Also after reopening the handbook.
    drop(store);
    let store = open_store(dir.path());
    assert!(now_names(&store)
        .iter()
        .any(|n| n == "SAMPLE 追加された制度"));
    assert_eq!(
        store.kept_materials(CHIYODA).unwrap().unwrap().items.len(),
        3
    );
}

#[test]
fn a_tampered_or_misdirected_page_is_refused_and_the_last_copy_stays() {
    let handle = start(Default::default());
    let portal = reference(&handle);
    let dir = tempfile::tempdir().unwrap();
    let mut store = open_store(dir.path());
    set_chiyoda(&mut store);
    update_municipal(&mut store, &portal).unwrap();
    let kept = store.kept_copy(Catalogue::Registry, CHIYODA).unwrap();

    handle
        .publish_program(
            CHIYODA,
            "chiyoda-131016.json",
            added_program("SAMPLE 改ざん"),
        )
        .unwrap();
    let store = std::cell::RefCell::new(store);
    each_bad_page_is_refused(
        &handle,
        || update_municipal(&mut store.borrow_mut(), &portal).map(drop),
        |what| {
            let now = store.borrow().kept_copy(Catalogue::Registry, CHIYODA);
            assert_eq!(now.unwrap(), kept, "{what}");
        },
    );
    let mut store = store.into_inner();
    // A page signed for another municipality, replayed for this one: the
    // envelope names 千代田区's neighbour, so it is refused.
    let mut other = open_store(tempfile::tempdir().unwrap().path());
    let koto = programs::load_embedded();
    other
        .set_municipality(koto.municipality("131083").unwrap())
        .unwrap();
    update_municipal(&mut other, &portal).unwrap();
    let koto_page = handle
        .sent_pages()
        .into_iter()
        .rev()
        .find(|p| p.family == "municipality:131083" && p.category == "registry")
        .expect("the portal remembers the page it sent");
    handle.replay_next(koto_page);
    let e = update_municipal(&mut store, &portal).unwrap_err();
    assert!(matches!(e, SyncError::OtherAccount), "{e}");
    assert_eq!(store.kept_copy(Catalogue::Registry, CHIYODA).unwrap(), kept);

    // Once the portal answers honestly, the change comes.
    update_municipal(&mut store, &portal).unwrap();
    assert_ne!(store.kept_copy(Catalogue::Registry, CHIYODA).unwrap(), kept);
}

#[test]
fn an_unreadable_record_is_reported_with_its_psid_and_field_and_the_rest_load() {
    let handle = start(Default::default());
    let portal = reference(&handle);
    let dir = tempfile::tempdir().unwrap();
    let mut store = open_store(dir.path());
    set_chiyoda(&mut store);
    let mut broken = added_program("SAMPLE 壊れた記録");
    broken["target"]["lessThan"]["targetAge"] = json!("三歳");
    handle
        .publish_program(CHIYODA, "chiyoda-131016.json", broken)
        .unwrap();
    let update = update_municipal(&mut store, &portal).unwrap();
    assert_eq!(
        update.registry_problems,
        [format!(
            "chiyoda-131016.json: {NEW_PSID}: target.lessThan.targetAge: must be a whole number of years or months"
        )]
    );
    let (registry, _) = store.registry_in_use().unwrap();
    assert!(registry.programs.iter().all(|p| p.psid != NEW_PSID));
    // The rest of the file (and the others) loaded.
    assert_eq!(
        registry.programs.len(),
        programs::load_embedded().programs.len()
    );
}

#[test]
fn a_municipality_the_portal_does_not_serve_is_not_an_error() {
    let handle = start(Default::default());
    let dir = tempfile::tempdir().unwrap();
    let mut store = open_store(dir.path());
    // 千代田区 chosen, but this portal serves another set of municipalities:
    // asked at a path the portal does not know.
    set_chiyoda(&mut store);
    let other = reference_at(&format!("{}/elsewhere", handle.base_url()));
    let update = update_municipal(&mut store, &other).unwrap();
    assert_eq!((update.registry.pages, update.materials.pages), (0, 0));
    assert_eq!(store.registry_in_use().unwrap().1, RegistrySource::Embedded);
    assert_eq!(store.kept_materials(CHIYODA).unwrap(), None);
}
