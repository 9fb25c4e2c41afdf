// tidy: over budget because one JSON schema with the validation of every field, kept beside the types it builds (128 lines of tests); a split of parsing from validation is possible.
//! The schedule's rules, parsed from JSON and validated once at load.
//!
//! Every type here is only built by [`Rules::from_json`] /
//! [`Rules::from_files`], so the engine can rely on what validation checked:
//! doses numbered 1..n, intervals pointing at earlier doses, windows that open
//! before they close, series ordered by the age at the first dose, message ids
//! of the `schedule-` family, known cross-references.

use super::reader::{flag, identifier, message_id, note, required, At, Obj};
use super::reason::{ids, Reason};
use super::time::{add_days, add_months, fiscal_year_start_of_age};
use super::{CheckupId, Sex, VaccineId};
use crate::Date;
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// A rule file that failed to parse or validate: the file, the field path
/// (or the line and column of a JSON syntax error) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{file}: {field}: {message}")]
pub struct RuleError {
    pub file: String,
    pub field: String,
    pub message: String,
}

/// A point in a life, counted from the birth (or, for postnatal checkups,
/// from the delivery).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AgePoint {
    /// The `months`-month anniversary ([`crate::age`] convention), then
    /// `days` days more. `{"weeks": 14, "days": 6}` is `days: 104`.
    AfterBirth { months: u32, days: u32 },
    /// 1 April starting the school year in which the child legally turns
    /// this age (`12` → 小学6年, `16` → 高校1年).
    FiscalYearOfAge(u32),
}

impl AgePoint {
    /// The date of this point for someone born on `birth`.
    pub fn on(&self, birth: Date) -> Option<Date> {
        match *self {
            AgePoint::AfterBirth { months, days } => {
                add_days(add_months(birth, months)?, u64::from(days))
            }
            AgePoint::FiscalYearOfAge(age) => fiscal_year_start_of_age(birth, age),
        }
    }
}

/// From `from` (included) until `until` (excluded; `None`: no end).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct AgeWindow {
    pub from: AgePoint,
    pub until: Option<AgePoint>,
}

/// A length of time between two doses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Span {
    /// "N日以上の間隔": N whole days strictly between, so the next date is
    /// `anchor + N + 1` (27 → four weeks later).
    Days(u32),
    /// "N月以上の間隔": the same day of the month N months later (clamped).
    Months(u32),
}

impl Span {
    /// The first date at least this long after `anchor`.
    pub fn after(&self, anchor: Date) -> Option<Date> {
        match *self {
            Span::Days(n) => add_days(anchor, u64::from(n) + 1),
            Span::Months(n) => add_months(anchor, n),
        }
    }
}

/// A minimum (and maybe a recommended maximum) interval after an earlier dose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Interval {
    /// The earlier dose's number. When that dose was skipped, the interval
    /// counts from the latest earlier dose that was given or planned.
    pub after: u8,
    pub min: Span,
    pub recommended_max: Option<Span>,
}

/// A dose label: a message id of the `schedule-dose-` family and its numbers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Label {
    pub id: String,
    pub args: BTreeMap<String, i64>,
}

impl Label {
    pub fn reason(&self) -> Reason {
        let mut reason = Reason::new(&self.id);
        for (name, value) in &self.args {
            reason = reason.number(name, *value);
        }
        reason
    }
}

/// One dose of a series.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DoseRule {
    pub dose: u8,
    pub label: Option<Label>,
    /// Narrows the vaccine's window for this dose.
    pub window: Option<AgeWindow>,
    /// The standard (recommended) time.
    pub recommended: Option<AgeWindow>,
    pub intervals: Vec<Interval>,
    /// Must follow the previous dose (default). `false` for a separate period
    /// (MR 第2期, 日本脳炎 第2期) that may be given even if earlier ones were not.
    pub after_previous: bool,
    /// Once its window closes, the dose is no longer given and the series
    /// goes on (小児肺炎球菌・ヒブ initial doses).
    pub skippable: bool,
    /// The dose is not given when the previous one was given (or planned) on
    /// or after this age (小児肺炎球菌: 初回2回目が生後12月以降なら3回目は行わない).
    pub skip_if_previous_from: Option<AgePoint>,
    pub note: Option<String>,
}

/// The doses to give when the first dose falls in `first_dose`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Series {
    /// Age window of the first dose selecting this series; `None` only when
    /// the vaccine has a single series.
    pub first_dose: Option<AgeWindow>,
    pub doses: Vec<DoseRule>,
}

/// A yearly season, from the 1st of `from_month` until the 1st of
/// `until_month` (excluded), possibly across the new year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Season {
    pub from_month: u32,
    pub until_month: u32,
}

impl Season {
    /// The season planned on `today`: the one in progress, or else the next.
    pub fn around(&self, today: Date) -> Option<(Date, Date)> {
        use chrono::Datelike;
        for start_year in [today.year() - 1, today.year(), today.year() + 1] {
            let from = Date::from_ymd_opt(start_year, self.from_month, 1)?;
            let until_year = if self.until_month > self.from_month {
                start_year
            } else {
                start_year + 1
            };
            let until = Date::from_ymd_opt(until_year, self.until_month, 1)?;
            if today < until {
                return Some((from, until));
            }
        }
        None
    }
}

