//! The April intake checklist: a municipality's application periods and
//! deadlines and the documents to hand in, as data
//! (`assets/nursery-intake/<name>-<code>.json`, format in
//! `docs/hoiku-index.md`), each with its source and as-of date.
//! [`load_checklist`] names the file and the field of the first problem.
//! Which documents a family has ready is theirs: [`ChecklistView`] joins the
//! list with the ids they ticked.

use super::index::{Situation, TableMunicipality, TableSource, Title};
use crate::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The checklists embedded in the binary.
pub const EMBEDDED_CHECKLISTS: [(&str, &str); 2] = [
    (
        "hachioji-132012.json",
        include_str!("../../../../assets/nursery-intake/hachioji-132012.json"),
    ),
    (
        "koto-131083.json",
        include_str!("../../../../assets/nursery-intake/koto-131083.json"),
    ),
];

/// An application period or a deadline (`from` absent: a deadline only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub id: String,
    pub title: Title,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    pub until: Date,
    pub source: String,
}

/// A document to hand in; `situation`: only for a guardian in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: String,
    pub title: Title,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub situation: Option<Situation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Title>,
    pub source: String,
}

/// One municipality's checklist for one April intake.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub municipality: TableMunicipality,
    /// The intake day (April 1).
    pub intake: Date,
    pub fiscal_year_label: String,
    /// True: the dates or documents are not the municipality's published
    /// ones for this intake; `label` says what they are.
    pub sample: bool,
    pub label: Title,
    pub as_of: Date,
    pub sources: Vec<TableSource>,
    pub periods: Vec<Period>,
    pub documents: Vec<Document>,
}

impl Checklist {
    /// The settings key of the ticked documents.
    pub fn key(&self) -> String {
        format!(
            "nursery_checklist:{}:{}",
            self.municipality.code, self.intake
        )
    }
}

/// A checklist file that cannot be used: the file, the field, the problem
/// (the same error as a 保育指数 table's).
pub type ChecklistError = super::index::TableError;

/// Reads and validates one checklist.
pub fn load_checklist(file: &str, text: &str) -> Result<Checklist, ChecklistError> {
    let fail = |field: &str, message: &str| ChecklistError {
        file: file.to_owned(),
        field: field.to_owned(),
        message: message.to_owned(),
    };
    let c: Checklist = serde_json::from_str(text).map_err(|e| fail("(file)", &e.to_string()))?;
    let titled = |field: &str, t: &Title| {
        if t.ja.trim().is_empty() || t.en.trim().is_empty() {
            Err(fail(field, "needs Japanese and English words"))
        } else {
            Ok(())
        }
    };
    let cited = |field: &str, source: &str| {
        if c.sources.iter().any(|s| s.id == source) {
            Ok(())
        } else {
            Err(fail(field, "must cite one of the file's sources"))
        }
    };
    if !crate::programs::registry::is_local_government_code(&c.municipality.code) {
        return Err(fail(
            "municipality.code",
            "must be a 6-digit local government code",
        ));
    }
    if chrono::Datelike::month(&c.intake) != 4 || chrono::Datelike::day(&c.intake) != 1 {
        return Err(fail("intake", "must be an April 1"));
    }
    titled("label", &c.label)?;
    if c.sample && !(c.label.ja.contains("SAMPLE") && c.label.en.contains("SAMPLE")) {
        return Err(fail(
            "label",
            "a sample checklist must say SAMPLE in both languages",
        ));
    }
    if c.sources.is_empty() {
        return Err(fail("sources", "must list at least one source"));
    }
    for (i, s) in c.sources.iter().enumerate() {
        if s.id.trim().is_empty() || s.title.trim().is_empty() {
            return Err(fail(&format!("sources[{i}]"), "needs an id and a title"));
        }
    }
    // Each row: a unique id, words in both languages, a cited source.
    let row = |ids: &mut BTreeSet<String>, field: &str, id: &str, t: &Title, source: &str| {
        if id.trim().is_empty() || !ids.insert(id.to_owned()) {
            return Err(fail(&format!("{field}.id"), "must be present and unique"));
        }
        titled(&format!("{field}.title"), t)?;
        cited(&format!("{field}.source"), source)
    };
    if c.periods.is_empty() {
        return Err(fail("periods", "must list at least one period or deadline"));
    }
    let mut ids = BTreeSet::new();
    for (i, p) in c.periods.iter().enumerate() {
        let field = format!("periods[{i}]");
        row(&mut ids, &field, &p.id, &p.title, &p.source)?;
        if p.from.is_some_and(|f| f > p.until) {
            return Err(fail(&format!("{field}.until"), "must not be before `from`"));
        }
        if p.until >= c.intake {
            return Err(fail(&format!("{field}.until"), "must be before the intake"));
        }
    }
    if c.documents.is_empty() {
        return Err(fail("documents", "must list at least one document"));
    }
    let mut ids = BTreeSet::new();
    for (i, d) in c.documents.iter().enumerate() {
        let field = format!("documents[{i}]");
        row(&mut ids, &field, &d.id, &d.title, &d.source)?;
        if let Some(n) = &d.note {
            titled(&format!("{field}.note"), n)?;
        }
    }
    Ok(c)
}

/// The embedded checklists; a bad one is an error naming its file and field.
pub fn embedded_checklists() -> Result<Vec<Checklist>, ChecklistError> {
    EMBEDDED_CHECKLISTS
        .iter()
        .map(|(file, text)| load_checklist(file, text))
        .collect()
}

/// A period with the days left until its last day (negative: past).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodView {
    pub period: Period,
    pub days_left: i64,
}

/// A document and whether the family ticked it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentView {
    pub document: Document,
    pub checked: bool,
}

/// The checklist as the app shows it on `today`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistView {
    pub municipality: TableMunicipality,
    pub intake: Date,
    pub fiscal_year_label: String,
    pub sample: bool,
    pub label: Title,
    pub as_of: Date,
    pub sources: Vec<TableSource>,
    pub periods: Vec<PeriodView>,
    pub documents: Vec<DocumentView>,
    pub checked: usize,
}

/// The ticked ids as stored (a JSON list; anything else is none ticked).
pub fn parse_checked(stored: Option<&str>) -> BTreeSet<String> {
    stored
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default()
}

/// The ticked ids with `id` ticked or not, to store; `None` when the
/// checklist has no such document (nothing changes).
pub fn toggle(c: &Checklist, stored: Option<&str>, id: &str, checked: bool) -> Option<String> {
    if !c.documents.iter().any(|d| d.id == id) {
        return None;
    }
    let mut set = parse_checked(stored);
    if checked {
        set.insert(id.to_owned());
    } else {
        set.remove(id);
    }
    serde_json::to_string(&set).ok()
}

/// The checklist with the ticked documents and the days left on `today`.
pub fn view(c: &Checklist, stored: Option<&str>, today: Date) -> ChecklistView {
    let set = parse_checked(stored);
    let documents: Vec<DocumentView> = c
        .documents
        .iter()
        .map(|d| DocumentView {
            document: d.clone(),
            checked: set.contains(&d.id),
        })
        .collect();
    ChecklistView {
        municipality: c.municipality.clone(),
        intake: c.intake,
        fiscal_year_label: c.fiscal_year_label.clone(),
        sample: c.sample,
        label: c.label.clone(),
        as_of: c.as_of,
        sources: c.sources.clone(),
        periods: c
            .periods
            .iter()
            .map(|p| PeriodView {
                period: p.clone(),
                days_left: (p.until - today).num_days(),
            })
            .collect(),
        checked: documents.iter().filter(|d| d.checked).count(),
        documents,
    }
}
