//! 保活: nursery facilities, search, and the 保育指数 simulator.
//!
//! Facilities come in the shape of デジタル庁's 自治体標準オープンデータセット
//! 「子育て施設一覧」 (CSV, one file per municipality) with the columns a parent
//! needs added: openings per age class for the next intake and visit slots.
//! Each CSV is described by a small JSON manifest (label, as_of, sources,
//! municipality, intake). [`load_datasets`] reads them, reports a row it
//! cannot read (file, row and NO, column) and loads the rest; see
//! `docs/nursery-data.md`. The SAMPLE datasets of `assets/nurseries/` are
//! embedded ([`load_embedded`]).
//!
//! [`search`] filters and sorts facilities offline (age class for the intake
//! year, type, hours, extended care, straight-line distance). [`index`] holds
//! the municipalities' 保育指数 tables and computes a family's points.
//! [`bookmark`] checks the parent's bookmarks (note, stars, preference
//! order) and `compare` puts 2–4 of them side by side.

pub mod booking;
pub mod bookmark;
mod compare;
mod csv;
pub mod facility;
pub mod index;
pub mod intake;
mod kept;
pub mod map;
mod request;
pub mod search;

pub use bookmark::{Bookmark, BookmarkError, FacilityRef, Move, Ranked};
pub use compare::{
    bookmarks_view, compare, BookmarkRow, BookmarksView, CompareColumn, CompareError,
    CompareRequest, Comparison,
};
pub use facility::{columns, AgeClass, Ages, Facility, FacilityType, TimeOfDay};
pub use kept::nurseries_in_use;
pub use request::{
    search_view, DatasetLine, FacilityDetail, FacilityRow, RequestError, SearchRequest, SearchView,
};
pub use search::{
    age_class, distance_km, next_intake, search, Hit, Point, Query, SearchError, Sort,
};

use crate::programs::registry::{is_local_government_code, parse_registry_date};
use crate::programs::{Problem, Severity, Source};
use crate::Date;
use chrono::Datelike;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};

/// The SAMPLE datasets embedded in the binary, as `(file name, text)`:
/// each manifest and the CSV it names.
pub const EMBEDDED_FILES: [(&str, &str); 4] = [
    (
        "koto-131083.json",
        include_str!("../../../../assets/nurseries/koto-131083.json"),
    ),
    (
        "koto-131083.csv",
        include_str!("../../../../assets/nurseries/koto-131083.csv"),
    ),
    (
        "hachioji-132012.json",
        include_str!("../../../../assets/nurseries/hachioji-132012.json"),
    ),
    (
        "hachioji-132012.csv",
        include_str!("../../../../assets/nurseries/hachioji-132012.csv"),
    ),
];

/// The municipality a dataset covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Municipality {
    pub code: String,
    pub name: String,
    pub name_en: Option<String>,
}

/// What a manifest says about its dataset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dataset {
    /// The manifest's file name.
    pub file: String,
    /// The CSV it names.
    pub facilities_file: String,
    pub label: String,
    /// The label in English (`labelEn`), when the publisher gave one.
    pub label_en: Option<String>,
    pub sample: bool,
    pub as_of: Date,
    pub municipality: Municipality,
    /// The intake the openings are for (an April 1).
    pub intake: Date,
    pub sources: Vec<Source>,
    pub note: Option<String>,
    /// Where the handbook got it: built in, or the portal's signed copy.
    pub origin: Origin,
}

/// A dataset's label as published (Japanese) and in English when it has
/// one: a language shows the one its [`crate::Language::base`] reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    pub ja: String,
    pub en: Option<String>,
}

impl Dataset {
    pub fn label(&self) -> Label {
        Label {
            ja: self.label.clone(),
            en: self.label_en.clone(),
        }
    }
}

/// Where a dataset in use came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Origin {
    /// The SAMPLE dataset built into the app (before the first sync).
    Embedded,
    /// The copy kept from the portal, signed at `issued_at` (RFC 3339).
    Portal { issued_at: Option<String> },
}

/// Every dataset read, its facilities, and what could not be read.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Nurseries {
    pub datasets: Vec<Dataset>,
    pub facilities: Vec<Facility>,
    pub problems: Vec<Problem>,
}

