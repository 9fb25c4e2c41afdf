//! The nursery datasets in use: the copies kept from the portal's
//! `nurseries` catalogue (`core::municipal`), and the embedded SAMPLE ones
//! for the municipalities no copy covers.
//!
//! A kept copy holds one `file` item (the dataset's manifest, as in
//! `docs/nursery-data.md`) and one `record` item per facility: the CSV's row
//! as a JSON object, column name → value (a string; a number is read as its
//! text; an absent column is empty).

use super::{columns, file_problem, load_embedded, manifest_of, read_rows, Nurseries, Origin};
use crate::municipal::KeptCopy;
use crate::programs::{Problem, Severity};
use serde_json::Value;
use std::collections::HashMap;

/// The datasets every search uses, in the app and `hagu`: per municipality
/// the newest complete kept copy whose manifest reads (and names the
/// municipality it was served for), else the embedded SAMPLE dataset. A
/// record that cannot be read is a problem naming the file, the record (its
/// place in the copy and its NO) and the column; the rest load. A copy whose
/// manifest cannot be read is reported and passed over. `copies` newest
/// first.
pub fn nurseries_in_use(copies: &[KeptCopy]) -> Nurseries {
    let mut out = Nurseries::default();
    for copy in copies.iter().filter(|c| c.complete) {
        if out.dataset(&copy.municipality).is_some() {
            continue;
        }
        for (name, text) in copy.files() {
            read_kept(&mut out, copy, &name, &text);
        }
    }
    let embedded = load_embedded();
    for dataset in embedded.datasets {
        let code = dataset.municipality.code.clone();
        if out.dataset(&code).is_some() {
            continue;
        }
        out.facilities.extend(
            embedded
                .facilities
                .iter()
                .filter(|f| f.municipality_code == code)
                .cloned(),
        );
        out.datasets.push(dataset);
    }
    out.problems.extend(embedded.problems);
    out
}

fn read_kept(out: &mut Nurseries, copy: &KeptCopy, name: &str, text: &str) {
    let mut value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            out.problems
                .push(file_problem(name, "(file)", &format!("not JSON: {e}")));
            return;
        }
    };
    let records = value
        .as_object_mut()
        .and_then(|o| o.remove("records"))
        .and_then(|r| match r {
            Value::Array(list) => Some(list),
            _ => None,
        })
        .unwrap_or_default();
    let mut dataset = match manifest_of(name, &value) {
        Ok(d) => d,
        Err((field, message)) => {
            out.problems.push(file_problem(name, &field, &message));
            return;
        }
    };
    if dataset.municipality.code != copy.municipality {
        out.problems.push(file_problem(
            name,
            "municipality.code",
            "not the municipality it was served for",
        ));
        return;
    }
    if out.dataset(&dataset.municipality.code).is_some() {
        return;
    }
    dataset.origin = Origin::Portal {
        issued_at: copy.issued_at.clone(),
    };
    // The columns: the required ones, then every other one in the order
    // first seen.
    let mut names: Vec<String> = columns::REQUIRED.iter().map(|c| (*c).to_owned()).collect();
    for record in &records {
        for key in record.as_object().into_iter().flat_map(|o| o.keys()) {
            if !names.contains(key) {
                names.push(key.clone());
            }
        }
    }
    let header: HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    let rows = records.iter().enumerate().map(|(i, record)| {
        let place = format!("record {}", i + 1);
        let fields = fields_of(record, &names).map_err(|column| Problem {
            file: name.to_owned(),
            record: place.clone(),
            field: column,
            message: "must be text or a number".to_owned(),
            severity: Severity::Skipped,
        });
        (place, fields)
    });
    read_rows(out, &dataset, name, &header, rows);
    out.datasets.push(dataset);
}

/// A record's values in the order of `names`; `Err` names the column whose
/// value is neither text nor a number (or `(record)` when it is no object).
fn fields_of(record: &Value, names: &[String]) -> Result<Vec<String>, String> {
    let object = record.as_object().ok_or_else(|| "(record)".to_owned())?;
    names
        .iter()
        .map(|n| match object.get(n) {
            None | Some(Value::Null) => Ok(String::new()),
            Some(Value::String(s)) => Ok(s.clone()),
            Some(Value::Number(x)) => Ok(x.to_string()),
            Some(_) => Err(n.clone()),
        })
        .collect()
}
