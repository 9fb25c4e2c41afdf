//! Kept copies of a municipality's catalogues: pages merged by item id,
//! the registry in use (newest valid kept file, else the embedded SAMPLE
//! one), materials read and searched.

use hagukumi_core::materials::{MaterialKind, Materials};
use hagukumi_core::municipal::{registry_in_use, KeptCopy, RegistrySource};
use hagukumi_core::programs::{load_embedded, EMBEDDED_FILES};
use serde_json::{json, Value};

/// A registry file as the portal serves it: the header, then each record.
fn file_items(name: &str, text: &str) -> Vec<Value> {
    let mut file: Value = serde_json::from_str(text).unwrap();
    let records = file.as_object_mut().unwrap().remove("records").unwrap();
    let mut items =
        vec![json!({"id": format!("file:{name}"), "kind": "file", "file": name, "header": file})];
    for r in records.as_array().unwrap() {
        let psid = r["basicInformation"]["psid"].as_str().unwrap();
        items.push(json!({"id": format!("record:{name}:{psid}"), "kind": "record", "file": name, "record": r}));
    }
    items
}

fn chiyoda_copy() -> KeptCopy {
    let mut copy = KeptCopy {
        municipality: "131016".into(),
        complete: true,
        issued_at: Some("2026-12-01T00:00:00.000Z".into()),
        ..KeptCopy::default()
    };
    for (name, text) in EMBEDDED_FILES {
        if name != "koto-131083.json" && name != "hachioji-132012.json" {
            copy.merge(&file_items(name, text)).unwrap();
        }
    }
    copy
}

#[test]
fn nothing_kept_is_the_embedded_registry() {
    let (registry, source) = registry_in_use(&[]);
    assert_eq!(source, RegistrySource::Embedded);
    assert_eq!(registry.programs, load_embedded().programs);
}

#[test]
fn a_kept_copy_replaces_its_files_and_keeps_the_other_municipalities() {
    let mut copy = chiyoda_copy();
    let psid = "sample+131016+dpt-ipv-hib";
    let id = format!("record:chiyoda-131016.json:{psid}");
    // A corrected record replaces the old one in place; a withdrawn one goes.
    let mut fixed = copy.items.iter().find(|k| k.id == id).unwrap().item.clone();
    fixed["record"]["institutionName"]["canonicalName"] = json!("SAMPLE 訂正された名前");
    copy.merge(&[fixed]).unwrap();
    let (registry, source) = registry_in_use(std::slice::from_ref(&copy));
    assert!(
        matches!(source, RegistrySource::Kept { ref municipalities, .. } if municipalities == &["131016"])
    );
    assert_eq!(
        registry
            .programs
            .iter()
            .find(|p| p.psid == psid)
            .unwrap()
            .name,
        "SAMPLE 訂正された名前"
    );
    // 江東区 and 八王子市 still come from the embedded files.
    assert!(registry.municipality("131083").is_some());
    assert!(registry.municipality("132012").is_some());
    copy.merge(&[json!({"id": id, "kind": "withdrawn"})])
        .unwrap();
    let (registry, _) = registry_in_use(std::slice::from_ref(&copy));
    assert!(registry.programs.iter().all(|p| p.psid != psid));
    // A malformed item refuses the whole page: nothing changes.
    let before = copy.clone();
    let e = copy
        .merge(&[
            json!({"id": "x", "kind": "file", "file": "a.json"}),
            json!({"kind": "record"}),
        ])
        .unwrap_err();
    assert_eq!(e.index, 1);
    assert_eq!(copy, before);
}

#[test]
fn an_incomplete_or_unreadable_copy_is_passed_over() {
    let mut copy = chiyoda_copy();
    copy.complete = false;
    assert_eq!(registry_in_use(&[copy.clone()]).1, RegistrySource::Embedded);
    // A newer copy whose file cannot be read at all: the older one's file.
    let older = chiyoda_copy();
    let mut newer = chiyoda_copy();
    newer.issued_at = Some("2026-12-02T00:00:00.000Z".into());
    newer
        .merge(&[json!({"id": "file:chiyoda-131016.json", "kind": "file", "file": "chiyoda-131016.json", "header": {"as_of": "someday"}})])
        .unwrap();
    let (registry, _) = registry_in_use(&[newer, older]);
    assert!(registry.problems.is_empty(), "{:?}", registry.problems);
    assert_eq!(registry.programs.len(), load_embedded().programs.len());
}

#[test]
fn materials_are_read_searched_and_a_bad_one_is_reported() {
    let mut copy = KeptCopy {
        municipality: "131016".into(),
        complete: true,
        ..KeptCopy::default()
    };
    copy.merge(&[
        json!({"id": "file:materials.json", "kind": "file", "file": "materials.json", "header": {
            "label": "SAMPLE", "sample": true, "as_of": "2026-12-01",
            "sources": [{"id": "tokyo-pilot", "title": "東京都のモデル事業"}]}}),
        json!({"id": "material:a", "kind": "record", "file": "materials.json", "record": {
            "id": "a", "type": "coupons", "title": "SAMPLE 受診票の一覧", "titleEn": "SAMPLE Checkup forms",
            "entries": [{"label": "妊婦健康診査受診票", "labelEn": "Prenatal checkup forms"}],
            "keywords": ["クーポン"], "sample": true, "source": "tokyo-pilot"}}),
        json!({"id": "material:b", "kind": "record", "file": "materials.json", "record": {
            "id": "b", "type": "contacts", "title": "SAMPLE 相談先", "sample": true}}),
        json!({"id": "material:c", "kind": "record", "file": "materials.json", "record": {
            "id": "c", "type": "leaflet", "title": "SAMPLE ?"}}),
    ])
    .unwrap();
    let m = Materials::read(&copy);
    assert!(m.sample);
    assert_eq!(m.items.len(), 2);
    assert_eq!(m.problems.len(), 1);
    assert_eq!(
        m.problems[0].to_string(),
        "c: type: must be guide, coupons or contacts"
    );
    assert_eq!(m.items[0].source.as_deref(), Some("東京都のモデル事業"));
    let ids = |q: &str| m.search(q).iter().map(|x| x.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(""), ["a", "b"]);
    assert_eq!(ids("受診票"), ["a"]);
    assert_eq!(ids("checkup FORMS"), ["a"], "English, any case");
    assert_eq!(
        ids("クーポン 妊婦"),
        ["a"],
        "every word, keywords and entries"
    );
    assert_eq!(ids("相談"), ["b"]);
    assert!(ids("保育園").is_empty());
    assert_eq!(m.get("b").unwrap().kind, MaterialKind::Contacts);
}
