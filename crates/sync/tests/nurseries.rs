//! The family's municipality's nursery facilities from the reference portal
//! on 127.0.0.1, into a real SQLCipher handbook: the first sync keeps the
//! portal's signed copy (searched instead of the built-in SAMPLE), an
//! unchanged one is a signed 304, a changed facility comes alone; a forged
//! or unsigned page is refused and the last good copy stays; a facility row
//! that cannot be read is reported (record, NO, column) and the rest load.

mod support;

use hagukumi_core::municipal::Catalogue;
use hagukumi_core::nursery::{self, search_view, Origin, SearchRequest};
use hagukumi_core::programs;
use hagukumi_store::Store;
use hagukumi_sync::{update_municipal, SyncError};
use serde_json::{json, Value};
use support::*;

const KOTO: &str = "131083";
const FILE: &str = "koto-131083.json";

fn set_koto(store: &mut Store) {
    let registry = programs::load_embedded();
    store
        .set_municipality(registry.municipality(KOTO).unwrap())
        .unwrap();
}

/// Facility NO 1 of the SAMPLE file as the portal serves it.
fn first_row() -> Value {
    json!({
        "都道府県コード又は市区町村コード": KOTO, "NO": "1", "名称": "サンプル豊洲ひかり保育園",
        "種別": "認可保育所", "緯度": "35.656521", "経度": "139.79752",
        "受入年齢": "生後57日～5歳", "開始時間": "7:15", "終了時間": "18:30",
        "更新日": "2026-12-01", "空き_0歳児": "3", "空き_1歳児": "0", "空き_2歳児": "5",
        "空き_3歳児": "1", "空き_4歳児": "5", "空き_5歳児": "3"
    })
}

/// The ids of the facilities with an opening for the 1歳児 class.
fn one_year_olds(store: &Store) -> Vec<String> {
    let data = store.nurseries_in_use().unwrap();
    let request = SearchRequest {
        class: Some(1),
        municipality: Some(KOTO.into()),
        ..SearchRequest::default()
    };
    let view = search_view(&data, &request, today()).unwrap();
    view.facilities.into_iter().map(|f| f.id).collect()
}

#[test]
fn the_first_sync_keeps_the_portals_copy_and_a_change_comes_alone() {
    let handle = start(Default::default());
    let portal = reference(&handle);
    let dir = tempfile::tempdir().unwrap();
    let mut store = open_store(dir.path());
    set_koto(&mut store);
    // Before the first sync: the built-in SAMPLE data.
    let before = store.nurseries_in_use().unwrap();
    assert_eq!(before.dataset(KOTO).unwrap().origin, Origin::Embedded);
    let embedded_ids = one_year_olds(&store);

    let first = update_municipal(&mut store, &portal).unwrap();
    assert_eq!(first.nurseries.items, 33, "the manifest and 32 facilities");
    assert!(
        first.nursery_problems.is_empty(),
        "{:?}",
        first.nursery_problems
    );
    let kept = store.nurseries_in_use().unwrap();
    let dataset = kept.dataset(KOTO).unwrap();
    assert!(
        matches!(&dataset.origin, Origin::Portal { issued_at: Some(_) }),
        "{:?}",
        dataset.origin
    );
    assert!(dataset.sample && dataset.label.contains("SAMPLE"));
    // The same SAMPLE facilities as built in; 八王子市 stays built in.
    let embedded = nursery::load_embedded();
    let koto = |n: &nursery::Nurseries| {
        n.facilities
            .iter()
            .filter(|f| f.municipality_code == KOTO)
            .count()
    };
    assert_eq!(koto(&kept), koto(&embedded));
    assert_eq!(kept.facilities.len(), embedded.facilities.len());
    assert_eq!(kept.dataset("132012").unwrap().origin, Origin::Embedded);
    assert_eq!(one_year_olds(&store), embedded_ids);

    // Unchanged: an empty page after the last cursor, then signed 304s.
    let again = update_municipal(&mut store, &portal).unwrap();
    assert_eq!(again.nurseries.items, 0);
    let again = update_municipal(&mut store, &portal).unwrap();
    assert!(again.nurseries.unchanged);

    // A place opens at NO 1 for the 1歳児 class: only that facility comes.
    assert!(!embedded_ids.contains(&"131083-1".to_owned()));
    let mut row = first_row();
    row["空き_1歳児"] = json!("2");
    handle.publish_facility(KOTO, FILE, row).unwrap();
    let changed = update_municipal(&mut store, &portal).unwrap();
    assert_eq!((changed.nurseries.pages, changed.nurseries.items), (1, 1));
    assert!(one_year_olds(&store).contains(&"131083-1".to_owned()));
    let data = store.nurseries_in_use().unwrap();
    let f = data.facilities.iter().find(|f| f.id == "131083-1").unwrap();
    assert_eq!(f.updated, Some("2026-12-01".parse().unwrap()));

    // Offline, and after reopening: the last copy.
    let offline = reference_at("http://127.0.0.1:9");
    assert!(matches!(
        update_municipal(&mut store, &offline).unwrap_err(),
        SyncError::Offline
    ));
    drop(store);
    let store = open_store(dir.path());
    assert!(one_year_olds(&store).contains(&"131083-1".to_owned()));
}

#[test]
fn a_forged_or_unsigned_copy_is_refused_and_the_last_good_copy_stays() {
    let handle = start(Default::default());
    let portal = reference(&handle);
    let dir = tempfile::tempdir().unwrap();
    let mut store = open_store(dir.path());
    set_koto(&mut store);
    update_municipal(&mut store, &portal).unwrap();
    let kept = store.kept_copy(Catalogue::Nurseries, KOTO).unwrap();
    let ids = one_year_olds(&store);

    let mut row = first_row();
    row["空き_1歳児"] = json!("9");
    handle.publish_facility(KOTO, FILE, row).unwrap();
    let store = std::cell::RefCell::new(store);
    each_bad_page_is_refused(
        &handle,
        || update_municipal(&mut store.borrow_mut(), &portal).map(drop),
        |what| {
            let now = store.borrow().kept_copy(Catalogue::Nurseries, KOTO);
            assert_eq!(now.unwrap(), kept, "{what}");
            assert_eq!(one_year_olds(&store.borrow()), ids, "{what}");
        },
    );
    let mut store = store.into_inner();
    // Honest again: the change comes.
    update_municipal(&mut store, &portal).unwrap();
    assert!(one_year_olds(&store).contains(&"131083-1".to_owned()));
}

#[test]
fn a_facility_that_cannot_be_read_is_reported_and_the_rest_load() {
    let handle = start(Default::default());
    let portal = reference(&handle);
    let dir = tempfile::tempdir().unwrap();
    let mut store = open_store(dir.path());
    set_koto(&mut store);
    let mut row = first_row();
    row["NO"] = json!("99");
    row["名称"] = json!("サンプル位置のない保育園");
    row["緯度"] = json!("北緯35度");
    handle.publish_facility(KOTO, FILE, row).unwrap();
    let update = update_municipal(&mut store, &portal).unwrap();
    assert_eq!(
        update.nursery_problems,
        [format!(
            "{FILE}: record 33 (NO 99): 緯度: must be a latitude in Japan (degrees)"
        )]
    );
    let data = store.nurseries_in_use().unwrap();
    assert!(data.facilities.iter().all(|f| f.id != "131083-99"));
    assert_eq!(
        data.facilities.len(),
        nursery::load_embedded().facilities.len()
    );
}
