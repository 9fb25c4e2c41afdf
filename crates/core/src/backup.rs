//! Automatic backups: the folder a parent chose and how many backups to
//! keep there, and when the next one is due. Pure: the shell checks that the
//! folder exists and passes the time.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// Backups kept in the folder when the parent does not say.
pub const KEEP_DEFAULT: u32 = 7;
/// The most backups the folder may keep.
pub const KEEP_MAX: u32 = 60;
/// An automatic backup is made when the last one is at least this old.
pub const EVERY_HOURS: i64 = 24;

/// Automatic backups into `folder`, keeping the newest `keep`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AutoBackup {
    /// An absolute path (the parent's cloud drive folder, for example).
    pub folder: String,
    pub keep: u32,
}

/// Why automatic-backup settings were refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SettingsProblem {
    #[error("no folder")]
    FolderRequired,
    #[error("the folder is not an absolute path")]
    FolderRelative,
    #[error("the folder does not exist")]
    FolderMissing,
    #[error("keep between 1 and {KEEP_MAX}")]
    KeepOutOfRange,
}

impl SettingsProblem {
    /// The Fluent message (its `$max` is [`KEEP_MAX`]).
    pub fn message_id(self) -> &'static str {
        match self {
            SettingsProblem::FolderRequired => "backups-setting-problem-folder-required",
            SettingsProblem::FolderRelative => "backups-setting-problem-folder-relative",
            SettingsProblem::FolderMissing => "backups-setting-problem-folder-missing",
            SettingsProblem::KeepOutOfRange => "backups-setting-problem-keep",
        }
    }

    pub const ALL: [SettingsProblem; 4] = [
        SettingsProblem::FolderRequired,
        SettingsProblem::FolderRelative,
        SettingsProblem::FolderMissing,
        SettingsProblem::KeepOutOfRange,
    ];
}

impl AutoBackup {
    /// Settings as typed: an empty folder turns automatic backups off
    /// (`None`); `keep` is a whole number from 1 to [`KEEP_MAX`].
    pub fn parse(folder: &str, keep: &str) -> Result<Option<AutoBackup>, SettingsProblem> {
        let folder = folder.trim();
        let keep = keep.trim();
        if folder.is_empty() {
            return Ok(None);
        }
        let keep = match keep {
            "" => KEEP_DEFAULT,
            k => k
                .parse::<u32>()
                .ok()
                .filter(|k| (1..=KEEP_MAX).contains(k))
                .ok_or(SettingsProblem::KeepOutOfRange)?,
        };
        if !is_absolute(folder) {
            return Err(SettingsProblem::FolderRelative);
        }
        Ok(Some(AutoBackup {
            folder: folder.to_owned(),
            keep,
        }))
    }

    /// Whether a backup is due at `now` after the last one at `last` (UTC).
    pub fn due(last: Option<NaiveDateTime>, now: NaiveDateTime) -> bool {
        // A last time in the future means the clock was set back: better one
        // backup too many than none until the clock catches up.
        last.is_none_or(|last| last > now || now - last >= chrono::Duration::hours(EVERY_HOURS))
    }
}

/// `/…` on Unix and phones, `C:\…` or `\\server\…` on Windows: written out
/// here because `std::path` follows the target, and the UI is wasm32.
fn is_absolute(path: &str) -> bool {
    let b = path.as_bytes();
    path.starts_with('/')
        || path.starts_with("\\\\")
        || (b.len() >= 3
            && b[0].is_ascii_alphabetic()
            && b[1] == b':'
            && matches!(b[2], b'\\' | b'/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn settings_are_read_as_typed() {
        assert_eq!(AutoBackup::parse("  ", "3"), Ok(None));
        assert_eq!(
            AutoBackup::parse(" /home/a/Drive/はぐくみ ", ""),
            Ok(Some(AutoBackup {
                folder: "/home/a/Drive/はぐくみ".into(),
                keep: KEEP_DEFAULT
            }))
        );
        assert_eq!(
            AutoBackup::parse("C:\\Users\\a\\OneDrive", "60")
                .unwrap()
                .unwrap()
                .keep,
            60
        );
        assert_eq!(
            AutoBackup::parse("Drive/backups", "3"),
            Err(SettingsProblem::FolderRelative)
        );
        for keep in ["0", "61", "-1", "2.5", "たくさん"] {
            assert_eq!(
                AutoBackup::parse("/b", keep),
                Err(SettingsProblem::KeepOutOfRange),
                "{keep}"
            );
        }
    }

    #[test]
    fn a_backup_is_due_a_day_after_the_last() {
        let now = at("2026-12-03 09:00");
        assert!(AutoBackup::due(None, now));
        assert!(!AutoBackup::due(Some(at("2026-12-02 10:00")), now));
        assert!(AutoBackup::due(Some(at("2026-12-02 09:00")), now));
        assert!(AutoBackup::due(Some(at("2026-12-04 09:00")), now));
    }
}