/// A vaccine and how it is given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Vaccine {
    pub id: VaccineId,
    /// Fluent id of the name.
    pub name: String,
    /// Publicly funded routine vaccination (定期接種); `false`: voluntary.
    pub funded: bool,
    /// Injected live vaccine: other injected live vaccines only on the same
    /// day or at least 27 days apart.
    pub injected_live: bool,
    /// The window's end is a medical limit, not only the end of funding.
    pub hard_limit: bool,
    /// Routine only for this sex.
    pub sex: Option<Sex>,
    pub window: AgeWindow,
    /// Seasonal vaccine: only the current season is planned and counted.
    pub season: Option<Season>,
    /// A combined vaccine: each dose also counts as one dose of these, when
    /// the family follows their route (五種混合 → 四種混合 + ヒブ).
    pub counts_as: Vec<VaccineId>,
    /// No longer available; remaining doses are switched to this one.
    pub replaced_by: Option<VaccineId>,
    /// Series by age at the first dose, in ascending order.
    pub series: Vec<Series>,
    /// Whom it is for: a child (ages from the birth) or a pregnancy (ages
    /// from the pregnancy's first day, expected date − 280 days, so
    /// `{"weeks": 28}` is 妊娠28週0日).
    pub subject: VaccineSubject,
    /// Routine (funded) only from this date on: no dose is planned before it.
    pub routine_from: Option<Date>,
    /// Birth cohorts with a funded window of their own for some doses
    /// (特例・特別措置), in addition to the dose's usual window.
    pub cohorts: Vec<Cohort>,
    pub note: Option<String>,
}

/// Whom a vaccine is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VaccineSubject {
    Child,
    /// A pregnant woman, one series per pregnancy (RSウイルス母子免疫ワクチン).
    Pregnancy,
}

/// People born from `born_from` to `born_to` (both included) may receive
/// `doses` within `window` (ages from the birth), only from `since` and until
/// `through` (both included) when given: a funded window of their own, added
/// to the doses' usual one (MR 特別措置, 日本脳炎 特例).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cohort {
    pub id: String,
    /// Fluent id of the cohort's name (`schedule-cohort-…`), shown as a reason.
    pub name: String,
    pub born_from: Date,
    pub born_to: Date,
    pub doses: Vec<u8>,
    pub window: AgeWindow,
    pub since: Option<Date>,
    pub through: Option<Date>,
    pub note: Option<String>,
}

impl Cohort {
    pub fn includes(&self, birth: Date, dose: u8) -> bool {
        self.born_from <= birth && birth <= self.born_to && self.doses.contains(&dose)
    }
}

/// Vaccines that replace each other: one route is followed per child.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Alternative {
    pub id: String,
    /// The family may choose freely before starting (rotavirus); otherwise
    /// the first route is the default and the others are for series started
    /// with them.
    pub selectable: bool,
    pub routes: Vec<Vec<VaccineId>>,
    pub note: Option<String>,
}

/// Whom a checkup is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckupSubject {
    /// The child, by age.
    Child,
    /// The mother after the delivery, counted from the delivery date.
    Postnatal,
}

/// On what a checkup rests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Required by law (母子保健法第12条).
    Law,
    /// Run or subsidised by municipalities, timing set locally.
    Municipal,
}

/// A checkup with an age window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Checkup {
    pub id: CheckupId,
    pub name: String,
    pub subject: CheckupSubject,
    pub basis: Basis,
    pub window: AgeWindow,
    pub note: Option<String>,
}

/// Visits every `every_weeks` weeks from `from_week` until `until_week`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Phase {
    pub from_week: u32,
    pub until_week: u32,
    pub every_weeks: u32,
}

/// Prenatal checkups (妊婦健康診査), by week of pregnancy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Prenatal {
    pub id: CheckupId,
    pub name: String,
    pub basis: Basis,
    pub standard_visits: u32,
    pub phases: Vec<Phase>,
    pub note: Option<String>,
}

impl Prenatal {
    /// Each visit as (week of pregnancy, weeks until the next visit).
    pub fn visits(&self) -> Vec<(u32, u32)> {
        visits_of(&self.phases)
    }
}

fn visits_of(phases: &[Phase]) -> Vec<(u32, u32)> {
    let mut visits = Vec::new();
    for phase in phases {
        let mut week = phase.from_week;
        while week < phase.until_week {
            visits.push((week, phase.every_weeks));
            week += phase.every_weeks;
        }
    }
    visits
}

/// Where a rule file comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleFile {
    pub file: String,
    /// The date the rules reflect.
    pub as_of: Date,
    pub sources: Vec<String>,
    pub note: Option<String>,
}

/// All schedule rules: vaccines, alternatives between them, checkups.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rules {
    files: Vec<RuleFile>,
    vaccines: Vec<Vaccine>,
    alternatives: Vec<Alternative>,
    checkups: Vec<Checkup>,
    prenatal: Option<Prenatal>,
}

impl Rules {
    /// Parses and validates one rule file.
    pub fn from_json(file_name: &str, text: &str) -> Result<Rules, RuleError> {
        parse_file(file_name, text)
    }

