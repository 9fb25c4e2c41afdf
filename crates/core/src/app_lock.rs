//! The optional app lock's rules: what a PIN or passphrase must be, the idle
//! times a parent can choose, how long to wait after failed attempts (longer
//! each time, capped, never a wipe) and when an idle window locks. Pure: the
//! time is always an argument. The verifier itself lives in the OS
//! credential store (`hagukumi_store::keychain::app_lock`), the commands in
//! the shell (`src-tauri/src/lock.rs`).

use crate::Language;
use chrono::{NaiveDateTime, TimeDelta};
use serde::{Deserialize, Serialize};

/// The idle times (minutes) a parent can choose between.
pub const IDLE_CHOICES: [u32; 6] = [1, 2, 5, 10, 15, 30];
/// The idle time of a lock just turned on.
pub const DEFAULT_IDLE_MINUTES: u32 = 5;

/// Failed attempts allowed before any waiting (typos happen).
pub const FREE_ATTEMPTS: u32 = 3;
/// The wait after the first failure beyond the free ones; doubled with each
/// further failure.
pub const FIRST_DELAY_SECONDS: i64 = 30;
/// The longest wait: a parent is slowed, never locked out for good, and
/// the handbook is never wiped.
pub const MAX_DELAY_SECONDS: i64 = 15 * 60;

/// A PIN's length in digits.
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 6..=12;
/// A passphrase's length in characters.
pub const PASSPHRASE_CHARS: std::ops::RangeInclusive<usize> = 8..=128;

/// What unlocks the app on a desktop (on a phone the device's biometrics or
/// passcode unlock it too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SecretKind {
    Pin,
    Passphrase,
}

/// Why a new PIN or passphrase was refused (nothing was changed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretProblem {
    /// A PIN has only digits, [`PIN_DIGITS`] of them.
    Pin,
    /// A passphrase has [`PASSPHRASE_CHARS`] characters.
    Passphrase,
    /// The two entries differ.
    Mismatch,
}

impl SecretProblem {
    /// The Fluent message that says what to do.
    pub fn message_id(self) -> &'static str {
        match self {
            SecretProblem::Pin => "lock-error-pin",
            SecretProblem::Passphrase => "lock-error-passphrase",
            SecretProblem::Mismatch => "lock-error-mismatch",
        }
    }
}

/// Checks a new PIN or passphrase typed twice.
pub fn check_new_secret(kind: SecretKind, secret: &str, again: &str) -> Result<(), SecretProblem> {
    let ok = match kind {
        SecretKind::Pin => {
            secret.chars().all(|c| c.is_ascii_digit()) && PIN_DIGITS.contains(&secret.len())
        }
        SecretKind::Passphrase => {
            !secret.trim().is_empty() && PASSPHRASE_CHARS.contains(&secret.chars().count())
        }
    };
    if !ok {
        return Err(match kind {
            SecretKind::Pin => SecretProblem::Pin,
            SecretKind::Passphrase => SecretProblem::Passphrase,
        });
    }
    if secret != again {
        return Err(SecretProblem::Mismatch);
    }
    Ok(())
}

/// An idle time from [`IDLE_CHOICES`], or `None`.
pub fn idle_choice(minutes: u32) -> Option<u32> {
    IDLE_CHOICES.contains(&minutes).then_some(minutes)
}

/// How long to wait before the next attempt after `failures` failed ones in
/// a row: nothing for the first [`FREE_ATTEMPTS`], then 30 s, 1 min, 2 min,
/// … up to [`MAX_DELAY_SECONDS`].
pub fn delay_after(failures: u32) -> TimeDelta {
    let Some(beyond) = failures.checked_sub(FREE_ATTEMPTS + 1) else {
        return TimeDelta::zero();
    };
    let seconds = FIRST_DELAY_SECONDS
        .checked_shl(beyond.min(20))
        .unwrap_or(MAX_DELAY_SECONDS)
        .min(MAX_DELAY_SECONDS);
    TimeDelta::seconds(seconds)
}

