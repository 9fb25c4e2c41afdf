//! The family's municipality (in `settings`, key `municipality`): the
//! 全国地方公共団体コード the program matching uses. Only a municipality of
//! the program registry can be set (core's [`Municipality`] comes from it).

use crate::{Result, Store, StoreError};
use hagukumi_core::programs::registry::is_local_government_code;
use hagukumi_core::programs::Municipality;
use rusqlite::OptionalExtension;

const KEY: &str = "municipality";

impl Store {
    /// The code of the family's municipality, if one was set.
    pub fn municipality(&self) -> Result<Option<String>> {
        let code: Option<String> = self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [KEY], |r| {
                r.get(0)
            })
            .optional()?;
        match code {
            Some(c) if !is_local_government_code(&c) => {
                Err(StoreError::Corrupt(format!("{KEY} = {c:?}")))
            }
            other => Ok(other),
        }
    }

    /// Sets the family's municipality (a move, when one was set); returns
    /// the previous code.
    pub fn set_municipality(&mut self, municipality: &Municipality) -> Result<Option<String>> {
        let tx = self.conn.transaction()?;
        let previous: Option<String> = tx
            .query_row("SELECT value FROM settings WHERE key = ?1", [KEY], |r| {
                r.get(0)
            })
            .optional()?;
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [KEY, municipality.code.as_str()],
        )?;
        tx.commit()?;
        Ok(previous)
    }
}
