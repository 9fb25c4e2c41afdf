//! 保育指数 (利用調整基準指数): each municipality's published table as data,
//! and a family's points from their answers.
//!
//! A table (`assets/hoiku-index/<name>-<code>.json`, format in
//! `docs/hoiku-index.md`) lists per-guardian 基準指数 rows by situation with
//! the conditions of each row, household 調整指数 rows, and the tie-break
//! order, each citing one of the file's sources. Only rows found in a cited
//! source are in a table; what could not be found is said in its `note`.
//! [`load_table`] validates a file and names the file and field of the
//! first problem.

pub mod flow;
mod points;

pub use points::{
    adjustment_message, compare, ids, points, situation_message, what_if, Answers, AnswersError,
    Change, Comparison, GuardianAnswers, Line, Points, TieOutcome, WhatIf,
};

use crate::programs::Source;
use serde::{Deserialize, Serialize};

/// The published tables embedded in the binary (real, cited numbers; not
/// SAMPLE data).
pub const EMBEDDED_TABLES: [(&str, &str); 2] = [
    (
        "hachioji-132012.json",
        include_str!("../../../../../assets/hoiku-index/hachioji-132012.json"),
    ),
    (
        "koto-131083.json",
        include_str!("../../../../../assets/hoiku-index/koto-131083.json"),
    ),
];

/// A guardian's situation (保育の必要性の事由).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    /// 就労 (employed or self-employed)
    Work,
    /// 自営協力者 (helping in a family business)
    SelfEmployedHelper,
    /// 妊娠・出産
    PregnancyBirth,
    /// 疾病 (illness, in hospital or at home)
    Illness,
    /// 障害
    Disability,
    /// 介護・看護 (care for relatives)
    Care,
    /// 求職活動
    JobSeeking,
    /// 就学
    Study,
}

impl Situation {
    pub fn id(self) -> &'static str {
        match self {
            Situation::Work => "work",
            Situation::SelfEmployedHelper => "self_employed_helper",
            Situation::PregnancyBirth => "pregnancy_birth",
            Situation::Illness => "illness",
            Situation::Disability => "disability",
            Situation::Care => "care",
            Situation::JobSeeking => "job_seeking",
            Situation::Study => "study",
        }
    }
}

/// A household 調整指数 item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Adjustment {
    /// ひとり親世帯
    SingleParent,
    /// 育児休業からの復帰
    ParentalLeaveReturn,
    /// きょうだいが在園 (the wished nursery)
    SiblingEnrolled,
    /// 認可外保育施設等を利用中
    UnlicensedCare,
    /// 小規模保育事業等を卒園
    SmallScaleGraduate,
    /// 保護者が保育士として勤務
    NurseryTeacher,
}

impl Adjustment {
    pub fn id(self) -> &'static str {
        match self {
            Adjustment::SingleParent => "single_parent",
            Adjustment::ParentalLeaveReturn => "parental_leave_return",
            Adjustment::SiblingEnrolled => "sibling_enrolled",
            Adjustment::UnlicensedCare => "unlicensed_care",
            Adjustment::SmallScaleGraduate => "small_scale_graduate",
            Adjustment::NurseryTeacher => "nursery_teacher",
        }
    }
}

/// A computable tie-break criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TieBreak {
    /// The household with the lower 住民税 comes first.
    LowerResidentTax,
}

/// Words of a row in both languages (the data's own titles).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Title {
    pub ja: String,
    pub en: String,
}

/// When a guardian row applies: every condition given must hold.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct When {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_hours_per_week: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_hours_per_week: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_days_per_month: Option<u32>,
    /// The answer's `detail` must be this (e.g. `hospital_1_month_or_more`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// A 基準指数 row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuardianRow {
    pub id: String,
    pub situation: Situation,
    pub title: Title,
    pub points: i32,
    #[serde(default)]
    pub when: When,
    pub source: String,
}

/// A 調整指数 row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HouseholdRow {
    pub id: Adjustment,
    pub title: Title,
    pub points: i32,
    pub source: String,
}

/// A tie-break step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TieRow {
    pub id: TieBreak,
    pub title: Title,
    pub source: String,
}

/// The municipality a table is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableMunicipality {
    pub code: String,
    pub name: String,
    #[serde(rename = "nameEn")]
    pub name_en: String,
}

/// A source as a table cites it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableSource {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
}

/// One municipality's published table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    pub municipality: TableMunicipality,
    /// The fiscal year of the intake the table is for (2025 = 令和7年度).
    pub fiscal_year: i32,
    pub fiscal_year_label: String,
    pub sources: Vec<TableSource>,
    /// What the table leaves out and why (rows not found in a source).
    pub note: Title,
    pub guardian: Vec<GuardianRow>,
    #[serde(default)]
    pub household: Vec<HouseholdRow>,
    #[serde(default)]
    pub tie_break: Vec<TieRow>,
    /// The published tie-break order in words, when it is not (all)
    /// computable or was not found.
    #[serde(default)]
    pub tie_break_note: Option<Title>,
}

