//! Reference tables kept as data: the LMS parameters of each reference,
//! indicator and sex by age, embedded from `assets/growth/` at build time,
//! parsed and validated once on first use.
//!
//! File format (`assets/growth/<reference>/<indicator>.json`, written by
//! `assets/growth/convert.py`):
//!
//! ```json
//! { "reference": "who-2006", "indicator": "weight-for-age", "unit": "kg",
//!   "source": { "title": "…", "url": "…", "package": "…", "package_license": "…" },
//!   "sexes": { "male":   [ { "first_day": 0, "step_days": 1, "lms": [[L, M, S], …] } ],
//!              "female": [ … ] } }
//! ```
//!
//! A sex has one or more *segments*, each a run of rows `step_days` apart
//! starting at `first_day` (so a monthly table has `step_days` 30.4375).
//! Length/height and BMI have two: recumbent length before 731 days and
//! standing height from 731 days, as in the WHO tables.

use super::lms::Lms;
use super::{Indicator, Reference, Sex, Unit, PERCENTILE_LINES};
use serde::{Deserialize, Serialize};

/// A reference table that does not load. Embedded data is checked by the
/// tests, so users should never meet one; it is still an error, not a panic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("growth data {file}: {reason}")]
pub struct GrowthError {
    /// The embedded file, relative to `assets/growth/`.
    pub file: String,
    /// What is wrong with it.
    pub reason: String,
}

/// Where a table comes from, as named in its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The reference and table, e.g. "WHO Child Growth Standards (2006), …".
    pub title: String,
    /// The original publisher's page.
    pub url: String,
    /// The package the numbers were taken from, with its version.
    pub package: String,
    /// That package's licence.
    pub package_license: String,
}

/// A run of LMS rows at equally spaced ages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    first_day: f64,
    step_days: f64,
    measured: Option<String>,
    lms: Vec<Lms>,
}

impl Segment {
    /// Age of the first row, in days.
    pub fn first_day(&self) -> f64 {
        self.first_day
    }

    /// Age of the last row, in days.
    pub fn last_day(&self) -> f64 {
        self.first_day + self.step_days * (self.lms.len().saturating_sub(1)) as f64
    }

    /// How the measurement is taken in this age range, when the table says
    /// (e.g. "recumbent length", "standing height").
    pub fn measured(&self) -> Option<&str> {
        self.measured.as_deref()
    }

    /// The rows, `step_days` apart from `first_day` on.
    pub fn rows(&self) -> &[Lms] {
        &self.lms
    }

    /// LMS at `age_days`, interpolated linearly between neighbouring rows;
    /// `None` outside `first_day..=last_day`.
    pub fn lms_at(&self, age_days: f64) -> Option<Lms> {
        let position = (age_days - self.first_day) / self.step_days;
        let last = self.lms.len().checked_sub(1)?;
        if !(position >= 0.0 && position <= last as f64 + 1e-9) {
            return None;
        }
        let index = (position.floor() as usize).min(last);
        if index == last {
            return Some(self.lms[last]);
        }
        Some(self.lms[index].lerp(&self.lms[index + 1], position - index as f64))
    }
}

/// The LMS table of one reference, indicator and sex.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LmsTable {
    unit: Unit,
    source: Source,
    segments: Vec<Segment>,
}

impl LmsTable {
    /// The unit of the measurement.
    pub fn unit(&self) -> Unit {
        self.unit
    }

    /// Where the numbers come from.
    pub fn source(&self) -> &Source {
        &self.source
    }

    /// The segments in age order (non-empty, non-overlapping).
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// Youngest age covered, in days.
    pub fn first_day(&self) -> f64 {
        self.segments.first().map_or(0.0, Segment::first_day)
    }

    /// Oldest age covered, in days.
    pub fn last_day(&self) -> f64 {
        self.segments.last().map_or(0.0, Segment::last_day)
    }

    /// LMS at `age_days` (fractions allowed), interpolated linearly between
    /// table ages. An age between two segments (e.g. 730.5 days) belongs to
    /// the earlier one, as WHO uses length until the day before 731 days.
    /// `None` before the first or after the last age.
    pub fn lms_at(&self, age_days: f64) -> Option<Lms> {
        if !age_days.is_finite() {
            return None;
        }
        for (i, segment) in self.segments.iter().enumerate() {
            if age_days < segment.first_day() {
                return None;
            }
            if age_days <= segment.last_day() {
                return segment.lms_at(age_days);
            }
            let next_starts = self.segments.get(i + 1).map(Segment::first_day);
            if next_starts.is_some_and(|next| age_days < next) {
                return segment.lms.last().copied();
            }
        }
        None
    }
}