    /// Parses, validates and merges several rule files; ids must be unique
    /// across files and cross-references stay within a file.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Rules, RuleError> {
        let mut merged = Rules {
            files: Vec::new(),
            vaccines: Vec::new(),
            alternatives: Vec::new(),
            checkups: Vec::new(),
            prenatal: None,
        };
        for (name, text) in files {
            let rules = parse_file(name, text)?;
            let at = At::root(name);
            if merged.files.iter().any(|f| f.file == *name) {
                return Err(at.err("file given twice"));
            }
            for (i, v) in rules.vaccines.iter().enumerate() {
                if merged.vaccine(v.id.as_str()).is_some() {
                    return Err(at.key("vaccines").index(i).key("id").err("duplicate id"));
                }
            }
            for (i, a) in rules.alternatives.iter().enumerate() {
                if merged.alternatives.iter().any(|m| m.id == a.id) {
                    return Err(at
                        .key("alternatives")
                        .index(i)
                        .key("id")
                        .err("duplicate id"));
                }
            }
            for (i, c) in rules.checkups.iter().enumerate() {
                if merged.has_checkup_id(c.id.as_str()) {
                    return Err(at.key("checkups").index(i).key("id").err("duplicate id"));
                }
            }
            if let Some(p) = &rules.prenatal {
                if merged.prenatal.is_some() {
                    return Err(at.key("prenatal").err("given in more than one file"));
                }
                if merged.has_checkup_id(p.id.as_str()) {
                    return Err(at.key("prenatal").key("id").err("duplicate id"));
                }
            }
            merged.files.extend(rules.files);
            merged.vaccines.extend(rules.vaccines);
            merged.alternatives.extend(rules.alternatives);
            merged.checkups.extend(rules.checkups);
            if rules.prenatal.is_some() {
                merged.prenatal = rules.prenatal;
            }
        }
        Ok(merged)
    }

    /// The files the rules come from, with their sources and dates.
    pub fn files(&self) -> &[RuleFile] {
        &self.files
    }

    pub fn vaccines(&self) -> &[Vaccine] {
        &self.vaccines
    }

    pub fn vaccine(&self, id: &str) -> Option<&Vaccine> {
        self.vaccines.iter().find(|v| v.id.as_str() == id)
    }

    pub fn alternatives(&self) -> &[Alternative] {
        &self.alternatives
    }

    pub fn checkups(&self) -> &[Checkup] {
        &self.checkups
    }

    pub fn checkup(&self, id: &str) -> Option<&Checkup> {
        self.checkups.iter().find(|c| c.id.as_str() == id)
    }

    pub fn prenatal(&self) -> Option<&Prenatal> {
        self.prenatal.as_ref()
    }

    /// Every message id the rules refer to (names and labels).
    pub fn message_ids(&self) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for v in &self.vaccines {
            out.insert(v.name.clone());
            out.extend(v.cohorts.iter().map(|c| c.name.clone()));
            for s in &v.series {
                for d in &s.doses {
                    if let Some(l) = &d.label {
                        out.insert(l.id.clone());
                    }
                }
            }
        }
        out.extend(self.checkups.iter().map(|c| c.name.clone()));
        out.extend(self.prenatal.iter().map(|p| p.name.clone()));
        out
    }

    fn has_checkup_id(&self, id: &str) -> bool {
        self.checkup(id).is_some() || self.prenatal.as_ref().is_some_and(|p| p.id.as_str() == id)
    }
}

impl fmt::Display for AgePoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AgePoint::AfterBirth { months, days } => write!(f, "{months} months {days} days"),
            AgePoint::FiscalYearOfAge(age) => write!(f, "school year of age {age}"),
        }
    }
}

// ---------------------------------------------------------------------------
// Parsing and validation.

/// Births on awkward days: a window must open before it closes for each.
const REFERENCE_BIRTHS: [(i32, u32, u32); 6] = [
    (2024, 1, 31),
    (2024, 2, 29),
    (2025, 3, 31),
    (2025, 4, 1),
    (2025, 4, 2),
    (2023, 12, 31),
];

fn reference_births() -> impl Iterator<Item = Date> {
    REFERENCE_BIRTHS
        .iter()
        .filter_map(|&(y, m, d)| Date::from_ymd_opt(y, m, d))
}

/// Largest ages accepted in rule files.
const MAX_MONTHS: u64 = 100 * 12;
const MAX_DAYS: u64 = 100 * 366;
const MAX_INTERVAL_DAYS: u64 = 3660;
const MAX_INTERVAL_MONTHS: u64 = 120;

