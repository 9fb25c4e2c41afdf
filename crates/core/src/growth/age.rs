//! The age at which a measurement is compared with a reference: corrected
//! age (修正月齢) for children born preterm.
//!
//! Rule (as in Japanese and international practice): for a child born before
//! 37 weeks 0 days, corrected age = chronological age − (40 weeks −
//! gestational age at birth), used until the child's second birthday
//! (chronological); from then on, and for every child born at term, the
//! chronological age.

use crate::pregnancy::{GestationalAge, TERM_DAYS};
use crate::Date;
use chrono::Months;
use serde::{Deserialize, Serialize};

/// Born before this many days of gestation (37 weeks 0 days) is preterm.
pub const PRETERM_BEFORE_DAYS: i64 = 37 * 7;
/// Corrected age is used until this many months of chronological age.
pub const CORRECTED_UNTIL_MONTHS: u32 = 24;

/// Plausible gestational ages at birth (inclusive), in completed weeks.
const GESTATION_WEEKS: (u32, u32) = (20, 45);

/// Age in days for growth charts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct GrowthAge {
    /// Days since birth, or corrected days (negative before the due date,
    /// where term references do not apply).
    pub days: i64,
    /// Whether `days` is a corrected age.
    pub corrected: bool,
}

impl GrowthAge {
    /// The age in days as the growth functions take it.
    pub fn days_f64(&self) -> f64 {
        self.days as f64
    }

    /// The age in average months (days / 30.4375), e.g. for a chart's x axis.
    pub fn months(&self) -> f64 {
        self.days as f64 / super::DAYS_PER_MONTH
    }
}

/// Age on `on` for a child born on `birth` at `gestation` weeks + days
/// (`None` when unknown: treated as term).
///
/// `None` when `on` is before the birth, or the gestational age is not
/// plausible (days over 6, weeks outside 20–45).
pub fn age_for_growth(
    birth: Date,
    gestation: Option<GestationalAge>,
    on: Date,
) -> Option<GrowthAge> {
    let chronological = (on - birth).num_days();
    if chronological < 0 {
        return None;
    }
    let chronological_age = GrowthAge {
        days: chronological,
        corrected: false,
    };
    let Some(gestation) = gestation else {
        return Some(chronological_age);
    };
    if gestation.days > 6 || !(GESTATION_WEEKS.0..=GESTATION_WEEKS.1).contains(&gestation.weeks) {
        return None;
    }
    let gestation_days = gestation.total_days();
    let second_birthday = birth.checked_add_months(Months::new(CORRECTED_UNTIL_MONTHS))?;
    if gestation_days >= PRETERM_BEFORE_DAYS || on >= second_birthday {
        return Some(chronological_age);
    }
    Some(GrowthAge {
        days: chronological - (TERM_DAYS - gestation_days),
        corrected: true,
    })
}
