//! Calendar arithmetic of the schedule, all overflow-safe (`None` instead of
//! a panic, which only happens for dates thousands of years away).

use crate::Date;
use chrono::{Datelike, Days, Months};

/// The date on which `months` months since `start` are complete, with
/// [`crate::age`]'s convention (same day of month, clamped to the month end).
pub(crate) fn add_months(start: Date, months: u32) -> Option<Date> {
    start.checked_add_months(Months::new(months))
}

pub(crate) fn add_days(start: Date, days: u64) -> Option<Date> {
    start.checked_add_days(Days::new(days))
}

pub(crate) fn sub_days(start: Date, days: u64) -> Option<Date> {
    start.checked_sub_days(Days::new(days))
}

/// The last day before `date`.
pub(crate) fn day_before(date: Date) -> Option<Date> {
    date.pred_opt()
}

/// 1 April starting the school/fiscal year (4月1日〜3月31日) in which someone
/// born on `birth` legally reaches `age` years. By 年齢計算ニ関スル法律 a
/// person reaches an age on the day before the birthday, which is why a child
/// born on 1 April is in the school year above one born on 2 April.
pub(crate) fn fiscal_year_start_of_age(birth: Date, age: u32) -> Option<Date> {
    let birthday = add_months(birth, age.checked_mul(12)?)?;
    let reached = day_before(birthday)?;
    let year = if reached.month() >= 4 {
        reached.year()
    } else {
        reached.year() - 1
    };
    Date::from_ymd_opt(year, 4, 1)
}

/// Whole days from `a` to `b` (negative when `b` is earlier).
pub(crate) fn days_between(a: Date, b: Date) -> i64 {
    (b - a).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn school_year_follows_the_legal_age() {
        // Born 1 April: turns 7 (legally) on 31 March, so 小学1年 from the
        // April a year earlier, with the children born the previous year.
        assert_eq!(
            fiscal_year_start_of_age(d("2020-04-01"), 7),
            Some(d("2026-04-01"))
        );
        assert_eq!(
            fiscal_year_start_of_age(d("2020-04-02"), 7),
            Some(d("2027-04-01"))
        );
        assert_eq!(
            fiscal_year_start_of_age(d("2020-03-31"), 7),
            Some(d("2026-04-01"))
        );
        assert_eq!(
            fiscal_year_start_of_age(d("2019-12-25"), 7),
            Some(d("2026-04-01"))
        );
    }

    #[test]
    fn months_clamp_to_month_end() {
        assert_eq!(add_months(d("2026-01-31"), 1), Some(d("2026-02-28")));
        assert_eq!(add_months(d("2024-02-29"), 12), Some(d("2025-02-28")));
    }
}