fn parse_file(file: &str, text: &str) -> Result<Rules, RuleError> {
    let value: Value = serde_json::from_str(text).map_err(|e| RuleError {
        file: file.to_owned(),
        field: format!("line {}, column {}", e.line(), e.column()),
        message: format!("not valid JSON: {e}"),
    })?;
    let at = At::root(file);
    let top = at.object(
        &value,
        &[
            "as_of",
            "sources",
            "note",
            "alternatives",
            "vaccines",
            "checkups",
            "prenatal",
        ],
    )?;

    let as_of = at.key("as_of").date(required(top, &at, "as_of")?)?;
    let sources_at = at.key("sources");
    let sources = sources_at
        .array(required(top, &at, "sources")?)?
        .iter()
        .enumerate()
        .map(|(i, s)| sources_at.index(i).string(s).map(str::to_owned))
        .collect::<Result<Vec<_>, _>>()?;
    if sources.is_empty() {
        return Err(sources_at.err("must name at least one source"));
    }
    let file_info = RuleFile {
        file: file.to_owned(),
        as_of,
        sources,
        note: note(top, &at)?,
    };

    let vaccines = match top.get("vaccines") {
        Some(v) => parse_list(&at.key("vaccines"), v, parse_vaccine)?,
        None => Vec::new(),
    };
    check_unique(&at.key("vaccines"), vaccines.iter().map(|v| v.id.as_str()))?;
    check_vaccine_refs(&at.key("vaccines"), &vaccines)?;

    let alternatives = match top.get("alternatives") {
        Some(v) => parse_list(&at.key("alternatives"), v, |a, v| {
            parse_alternative(a, v, &vaccines)
        })?,
        None => Vec::new(),
    };
    check_unique(
        &at.key("alternatives"),
        alternatives.iter().map(|a| a.id.as_str()),
    )?;
    let mut in_routes = BTreeSet::new();
    for (i, alt) in alternatives.iter().enumerate() {
        for route in &alt.routes {
            for id in route {
                if !in_routes.insert(id.clone()) {
                    return Err(at
                        .key("alternatives")
                        .index(i)
                        .key("routes")
                        .err(format!("{id} appears in more than one route")));
                }
            }
        }
    }

    let checkups = match top.get("checkups") {
        Some(v) => parse_list(&at.key("checkups"), v, parse_checkup)?,
        None => Vec::new(),
    };
    check_unique(&at.key("checkups"), checkups.iter().map(|c| c.id.as_str()))?;
    let prenatal = top
        .get("prenatal")
        .map(|v| parse_prenatal(&at.key("prenatal"), v))
        .transpose()?;
    if let Some(p) = &prenatal {
        if checkups.iter().any(|c| c.id == p.id) {
            return Err(at.key("prenatal").key("id").err("duplicate id"));
        }
    }

    Ok(Rules {
        files: vec![file_info],
        vaccines,
        alternatives,
        checkups,
        prenatal,
    })
}

fn parse_list<T>(
    at: &At<'_>,
    value: &Value,
    mut parse: impl FnMut(&At<'_>, &Value) -> Result<T, RuleError>,
) -> Result<Vec<T>, RuleError> {
    at.array(value)?
        .iter()
        .enumerate()
        .map(|(i, v)| parse(&at.index(i), v))
        .collect()
}

fn check_unique<'a>(at: &At<'_>, ids: impl Iterator<Item = &'a str>) -> Result<(), RuleError> {
    let mut seen = BTreeSet::new();
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            return Err(at.index(i).key("id").err("duplicate id"));
        }
    }
    Ok(())
}

fn check_vaccine_refs(at: &At<'_>, vaccines: &[Vaccine]) -> Result<(), RuleError> {
    let known = |id: &VaccineId| vaccines.iter().any(|v| &v.id == id);
    for (i, v) in vaccines.iter().enumerate() {
        for (j, id) in v.counts_as.iter().enumerate() {
            let here = at.index(i).key("counts_as").index(j);
            if !known(id) {
                return Err(here.err(format!("unknown vaccine {id}")));
            }
            if *id == v.id {
                return Err(here.err("a vaccine cannot count as itself"));
            }
        }
        if let Some(id) = &v.replaced_by {
            let here = at.index(i).key("replaced_by");
            if !known(id) || *id == v.id {
                return Err(here.err(format!("unknown vaccine {id}")));
            }
        }
    }
    Ok(())
}

fn parse_age_point(at: &At<'_>, value: &Value) -> Result<AgePoint, RuleError> {
    let map = at.object(
        value,
        &["years", "months", "weeks", "days", "fiscal_year_of_age"],
    )?;
    let get = |key: &str, max: u64| -> Result<Option<u64>, RuleError> {
        map.get(key).map(|v| at.key(key).uint(v, max)).transpose()
    };
    if let Some(age) = get("fiscal_year_of_age", 100)? {
        if map.len() > 1 {
            return Err(at
                .key("fiscal_year_of_age")
                .err("cannot be combined with years, months, weeks or days"));
        }
        return Ok(AgePoint::FiscalYearOfAge(age as u32));
    }
    if map.is_empty() {
        return Err(at.err("give years, months, weeks, days or fiscal_year_of_age"));
    }
    let months = get("years", 100)?.unwrap_or(0) * 12 + get("months", MAX_MONTHS)?.unwrap_or(0);
    let days = get("weeks", MAX_DAYS / 7)?.unwrap_or(0) * 7 + get("days", MAX_DAYS)?.unwrap_or(0);
    if months > MAX_MONTHS || days > MAX_DAYS {
        return Err(at.err("age too large"));
    }
    Ok(AgePoint::AfterBirth {
        months: months as u32,
        days: days as u32,
    })
}

fn parse_window(at: &At<'_>, value: &Value) -> Result<AgeWindow, RuleError> {
    let map = at.object(value, &["from", "until"])?;
    let from = parse_age_point(&at.key("from"), required(map, at, "from")?)?;
    let until = map
        .get("until")
        .map(|v| parse_age_point(&at.key("until"), v))
        .transpose()?;
    let window = AgeWindow { from, until };
    check_window(at, &window)?;
    Ok(window)
}

/// `from` must come strictly before `until` for every reference birth.
fn check_window(at: &At<'_>, window: &AgeWindow) -> Result<(), RuleError> {
    for birth in reference_births() {
        let from = window
            .from
            .on(birth)
            .ok_or_else(|| at.key("from").err("out of range"))?;
        if let Some(until) = window.until {
            let until = until
                .on(birth)
                .ok_or_else(|| at.key("until").err("out of range"))?;
            if until <= from {
                return Err(at.key("until").err(format!(
                    "must come after from (born {birth}: {from} .. {until})"
                )));
            }
        }
    }
    Ok(())
}

