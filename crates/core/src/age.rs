//! A child's age in completed years, months and days.
//!
//! Convention (the one the paper handbook and Japanese clinics use): a month is
//! complete on the same day-of-month as the birth; when that day does not exist
//! in a month (born on the 31st, or on 29 February), the month is complete on
//! that month's last day. Each month-anniversary is counted from the birth date
//! itself, never chained from the previous one, so "born 31 January" reaches one
//! month on 28/29 February and two months on 31 March.

use crate::Date;
use chrono::Months;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Age {
    pub years: u32,
    pub months: u32,
    pub days: u32,
}

impl Age {
    /// Completed months since birth (years folded in), e.g. for checkup timing.
    pub fn total_months(&self) -> u32 {
        self.years * 12 + self.months
    }
}

/// The date on which `n` months since `birth` are complete (`None` only
/// beyond the calendar's range).
pub fn month_anniversary(birth: Date, n: u32) -> Option<Date> {
    birth.checked_add_months(Months::new(n))
}

/// Age on `today` of someone born on `birth`; `None` when `today` is before the birth.
pub fn age_on(birth: Date, today: Date) -> Option<Age> {
    if today < birth {
        return None;
    }
    // Upper bound from the calendar difference, then step back while the
    // anniversary lies after today (at most once, because of month-end clamping).
    let mut months = (today.year_month_index() - birth.year_month_index()) as u32;
    let anniversary = loop {
        let candidate = month_anniversary(birth, months)?;
        if candidate <= today {
            break candidate;
        }
        months -= 1;
    };
    let days = (today - anniversary).num_days() as u32;
    Some(Age {
        years: months / 12,
        months: months % 12,
        days,
    })
}

trait YearMonthIndex {
    fn year_month_index(&self) -> i64;
}

impl YearMonthIndex for Date {
    fn year_month_index(&self) -> i64 {
        use chrono::Datelike;
        i64::from(self.year()) * 12 + i64::from(self.month0())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn age(birth: &str, today: &str) -> (u32, u32, u32) {
        let a = age_on(d(birth), d(today)).expect("today after birth");
        (a.years, a.months, a.days)
    }

    #[test]
    fn newborn_on_birth_day_is_zero() {
        assert_eq!(age("2026-04-01", "2026-04-01"), (0, 0, 0));
    }

    #[test]
    fn plain_days_and_months() {
        assert_eq!(age("2026-04-01", "2026-04-12"), (0, 0, 11));
        assert_eq!(age("2026-04-01", "2026-05-01"), (0, 1, 0));
        assert_eq!(age("2026-04-15", "2026-06-14"), (0, 1, 30));
        assert_eq!(age("2023-11-24", "2026-11-24"), (3, 0, 0));
        assert_eq!(age("2023-11-25", "2026-11-24"), (2, 11, 30));
    }

    #[test]
    fn born_on_the_31st_completes_months_at_month_end() {
        assert_eq!(age("2026-01-31", "2026-02-27"), (0, 0, 27));
        assert_eq!(age("2026-01-31", "2026-02-28"), (0, 1, 0));
        assert_eq!(age("2026-01-31", "2026-03-30"), (0, 1, 30));
        assert_eq!(age("2026-01-31", "2026-03-31"), (0, 2, 0));
        assert_eq!(age("2026-01-31", "2026-04-30"), (0, 3, 0));
        assert_eq!(age("2026-03-31", "2026-04-30"), (0, 1, 0));
        assert_eq!(age("2026-03-31", "2026-05-01"), (0, 1, 1));
    }

    #[test]
    fn leap_years() {
        // Born in a leap February: one month on 29 March 2024 (plain), the
        // first birthday on 28 February 2025 (no 29th that year).
        assert_eq!(age("2024-02-29", "2024-03-28"), (0, 0, 28));
        assert_eq!(age("2024-02-29", "2024-03-29"), (0, 1, 0));
        assert_eq!(age("2024-02-29", "2025-02-27"), (0, 11, 29));
        assert_eq!(age("2024-02-29", "2025-02-28"), (1, 0, 0));
        assert_eq!(age("2024-02-29", "2025-03-01"), (1, 0, 1));
        assert_eq!(age("2024-02-29", "2028-02-29"), (4, 0, 0));
        // Born 31 January in a leap year: one month on 29 February.
        assert_eq!(age("2024-01-31", "2024-02-28"), (0, 0, 28));
        assert_eq!(age("2024-01-31", "2024-02-29"), (0, 1, 0));
        // Days are counted across the leap day.
        assert_eq!(age("2024-02-28", "2024-03-27"), (0, 0, 28));
    }

    #[test]
    fn before_birth_has_no_age() {
        assert_eq!(age_on(d("2026-05-01"), d("2026-04-30")), None);
    }

    #[test]
    fn total_months_folds_years() {
        let a = age_on(d("2025-05-20"), d("2026-11-24")).unwrap();
        assert_eq!(a.total_months(), 18);
    }

    #[test]
    fn age_never_decreases_day_by_day() {
        // Walk every day of four years for births on awkward days: the age
        // (as an ordered triple) must grow strictly every day.
        for birth in [
            "2023-01-29",
            "2023-01-30",
            "2023-01-31",
            "2024-02-29",
            "2023-12-31",
        ] {
            let birth = d(birth);
            let mut prev = age_on(birth, birth).unwrap();
            let mut day = birth;
            for _ in 0..(4 * 366) {
                day = day.succ_opt().unwrap();
                let next = age_on(birth, day).unwrap();
                assert!(next > prev, "{birth}: {prev:?} then {next:?} on {day}");
                assert!(next.days <= 30, "{birth} on {day}: {next:?}");
                prev = next;
            }
        }
    }
}
