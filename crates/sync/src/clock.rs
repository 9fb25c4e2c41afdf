//! The time, handed in by the caller like `today`: the library never reads
//! the clock itself (only the shell and the CLI do; tests hand in their own).

use hagukumi_core::chrono::{DateTime, NaiveDateTime, Utc};
use std::time::{Instant, SystemTime};

/// Where the sync reads the time: token expiry, a `Retry-After` date, the
/// handbook's sync timestamps (`now`) and the consent wait's deadlines
/// (`instant`, monotonic). The shell and the CLI hand in
/// `Clock { now: Utc::now, instant: Instant::now }`.
#[derive(Clone, Copy)]
pub struct Clock {
    pub now: fn() -> DateTime<Utc>,
    pub instant: fn() -> Instant,
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Clock { .. }")
    }
}

impl Clock {
    /// Now, in UTC.
    pub fn now(&self) -> DateTime<Utc> {
        (self.now)()
    }

    /// Now, in UTC, as the store keeps timestamps.
    pub fn naive_utc(&self) -> NaiveDateTime {
        self.now().naive_utc()
    }

    /// Now, as a system time (for HTTP dates).
    pub fn system_time(&self) -> SystemTime {
        self.now().into()
    }

    /// Seconds since 1970 (0 before it).
    pub fn unix_secs(&self) -> u64 {
        u64::try_from(self.now().timestamp()).unwrap_or(0)
    }

    /// A monotonic instant (for deadlines).
    pub fn instant(&self) -> Instant {
        (self.instant)()
    }
}
