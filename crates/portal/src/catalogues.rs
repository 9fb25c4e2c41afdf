//! The municipal catalogues' SAMPLE data: the program registry files of
//! `assets/programs/` per municipality (its own file, the prefecture's and
//! the national one), the printed materials of `sample/materials.json`, and
//! the nursery facilities of `assets/nurseries/` (each manifest a `file`
//! item, each CSV row a `record` item, column → value), as the items
//! `GET /v1/municipalities/{code}/{catalogue}` serves (see `municipal`).

use std::collections::HashMap;

use serde_json::{json, Value};

/// The catalogues a municipality publishes.
pub const CATALOGUES: [&str; 4] = ["registry", "materials", "nurseries", "slots"];

/// The registry files served (the app's embedded SAMPLE registry).
const REGISTRY_FILES: [(&str, &str); 5] = [
    (
        "national-jp.json",
        include_str!("../../../assets/programs/national-jp.json"),
    ),
    (
        "tokyo-130001.json",
        include_str!("../../../assets/programs/tokyo-130001.json"),
    ),
    (
        "chiyoda-131016.json",
        include_str!("../../../assets/programs/chiyoda-131016.json"),
    ),
    (
        "koto-131083.json",
        include_str!("../../../assets/programs/koto-131083.json"),
    ),
    (
        "hachioji-132012.json",
        include_str!("../../../assets/programs/hachioji-132012.json"),
    ),
];

const MATERIALS: &str = include_str!("../sample/materials.json");

/// The nursery datasets served: each manifest and the CSV it names.
const NURSERY_FILES: [(&str, &str, &str); 2] = [
    (
        "koto-131083.json",
        include_str!("../../../assets/nurseries/koto-131083.json"),
        include_str!("../../../assets/nurseries/koto-131083.csv"),
    ),
    (
        "hachioji-132012.json",
        include_str!("../../../assets/nurseries/hachioji-132012.json"),
        include_str!("../../../assets/nurseries/hachioji-132012.csv"),
    ),
];

/// Every catalogue's items, by (catalogue, municipality code).
pub(crate) type Catalogues = HashMap<(String, String), Vec<Value>>;

/// Which municipalities a registry file covers: its own `municipality`, or
/// from its first record's area: none (national: every one) or a
/// prefecture (`XX000C`: the codes starting with `XX`).
enum Scope {
    Municipality(String),
    Prefecture(String),
    National,
}

impl Scope {
    fn of(file: &Value) -> Scope {
        if let Some(code) = file.pointer("/municipality/code").and_then(Value::as_str) {
            return Scope::Municipality(code.to_owned());
        }
        let area = file
            .pointer("/records/0/area/areaCode")
            .and_then(Value::as_str)
            .and_then(|a| a.split(';').next());
        match area {
            Some(code) if code.len() == 6 => Scope::Prefecture(code[..2].to_owned()),
            _ => Scope::National,
        }
    }

    fn covers(&self, code: &str) -> bool {
        match self {
            Scope::Municipality(c) => c == code,
            Scope::Prefecture(p) => code.starts_with(p.as_str()),
            Scope::National => true,
        }
    }
}

/// A registry file as items: its header, then each record.
pub(crate) fn file_items(name: &str, file: &Value) -> Vec<Value> {
    let mut header = file.clone();
    let records = header
        .as_object_mut()
        .and_then(|o| o.remove("records"))
        .and_then(|r| r.as_array().cloned())
        .unwrap_or_default();
    let mut items = vec![json!({
        "id": format!("file:{name}"),
        "kind": "file",
        "file": name,
        "header": header,
    })];
    for (i, record) in records.into_iter().enumerate() {
        items.push(record_item(name, i, record));
    }
    items
}

/// A registry record as an item, its id from its psid (else its place).
pub(crate) fn record_item(file: &str, index: usize, record: Value) -> Value {
    let key = record
        .pointer("/basicInformation/psid")
        .and_then(Value::as_str)
        .map_or_else(|| format!("records[{index}]"), str::to_owned);
    json!({
        "id": format!("record:{file}:{key}"),
        "kind": "record",
        "file": file,
        "record": record,
    })
}