impl Nurseries {
    pub fn dataset(&self, municipality_code: &str) -> Option<&Dataset> {
        self.datasets
            .iter()
            .find(|d| d.municipality.code == municipality_code)
    }

    /// Whether the facility `id` (`<municipality>-<NO>`) of the
    /// municipality `code` is one of these (a preference must be).
    pub fn has_facility(&self, code: &str, id: &str) -> bool {
        self.facilities
            .iter()
            .any(|f| f.municipality_code == code && f.id == id)
    }

    /// True when any dataset read is SAMPLE data.
    pub fn sample(&self) -> bool {
        self.datasets.iter().any(|d| d.sample)
    }

    /// The SAMPLE datasets' labels.
    pub fn sample_labels(&self) -> Vec<Label> {
        self.datasets
            .iter()
            .filter(|d| d.sample)
            .map(Dataset::label)
            .collect()
    }
}

/// Reads the embedded SAMPLE datasets.
pub fn load_embedded() -> Nurseries {
    load_datasets(&EMBEDDED_FILES)
}

/// Reads datasets from `(file name, text)` pairs: every `.json` is a
/// manifest naming its CSV among the same pairs. Never fails: a manifest, a
/// file or a row that cannot be read becomes a [`Problem`]; the rest load.
pub fn load_datasets(files: &[(&str, &str)]) -> Nurseries {
    let mut out = Nurseries::default();
    let texts: HashMap<&str, &str> = files.iter().copied().collect();
    for (name, text) in files.iter().filter(|(n, _)| n.ends_with(".json")) {
        let dataset = match read_manifest(name, text) {
            Ok(d) => d,
            Err((field, message)) => {
                out.problems.push(file_problem(name, &field, &message));
                continue;
            }
        };
        if out.dataset(&dataset.municipality.code).is_some() {
            out.problems.push(file_problem(
                name,
                "municipality.code",
                "another manifest covers this municipality; the first one is kept",
            ));
            continue;
        }
        let Some(csv) = texts.get(dataset.facilities_file.as_str()) else {
            out.problems.push(file_problem(
                name,
                "facilities",
                "names a file that is not there",
            ));
            continue;
        };
        read_facilities(&mut out, &dataset, csv);
        out.datasets.push(dataset);
    }
    out
}

fn file_problem(file: &str, field: &str, message: &str) -> Problem {
    Problem {
        file: file.to_owned(),
        record: "(file)".into(),
        field: field.to_owned(),
        message: message.to_owned(),
        severity: Severity::Skipped,
    }
}

fn read_manifest(name: &str, text: &str) -> Result<Dataset, (String, String)> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| ("(file)".to_owned(), format!("not JSON: {e}")))?;
    manifest_of(name, &value)
}

