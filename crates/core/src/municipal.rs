//! What a municipality publishes for every family living there, as the
//! portal serves it (`GET /v1/municipalities/{code}/{catalogue}`) and the
//! handbook keeps it: the program registry, the printed materials and the
//! nursery facilities.
//!
//! A [`KeptCopy`] is one catalogue of one municipality as last synced: its
//! items by id, in the order first seen, and where the pull stands. Pages
//! are merged into it ([`KeptCopy::merge`]); a complete copy is used
//! ([`registry_in_use`], [`crate::materials::Materials::read`]).
//!
//! Items (each one JSON object):
//! - `{"id": "file:NAME", "kind": "file", "file": NAME, "header": {...}}`:
//!   what a file says about itself (`label`, `sample`, `as_of`, `sources`,
//!   `municipality`), as in `docs/program-registry.md` (a nursery dataset's
//!   manifest, `docs/nursery-data.md`);
//! - `{"id": ..., "kind": "record", "file": NAME, "record": {...}}`: a record
//!   of that file (a registry record in the Tokyo open-data shape, a
//!   material, or a facility's row as column → value);
//! - `{"id": ..., "kind": "withdrawn"}`: the item with that id is gone.

use crate::programs::{load_registry, Registry, EMBEDDED_FILES};
use serde::{Deserialize, Serialize};
use serde_json::Value;

crate::by_name::choices! {
    /// The catalogues a municipality publishes.
    pub enum Catalogue: serde {
        Registry = "registry",
        Materials = "materials",
        /// The nursery facilities (`core::nursery::nurseries_in_use`).
        Nurseries = "nurseries",
        /// Bookable visit (見学) and consultation (保活相談) slots
        /// (`nursery::booking::Slot`).
        Slots = "slots",
    }
}

/// One kept item: its id and the item as the portal signed it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeptItem {
    pub id: String,
    pub item: Value,
}

/// One catalogue of one municipality as the handbook keeps it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct KeptCopy {
    /// The municipality's 全国地方公共団体コード.
    pub municipality: String,
    /// The cursor to ask for next (`None`: from the start).
    pub cursor: Option<String>,
    /// The ETag of the last page, when it was the last one.
    pub etag: Option<String>,
    /// When the portal signed the newest page merged (RFC 3339).
    pub issued_at: Option<String>,
    /// Whether a pull reached the end at least once: only then is the copy
    /// used (a copy half pulled for the first time is not).
    pub complete: bool,
    pub items: Vec<KeptItem>,
}

/// Why a page's item cannot be kept (the whole page is refused).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("item {index}: {message}")]
pub struct ItemError {
    pub index: usize,
    pub message: String,
}

