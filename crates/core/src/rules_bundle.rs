//! Rule bundles: the rules as one versioned set (schedules, guardian
//! checklists, growth tables) with a version and the date they reflect, so
//! that a newer set can reach a phone without a new build
//! (`docs/rules-bundle.md`).
//!
//! A bundle is one JSON object:
//!
//! ```json
//! { "format": 1, "version": 2, "as_of": "2026-10-01",
//!   "files": { "schedules/vaccines-jp.json": { … },
//!              "schedules/checkups-jp.json": { … },
//!              "checkups/checklists-jp.json": { … },
//!              "growth/japan-2023/weight-for-age.json": { … } } }
//! ```
//!
//! Each file is the same JSON as the file of that path under `assets/`,
//! checked by the same loader; `schedules/` files are required, the others
//! optional. A bundle with one bad file is refused whole
//! ([`RuleBundle::parse`]), its error naming the file and the field.
//! The embedded `assets/` are bundle [`BUILTIN_VERSION`]
//! ([`RuleBundle::builtin`]). Which set a plan uses is [`choose`]: the
//! newest stored bundle that still validates, if it is newer than the
//! built-in one, else the built-in one. Pure: no IO, no clock.

use crate::child_records::checklists::{checklists, Checklists, CHECKLIST_FILE};
use crate::growth::{tables, GrowthError, Tables};
use crate::schedule::{Rules, EMBEDDED_RULE_FILES};
use crate::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The bundle format this build reads.
pub const BUNDLE_FORMAT: u32 = 1;

/// The version of the rules embedded in this build. Raise it when the
/// files in `assets/` change, so a stored bundle of the same or an older
/// version no longer wins over them.
pub const BUILTIN_VERSION: u64 = 1;

/// Where the files of a bundle live, as their paths begin.
const SCHEDULES: &str = "schedules/";
const CHECKUPS: &str = "checkups/";
const GROWTH: &str = "growth/";

/// A bundle that cannot be used: the file (a path inside the bundle, or
/// `bundle` for the bundle itself), the field and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{file}: {field}: {message}")]
pub struct BundleError {
    pub file: String,
    pub field: String,
    pub message: String,
}