/// The percentiles a published table gives at each age (3rd … 97th).
pub const TABLE_PERCENTILES: [u8; 7] = [3, 10, 25, 50, 75, 90, 97];

/// One row of a published-percentile table: the values of the 3rd, 10th,
/// 25th, 50th, 75th, 90th and 97th percentiles at an age.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PercentileRow {
    /// Age in days (a survey's age band is placed at its middle).
    pub age_days: f64,
    /// The band as the source names it (e.g. 「1〜2か月未満」).
    pub label: String,
    /// Values, increasing, in [`TABLE_PERCENTILES`] order.
    pub values: [f64; 7],
}

/// A table of published percentile values by age (the Japanese 令和5年
/// 乳幼児身体発育調査), used without fitting a model to it: between two ages
/// each percentile's value is interpolated linearly; between two
/// percentiles a value is placed linearly in z-score, so a value equal to
/// a published one gets exactly that percentile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PercentileTable {
    unit: Unit,
    source: Source,
    rows: Vec<PercentileRow>,
}

impl PercentileTable {
    pub fn unit(&self) -> Unit {
        self.unit
    }

    pub fn source(&self) -> &Source {
        &self.source
    }

    /// The rows in age order (at least two, ages increasing).
    pub fn rows(&self) -> &[PercentileRow] {
        &self.rows
    }

    pub fn first_day(&self) -> f64 {
        self.rows.first().map_or(0.0, |r| r.age_days)
    }

    pub fn last_day(&self) -> f64 {
        self.rows.last().map_or(0.0, |r| r.age_days)
    }

    /// The seven percentile values at `age_days`, interpolated linearly
    /// between the neighbouring rows; `None` outside the table's ages.
    pub fn values_at(&self, age_days: f64) -> Option<[f64; 7]> {
        if !(age_days >= self.first_day() && age_days <= self.last_day()) {
            return None;
        }
        let next = self
            .rows
            .iter()
            .position(|r| r.age_days >= age_days)
            .unwrap_or(self.rows.len() - 1);
        let b = &self.rows[next];
        if next == 0 || b.age_days == age_days {
            return Some(b.values);
        }
        let a = &self.rows[next - 1];
        let t = (age_days - a.age_days) / (b.age_days - a.age_days);
        Some(std::array::from_fn(|k| {
            a.values[k] + (b.values[k] - a.values[k]) * t
        }))
    }

    /// The z-score of `value` at `age_days`: linear in z between the
    /// published percentiles (whose z-scores are [`PERCENTILE_LINES`]);
    /// below the 3rd or above the 97th percentile continued with the slope
    /// of the outermost interval (such a z only says "outside the band").
    /// `None` outside the table's ages or for a value that is not positive.
    pub fn z(&self, age_days: f64, value: f64) -> Option<f64> {
        if !(value.is_finite() && value > 0.0) {
            return None;
        }
        let v = self.values_at(age_days)?;
        let z = PERCENTILE_LINES.map(|l| l.z);
        let k = (0..6).find(|&k| value <= v[k + 1]).unwrap_or(5);
        let t = (value - v[k]) / (v[k + 1] - v[k]);
        // In this form a published value gives its percentile's z exactly.
        Some(z[k] * (1.0 - t) + z[k + 1] * t)
    }

    /// The value at z-score `z` and `age_days` (the inverse of [`Self::z`])
    /// within the published range only: `None` beyond the 3rd and 97th
    /// percentiles, where the table says nothing.
    pub fn value(&self, age_days: f64, z: f64) -> Option<f64> {
        let lines = PERCENTILE_LINES.map(|l| l.z);
        const EPS: f64 = 1e-9;
        if !(z >= lines[0] - EPS && z <= lines[6] + EPS) {
            return None;
        }
        let v = self.values_at(age_days)?;
        let k = (0..6).find(|&k| z <= lines[k + 1]).unwrap_or(5);
        let t = ((z - lines[k]) / (lines[k + 1] - lines[k])).clamp(0.0, 1.0);
        Some(v[k] * (1.0 - t) + v[k + 1] * t)
    }
}

