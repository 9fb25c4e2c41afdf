//! Growth: where a child's measurements sit on a growth reference.
//!
//! * [`tables`]: the reference LMS tables, kept as data in `assets/growth/`
//!   (WHO Child Growth Standards 2006, by day from birth to 1856 days; see
//!   `assets/growth/README.md` for sources and licences).
//! * [`zscore`], [`percentile`], [`value_at`], [`curve`]: the LMS method,
//!   with WHO's restricted z-scores beyond ±3 SD for weight and BMI.
//! * [`assess`]: a measurement's z-score, percentile and a gently worded
//!   Fluent message (inside or outside the 3rd–97th percentile band).
//! * [`age_for_growth`]: the age to plot, corrected for preterm birth.
//! * [`bmi`], [`kaup`], [`kaup_assessment`]: BMI / Kaup index and the
//!   conventional Japanese ranges for infants.
//! * [`chart_svg`]: a self-contained, accessible SVG growth chart.
//!
//! Ages are in days since birth (or corrected days), fractions allowed.
//! Nothing here does IO; texts are message ids for `locales/*/growth.ftl`
//! or come from the caller, so this module does not depend on i18n.
//!
//! Length/height: WHO's tables are for recumbent length before 731 days and
//! standing height from then on; measurements are taken to follow that
//! convention (as Japanese checkups do), no ±0.7 cm adjustment is applied.

mod age;
mod chart;
mod index;
mod lms;
mod normal;
mod set;
mod tables;

pub use age::{age_for_growth, GrowthAge, CORRECTED_UNTIL_MONTHS, PRETERM_BEFORE_DAYS};
pub use chart::{chart_svg, ChartLabels, ChartPoint, ChartSpec};
pub use index::{bmi, kaup, kaup_assessment, kaup_bands, KaupAssessment, KaupBand, KaupBands};
pub use lms::Lms;
pub use normal::{erf, erfc, normal_cdf, percentile};
pub use set::{tables, Tables};
pub use tables::{
    check_file as check_table_file, GrowthError, LmsTable, PercentileRow, PercentileTable, Segment,
    Source, TABLE_PERCENTILES,
};

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Days in an average month (365.25 / 12), WHO's conversion between the
/// monthly and daily tables.
pub const DAYS_PER_MONTH: f64 = 30.4375;

/// A growth reference the user can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reference {
    /// WHO Child Growth Standards (2006), 0–5 years.
    WhoStandard,
    /// 令和5年 乳幼児身体発育調査 (Japan, 2023; the curves of handbooks
    /// issued since FY2025): published 3rd–97th percentile values for weight
    /// and length/height from birth to six years (no head circumference or
    /// BMI tables: those lookups give `None`).
    Japan2023,
}

impl Default for Reference {
    fn default() -> Self {
        Reference::DEFAULT
    }
}

impl Reference {
    pub const ALL: [Reference; 2] = [Reference::Japan2023, Reference::WhoStandard];

    /// The reference a child's charts use unless the parent chooses
    /// otherwise: the Japanese curves, as in the paper handbook.
    pub const DEFAULT: Reference = Reference::Japan2023;

    /// Stable id (settings, command line): `japan-2023` or `who-2006`.
    pub fn parse(s: &str) -> Option<Reference> {
        Reference::ALL.into_iter().find(|r| r.data_id() == s)
    }

    /// Fluent id of the reference's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Reference::WhoStandard => "growth-reference-who",
            Reference::Japan2023 => "growth-reference-japan-2023",
        }
    }

    /// The `reference` field of its data files (and their folder name).
    pub fn data_id(self) -> &'static str {
        match self {
            Reference::WhoStandard => "who-2006",
            Reference::Japan2023 => "japan-2023",
        }
    }
}

/// What is measured against age.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Indicator {
    /// Weight (kg).
    WeightForAge,
    /// Recumbent length before 731 days, standing height after (cm).
    LengthHeightForAge,
    /// Head circumference (cm).
    HeadCircumferenceForAge,
    /// Body mass index, kg/m² (the same number as the Kaup index).
    BmiForAge,
}

impl Indicator {
    pub const ALL: [Indicator; 4] = [
        Indicator::WeightForAge,
        Indicator::LengthHeightForAge,
        Indicator::HeadCircumferenceForAge,
        Indicator::BmiForAge,
    ];

