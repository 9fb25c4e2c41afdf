//! The shell's clock: the one place the app reads the time. Core is handed
//! `today`, the store `now`, and the sync library [`CLOCK`].

use hagukumi_core::Date;
use hagukumi_sync::Clock;
use std::time::Instant;

/// The device's local date.
pub fn today() -> Date {
    chrono::Local::now().date_naive()
}

/// The time now in UTC, as the store stamps its changes.
pub fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// The clock the sync library reads the time by (it never reads it itself).
pub const CLOCK: Clock = Clock {
    now: chrono::Utc::now,
    instant: Instant::now,
};