/// One table file: reference, indicator, path (for messages) and text.
struct Embedded<'a> {
    reference: Reference,
    indicator: Indicator,
    file: &'a str,
    text: &'a str,
}

macro_rules! embed {
    ($reference:expr, $indicator:expr, $file:literal) => {
        Embedded {
            reference: $reference,
            indicator: $indicator,
            file: $file,
            text: include_str!(concat!("../../../../assets/growth/", $file)),
        }
    };
}

const EMBEDDED: [Embedded<'static>; 4] = [
    embed!(
        Reference::WhoStandard,
        Indicator::WeightForAge,
        "who-2006/weight-for-age.json"
    ),
    embed!(
        Reference::WhoStandard,
        Indicator::LengthHeightForAge,
        "who-2006/length-height-for-age.json"
    ),
    embed!(
        Reference::WhoStandard,
        Indicator::HeadCircumferenceForAge,
        "who-2006/head-circumference-for-age.json"
    ),
    embed!(
        Reference::WhoStandard,
        Indicator::BmiForAge,
        "who-2006/bmi-for-age.json"
    ),
];

const EMBEDDED_PERCENTILES: [Embedded<'static>; 2] = [
    embed!(
        Reference::Japan2023,
        Indicator::WeightForAge,
        "japan-2023/weight-for-age.json"
    ),
    embed!(
        Reference::Japan2023,
        Indicator::LengthHeightForAge,
        "japan-2023/length-height-for-age.json"
    ),
];

#[derive(Deserialize)]
struct PercentileFile {
    reference: String,
    indicator: String,
    unit: Unit,
    source: Source,
    percentiles: Vec<u8>,
    sexes: Sexes<PercentileRowFile>,
}

/// Each sex's rows of a table file.
#[derive(Deserialize)]
struct Sexes<R> {
    male: Vec<R>,
    female: Vec<R>,
}

#[derive(Deserialize)]
struct PercentileRowFile {
    age_days: f64,
    label: String,
    values: [f64; 7],
}

#[derive(Deserialize)]
struct TableFile {
    reference: String,
    indicator: String,
    unit: Unit,
    source: Source,
    sexes: Sexes<SegmentFile>,
}

#[derive(Deserialize)]
struct SegmentFile {
    first_day: f64,
    step_days: f64,
    #[serde(default)]
    measured: Option<String>,
    lms: Vec<[f64; 3]>,
}

/// The embedded table files: (path under `assets/growth/`, text).
pub(super) fn embedded_files() -> impl Iterator<Item = (&'static str, &'static str)> {
    EMBEDDED
        .iter()
        .chain(&EMBEDDED_PERCENTILES)
        .map(|e| (e.file, e.text))
}

/// A table file parsed: its reference and indicator, and a table per sex.
pub(super) enum Parsed {
    Lms((Reference, Indicator), Vec<(Sex, LmsTable)>),
    Percentiles((Reference, Indicator), Vec<(Sex, PercentileTable)>),
}

/// Parses a growth table file given as `file` (its path under
/// `assets/growth/`, e.g. `who-2006/weight-for-age.json`) and `text` exactly
/// as the embedded one of that path is; a path that is not one of the
/// tables is refused.
pub(super) fn parse_file(file: &str, text: &str) -> Result<Parsed, GrowthError> {
    let with = |e: &Embedded<'_>| Embedded {
        reference: e.reference,
        indicator: e.indicator,
        file,
        text,
    };
    if let Some(e) = EMBEDDED.iter().find(|e| e.file == file) {
        return Ok(Parsed::Lms(
            (e.reference, e.indicator),
            parse_lms(&with(e))?,
        ));
    }
    if let Some(e) = EMBEDDED_PERCENTILES.iter().find(|e| e.file == file) {
        return Ok(Parsed::Percentiles(
            (e.reference, e.indicator),
            parse_percentiles(&with(e))?,
        ));
    }
    Err(GrowthError {
        file: file.to_owned(),
        reason: "not a growth table this version knows".into(),
    })
}