/// A facility row as an item: column → value (empty values left out), its
/// id from the municipality code and NO.
pub(crate) fn facility_item(file: &str, record: Value) -> Value {
    let field = |column: &str| {
        record
            .get(column)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    let id = format!(
        "facility:{}-{}",
        field("都道府県コード又は市区町村コード"),
        field("NO")
    );
    json!({ "id": id, "kind": "record", "file": file, "record": record })
}

/// A nursery dataset as items: its manifest, then each CSV row. The SAMPLE
/// files quote no field (a quote is refused here, so a file that needs
/// RFC 4180 quoting is noticed by the portal's tests, not served wrong).
fn nursery_items(name: &str, manifest: &str, csv: &str) -> (String, Vec<Value>) {
    let header: Value = serde_json::from_str(manifest).expect("a nursery manifest");
    let code = header
        .pointer("/municipality/code")
        .and_then(Value::as_str)
        .expect("the manifest's municipality code")
        .to_owned();
    assert!(!csv.contains('"'), "{name}: a quoted CSV field");
    let mut lines = csv.lines().filter(|l| !l.trim().is_empty());
    let columns: Vec<&str> = lines
        .next()
        .expect("a header row")
        .trim_start_matches('\u{feff}')
        .split(',')
        .collect();
    let mut items = vec![json!({
        "id": format!("file:{name}"),
        "kind": "file",
        "file": name,
        "header": header,
    })];
    for line in lines {
        let record: serde_json::Map<String, Value> = columns
            .iter()
            .zip(line.split(','))
            .filter(|(_, v)| !v.is_empty())
            .map(|(c, v)| ((*c).to_owned(), Value::from(v)))
            .collect();
        items.push(facility_item(name, Value::Object(record)));
    }
    (code, items)
}

/// The SAMPLE catalogues served at start.
pub(crate) fn sample_catalogues() -> Catalogues {
    let files: Vec<(&str, Value)> = REGISTRY_FILES
        .iter()
        .map(|(name, text)| (*name, serde_json::from_str(text).expect("a registry file")))
        .collect();
    let codes: Vec<String> = files
        .iter()
        .filter_map(|(_, f)| match Scope::of(f) {
            Scope::Municipality(c) => Some(c),
            _ => None,
        })
        .collect();
    let materials: Value = serde_json::from_str(MATERIALS).expect("sample/materials.json");
    let mut catalogues = Catalogues::new();
    for code in codes {
        let registry = files
            .iter()
            .filter(|(_, f)| Scope::of(f).covers(&code))
            .flat_map(|(name, f)| file_items(name, f))
            .collect();
        catalogues.insert(("registry".into(), code.clone()), registry);
        let mut header = materials.clone();
        let list = header
            .as_object_mut()
            .and_then(|o| o.remove("municipalities"))
            .and_then(|m| m.get(&code).cloned())
            .and_then(|l| l.as_array().cloned())
            .unwrap_or_default();
        let mut items = vec![json!({
            "id": "file:materials.json",
            "kind": "file",
            "file": "materials.json",
            "header": header,
        })];
        items.extend(list.into_iter().map(|m| {
            let id = m.get("id").and_then(Value::as_str).unwrap_or("").to_owned();
            json!({ "id": format!("material:{id}"), "kind": "record", "file": "materials.json", "record": m })
        }));
        let slots = crate::slots::slot_items(&code);
        if !slots.is_empty() {
            catalogues.insert(("slots".into(), code.clone()), slots);
        }
        catalogues.insert(("materials".into(), code), items);
    }
    for (name, manifest, csv) in NURSERY_FILES {
        let (code, items) = nursery_items(name, manifest, csv);
        catalogues.insert(("nurseries".into(), code), items);
    }
    catalogues
}