/// A manifest already parsed (a kept copy's `file` item).
fn manifest_of(name: &str, value: &Value) -> Result<Dataset, (String, String)> {
    let fail = |field: &str, message: &str| (field.to_owned(), message.to_owned());
    let obj = value
        .as_object()
        .ok_or_else(|| fail("(file)", "must be an object"))?;
    let string = |v: Option<&Value>, field: &str| -> Result<String, (String, String)> {
        v.and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .ok_or_else(|| fail(field, "must be a non-empty string"))
    };
    let date = |field: &str| -> Result<Date, (String, String)> {
        parse_registry_date(&string(obj.get(field), field)?)
            .ok_or_else(|| fail(field, "must be a date (YYYY-MM-DD)"))
    };
    let label = string(obj.get("label"), "label")?;
    let sample = obj.get("sample").and_then(Value::as_bool).unwrap_or(false);
    let label_en = match obj.get("labelEn") {
        None | Some(Value::Null) => None,
        some => Some(string(some, "labelEn")?),
    };
    if sample && !label.contains("SAMPLE") {
        return Err(fail("label", "a sample dataset's label must say SAMPLE"));
    }
    if sample && label_en.as_ref().is_some_and(|l| !l.contains("SAMPLE")) {
        return Err(fail("labelEn", "a sample dataset's label must say SAMPLE"));
    }
    let as_of = date("as_of")?;
    let intake = date("intake")?;
    if (intake.month(), intake.day()) != (4, 1) {
        return Err(fail("intake", "must be an April 1"));
    }
    let m = obj.get("municipality");
    let code = string(m.and_then(|m| m.get("code")), "municipality.code")?;
    if !is_local_government_code(&code) {
        return Err(fail(
            "municipality.code",
            "must be a 6-digit local government code",
        ));
    }
    let municipality = Municipality {
        code,
        name: string(m.and_then(|m| m.get("name")), "municipality.name")?,
        name_en: m
            .and_then(|m| m.get("nameEn"))
            .and_then(Value::as_str)
            .map(str::to_owned),
    };
    let mut sources = Vec::new();
    let listed = obj.get("sources").and_then(Value::as_array);
    for (i, s) in listed
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let field = format!("sources[{i}]");
        sources.push(Source {
            id: string(s.get("id"), &format!("{field}.id"))?,
            title: string(s.get("title"), &format!("{field}.title"))?,
            url: s.get("url").and_then(Value::as_str).map(str::to_owned),
        });
    }
    if sources.is_empty() {
        return Err(fail("sources", "must list at least one source"));
    }
    Ok(Dataset {
        file: name.to_owned(),
        facilities_file: string(obj.get("facilities"), "facilities")?,
        label,
        label_en,
        sample,
        as_of,
        municipality,
        intake,
        sources,
        note: obj.get("note").and_then(Value::as_str).map(str::to_owned),
        origin: Origin::Embedded,
    })
}

fn read_facilities(out: &mut Nurseries, dataset: &Dataset, text: &str) {
    let file = dataset.facilities_file.as_str();
    let mut rows = csv::rows(text).into_iter();
    let Some(head) = rows.next() else {
        out.problems
            .push(file_problem(file, "(header)", "the file is empty"));
        return;
    };
    let mut header = HashMap::new();
    for (i, name) in head.fields.iter().enumerate() {
        if header.insert(name.trim(), i).is_some() {
            out.problems.push(file_problem(
                file,
                name.trim(),
                "the header names this column twice",
            ));
            return;
        }
    }
    if let Some(missing) = columns::REQUIRED.iter().find(|c| !header.contains_key(*c)) {
        out.problems
            .push(file_problem(file, missing, "the header lacks this column"));
        return;
    }
    let rows = rows.map(|row| (format!("row {}", row.line), Ok(row.fields)));
    read_rows(out, dataset, file, &header, rows);
}

/// Reads the rows of one dataset in order (`(place, fields)` in the
/// header's order, or the problem that already leaves the row out): a row
/// of another municipality or with a NO already seen is left out and
/// reported, like a row that cannot be read.
fn read_rows(
    out: &mut Nurseries,
    dataset: &Dataset,
    file: &str,
    header: &HashMap<&str, usize>,
    rows: impl Iterator<Item = (String, Result<Vec<String>, Problem>)>,
) {
    let mut seen = BTreeSet::new();
    for (place, fields) in rows {
        let fields = match fields {
            Ok(f) => f,
            Err(problem) => {
                out.problems.push(problem);
                continue;
            }
        };
        let mut warnings = Vec::new();
        match facility::read_row(file, header, &place, &fields, &mut warnings) {
            Ok(f) if f.municipality_code != dataset.municipality.code => {
                out.problems.push(Problem {
                    file: file.to_owned(),
                    record: format!("{place} (NO {})", f.no),
                    field: columns::CODE.to_owned(),
                    message: "not the manifest's municipality".to_owned(),
                    severity: Severity::Skipped,
                });
            }
            Ok(f) if !seen.insert(f.id.clone()) => out.problems.push(Problem {
                file: file.to_owned(),
                record: format!("{place} (NO {})", f.no),
                field: columns::NO.to_owned(),
                message: "another row has this NO; the first one is kept".to_owned(),
                severity: Severity::Skipped,
            }),
            Ok(f) => {
                out.facilities.push(f);
                out.problems.append(&mut warnings);
            }
            Err(problem) => out.problems.push(problem),
        }
    }
}