fn parse_span(
    at: &At<'_>,
    map: &Obj,
    days_key: &str,
    months_key: &str,
) -> Result<Option<(Span, String)>, RuleError> {
    match (map.get(days_key), map.get(months_key)) {
        (Some(_), Some(_)) => Err(at
            .key(months_key)
            .err(format!("cannot be combined with {days_key}"))),
        (Some(v), None) => {
            let n = at.key(days_key).uint(v, MAX_INTERVAL_DAYS)?;
            if n == 0 {
                return Err(at.key(days_key).err("must be > 0"));
            }
            Ok(Some((Span::Days(n as u32), days_key.to_owned())))
        }
        (None, Some(v)) => {
            let n = at.key(months_key).uint(v, MAX_INTERVAL_MONTHS)?;
            if n == 0 {
                return Err(at.key(months_key).err("must be > 0"));
            }
            Ok(Some((Span::Months(n as u32), months_key.to_owned())))
        }
        (None, None) => Ok(None),
    }
}

fn parse_interval(at: &At<'_>, value: &Value, dose: u8) -> Result<Interval, RuleError> {
    let map = at.object(
        value,
        &[
            "after",
            "min_days",
            "min_months",
            "recommended_max_days",
            "recommended_max_months",
        ],
    )?;
    let after = at.key("after").uint(required(map, at, "after")?, 255)? as u8;
    if after == 0 || after >= dose {
        return Err(at.key("after").err("must name an earlier dose"));
    }
    let (min, min_key) = parse_span(at, map, "min_days", "min_months")?
        .ok_or_else(|| at.key("min_days").err("missing (or min_months)"))?;
    let recommended_max = parse_span(at, map, "recommended_max_days", "recommended_max_months")?;
    if let Some((max, max_key)) = &recommended_max {
        let smaller = match (min, *max) {
            (Span::Days(a), Span::Days(b)) | (Span::Months(a), Span::Months(b)) => b < a,
            _ => false,
        };
        if smaller {
            return Err(at.key(max_key).err(format!("must be ≥ {min_key}")));
        }
    }
    Ok(Interval {
        after,
        min,
        recommended_max: recommended_max.map(|(s, _)| s),
    })
}

fn parse_label(at: &At<'_>, value: &Value) -> Result<Label, RuleError> {
    let map = at.object(value, &["id", "n", "period"])?;
    let id = message_id(&at.key("id"), required(map, at, "id")?)?;
    let expected: &[&str] = match ids::args_of(&id) {
        Some(args) if id.starts_with("schedule-dose-") => args,
        _ => {
            return Err(at
                .key("id")
                .err("must be one of the schedule-dose-… labels"))
        }
    };
    let mut args = BTreeMap::new();
    for name in expected {
        let v = required(map, at, name)?;
        let n = at.key(name).uint(v, 99)?;
        if n == 0 {
            return Err(at.key(name).err("must be > 0"));
        }
        args.insert((*name).to_owned(), n as i64);
    }
    if let Some(extra) = map
        .keys()
        .find(|k| k.as_str() != "id" && !expected.contains(&k.as_str()))
    {
        return Err(at.key(extra).err(format!("not an argument of {id}")));
    }
    Ok(Label { id, args })
}

fn parse_dose(at: &At<'_>, value: &Value, index: usize) -> Result<DoseRule, RuleError> {
    let map = at.object(
        value,
        &[
            "dose",
            "label",
            "window",
            "recommended",
            "intervals",
            "after_previous",
            "skippable",
            "skip_if_previous_from",
            "note",
        ],
    )?;
    let dose = at.key("dose").uint(required(map, at, "dose")?, 20)? as u8;
    if usize::from(dose) != index + 1 {
        return Err(at.key("dose").err(format!(
            "must be {} (doses are numbered in order)",
            index + 1
        )));
    }
    let intervals = match map.get("intervals") {
        Some(v) => parse_list(&at.key("intervals"), v, |a, v| parse_interval(a, v, dose))?,
        None => Vec::new(),
    };
    let skippable = flag(map, at, "skippable", false)?;
    let skip_if_previous_from = map
        .get("skip_if_previous_from")
        .map(|v| parse_age_point(&at.key("skip_if_previous_from"), v))
        .transpose()?;
    if dose == 1 {
        if skippable {
            return Err(at.key("skippable").err("the first dose cannot be skipped"));
        }
        if skip_if_previous_from.is_some() {
            return Err(at
                .key("skip_if_previous_from")
                .err("the first dose has no previous dose"));
        }
    }
    Ok(DoseRule {
        dose,
        label: map
            .get("label")
            .map(|v| parse_label(&at.key("label"), v))
            .transpose()?,
        window: map
            .get("window")
            .map(|v| parse_window(&at.key("window"), v))
            .transpose()?,
        recommended: map
            .get("recommended")
            .map(|v| parse_window(&at.key("recommended"), v))
            .transpose()?,
        intervals,
        after_previous: flag(map, at, "after_previous", true)?,
        skippable,
        skip_if_previous_from,
        note: note(map, at)?,
    })
}