/// Checks a growth table file (see `Tables::from_files`).
pub fn check_file(file: &str, text: &str) -> Result<(), GrowthError> {
    parse_file(file, text).map(drop)
}

impl Embedded<'_> {
    /// A problem of this file.
    fn error(&self, reason: String) -> GrowthError {
        GrowthError {
            file: self.file.to_owned(),
            reason,
        }
    }

    /// Checks that a file is of the reference, indicator and unit it is
    /// embedded as.
    fn check_head(&self, reference: &str, indicator: &str, unit: Unit) -> Result<(), GrowthError> {
        if reference != self.reference.data_id() {
            return Err(self.error(format!("reference is {reference:?}")));
        }
        if indicator != self.indicator.id() {
            return Err(self.error(format!("indicator is {indicator:?}")));
        }
        if unit != self.indicator.unit() {
            return Err(self.error(format!("unit is {unit:?}")));
        }
        Ok(())
    }

    /// Each sex's table made from its rows by `table`; a problem is
    /// named with the sex.
    fn per_sex<R, T>(
        &self,
        sexes: Sexes<R>,
        table: impl Fn(Vec<R>) -> Result<T, String>,
    ) -> Result<Vec<(Sex, T)>, GrowthError> {
        [(Sex::Male, sexes.male), (Sex::Female, sexes.female)]
            .into_iter()
            .map(|(sex, rows)| {
                let t =
                    table(rows).map_err(|reason| self.error(format!("{}: {reason}", sex.id())))?;
                Ok((sex, t))
            })
            .collect()
    }
}

fn parse_lms(embedded: &Embedded<'_>) -> Result<Vec<(Sex, LmsTable)>, GrowthError> {
    let file: TableFile =
        serde_json::from_str(embedded.text).map_err(|e| embedded.error(e.to_string()))?;
    embedded.check_head(&file.reference, &file.indicator, file.unit)?;
    embedded.per_sex(file.sexes, |segments| {
        Ok(LmsTable {
            unit: file.unit,
            source: file.source.clone(),
            segments: validate_segments(segments)?,
        })
    })
}

fn parse_percentiles(embedded: &Embedded<'_>) -> Result<Vec<(Sex, PercentileTable)>, GrowthError> {
    let file: PercentileFile =
        serde_json::from_str(embedded.text).map_err(|e| embedded.error(e.to_string()))?;
    embedded.check_head(&file.reference, &file.indicator, file.unit)?;
    if file.percentiles != TABLE_PERCENTILES {
        return Err(embedded.error(format!("percentiles are {:?}", file.percentiles)));
    }
    embedded.per_sex(file.sexes, |rows| {
        Ok(PercentileTable {
            unit: file.unit,
            source: file.source.clone(),
            rows: validate_percentile_rows(rows)?,
        })
    })
}

/// Checks a sex's percentile rows: at least two; ages finite, ≥ 0 and
/// increasing; each row's values finite, positive and increasing.
fn validate_percentile_rows(files: Vec<PercentileRowFile>) -> Result<Vec<PercentileRow>, String> {
    if files.len() < 2 {
        return Err("fewer than two rows".into());
    }
    let mut rows: Vec<PercentileRow> = Vec::with_capacity(files.len());
    for (i, row) in files.into_iter().enumerate() {
        if !(row.age_days.is_finite() && row.age_days >= 0.0) {
            return Err(format!("row {i}: age_days {}", row.age_days));
        }
        if rows.last().is_some_and(|p| row.age_days <= p.age_days) {
            return Err(format!("row {i}: ages must increase"));
        }
        if !row.values.iter().all(|v| v.is_finite() && *v > 0.0)
            || !row.values.windows(2).all(|w| w[0] < w[1])
        {
            return Err(format!(
                "row {i}: values must be positive and increasing: {:?}",
                row.values
            ));
        }
        rows.push(PercentileRow {
            age_days: row.age_days,
            label: row.label,
            values: row.values,
        });
    }
    Ok(rows)
}