    /// Stable id, as in the data files (`weight-for-age`, …).
    pub fn id(self) -> &'static str {
        match self {
            Indicator::WeightForAge => "weight-for-age",
            Indicator::LengthHeightForAge => "length-height-for-age",
            Indicator::HeadCircumferenceForAge => "head-circumference-for-age",
            Indicator::BmiForAge => "bmi-for-age",
        }
    }

    /// Fluent id of the indicator's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Indicator::WeightForAge => "growth-indicator-weight",
            Indicator::LengthHeightForAge => "growth-indicator-length-height",
            Indicator::HeadCircumferenceForAge => "growth-indicator-head",
            Indicator::BmiForAge => "growth-indicator-bmi",
        }
    }

    /// The unit of the measurement.
    pub fn unit(self) -> Unit {
        match self {
            Indicator::WeightForAge => Unit::Kg,
            Indicator::LengthHeightForAge | Indicator::HeadCircumferenceForAge => Unit::Cm,
            Indicator::BmiForAge => Unit::KgPerM2,
        }
    }

    /// Whether WHO's restricted z-score applies beyond ±3 SD (weight-based
    /// indicators; not length/height or head circumference).
    pub fn restricted_z(self) -> bool {
        matches!(self, Indicator::WeightForAge | Indicator::BmiForAge)
    }
}

/// Sex of the child, as the references are split.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sex {
    Male,
    Female,
}

impl Sex {
    pub const ALL: [Sex; 2] = [Sex::Male, Sex::Female];

    /// Stable id, as in the data files.
    pub fn id(self) -> &'static str {
        match self {
            Sex::Male => "male",
            Sex::Female => "female",
        }
    }

    /// Fluent id of the word used on charts ("男の子" / "boys").
    pub fn message_id(self) -> &'static str {
        match self {
            Sex::Male => "growth-sex-male",
            Sex::Female => "growth-sex-female",
        }
    }
}

/// Unit of a measurement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Unit {
    #[serde(rename = "kg")]
    Kg,
    #[serde(rename = "cm")]
    Cm,
    #[serde(rename = "kg/m2")]
    KgPerM2,
}

impl Unit {
    /// The unit as written after a number (the same in Japanese and English).
    pub fn symbol(self) -> &'static str {
        match self {
            Unit::Kg => "kg",
            Unit::Cm => "cm",
            Unit::KgPerM2 => "kg/m²",
        }
    }
}

/// A percentile line drawn on charts.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PercentileLine {
    /// 3, 10, 25, 50, 75, 90 or 97.
    pub percentile: u8,
    /// Its z-score, Φ⁻¹(percentile / 100).
    pub z: f64,
}

/// The seven percentile lines of Japanese and WHO charts; 3rd–97th is "the band".
pub const PERCENTILE_LINES: [PercentileLine; 7] = [
    PercentileLine {
        percentile: 3,
        z: -1.880_793_608_151_251,
    },
    PercentileLine {
        percentile: 10,
        z: -1.281_551_565_544_601,
    },
    PercentileLine {
        percentile: 25,
        z: -0.674_489_750_196_081_7,
    },
    PercentileLine {
        percentile: 50,
        z: 0.0,
    },
    PercentileLine {
        percentile: 75,
        z: 0.674_489_750_196_081_7,
    },
    PercentileLine {
        percentile: 90,
        z: 1.281_551_565_544_601,
    },
    PercentileLine {
        percentile: 97,
        z: 1.880_793_608_151_251,
    },
];

/// z-score of the 3rd percentile, the band's lower edge.
pub const BAND_LOW_Z: f64 = PERCENTILE_LINES[0].z;
/// z-score of the 97th percentile, the band's upper edge.
pub const BAND_HIGH_Z: f64 = PERCENTILE_LINES[6].z;

/// Where a value sits relative to a range (the 3rd–97th percentile band, or
/// the Kaup index's usual range).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Position {
    Below,
    Within,
    Above,
}

impl Position {
    /// Position of a z-score relative to the 3rd–97th percentile band
    /// (edges included in the band).
    pub fn of_z(z: f64) -> Position {
        if z < BAND_LOW_Z {
            Position::Below
        } else if z > BAND_HIGH_Z {
            Position::Above
        } else {
            Position::Within
        }
    }
}

