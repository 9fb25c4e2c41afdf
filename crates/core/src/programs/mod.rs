//! Child-support programs (子育て支援制度): a registry reader and a pure
//! matching engine.
//!
//! Records follow the shape of Tokyo's open-data registry (see
//! `docs/program-registry.md`); [`load_registry`] reads files of them,
//! reports what it cannot read (with the record's psid and the field) and
//! keeps the rest. The SAMPLE registry in `assets/programs/` is embedded at
//! build time ([`EMBEDDED_FILES`], [`load_embedded`]).
//!
//! [`match_family`] tells, for a municipality and `today` (an argument, as
//! everywhere in core), which programs apply to each child or pregnancy now
//! and which begin in the next three months, with the reasons as Fluent ids
//! ([`crate::schedule::Reason`]), the amount, and the days left.

mod matching;
pub mod registry;
pub mod rules;
mod view;

pub use matching::{
    ids, match_family, moving, school_year_end_after_age, Amount, Check, Match, Matches, Move,
    Person,
};
pub use registry::{Area, DateField, Link, Problem, Program, Severity};
pub use rules::{Bound, Per, Rules, Subject};
pub use view::{
    family_programs, municipality_changed, FamilyPrograms, MunicipalitiesView, MunicipalityChanged,
    ProgramName,
};

use crate::Date;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The SAMPLE registry files embedded in the binary, as `(file name, JSON)`.
pub const EMBEDDED_FILES: [(&str, &str); 5] = [
    (
        "national-jp.json",
        include_str!("../../../../assets/programs/national-jp.json"),
    ),
    (
        "tokyo-130001.json",
        include_str!("../../../../assets/programs/tokyo-130001.json"),
    ),
    (
        "chiyoda-131016.json",
        include_str!("../../../../assets/programs/chiyoda-131016.json"),
    ),
    (
        "koto-131083.json",
        include_str!("../../../../assets/programs/koto-131083.json"),
    ),
    (
        "hachioji-132012.json",
        include_str!("../../../../assets/programs/hachioji-132012.json"),
    ),
];

/// A source a file cites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub url: Option<String>,
}

/// What a file says about itself (a bare array of records says nothing).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileInfo {
    pub file: String,
    pub as_of: Option<Date>,
    /// The file's label; SAMPLE files say so here.
    pub label: Option<String>,
    pub sample: bool,
    pub sources: Vec<Source>,
}

/// A municipality the registry has programs for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Municipality {
    /// 全国地方公共団体コード (6 digits).
    pub code: String,
    pub name: String,
    pub name_en: Option<String>,
    /// Where the code was taken from.
    pub code_source: String,
}

/// Everything read from the registry files, with what could not be read.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Registry {
    pub files: Vec<FileInfo>,
    pub programs: Vec<Program>,
    pub municipalities: Vec<Municipality>,
    pub problems: Vec<Problem>,
}

impl Registry {
    pub fn municipality(&self, code: &str) -> Option<&Municipality> {
        self.municipalities.iter().find(|m| m.code == code)
    }

    pub fn source(&self, file: &str, id: &str) -> Option<&Source> {
        self.files
            .iter()
            .find(|f| f.file == file)?
            .sources
            .iter()
            .find(|s| s.id == id)
    }
}

/// Reads the embedded SAMPLE registry.
pub fn load_embedded() -> Registry {
    load_registry(&EMBEDDED_FILES)
}