impl Table {
    pub fn source(&self, id: &str) -> Option<Source> {
        self.sources.iter().find(|s| s.id == id).map(|s| Source {
            id: s.id.clone(),
            title: s.title.clone(),
            url: s.url.clone(),
        })
    }

    pub fn household_row(&self, a: Adjustment) -> Option<&HouseholdRow> {
        self.household.iter().find(|r| r.id == a)
    }
}

/// A table file that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {field}: {message}")]
pub struct TableError {
    pub file: String,
    pub field: String,
    pub message: String,
}

/// Reads and validates one table.
pub fn load_table(file: &str, text: &str) -> Result<Table, TableError> {
    let fail = |field: &str, message: String| TableError {
        file: file.to_owned(),
        field: field.to_owned(),
        message,
    };
    let table: Table = serde_json::from_str(text).map_err(|e| {
        // serde names the field in its message (`missing field `points``).
        fail("(file)", e.to_string())
    })?;
    if !crate::programs::registry::is_local_government_code(&table.municipality.code) {
        return Err(fail(
            "municipality.code",
            "must be a 6-digit local government code".into(),
        ));
    }
    if !(2000..=2100).contains(&table.fiscal_year) {
        return Err(fail("fiscal_year", "must be a year such as 2025".into()));
    }
    if table.sources.is_empty() {
        return Err(fail("sources", "must list at least one source".into()));
    }
    for (i, s) in table.sources.iter().enumerate() {
        if s.id.trim().is_empty() || s.title.trim().is_empty() {
            return Err(fail(
                &format!("sources[{i}]"),
                "needs an id and a title".into(),
            ));
        }
    }
    if table.note.ja.trim().is_empty() || table.note.en.trim().is_empty() {
        return Err(fail(
            "note",
            "must say in both languages what the table leaves out (or that it is complete)".into(),
        ));
    }
    let cited = |field: &str, source: &str| {
        if table.sources.iter().any(|s| s.id == source) {
            Ok(())
        } else {
            Err(fail(
                field,
                format!("cites {source:?}, not one of the file's sources"),
            ))
        }
    };
    let titled = |field: &str, t: &Title| {
        if t.ja.trim().is_empty() || t.en.trim().is_empty() {
            Err(fail(field, "needs a Japanese and an English title".into()))
        } else {
            Ok(())
        }
    };
    if table.guardian.is_empty() {
        return Err(fail("guardian", "must have at least one row".into()));
    }
    let mut ids = std::collections::BTreeSet::new();
    for (i, row) in table.guardian.iter().enumerate() {
        let field = format!("guardian[{i}]");
        if row.id.trim().is_empty() || !ids.insert(row.id.as_str()) {
            return Err(fail(
                &format!("{field}.id"),
                "must be present and unique".into(),
            ));
        }
        titled(&format!("{field}.title"), &row.title)?;
        cited(&format!("{field}.source"), &row.source)?;
        if !(0..=100).contains(&row.points) {
            return Err(fail(&format!("{field}.points"), "must be 0–100".into()));
        }
        let w = &row.when;
        for (name, v) in [
            ("min_hours_per_week", w.min_hours_per_week),
            ("max_hours_per_week", w.max_hours_per_week),
        ] {
            if v.is_some_and(|h| !(h.is_finite() && (0.0..=168.0).contains(&h))) {
                return Err(fail(
                    &format!("{field}.when.{name}"),
                    "must be 0–168 hours".into(),
                ));
            }
        }
        if w.min_days_per_month.is_some_and(|d| d > 31) {
            return Err(fail(
                &format!("{field}.when.min_days_per_month"),
                "must be 0–31 days".into(),
            ));
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, row) in table.household.iter().enumerate() {
        let field = format!("household[{i}]");
        if !seen.insert(row.id) {
            return Err(fail(&format!("{field}.id"), "appears twice".into()));
        }
        titled(&format!("{field}.title"), &row.title)?;
        cited(&format!("{field}.source"), &row.source)?;
        if !(-100..=100).contains(&row.points) {
            return Err(fail(&format!("{field}.points"), "must be -100–100".into()));
        }
    }
    for (i, row) in table.tie_break.iter().enumerate() {
        let field = format!("tie_break[{i}]");
        titled(&format!("{field}.title"), &row.title)?;
        cited(&format!("{field}.source"), &row.source)?;
    }
    Ok(table)
}

/// The embedded tables; a bad one is an error naming its file and field.
pub fn embedded_tables() -> Result<Vec<Table>, TableError> {
    EMBEDDED_TABLES
        .iter()
        .map(|(file, text)| load_table(file, text))
        .collect()
}

/// The embedded table of a municipality (`None`: there is none, or the
/// embedded tables do not load; [`embedded_tables`] says why).
pub fn embedded_table(code: &str) -> Option<Table> {
    embedded_tables()
        .ok()?
        .into_iter()
        .find(|t| t.municipality.code == code)
}