/// Fluent ids of the growth messages (`locales/*/growth.ftl`).
pub mod messages {
    /// `{ $percentile }`: inside the band, around that percentile.
    pub const POINT_PERCENTILE: &str = "growth-point-percentile";
    /// Below the 3rd percentile, softly worded.
    pub const OUTSIDE_BAND_LOW: &str = "growth-outside-band-low";
    /// Above the 97th percentile, softly worded.
    pub const OUTSIDE_BAND_HIGH: &str = "growth-outside-band-high";
    /// `{ $value } { $low } { $high }`: Kaup index within the usual range.
    pub const KAUP_WITHIN: &str = "growth-kaup-within";
    /// `{ $value } { $low } { $high }`: Kaup index below the usual range.
    pub const KAUP_BELOW: &str = "growth-kaup-below";
    /// `{ $value } { $low } { $high }`: Kaup index above the usual range.
    pub const KAUP_ABOVE: &str = "growth-kaup-above";
    /// Every id above.
    pub const ALL: [&str; 6] = [
        POINT_PERCENTILE,
        OUTSIDE_BAND_LOW,
        OUTSIDE_BAND_HIGH,
        KAUP_WITHIN,
        KAUP_BELOW,
        KAUP_ABOVE,
    ];
}

/// A message for the UI: a Fluent id and its numeric arguments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GrowthMessage {
    pub id: &'static str,
    pub args: BTreeMap<&'static str, f64>,
}

impl GrowthMessage {
    fn new(id: &'static str, args: &[(&'static str, f64)]) -> Self {
        GrowthMessage {
            id,
            args: args.iter().copied().collect(),
        }
    }
}

/// Where one measurement sits on a reference.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    /// z-score (restricted beyond ±3 SD for weight and BMI).
    pub z: f64,
    /// Percentile, 0–100, unrounded.
    pub percentile: f64,
    /// Relative to the 3rd–97th percentile band.
    pub position: Position,
    /// What to tell the parent.
    pub message: GrowthMessage,
}

impl Tables {
    /// The reference a chart of `indicator` uses when `chosen` is the
    /// child's: `chosen` where this set has a table for it, else WHO (the
    /// Japanese 2023 survey has no head circumference or BMI table here).
    /// Labels name the one returned.
    pub fn reference_for(&self, chosen: Reference, indicator: Indicator, sex: Sex) -> Reference {
        if self.covers(chosen, indicator, sex) {
            chosen
        } else {
            Reference::WhoStandard
        }
    }

    /// LMS of a reference at an age; `None` without a table or outside its
    /// ages.
    pub fn lms(
        &self,
        reference: Reference,
        indicator: Indicator,
        sex: Sex,
        age_days: f64,
    ) -> Option<Lms> {
        self.get(reference, indicator, sex)?.lms_at(age_days)
    }

    /// The z-score of `value` (in the indicator's unit) at `age_days`.
    ///
    /// Uses WHO's restricted z-score beyond ±3 SD for weight-for-age and
    /// BMI-for-age. For a published-percentile table (Japan 2023) the
    /// z-score is interpolated between the published percentiles
    /// ([`PercentileTable::z`]). `None` when the set has no table, the age
    /// is outside it (negative, or past 1856 days for WHO) or the value is
    /// not a positive number.
    pub fn zscore(
        &self,
        reference: Reference,
        indicator: Indicator,
        sex: Sex,
        age_days: f64,
        value: f64,
    ) -> Option<f64> {
        self.read(
            (reference, indicator, sex, age_days),
            |t| t.z(age_days, value),
            |lms, restricted| match restricted {
                true => lms.z_restricted(value),
                false => lms.z(value),
            },
        )
    }

    /// Reads a table at an age: `published` for a published-percentile
    /// table, else `model` with the LMS at that age and whether WHO's
    /// restricted z-score applies.
    fn read(
        &self,
        (reference, indicator, sex, age_days): (Reference, Indicator, Sex, f64),
        published: impl FnOnce(&PercentileTable) -> Option<f64>,
        model: impl FnOnce(Lms, bool) -> Option<f64>,
    ) -> Option<f64> {
        if let Some(table) = self.percentiles(reference, indicator, sex) {
            return published(table);
        }
        model(
            self.lms(reference, indicator, sex, age_days)?,
            indicator.restricted_z(),
        )
    }

    /// The measurement at z-score `z` and `age_days` (the inverse of
    /// [`Self::zscore`]); for a published-percentile table only between
    /// its 3rd and 97th percentiles.
    pub fn value_at(
        &self,
        reference: Reference,
        indicator: Indicator,
        sex: Sex,
        age_days: f64,
        z: f64,
    ) -> Option<f64> {
        self.read(
            (reference, indicator, sex, age_days),
            |t| t.value(age_days, z),
            |lms, restricted| match restricted {
                true => lms.value_restricted(z),
                false => lms.value(z),
            },
        )
    }

