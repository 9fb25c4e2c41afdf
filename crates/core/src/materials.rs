//! Printed materials a municipality hands out at 妊娠届 (guides, lists of
//! checkup forms and coupons, contact lists), as structured, searchable
//! items: read from a kept copy of the portal's `materials` catalogue
//! ([`crate::municipal`]), searched in both languages, readable offline.
//!
//! A material that cannot be read is reported (its id and field) and the
//! rest load, as the program registry does.

use crate::municipal::KeptCopy;
use crate::programs::Source;
use crate::Date;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What a material is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MaterialKind {
    /// A guide booklet (しおり).
    Guide,
    /// A list of checkup forms (受診票) and coupons.
    Coupons,
    /// A list of places to ask.
    Contacts,
}

impl MaterialKind {
    fn parse(s: &str) -> Option<MaterialKind> {
        match s {
            "guide" => Some(MaterialKind::Guide),
            "coupons" => Some(MaterialKind::Coupons),
            "contacts" => Some(MaterialKind::Contacts),
            _ => None,
        }
    }
}

/// One entry of a material (a chapter, a form, a contact).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub label: String,
    pub label_en: Option<String>,
    pub text: Option<String>,
    pub text_en: Option<String>,
}

/// One material.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Material {
    pub id: String,
    pub kind: MaterialKind,
    pub title: String,
    pub title_en: Option<String>,
    pub description: Option<String>,
    pub description_en: Option<String>,
    pub entries: Vec<Entry>,
    pub keywords: Vec<String>,
    pub sample: bool,
    /// The title of the source it cites.
    pub source: Option<String>,
}

/// A material that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MaterialProblem {
    pub id: String,
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for MaterialProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.id, self.field, self.message)
    }
}

/// A municipality's materials as kept.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Materials {
    pub municipality: String,
    pub label: Option<String>,
    pub label_en: Option<String>,
    pub sample: bool,
    pub as_of: Option<Date>,
    pub sources: Vec<Source>,
    pub items: Vec<Material>,
    pub problems: Vec<MaterialProblem>,
}

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

impl Materials {
    /// Reads a kept copy of the `materials` catalogue.
    pub fn read(copy: &KeptCopy) -> Materials {
        let mut out = Materials {
            municipality: copy.municipality.clone(),
            ..Materials::default()
        };
        let mut records = Vec::new();
        for kept in &copy.items {
            match kept.item.get("kind").and_then(Value::as_str) {
                Some("file") => {
                    let h = kept.item.get("header").cloned().unwrap_or(Value::Null);
                    out.label = text(&h, "label");
                    out.label_en = text(&h, "labelEn");
                    out.sample = h.get("sample").and_then(Value::as_bool).unwrap_or(false);
                    out.as_of = text(&h, "as_of").and_then(|d| d.parse().ok());
                    out.sources = h
                        .get("sources")
                        .and_then(Value::as_array)
                        .map(Vec::as_slice)
                        .unwrap_or_default()
                        .iter()
                        .filter_map(|s| {
                            Some(Source {
                                id: text(s, "id")?,
                                title: text(s, "title")?,
                                url: text(s, "url"),
                            })
                        })
                        .collect();
                }
                Some("record") => {
                    records.push((kept.id.clone(), kept.item.get("record").cloned()));
                }
                _ => {}
            }
        }
        for (id, record) in records {
            match read_material(&id, record.as_ref(), &out.sources) {
                Ok(m) => out.items.push(m),
                Err(p) => out.problems.push(p),
            }
        }
        out
    }

    /// The materials matching every word of `query` (case-insensitive, in
    /// the title, description, entries and keywords, both languages); all
    /// of them for an empty query.
    pub fn search(&self, query: &str) -> Vec<&Material> {
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        self.items
            .iter()
            .filter(|m| {
                let hay = m.haystack();
                words.iter().all(|w| hay.contains(w.as_str()))
            })
            .collect()
    }

    pub fn get(&self, id: &str) -> Option<&Material> {
        self.items.iter().find(|m| m.id == id)
    }
}

impl Material {
    fn haystack(&self) -> String {
        let mut parts: Vec<&str> = vec![&self.title];
        parts.extend(self.title_en.as_deref());
        parts.extend(self.description.as_deref());
        parts.extend(self.description_en.as_deref());
        for e in &self.entries {
            parts.push(&e.label);
            parts.extend(e.label_en.as_deref());
            parts.extend(e.text.as_deref());
            parts.extend(e.text_en.as_deref());
        }
        parts.extend(self.keywords.iter().map(String::as_str));
        parts.join("\n").to_lowercase()
    }
}

fn read_material(
    item_id: &str,
    record: Option<&Value>,
    sources: &[Source],
) -> Result<Material, MaterialProblem> {
    let fail = |id: &str, field: &str, message: &str| MaterialProblem {
        id: id.to_owned(),
        field: field.to_owned(),
        message: message.to_owned(),
    };
    let Some(r) = record.filter(|r| r.is_object()) else {
        return Err(fail(item_id, "(record)", "must be an object"));
    };
    let id = text(r, "id").ok_or_else(|| fail(item_id, "id", "missing"))?;
    let kind = text(r, "type")
        .as_deref()
        .and_then(MaterialKind::parse)
        .ok_or_else(|| fail(&id, "type", "must be guide, coupons or contacts"))?;
    let title = text(r, "title").ok_or_else(|| fail(&id, "title", "missing"))?;
    let source = match text(r, "source") {
        None => None,
        Some(s) => Some(
            sources
                .iter()
                .find(|x| x.id == s)
                .map(|x| x.title.clone())
                .ok_or_else(|| fail(&id, "source", "not one of the file's sources"))?,
        ),
    };
    let mut entries = Vec::new();
    for (i, e) in r
        .get("entries")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let label =
            text(e, "label").ok_or_else(|| fail(&id, &format!("entries[{i}].label"), "missing"))?;
        entries.push(Entry {
            label,
            label_en: text(e, "labelEn"),
            text: text(e, "text"),
            text_en: text(e, "textEn"),
        });
    }
    Ok(Material {
        kind,
        title,
        title_en: text(r, "titleEn"),
        description: text(r, "description"),
        description_en: text(r, "descriptionEn"),
        entries,
        keywords: r
            .get("keywords")
            .and_then(Value::as_array)
            .map(|k| {
                k.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default(),
        sample: r.get("sample").and_then(Value::as_bool).unwrap_or(false),
        source,
        id,
    })
}