fn parse_series(at: &At<'_>, value: &Value) -> Result<Series, RuleError> {
    let map = at.object(value, &["first_dose", "doses", "note"])?;
    let doses_at = at.key("doses");
    let doses = doses_at
        .array(required(map, at, "doses")?)?
        .iter()
        .enumerate()
        .map(|(i, v)| parse_dose(&doses_at.index(i), v, i))
        .collect::<Result<Vec<_>, _>>()?;
    if doses.is_empty() {
        return Err(doses_at.err("must list at least one dose"));
    }
    note(map, at)?;
    Ok(Series {
        first_dose: map
            .get("first_dose")
            .map(|v| parse_window(&at.key("first_dose"), v))
            .transpose()?,
        doses,
    })
}

fn parse_season(at: &At<'_>, value: &Value) -> Result<Season, RuleError> {
    let map = at.object(value, &["from_month", "until_month"])?;
    let month = |key: &str| -> Result<u32, RuleError> {
        let n = at.key(key).uint(required(map, at, key)?, 12)?;
        if n == 0 {
            return Err(at.key(key).err("must be a month 1–12"));
        }
        Ok(n as u32)
    };
    let season = Season {
        from_month: month("from_month")?,
        until_month: month("until_month")?,
    };
    if season.from_month == season.until_month {
        return Err(at.key("until_month").err("must differ from from_month"));
    }
    Ok(season)
}

/// Only "female" exists in the rules (HPV); a reason explains it to others.
fn parse_sex(at: &At<'_>, value: &Value) -> Result<Sex, RuleError> {
    match at.string(value)? {
        "female" => Ok(Sex::Female),
        _ => Err(at.err("must be \"female\"")),
    }
}

fn parse_vaccine(at: &At<'_>, value: &Value) -> Result<Vaccine, RuleError> {
    let map = at.object(
        value,
        &[
            "id",
            "name",
            "funded",
            "injected_live",
            "hard_limit",
            "sex",
            "window",
            "season",
            "counts_as",
            "replaced_by",
            "series",
            "subject",
            "routine_from",
            "cohorts",
            "note",
        ],
    )?;
    let id = VaccineId(identifier(&at.key("id"), required(map, at, "id")?)?);
    let name = message_id(&at.key("name"), required(map, at, "name")?)?;
    let funded = at.key("funded").boolean(required(map, at, "funded")?)?;
    let window = parse_window(&at.key("window"), required(map, at, "window")?)?;
    let series = parse_list(
        &at.key("series"),
        required(map, at, "series")?,
        parse_series,
    )?;
    if series.is_empty() {
        return Err(at.key("series").err("must list at least one series"));
    }
    check_series_order(&at.key("series"), &series)?;
    let subject = match map.get("subject") {
        None => VaccineSubject::Child,
        Some(v) => match at.key("subject").string(v)? {
            "child" => VaccineSubject::Child,
            "pregnancy" => VaccineSubject::Pregnancy,
            _ => return Err(at.key("subject").err("must be \"child\" or \"pregnancy\"")),
        },
    };
    if subject == VaccineSubject::Pregnancy {
        for key in ["sex", "season", "counts_as", "replaced_by"] {
            if map.contains_key(key) {
                return Err(at.key(key).err("not available for a pregnancy vaccine"));
            }
        }
    }
    let max_dose = series.iter().map(|s| s.doses.len()).max().unwrap_or(0);
    let cohorts = match map.get("cohorts") {
        Some(v) => parse_list(&at.key("cohorts"), v, |a, v| parse_cohort(a, v, max_dose))?,
        None => Vec::new(),
    };
    check_unique(&at.key("cohorts"), cohorts.iter().map(|c| c.id.as_str()))?;
    let counts_as = match map.get("counts_as") {
        Some(v) => parse_list(&at.key("counts_as"), v, |a, v| {
            identifier(a, v).map(VaccineId)
        })?,
        None => Vec::new(),
    };
    Ok(Vaccine {
        id,
        name,
        funded,
        injected_live: flag(map, at, "injected_live", false)?,
        hard_limit: flag(map, at, "hard_limit", false)?,
        sex: map
            .get("sex")
            .map(|v| parse_sex(&at.key("sex"), v))
            .transpose()?,
        window,
        season: map
            .get("season")
            .map(|v| parse_season(&at.key("season"), v))
            .transpose()?,
        counts_as,
        replaced_by: map
            .get("replaced_by")
            .map(|v| identifier(&at.key("replaced_by"), v).map(VaccineId))
            .transpose()?,
        series,
        subject,
        routine_from: map
            .get("routine_from")
            .map(|v| at.key("routine_from").date(v))
            .transpose()?,
        cohorts,
        note: note(map, at)?,
    })
}

