//! The one clock of `hagu` (the library crates never read it: the sync
//! library is handed [`CLOCK`], the store and core are handed `now` and
//! `today`), and its timestamps in the user's words.

use hagukumi_core::book::{can_restore, UNDO_DAYS};
use hagukumi_core::chrono::{self, Local, NaiveDateTime, TimeZone, Utc};
use hagukumi_core::Date;
use hagukumi_i18n::Localizer;
use hagukumi_sync::Clock;
use std::time::Instant;

/// Where every command reads the time.
pub(crate) const CLOCK: Clock = Clock {
    now: Utc::now,
    instant: Instant::now,
};

/// Timestamps in the handbook: UTC, RFC 3339 to the second.
pub(crate) const STAMP: &str = "%Y-%m-%dT%H:%M:%SZ";

/// Now, in UTC, as the store keeps timestamps.
pub(crate) fn now() -> NaiveDateTime {
    CLOCK.naive_utc()
}

/// Today's date where the user is (the core crate never reads the clock).
pub(crate) fn today() -> Date {
    CLOCK.now().with_timezone(&Local).date_naive()
}

/// `at` as the handbook writes it (what the store wrote, to the second).
pub(crate) fn stamp(at: NaiveDateTime) -> String {
    at.format(STAMP).to_string()
}

pub(crate) fn parse_stamp(stamp: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(stamp, STAMP).ok()
}

/// A stored UTC timestamp as the user's local date and time.
pub(crate) fn local_time(l: &Localizer, stamp: &str) -> String {
    match parse_stamp(stamp) {
        Some(at) => local(l, at),
        None => stamp.to_owned(),
    }
}

fn local(l: &Localizer, utc: NaiveDateTime) -> String {
    let at = Utc.from_utc_datetime(&utc).with_timezone(&Local);
    l.format(
        "cli-datetime",
        &[
            ("date", l.date(at.date_naive()).into()),
            ("time", at.format("%H:%M").to_string().into()),
        ],
    )
}

/// The last moment a record or photo deleted at `deleted` (UTC stamp) can
/// be restored.
pub(crate) fn undo_until(l: &Localizer, deleted: &str) -> String {
    match parse_stamp(deleted) {
        Some(at) => local(l, at + chrono::Duration::days(UNDO_DAYS)),
        None => deleted.to_owned(),
    }
}

/// `line`, marked when what it shows is deleted: until when it can be
/// restored, or that it is gone for good.
pub(crate) fn with_deleted_mark(l: &Localizer, line: String, deleted_at: Option<&str>) -> String {
    let Some(deleted) = deleted_at else {
        return line;
    };
    let restorable = parse_stamp(deleted).is_some_and(|at| can_restore(at, now()));
    let mark = if restorable {
        l.format(
            "cli-record-mark-deleted",
            &[("until", undo_until(l, deleted).into())],
        )
    } else {
        l.text("cli-record-mark-gone")
    };
    format!("{line}  {mark}")
}