/// Whole seconds (rounded up) until another attempt is allowed at `now`;
/// 0: now. A last failure in the future (the clock was set back) counts
/// from `now`, so turning the clock back never shortens the wait below the
/// delay itself.
pub fn wait_seconds(failures: u32, last_failure: Option<NaiveDateTime>, now: NaiveDateTime) -> u64 {
    let Some(last) = last_failure else { return 0 };
    let delay = delay_after(failures);
    let since = (now - last).max(TimeDelta::zero());
    let left = delay - since;
    if left <= TimeDelta::zero() {
        return 0;
    }
    let millis = left.num_milliseconds();
    (millis as u64).div_ceil(1000).max(1)
}

/// Whether a window last used at `last_activity` locks at `now` with an idle
/// time of `idle_minutes`.
pub fn idle_expired(last_activity: NaiveDateTime, now: NaiveDateTime, idle_minutes: u32) -> bool {
    now - last_activity >= TimeDelta::minutes(i64::from(idle_minutes))
}

/// What the window needs to know of the lock (`lock_status` and the other
/// lock commands answer it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockStatus {
    /// A lock is set for this handbook.
    pub enabled: bool,
    /// The handbook is closed until the parent unlocks it.
    pub locked: bool,
    /// What unlocks it (when enabled).
    pub kind: Option<SecretKind>,
    pub idle_minutes: u32,
    /// Failed attempts in a row.
    pub failures: u32,
    /// Seconds until another attempt is allowed (0: now).
    pub wait_seconds: u64,
    /// The handbook's language, so the lock screen speaks it before the
    /// handbook is open.
    pub language: Option<Language>,
    /// The device can unlock with biometrics or its passcode (phones).
    pub biometric: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
    }

    #[test]
    fn delays_grow_after_the_free_attempts_and_stop_at_the_cap() {
        let secs: Vec<i64> = (0..=12).map(|n| delay_after(n).num_seconds()).collect();
        assert_eq!(
            secs,
            [0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900, 900]
        );
        assert_eq!(delay_after(u32::MAX).num_seconds(), MAX_DELAY_SECONDS);
    }

    #[test]
    fn the_wait_counts_down_from_the_last_failure() {
        let last = at("2026-01-01 10:00:00");
        assert_eq!(wait_seconds(3, Some(last), last), 0);
        assert_eq!(wait_seconds(4, Some(last), last), 30);
        assert_eq!(wait_seconds(4, Some(last), at("2026-01-01 10:00:29")), 1);
        assert_eq!(wait_seconds(4, Some(last), at("2026-01-01 10:00:30")), 0);
        assert_eq!(wait_seconds(5, None, last), 0);
        // The clock set back: the whole delay again, never less.
        assert_eq!(wait_seconds(4, Some(last), at("2026-01-01 09:00:00")), 30);
    }

    #[test]
    fn an_idle_window_locks_after_its_minutes() {
        let used = at("2026-01-01 10:00:00");
        assert!(!idle_expired(used, at("2026-01-01 10:04:59"), 5));
        assert!(idle_expired(used, at("2026-01-01 10:05:00"), 5));
        assert_eq!(idle_choice(5), Some(5));
        assert_eq!(idle_choice(0), None);
        assert_eq!(idle_choice(7), None);
        assert!(IDLE_CHOICES.contains(&DEFAULT_IDLE_MINUTES));
    }

    #[test]
    fn pins_and_passphrases() {
        use SecretKind::*;
        assert_eq!(check_new_secret(Pin, "123456", "123456"), Ok(()));
        assert_eq!(
            check_new_secret(Pin, "12345", "12345"),
            Err(SecretProblem::Pin)
        );
        assert_eq!(
            check_new_secret(Pin, "12345a", "12345a"),
            Err(SecretProblem::Pin)
        );
        assert_eq!(
            check_new_secret(Pin, "１２３４５６", "１２３４５６"),
            Err(SecretProblem::Pin)
        );
        assert_eq!(
            check_new_secret(Pin, "123456", "123457"),
            Err(SecretProblem::Mismatch)
        );
        assert_eq!(
            check_new_secret(Passphrase, "はぐくみの手帳だよ", "はぐくみの手帳だよ"),
            Ok(())
        );
        assert_eq!(
            check_new_secret(Passphrase, "short", "short"),
            Err(SecretProblem::Passphrase)
        );
        assert_eq!(
            check_new_secret(Passphrase, "        ", "        "),
            Err(SecretProblem::Passphrase)
        );
    }
}