    /// z-score, percentile, band position and message for one measurement;
    /// `None` where [`Self::zscore`] is.
    pub fn assess(
        &self,
        reference: Reference,
        indicator: Indicator,
        sex: Sex,
        age_days: f64,
        value: f64,
    ) -> Option<Assessment> {
        let z = self.zscore(reference, indicator, sex, age_days, value)?;
        let percentile = percentile(z);
        let position = Position::of_z(z);
        let message = match position {
            Position::Below => GrowthMessage::new(messages::OUTSIDE_BAND_LOW, &[]),
            Position::Above => GrowthMessage::new(messages::OUTSIDE_BAND_HIGH, &[]),
            // Inside the band the rounded percentile is 3–97.
            Position::Within => GrowthMessage::new(
                messages::POINT_PERCENTILE,
                &[("percentile", percentile.round())],
            ),
        };
        Some(Assessment {
            z,
            percentile,
            position,
            message,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> &'static Tables {
        tables().unwrap()
    }

    #[test]
    fn percentile_lines_are_the_normal_quantiles() {
        for line in PERCENTILE_LINES {
            let p = percentile(line.z);
            assert!(
                (p - f64::from(line.percentile)).abs() < 1e-12,
                "{line:?} → {p}"
            );
        }
    }

    #[test]
    fn assessment_inside_and_outside_the_band() {
        let (r, i, s) = (Reference::WhoStandard, Indicator::WeightForAge, Sex::Male);
        let median = builtin().value_at(r, i, s, 0.0, 0.0).unwrap();
        let a = builtin().assess(r, i, s, 0.0, median).unwrap();
        assert_eq!(a.position, Position::Within);
        assert_eq!(a.message.id, messages::POINT_PERCENTILE);
        assert_eq!(a.message.args["percentile"], 50.0);
        let low = builtin().value_at(r, i, s, 0.0, -2.5).unwrap();
        let a = builtin().assess(r, i, s, 0.0, low).unwrap();
        assert_eq!(
            (a.position, a.message.id),
            (Position::Below, messages::OUTSIDE_BAND_LOW)
        );
        assert!(a.message.args.is_empty());
        let high = builtin().value_at(r, i, s, 0.0, 2.0).unwrap();
        assert_eq!(
            builtin().assess(r, i, s, 0.0, high).unwrap().message.id,
            messages::OUTSIDE_BAND_HIGH
        );
        // The band's edges belong to the band.
        assert_eq!(Position::of_z(BAND_LOW_Z), Position::Within);
        assert_eq!(Position::of_z(BAND_HIGH_Z), Position::Within);
    }

    #[test]
    fn the_chosen_reference_is_used_where_it_has_a_table() {
        for sex in Sex::ALL {
            let jp = Reference::Japan2023;
            assert_eq!(
                builtin().reference_for(jp, Indicator::WeightForAge, sex),
                jp
            );
            assert_eq!(
                builtin().reference_for(jp, Indicator::LengthHeightForAge, sex),
                jp
            );
            for i in [Indicator::HeadCircumferenceForAge, Indicator::BmiForAge] {
                assert_eq!(builtin().reference_for(jp, i, sex), Reference::WhoStandard);
            }
            for i in Indicator::ALL {
                assert_eq!(
                    builtin().reference_for(Reference::WhoStandard, i, sex),
                    Reference::WhoStandard
                );
            }
        }
    }

    #[test]
    fn no_table_or_bad_input_gives_none() {
        let (r, i, s) = (Reference::WhoStandard, Indicator::WeightForAge, Sex::Female);
        assert_eq!(
            builtin().zscore(
                Reference::Japan2023,
                Indicator::HeadCircumferenceForAge,
                s,
                100.0,
                40.0
            ),
            None
        );
        assert_eq!(builtin().zscore(r, i, s, -1.0, 5.0), None);
        assert_eq!(builtin().zscore(r, i, s, 1857.0, 18.0), None);
        assert_eq!(builtin().zscore(r, i, s, f64::NAN, 5.0), None);
        assert_eq!(builtin().zscore(r, i, s, 100.0, 0.0), None);
        assert_eq!(builtin().zscore(r, i, s, 100.0, -5.0), None);
        assert_eq!(builtin().zscore(r, i, s, 100.0, f64::INFINITY), None);
        assert!(builtin().assess(r, i, s, 100.0, f64::NAN).is_none());
        let covered = [-5.0, 0.0, 5000.0]
            .into_iter()
            .filter(|&age| builtin().value_at(r, i, s, age, 0.0).is_some());
        assert_eq!(covered.count(), 1);
    }
}
