//! Automatic backups' settings and outcome, kept in the handbook's own
//! `settings` (inside the encrypted database, so they travel with a backup):
//! the folder and how many to keep, when the last automatic backup was made
//! and the last problem. The backups themselves are written by `backup`.

use crate::{parse_stamp, stamp, Result, Store, StoreError};
use hagukumi_core::backup::AutoBackup;
use hagukumi_core::chrono::NaiveDateTime;

const FOLDER: &str = "auto_backup_folder";
const KEEP: &str = "auto_backup_keep";
const LAST_AT: &str = "auto_backup_last_at";
const LAST_FILE: &str = "auto_backup_last_file";
const PROBLEM: &str = "auto_backup_problem";
const PROBLEM_DETAIL: &str = "auto_backup_problem_detail";
const PROBLEM_AT: &str = "auto_backup_problem_at";

/// How the automatic backups went.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AutoBackupStatus {
    /// The last automatic backup that was written (UTC) and its file.
    pub last_at: Option<NaiveDateTime>,
    pub last_file: Option<String>,
    /// The last attempt's failure, if the last attempt failed: its Fluent
    /// message id, a technical detail and when (UTC).
    pub problem: Option<(String, String, NaiveDateTime)>,
}

impl Store {
    /// The automatic-backup settings; `None` while they are off.
    pub fn auto_backup(&self) -> Result<Option<AutoBackup>> {
        let Some(folder) = self.setting(FOLDER)? else {
            return Ok(None);
        };
        let keep = self.setting(KEEP)?.unwrap_or_default();
        let keep = keep
            .parse()
            .map_err(|_| StoreError::Corrupt(format!("{KEEP} = {keep:?}")))?;
        Ok(Some(AutoBackup { folder, keep }))
    }

    /// Turns automatic backups on (validated settings) or off (`None`).
    /// Changing the folder forgets the last problem.
    pub fn set_auto_backup(&mut self, settings: Option<&AutoBackup>) -> Result<()> {
        let tx = self.conn.transaction()?;
        match settings {
            Some(s) => {
                put(&tx, FOLDER, &s.folder)?;
                put(&tx, KEEP, &s.keep.to_string())?;
            }
            None => delete(&tx, &[FOLDER, KEEP])?,
        }
        delete(&tx, &[PROBLEM, PROBLEM_DETAIL, PROBLEM_AT])?;
        tx.commit()?;
        Ok(())
    }

    pub fn auto_backup_status(&self) -> Result<AutoBackupStatus> {
        let last_at = self
            .setting(LAST_AT)?
            .map(|s| parse_stamp(&s))
            .transpose()?;
        let problem = match (
            self.setting(PROBLEM)?,
            self.setting(PROBLEM_DETAIL)?,
            self.setting(PROBLEM_AT)?,
        ) {
            (Some(id), detail, Some(at)) => {
                Some((id, detail.unwrap_or_default(), parse_stamp(&at)?))
            }
            _ => None,
        };
        Ok(AutoBackupStatus {
            last_at,
            last_file: self.setting(LAST_FILE)?,
            problem,
        })
    }

    /// Remembers an automatic backup written at `at` into `file`.
    pub fn record_auto_backup(&mut self, at: NaiveDateTime, file: &str) -> Result<()> {
        let tx = self.conn.transaction()?;
        put(&tx, LAST_AT, &stamp(at))?;
        put(&tx, LAST_FILE, file)?;
        delete(&tx, &[PROBLEM, PROBLEM_DETAIL, PROBLEM_AT])?;
        tx.commit()?;
        Ok(())
    }

    /// Remembers that the automatic backup at `at` failed (`message_id` is
    /// the Fluent id of the error, `detail` never secret).
    pub fn record_auto_backup_problem(
        &mut self,
        at: NaiveDateTime,
        message_id: &str,
        detail: &str,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        put(&tx, PROBLEM, message_id)?;
        put(&tx, PROBLEM_DETAIL, detail)?;
        put(&tx, PROBLEM_AT, &stamp(at))?;
        tx.commit()?;
        Ok(())
    }
}

fn put(tx: &rusqlite::Transaction<'_>, key: &str, value: &str) -> Result<()> {
    crate::settings::set(tx, key, Some(value))
}

fn delete(tx: &rusqlite::Transaction<'_>, keys: &[&str]) -> Result<()> {
    keys.iter()
        .try_for_each(|key| crate::settings::set(tx, key, None))
}