impl KeptCopy {
    /// Merges a page's items: a new id is added at the end, a known one
    /// replaced in place, a `withdrawn` one removed. Refused whole (nothing
    /// changes) when an item has no id or an unknown kind.
    pub fn merge(&mut self, items: &[Value]) -> Result<usize, ItemError> {
        let mut checked = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let fail = |message: &str| ItemError {
                index,
                message: message.to_owned(),
            };
            let id = item
                .get("id")
                .and_then(Value::as_str)
                .filter(|id| !id.is_empty())
                .ok_or_else(|| fail("no id"))?;
            let kind = item.get("kind").and_then(Value::as_str);
            match kind {
                Some("file") | Some("record") => {
                    item.get("file")
                        .and_then(Value::as_str)
                        .filter(|f| !f.is_empty())
                        .ok_or_else(|| fail("no file"))?;
                }
                Some("withdrawn") => {}
                _ => return Err(fail("kind must be file, record or withdrawn")),
            }
            checked.push((id.to_owned(), kind == Some("withdrawn"), item));
        }
        for (id, withdrawn, item) in checked {
            let at = self.items.iter().position(|k| k.id == id);
            match (withdrawn, at) {
                (true, Some(i)) => {
                    self.items.remove(i);
                }
                (true, None) => {}
                (false, Some(i)) => self.items[i].item = item.clone(),
                (false, None) => self.items.push(KeptItem {
                    id,
                    item: item.clone(),
                }),
            }
        }
        Ok(items.len())
    }

    /// The kept items as files, `(name, JSON text)`: each file's header with
    /// its records, in the order kept (what [`load_registry`] reads).
    pub fn files(&self) -> Vec<(String, String)> {
        let mut names: Vec<String> = Vec::new();
        let mut headers: std::collections::HashMap<String, Value> = Default::default();
        let mut records: std::collections::HashMap<String, Vec<Value>> = Default::default();
        for kept in &self.items {
            let Some(file) = kept.item.get("file").and_then(Value::as_str) else {
                continue;
            };
            if !names.iter().any(|n| n == file) {
                names.push(file.to_owned());
            }
            match kept.item.get("kind").and_then(Value::as_str) {
                Some("file") => {
                    headers.insert(
                        file.to_owned(),
                        kept.item.get("header").cloned().unwrap_or(Value::Null),
                    );
                }
                Some("record") => records
                    .entry(file.to_owned())
                    .or_default()
                    .push(kept.item.get("record").cloned().unwrap_or(Value::Null)),
                _ => {}
            }
        }
        names
            .into_iter()
            .map(|name| {
                let list = Value::Array(records.remove(&name).unwrap_or_default());
                let text = match headers.remove(&name) {
                    // A header that is an object gets the records; anything
                    // else is passed on for the loader to report.
                    Some(Value::Object(mut header)) => {
                        header.insert("records".into(), list);
                        Value::Object(header).to_string()
                    }
                    Some(other) => other.to_string(),
                    // Records without a header: a bare array, as published.
                    None => list.to_string(),
                };
                (name, text)
            })
            .collect()
    }
}

/// Where the registry in use came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum RegistrySource {
    /// Only the embedded SAMPLE registry (nothing synced yet).
    Embedded,
    /// Kept copies from the portal (with the embedded files they do not
    /// replace): the municipalities and when the newest page was signed.
    Kept {
        municipalities: Vec<String>,
        issued_at: Option<String>,
    },
}

/// The program registry in use, for the app and `hagu` alike: each file
/// from the newest complete kept copy that has it and reads (a copy whose
/// file cannot be read at all is passed over for an older one, then for the
/// embedded SAMPLE file), the embedded SAMPLE files the copies do not have
/// (so other municipalities can still be chosen). `copies` newest first.
/// Unreadable records of the chosen files are the registry's problems,
/// each with its psid and field; the rest load.
pub fn registry_in_use(copies: &[KeptCopy]) -> (Registry, RegistrySource) {
    let mut chosen: Vec<(String, String)> = Vec::new();
    let mut used = Vec::new();
    for copy in copies.iter().filter(|c| c.complete) {
        for (name, text) in copy.files() {
            if chosen.iter().any(|(n, _)| *n == name) {
                continue;
            }
            let alone = load_registry(&[(name.as_str(), text.as_str())]);
            if alone.problems.iter().any(|p| p.record == "(file)") {
                continue;
            }
            chosen.push((name, text));
            if !used.contains(&copy.municipality) {
                used.push(copy.municipality.clone());
            }
        }
    }
    let source = if used.is_empty() {
        RegistrySource::Embedded
    } else {
        RegistrySource::Kept {
            issued_at: copies
                .iter()
                .filter(|c| used.contains(&c.municipality))
                .filter_map(|c| c.issued_at.clone())
                .max(),
            municipalities: used,
        }
    };
    for (name, text) in EMBEDDED_FILES {
        if !chosen.iter().any(|(n, _)| n == name) {
            chosen.push((name.to_owned(), text.to_owned()));
        }
    }
    let files: Vec<(&str, &str)> = chosen
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    (load_registry(&files), source)
}