/// Checks a sex's segments: at least one; each with a finite start ≥ 0, a
/// positive step (so ages increase), rows with finite L, M > 0 and S > 0;
/// each segment starting after the previous one ends.
fn validate_segments(files: Vec<SegmentFile>) -> Result<Vec<Segment>, String> {
    if files.is_empty() {
        return Err("no segments".into());
    }
    let mut segments: Vec<Segment> = Vec::with_capacity(files.len());
    for (i, file) in files.into_iter().enumerate() {
        if !(file.first_day.is_finite() && file.first_day >= 0.0) {
            return Err(format!("segment {i}: first_day {}", file.first_day));
        }
        if !(file.step_days.is_finite() && file.step_days > 0.0) {
            return Err(format!("segment {i}: step_days {}", file.step_days));
        }
        if file.lms.is_empty() {
            return Err(format!("segment {i}: no rows"));
        }
        let lms: Vec<Lms> = file.lms.iter().map(|&[l, m, s]| Lms { l, m, s }).collect();
        if let Some(row) = lms.iter().position(|lms| !lms.is_valid()) {
            return Err(format!(
                "segment {i}, row {row}: invalid LMS {:?}",
                lms[row]
            ));
        }
        let segment = Segment {
            first_day: file.first_day,
            step_days: file.step_days,
            measured: file.measured,
            lms,
        };
        if let Some(previous) = segments.last() {
            if segment.first_day <= previous.last_day() {
                return Err(format!("segment {i} starts before segment {} ends", i - 1));
            }
        }
        segments.push(segment);
    }
    Ok(segments)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segment(first_day: f64, step_days: f64, rows: &[[f64; 3]]) -> SegmentFile {
        SegmentFile {
            first_day,
            step_days,
            measured: None,
            lms: rows.to_vec(),
        }
    }

    #[test]
    fn validation_rejects_bad_tables() {
        let ok = [1.0, 3.0, 0.1];
        assert!(validate_segments(vec![]).is_err());
        assert!(validate_segments(vec![segment(0.0, 0.0, &[ok])]).is_err());
        assert!(validate_segments(vec![segment(0.0, -1.0, &[ok])]).is_err());
        assert!(validate_segments(vec![segment(-1.0, 1.0, &[ok])]).is_err());
        assert!(validate_segments(vec![segment(f64::NAN, 1.0, &[ok])]).is_err());
        assert!(validate_segments(vec![segment(0.0, 1.0, &[])]).is_err());
        assert!(validate_segments(vec![segment(0.0, 1.0, &[ok, [1.0, 0.0, 0.1]])]).is_err());
        assert!(validate_segments(vec![segment(0.0, 1.0, &[ok, [1.0, 3.0, 0.0]])]).is_err());
        assert!(validate_segments(vec![segment(0.0, 1.0, &[[f64::NAN, 3.0, 0.1]])]).is_err());
        // Overlapping segments: the second must start after day 1.
        assert!(
            validate_segments(vec![segment(0.0, 1.0, &[ok, ok]), segment(1.0, 1.0, &[ok])])
                .is_err()
        );
        assert!(
            validate_segments(vec![segment(0.0, 1.0, &[ok, ok]), segment(2.0, 1.0, &[ok])]).is_ok()
        );
    }

    #[test]
    fn interpolation_is_linear_between_rows_and_gaps_belong_to_the_earlier_segment() {
        let table = LmsTable {
            unit: Unit::Cm,
            source: Source {
                title: String::new(),
                url: String::new(),
                package: String::new(),
                package_license: String::new(),
            },
            segments: validate_segments(vec![
                segment(0.0, 10.0, &[[1.0, 50.0, 0.04], [1.0, 60.0, 0.02]]),
                segment(11.0, 10.0, &[[1.0, 58.0, 0.03], [1.0, 68.0, 0.03]]),
            ])
            .unwrap(),
        };
        let at = |d: f64| table.lms_at(d).map(|l| (l.m, l.s));
        assert_eq!(at(0.0), Some((50.0, 0.04)));
        let (m, s) = at(2.5).unwrap();
        assert!((m - 52.5).abs() < 1e-12 && (s - 0.035).abs() < 1e-12);
        assert_eq!(at(10.0), Some((60.0, 0.02)));
        assert_eq!(at(10.5), Some((60.0, 0.02)));
        assert_eq!(at(11.0), Some((58.0, 0.03)));
        assert_eq!(at(21.0), Some((68.0, 0.03)));
        assert_eq!(at(21.5), None);
        assert_eq!(at(-0.5), None);
        assert_eq!(at(f64::NAN), None);
    }
}