/// Reads registry files: `(name, JSON text)`. Never fails: a file or a
/// record that cannot be read becomes a [`Problem`] and the rest load.
///
/// A file is either a bare array of registry records (as the open data
/// publishes them) or an object with `records` and what it says about
/// itself (`label`, `sample`, `as_of`, `sources`, `municipality`).
pub fn load_registry(files: &[(&str, &str)]) -> Registry {
    let mut registry = Registry::default();
    for (name, text) in files {
        read_file(&mut registry, name, text);
    }
    // A psid names one program: a second record with it is reported.
    let mut seen = std::collections::BTreeSet::new();
    let mut programs = Vec::new();
    for p in std::mem::take(&mut registry.programs) {
        if seen.insert(p.psid.clone()) {
            programs.push(p);
        } else {
            registry.problems.push(Problem {
                file: p.file.clone(),
                record: p.psid.clone(),
                field: "basicInformation.psid".into(),
                message: "another record has this psid; the first one is kept".into(),
                severity: Severity::Skipped,
            });
        }
    }
    registry.programs = programs;
    registry
}

fn file_problem(registry: &mut Registry, file: &str, field: &str, message: &str) {
    registry.problems.push(Problem {
        file: file.to_owned(),
        record: "(file)".into(),
        field: field.to_owned(),
        message: message.to_owned(),
        severity: Severity::Skipped,
    });
}

fn read_file(registry: &mut Registry, name: &str, text: &str) {
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return file_problem(registry, name, "(file)", &format!("not JSON: {e}")),
    };
    let mut info = FileInfo {
        file: name.to_owned(),
        as_of: None,
        label: None,
        sample: false,
        sources: Vec::new(),
    };
    let records = match &value {
        Value::Array(records) => records.as_slice(),
        Value::Object(obj) => {
            info.label = obj.get("label").and_then(Value::as_str).map(str::to_owned);
            info.sample = obj.get("sample").and_then(Value::as_bool).unwrap_or(false);
            info.as_of = match obj.get("as_of") {
                None => None,
                Some(v) => match v.as_str().and_then(registry::parse_registry_date) {
                    Some(d) => Some(d),
                    None => return file_problem(registry, name, "as_of", "must be a date"),
                },
            };
            for (i, s) in obj
                .get("sources")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default()
                .iter()
                .enumerate()
            {
                let get = |k: &str| s.get(k).and_then(Value::as_str).map(str::to_owned);
                match (get("id"), get("title")) {
                    (Some(id), Some(title)) => info.sources.push(Source {
                        id,
                        title,
                        url: get("url"),
                    }),
                    _ => {
                        return file_problem(
                            registry,
                            name,
                            &format!("sources[{i}]"),
                            "needs an id and a title",
                        )
                    }
                }
            }
            if let Some(m) = obj.get("municipality") {
                let get = |k: &str| m.get(k).and_then(Value::as_str).map(str::to_owned);
                match (get("code"), get("name"), get("codeSource")) {
                    (Some(code), Some(mname), Some(code_source))
                        if registry::is_local_government_code(&code) =>
                    {
                        registry.municipalities.push(Municipality {
                            code,
                            name: mname,
                            name_en: get("nameEn"),
                            code_source,
                        })
                    }
                    _ => {
                        return file_problem(
                            registry,
                            name,
                            "municipality",
                            "needs a valid 6-digit code, a name and codeSource",
                        )
                    }
                }
            }
            match obj.get("records").and_then(Value::as_array) {
                Some(records) => records.as_slice(),
                None => return file_problem(registry, name, "records", "must be an array"),
            }
        }
        _ => return file_problem(registry, name, "(file)", "must be an array or an object"),
    };
    let mut warnings = Vec::new();
    for (i, record) in records.iter().enumerate() {
        match registry::read_record(name, i, record, &mut warnings) {
            Ok(program) => {
                // A rule citing a source the file does not list is unreadable.
                if let Some(rules) = &program.rules {
                    if !info.sources.iter().any(|s| s.id == rules.source) {
                        registry.problems.push(Problem {
                            file: name.to_owned(),
                            record: program.psid.clone(),
                            field: "hagukumi.source".into(),
                            message: "not one of the file's sources".into(),
                            severity: Severity::Skipped,
                        });
                        continue;
                    }
                }
                registry.programs.push(program);
            }
            Err(problem) => registry.problems.push(problem),
        }
    }
    registry.problems.append(&mut warnings);
    registry.files.push(info);
}