fn parse_cohort(at: &At<'_>, value: &Value, max_dose: usize) -> Result<Cohort, RuleError> {
    let map = at.object(
        value,
        &[
            "id", "name", "born", "doses", "window", "since", "through", "note",
        ],
    )?;
    let born_at = at.key("born");
    let born = born_at.object(required(map, at, "born")?, &["from", "to"])?;
    let born_from = born_at
        .key("from")
        .date(required(born, &born_at, "from")?)?;
    let born_to = born_at.key("to").date(required(born, &born_at, "to")?)?;
    if born_to < born_from {
        return Err(born_at.key("to").err("must not be before from"));
    }
    let doses = parse_list(&at.key("doses"), required(map, at, "doses")?, |a, v| {
        let n = a.uint(v, 20)? as usize;
        if n == 0 || n > max_dose {
            return Err(a.err(format!("must be a dose of the series (1–{max_dose})")));
        }
        Ok(n as u8)
    })?;
    if doses.is_empty() {
        return Err(at.key("doses").err("must list at least one dose"));
    }
    let window = parse_window(&at.key("window"), required(map, at, "window")?)?;
    let through = map
        .get("through")
        .map(|v| at.key("through").date(v))
        .transpose()?;
    if window.until.is_none() && through.is_none() {
        return Err(at
            .key("through")
            .err("missing (the window has no until, so the cohort needs an end date)"));
    }
    let since = map
        .get("since")
        .map(|v| at.key("since").date(v))
        .transpose()?;
    if let Some(t) = through {
        if t < born_from || since.is_some_and(|s| t < s) {
            return Err(at
                .key("through")
                .err("must not be before born.from or since"));
        }
    }
    Ok(Cohort {
        id: identifier(&at.key("id"), required(map, at, "id")?)?,
        name: message_id(&at.key("name"), required(map, at, "name")?)?,
        born_from,
        born_to,
        doses,
        window,
        since,
        through,
        note: note(map, at)?,
    })
}

/// Several series need first-dose windows in ascending, non-overlapping order.
fn check_series_order(at: &At<'_>, series: &[Series]) -> Result<(), RuleError> {
    if series.len() == 1 {
        return Ok(());
    }
    for (i, s) in series.iter().enumerate() {
        if s.first_dose.is_none() {
            return Err(at
                .index(i)
                .key("first_dose")
                .err("missing (needed when there are several series)"));
        }
    }
    for (i, pair) in series.windows(2).enumerate() {
        let (Some(a), Some(b)) = (&pair[0].first_dose, &pair[1].first_dose) else {
            continue;
        };
        let here = at.index(i).key("first_dose").key("until");
        let Some(until) = a.until else {
            return Err(here.err("missing (a later series follows)"));
        };
        for birth in reference_births() {
            match (until.on(birth), b.from.on(birth)) {
                (Some(u), Some(f)) if u <= f => {}
                _ => {
                    return Err(here.err(format!(
                        "must not overlap series[{}].first_dose (born {birth})",
                        i + 1
                    )))
                }
            }
        }
    }
    Ok(())
}

fn parse_alternative(
    at: &At<'_>,
    value: &Value,
    vaccines: &[Vaccine],
) -> Result<Alternative, RuleError> {
    let map = at.object(value, &["id", "selectable", "routes", "note"])?;
    let id = identifier(&at.key("id"), required(map, at, "id")?)?;
    let routes = parse_list(&at.key("routes"), required(map, at, "routes")?, |a, v| {
        let route = parse_list(a, v, |b, v| {
            let id = VaccineId(identifier(b, v)?);
            if vaccines.iter().any(|x| x.id == id) {
                Ok(id)
            } else {
                Err(b.err(format!("unknown vaccine {id}")))
            }
        })?;
        if route.is_empty() {
            return Err(a.err("must list at least one vaccine"));
        }
        Ok(route)
    })?;
    if routes.len() < 2 {
        return Err(at.key("routes").err("must list at least two routes"));
    }
    Ok(Alternative {
        id,
        selectable: flag(map, at, "selectable", false)?,
        routes,
        note: note(map, at)?,
    })
}

fn parse_basis(at: &At<'_>, value: &Value) -> Result<Basis, RuleError> {
    match at.string(value)? {
        "law" => Ok(Basis::Law),
        "municipal" => Ok(Basis::Municipal),
        _ => Err(at.err("must be \"law\" or \"municipal\"")),
    }
}

fn parse_checkup(at: &At<'_>, value: &Value) -> Result<Checkup, RuleError> {
    let map = at.object(value, &["id", "name", "subject", "basis", "window", "note"])?;
    let subject_at = at.key("subject");
    let subject = match subject_at.string(required(map, at, "subject")?)? {
        "child" => CheckupSubject::Child,
        "postnatal" => CheckupSubject::Postnatal,
        _ => return Err(subject_at.err("must be \"child\" or \"postnatal\"")),
    };
    let window = parse_window(&at.key("window"), required(map, at, "window")?)?;
    if window.until.is_none() {
        return Err(at.key("window").key("until").err("missing"));
    }
    Ok(Checkup {
        id: CheckupId(identifier(&at.key("id"), required(map, at, "id")?)?),
        name: message_id(&at.key("name"), required(map, at, "name")?)?,
        subject,
        basis: parse_basis(&at.key("basis"), required(map, at, "basis")?)?,
        window,
        note: note(map, at)?,
    })
}