impl BundleError {
    fn bundle(field: &str, message: impl Into<String>) -> BundleError {
        BundleError {
            file: "bundle".into(),
            field: field.into(),
            message: message.into(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BundleFile {
    format: u32,
    version: u64,
    as_of: Date,
    files: BTreeMap<String, serde_json::Value>,
}

/// Which rules a plan was made with: a version and the date it reflects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RulesVersion {
    pub version: u64,
    pub as_of: Date,
    /// The rules embedded in the app, not a downloaded bundle.
    pub builtin: bool,
}

/// A bundle whose every file passed validation.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleBundle {
    pub version: RulesVersion,
    /// The schedule rules of the bundle.
    pub rules: Rules,
    /// The guardian checklists: the bundle's `checkups/checklists-jp.json`,
    /// else the built-in ones (what a checkup's answers are checked
    /// against and what the form asks).
    pub checklists: Checklists,
    /// The growth tables the charts and percentiles use: the built-in ones
    /// with the bundle's `growth/` files laid over them, per table (a
    /// bundle without a table keeps the built-in one).
    pub growth: Tables,
    /// Only the bundle's own growth tables (empty for the built-in rules
    /// and a bundle without `growth/` files): what the window needs beside
    /// the built-in tables it carries.
    pub bundle_growth: Tables,
    /// The paths of the files it carries, sorted.
    pub files: Vec<String>,
}

impl RuleBundle {
    /// Parses a bundle and validates every file in it with the loader of
    /// its kind; the first problem refuses the whole bundle.
    pub fn parse(text: &str) -> Result<RuleBundle, BundleError> {
        let file: BundleFile =
            serde_json::from_str(text).map_err(|e| BundleError::bundle("(json)", e.to_string()))?;
        if file.format != BUNDLE_FORMAT {
            return Err(BundleError::bundle(
                "format",
                format!(
                    "format {} is not the one this version reads ({BUNDLE_FORMAT})",
                    file.format
                ),
            ));
        }
        if file.version == 0 {
            return Err(BundleError::bundle("version", "must be > 0"));
        }
        let mut schedules = Vec::new();
        let mut lists = None;
        let mut growth = Vec::new();
        for (path, value) in &file.files {
            let text = value.to_string();
            if let Some(name) = path.strip_prefix(SCHEDULES) {
                schedules.push((name, text));
            } else if path == "checkups/checklists-jp.json" {
                lists = Some(Checklists::parse(path, &text).map_err(|e| BundleError {
                    file: path.clone(),
                    field: e.field,
                    message: e.message,
                })?);
            } else if let Some(name) = path.strip_prefix(GROWTH) {
                growth.push((name, text));
            } else {
                let known = [SCHEDULES, CHECKUPS, GROWTH].join(", ");
                return Err(BundleError {
                    file: path.clone(),
                    field: "(path)".into(),
                    message: format!("not a rules file this version knows (paths begin {known})"),
                });
            }
        }
        // The built-in files' order first (the plan lists items in it).
        schedules.sort_by_key(|(name, _)| {
            EMBEDDED_RULE_FILES
                .iter()
                .position(|(e, _)| e == name)
                .unwrap_or(usize::MAX)
        });
        if schedules.is_empty() {
            return Err(BundleError::bundle("files", "no schedules/ file"));
        }
        let refs: Vec<(&str, &str)> = schedules.iter().map(|(n, t)| (*n, t.as_str())).collect();
        let rules = Rules::from_files(&refs).map_err(|e| BundleError {
            file: format!("{SCHEDULES}{}", e.file),
            field: e.field,
            message: e.message,
        })?;
        let checklists = match lists {
            Some(lists) => lists,
            None => builtin_checklists()?,
        };
        let bundle_growth = Tables::from_files(growth.iter().map(|(n, t)| (*n, t.as_str())))
            .map_err(|e| table_error(&format!("{GROWTH}{}", e.file), e))?;
        let growth = builtin_growth()?.overlaid(&bundle_growth);
        Ok(RuleBundle {
            version: RulesVersion {
                version: file.version,
                as_of: file.as_of,
                builtin: false,
            },
            rules,
            checklists,
            growth,
            bundle_growth,
            files: file.files.into_keys().collect(),
        })
    }

    /// The rules embedded in this build, as bundle [`BUILTIN_VERSION`]; its
    /// `as_of` is the newest of its schedule files'.
    pub fn builtin() -> Result<RuleBundle, BundleError> {
        let rules = Rules::from_files(&EMBEDDED_RULE_FILES).map_err(|e| BundleError {
            file: format!("{SCHEDULES}{}", e.file),
            field: e.field,
            message: e.message,
        })?;
        let as_of = rules
            .files()
            .iter()
            .map(|f| f.as_of)
            .max()
            .ok_or_else(|| BundleError::bundle("files", "no schedules/ file"))?;
        Ok(RuleBundle {
            version: RulesVersion {
                version: BUILTIN_VERSION,
                as_of,
                builtin: true,
            },
            rules,
            checklists: builtin_checklists()?,
            growth: builtin_growth()?,
            bundle_growth: Tables::default(),
            files: EMBEDDED_RULE_FILES
                .iter()
                .map(|(name, _)| format!("{SCHEDULES}{name}"))
                .collect(),
        })
    }
}

/// The embedded checklists, as a bundle's error should they not load.
fn builtin_checklists() -> Result<Checklists, BundleError> {
    checklists().cloned().map_err(|e| BundleError {
        file: CHECKLIST_FILE.trim_start_matches("assets/").to_owned(),
        field: e.field,
        message: e.message,
    })
}

/// The embedded growth tables, as a bundle's error should they not load.
fn builtin_growth() -> Result<Tables, BundleError> {
    tables()
        .cloned()
        .map_err(|e| table_error(&format!("{GROWTH}{}", e.file), e))
}

fn table_error(file: &str, e: GrowthError) -> BundleError {
    BundleError {
        file: file.to_owned(),
        field: "(table)".into(),
        message: e.reason,
    }
}

/// The rules to use, given the stored bundles' texts (any order): the
/// newest one that still validates with this build, when it is newer than
/// the built-in rules; else the built-in rules. A stored bundle that no
/// longer validates is skipped (returned in the second place with its
/// error), never fatal. Fails only when the built-in rules themselves do
/// not load (a broken build, caught by the tests).
#[allow(clippy::type_complexity)]
pub fn choose<'a>(
    stored: impl IntoIterator<Item = &'a str>,
) -> Result<(RuleBundle, Vec<BundleError>), BundleError> {
    let mut skipped = Vec::new();
    let mut best: Option<RuleBundle> = None;
    for text in stored {
        match RuleBundle::parse(text) {
            Ok(b)
                if best
                    .as_ref()
                    .is_none_or(|x| b.version.version > x.version.version) =>
            {
                best = Some(b)
            }
            Ok(_) => {}
            Err(e) => skipped.push(e),
        }
    }
    let chosen = match best {
        Some(b) if b.version.version > BUILTIN_VERSION => b,
        _ => RuleBundle::builtin()?,
    };
    Ok((chosen, skipped))
}

/// The built-in rules as a bundle's JSON text (what the portal's tests and
/// a rules author start from).
pub fn builtin_bundle_json(version: u64, as_of: Date) -> String {
    let files: BTreeMap<String, serde_json::Value> = EMBEDDED_RULE_FILES
        .iter()
        .map(|(name, text)| {
            (
                format!("{SCHEDULES}{name}"),
                serde_json::from_str(text).unwrap_or(serde_json::Value::Null),
            )
        })
        .collect();
    serde_json::json!({
        "format": BUNDLE_FORMAT,
        "version": version,
        "as_of": as_of,
        "files": files,
    })
    .to_string()
}
