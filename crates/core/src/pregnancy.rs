//! Gestational age (妊娠週数) from the expected date of delivery.
//!
//! Obstetric convention: the expected date is 40 weeks 0 days (280 days) after
//! the first day of the last menstrual period, so on a given day the
//! gestational age is `280 - (expected - today)` days, written "N週M日".

use crate::Date;
use serde::{Deserialize, Serialize};

/// Full term in days: 40 weeks 0 days.
pub const TERM_DAYS: i64 = 280;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct GestationalAge {
    pub weeks: u32,
    pub days: u32,
}

impl GestationalAge {
    pub fn total_days(&self) -> i64 {
        i64::from(self.weeks) * 7 + i64::from(self.days)
    }
}

/// Gestational age on `today` for a pregnancy expected on `expected`;
/// `None` when `today` lies before the pregnancy began (more than 280 days
/// before the expected date).
pub fn gestational_age_on(expected: Date, today: Date) -> Option<GestationalAge> {
    let elapsed = TERM_DAYS - (expected - today).num_days();
    if elapsed < 0 {
        return None;
    }
    Some(GestationalAge {
        weeks: (elapsed / 7) as u32,
        days: (elapsed % 7) as u32,
    })
}

/// Days from `today` until the expected date (negative once it has passed).
pub fn days_until_expected(expected: Date, today: Date) -> i64 {
    (expected - today).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn ga(expected: &str, today: &str) -> Option<(u32, u32)> {
        gestational_age_on(d(expected), d(today)).map(|g| (g.weeks, g.days))
    }

    #[test]
    fn on_the_expected_date_it_is_40_weeks() {
        assert_eq!(ga("2027-03-01", "2027-03-01"), Some((40, 0)));
    }

    #[test]
    fn weeks_and_days_count_back_from_the_expected_date() {
        // 2026-11-24 is 97 days before 2027-03-01: 183 days = 26w1d.
        assert_eq!(ga("2027-03-01", "2026-11-24"), Some((26, 1)));
        assert_eq!(ga("2027-03-01", "2027-02-28"), Some((39, 6)));
        assert_eq!(ga("2027-03-01", "2027-03-08"), Some((41, 0)));
    }

    #[test]
    fn the_first_day_is_0_weeks_0_days_and_before_it_there_is_none() {
        // 280 days before 2027-03-01 is 2026-05-25 (last menstrual period).
        assert_eq!(ga("2027-03-01", "2026-05-25"), Some((0, 0)));
        assert_eq!(ga("2027-03-01", "2026-05-24"), None);
    }

    #[test]
    fn leap_day_inside_the_pregnancy_is_counted() {
        // 2028 is a leap year: from 2028-02-01 to 2028-03-01 is 29 days.
        assert_eq!(ga("2028-03-01", "2028-02-01"), Some((35, 6)));
        assert_eq!(days_until_expected(d("2028-03-01"), d("2028-02-01")), 29);
    }

    #[test]
    fn total_days_roundtrip() {
        let g = gestational_age_on(d("2027-03-01"), d("2026-11-24")).unwrap();
        assert_eq!(g.total_days(), 183);
    }
}