fn parse_prenatal(at: &At<'_>, value: &Value) -> Result<Prenatal, RuleError> {
    let map = at.object(
        value,
        &["id", "name", "basis", "standard_visits", "phases", "note"],
    )?;
    let phases = parse_list(&at.key("phases"), required(map, at, "phases")?, |a, v| {
        let m = a.object(v, &["from_week", "until_week", "every_weeks"])?;
        let week = |key: &str| -> Result<u32, RuleError> {
            Ok(a.key(key).uint(required(m, a, key)?, 45)? as u32)
        };
        let phase = Phase {
            from_week: week("from_week")?,
            until_week: week("until_week")?,
            every_weeks: week("every_weeks")?,
        };
        if phase.until_week <= phase.from_week {
            return Err(a.key("until_week").err("must be > from_week"));
        }
        if phase.every_weeks == 0 {
            return Err(a.key("every_weeks").err("must be > 0"));
        }
        Ok(phase)
    })?;
    if phases.is_empty() {
        return Err(at.key("phases").err("must list at least one phase"));
    }
    for (i, pair) in phases.windows(2).enumerate() {
        if pair[1].from_week < pair[0].until_week {
            return Err(at
                .key("phases")
                .index(i + 1)
                .key("from_week")
                .err("must not be before the previous phase's until_week"));
        }
    }
    let standard_visits = at
        .key("standard_visits")
        .uint(required(map, at, "standard_visits")?, 60)? as u32;
    let count = visits_of(&phases).len();
    if count != standard_visits as usize {
        return Err(at
            .key("standard_visits")
            .err(format!("phases give {count} visits")));
    }
    Ok(Prenatal {
        id: CheckupId(identifier(&at.key("id"), required(map, at, "id")?)?),
        name: message_id(&at.key("name"), required(map, at, "name")?)?,
        basis: parse_basis(&at.key("basis"), required(map, at, "basis")?)?,
        standard_visits,
        phases,
        note: note(map, at)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        Rules::from_json("t.json", text).unwrap_err().to_string()
    }

    const HEAD: &str = r#""as_of": "2026-04-01", "sources": ["test"]"#;

    fn vaccine(body: &str) -> String {
        format!(r#"{{ {HEAD}, "vaccines": [ {body} ] }}"#)
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let e = err("{\n  \"as_of\": ,\n}");
        assert!(e.starts_with("t.json: line 2, column"), "{e}");
    }

    #[test]
    fn top_level_needs_sources_and_date() {
        assert_eq!(err(r#"{"sources": ["x"]}"#), "t.json: as_of: missing");
        assert_eq!(
            err(r#"{"as_of": "2026-13-01", "sources": ["x"]}"#),
            "t.json: as_of: must be a date YYYY-MM-DD"
        );
        assert_eq!(
            err(r#"{"as_of": "2026-04-01", "sources": []}"#),
            "t.json: sources: must name at least one source"
        );
        assert_eq!(
            err(r#"{"as_of": "2026-04-01", "sources": ["x"], "extra": 1}"#),
            "t.json: extra: unknown field"
        );
    }

    #[test]
    fn interval_errors_name_the_field() {
        let e = err(&vaccine(
            r#"{"id": "a", "name": "schedule-vaccine-a", "funded": true,
                "window": {"from": {"months": 2}},
                "series": [{"doses": [{"dose": 1},
                    {"dose": 2, "intervals": [{"after": 1, "min_days": 0}]}]}]}"#,
        ));
        assert_eq!(
            e,
            "t.json: vaccines[0].series[0].doses[1].intervals[0].min_days: must be > 0"
        );
        let e = err(&vaccine(
            r#"{"id": "a", "name": "schedule-vaccine-a", "funded": true,
                "window": {"from": {"months": 2}},
                "series": [{"doses": [{"dose": 1},
                    {"dose": 2, "intervals": [{"after": 2, "min_days": 3}]}]}]}"#,
        ));
        assert_eq!(
            e,
            "t.json: vaccines[0].series[0].doses[1].intervals[0].after: must name an earlier dose"
        );
    }

    #[test]
    fn windows_must_open_before_they_close() {
        let e = err(&vaccine(
            r#"{"id": "a", "name": "schedule-vaccine-a", "funded": true,
                "window": {"from": {"months": 12}, "until": {"years": 1}},
                "series": [{"doses": [{"dose": 1}]}]}"#,
        ));
        assert!(
            e.starts_with("t.json: vaccines[0].window.until: must come after from"),
            "{e}"
        );
    }

    #[test]
    fn doses_are_numbered_in_order() {
        let e = err(&vaccine(
            r#"{"id": "a", "name": "schedule-vaccine-a", "funded": true,
                "window": {"from": {"months": 2}},
                "series": [{"doses": [{"dose": 1}, {"dose": 3}]}]}"#,
        ));
        assert_eq!(
            e,
            "t.json: vaccines[0].series[0].doses[1].dose: must be 2 (doses are numbered in order)"
        );
    }

    #[test]
    fn weeks_and_days_add_up() {
        let at = At::root("t");
        let p = parse_age_point(&at, &serde_json::json!({"weeks": 14, "days": 6})).unwrap();
        assert_eq!(
            p,
            AgePoint::AfterBirth {
                months: 0,
                days: 104
            }
        );
        let p = parse_age_point(&at, &serde_json::json!({"years": 1, "months": 6})).unwrap();
        assert_eq!(
            p,
            AgePoint::AfterBirth {
                months: 18,
                days: 0
            }
        );
    }

    #[test]
    fn seasons_cross_the_new_year() {
        let s = Season {
            from_month: 10,
            until_month: 2,
        };
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(
            s.around(d("2026-12-01")),
            Some((d("2026-10-01"), d("2027-02-01")))
        );
        assert_eq!(
            s.around(d("2027-01-31")),
            Some((d("2026-10-01"), d("2027-02-01")))
        );
        assert_eq!(
            s.around(d("2027-02-01")),
            Some((d("2027-10-01"), d("2028-02-01")))
        );
    }
}
