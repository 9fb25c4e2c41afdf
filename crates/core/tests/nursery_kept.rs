//! The nursery data in use: a copy kept from the portal replaces the
//! built-in SAMPLE dataset of its municipality only; a record that cannot
//! be read is reported with its place, NO and column, and the rest load; a
//! copy not pulled to the end, or whose manifest is wrong, is not used.

use hagukumi_core::municipal::KeptCopy;
use hagukumi_core::nursery::{load_embedded, nurseries_in_use, Origin};
use hagukumi_core::programs::Severity;
use serde_json::{json, Value};

const KOTO: &str = "131083";

fn manifest(code: &str) -> Value {
    json!({
        "id": "file:t.json", "kind": "file", "file": "t.json",
        "header": {
            "label": "SAMPLE test data", "sample": true, "as_of": "2026-12-01",
            "municipality": {"code": code, "name": "江東区"},
            "intake": "2027-04-01", "facilities": "t.csv",
            "sources": [{"id": "test", "title": "made up for the test"}]
        }
    })
}

fn row(no: &str, lat: Value, name: Value) -> Value {
    json!({
        "id": format!("facility:{KOTO}-{no}"), "kind": "record", "file": "t.json",
        "record": {
            "都道府県コード又は市区町村コード": KOTO, "NO": no, "名称": name,
            "種別": "小規模保育事業A型", "緯度": lat, "経度": "139.8",
            "受入年齢": "生後57日～2歳", "開始時間": "7:30", "終了時間": "18:30",
            "空き_1歳児": 2, "更新日": "2026-12-01"
        }
    })
}

fn copy(items: &[Value], complete: bool) -> KeptCopy {
    let mut c = KeptCopy {
        municipality: KOTO.into(),
        issued_at: Some("2026-12-01T09:00:00Z".into()),
        complete,
        ..KeptCopy::default()
    };
    c.merge(items).unwrap();
    c
}

#[test]
fn a_bad_record_is_reported_by_place_no_and_column_and_the_rest_load() {
    let items = [
        manifest(KOTO),
        row("1", json!("35.67"), json!("サンプル一")),
        row("2", json!("北緯35度"), json!("サンプル二")),
        row("3", json!(35.66), json!({"ja": "サンプル三"})),
        row("4", json!(35.65), json!("サンプル四")),
    ];
    let data = nurseries_in_use(&[copy(&items, true)]);
    let problems: Vec<String> = data.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        problems,
        [
            "t.json: record 2 (NO 2): 緯度: must be a latitude in Japan (degrees)",
            "t.json: record 3: 名称: must be text or a number",
        ]
    );
    assert!(data
        .problems
        .iter()
        .all(|p| p.severity == Severity::Skipped));
    let koto: Vec<&str> = data
        .facilities
        .iter()
        .filter(|f| f.municipality_code == KOTO)
        .map(|f| f.name.as_str())
        .collect();
    // A number is read as its text (35.65, 2 openings).
    assert_eq!(koto, ["サンプル一", "サンプル四"]);
    let four = data.facilities.iter().find(|f| f.no == "4").unwrap();
    assert_eq!((four.latitude, four.openings[1]), (35.65, Some(2)));
    let ds = data.dataset(KOTO).unwrap();
    assert_eq!(
        ds.origin,
        Origin::Portal {
            issued_at: Some("2026-12-01T09:00:00Z".into())
        }
    );
    // 八王子市: still the built-in SAMPLE dataset.
    assert_eq!(data.dataset("132012").unwrap().origin, Origin::Embedded);
}

#[test]
fn nothing_kept_a_half_pulled_copy_or_a_wrong_manifest_keep_the_built_in_data() {
    let embedded = load_embedded();
    let ids = |n: &hagukumi_core::nursery::Nurseries| -> Vec<String> {
        n.facilities.iter().map(|f| f.id.clone()).collect()
    };
    assert_eq!(ids(&nurseries_in_use(&[])), ids(&embedded));
    let items = [
        manifest(KOTO),
        row("1", json!("35.67"), json!("サンプル一")),
    ];
    let half = nurseries_in_use(&[copy(&items, false)]);
    assert_eq!(ids(&half), ids(&embedded));
    assert!(half.problems.is_empty());

    // A manifest for another municipality than the one it was served for.
    let other = [
        manifest("132012"),
        row("1", json!("35.67"), json!("サンプル一")),
    ];
    let wrong = nurseries_in_use(&[copy(&other, true)]);
    assert_eq!(wrong.dataset(KOTO).unwrap().origin, Origin::Embedded);
    assert_eq!(
        wrong
            .problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>(),
        ["t.json: (file): municipality.code: not the municipality it was served for"]
    );
    // Without a label: reported, and the built-in data stays.
    let mut bad = manifest(KOTO);
    bad["header"].as_object_mut().unwrap().remove("label");
    let unlabelled = nurseries_in_use(&[copy(&[bad], true)]);
    assert_eq!(unlabelled.dataset(KOTO).unwrap().origin, Origin::Embedded);
    assert_eq!(unlabelled.problems[0].field, "label");
}
