//! Proleptic Gregorian dates as day numbers (days since 1970-01-01), without a
//! date library: enough for the bulk family, questionnaire dates and the
//! `received_at` timestamp.

use std::time::{SystemTime, UNIX_EPOCH};

/// The day number of `y-m-d` (`m` 1..=12, `d` 1..=31; not checked).
pub(crate) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let (m, d) = (i64::from(m), i64::from(d));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The `(year, month, day)` of a day number.
pub(crate) fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Parses a calendar date written exactly `YYYY-MM-DD`.
pub(crate) fn parse_date(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |from: usize, to: usize| -> Option<u32> {
        let part = &b[from..to];
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| part.iter().fold(0, |n, c| n * 10 + u32::from(c - b'0')))
    };
    let (y, m, d) = (number(0, 4)?, number(5, 7)?, number(8, 10)?);
    if !(1..=12).contains(&m) || d == 0 {
        return None;
    }
    let days = days_from_civil(i64::from(y), m, d);
    (civil_from_days(days) == (i64::from(y), m, d)).then_some(days)
}

/// `YYYY-MM-DD`.
pub(crate) fn format_date(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// RFC 3339 in UTC, whole seconds: `2026-02-01T09:30:00Z`.
pub(crate) fn rfc3339(t: SystemTime) -> String {
    let secs = t
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        format_date(days),
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// RFC 3339 in UTC with milliseconds: `2026-02-01T09:30:00.123Z` (a page's
/// `issued_at`).
pub(crate) fn rfc3339_millis(t: SystemTime) -> String {
    let millis = t
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_millis());
    let whole = rfc3339(t);
    format!("{}.{millis:03}Z", whole.trim_end_matches('Z'))
}

/// The time now in Japan (UTC+9, where the SAMPLE municipalities are),
/// `YYYY-MM-DDTHH:MM:SS`.
pub(crate) fn now_local() -> String {
    let t = rfc3339(SystemTime::now() + std::time::Duration::from_secs(9 * 3600));
    t.chars().take(19).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(1969, 12, 31), -1);
        for days in -800_000..800_000 {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(parse_date("1970-01-02"), Some(1));
        assert_eq!(
            parse_date("2024-02-29").map(format_date).as_deref(),
            Some("2024-02-29")
        );
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-01-00",
            "2025-1-01",
            "2025/01/01",
            "２０２５-01-01",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert_eq!(
            rfc3339(UNIX_EPOCH + Duration::from_secs(20_454 * 86_400 + 9 * 3600 + 30 * 60 + 5)),
            "2026-01-01T09:30:05Z"
        );
    }
}
