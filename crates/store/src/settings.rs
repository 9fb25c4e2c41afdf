//! The `settings` table: one text value per key (the language, reminder
//! days, each child's growth reference and insurance note, the
//! municipality, the recovery code, the rules' ETag, automatic backups).
//! Every module reads and writes its keys through [`get`] and [`set`].

use crate::{Result, Store};
use rusqlite::{Connection, OptionalExtension};

/// The value of `key`, if it is set.
pub(crate) fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

/// Sets `key` to `value`, or removes it (`None`).
pub(crate) fn set(conn: &Connection, key: &str, value: Option<&str>) -> Result<()> {
    match value {
        Some(v) => conn
            .prepare_cached(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )?
            .execute([key, v])?,
        None => conn
            .prepare_cached("DELETE FROM settings WHERE key = ?1")?
            .execute([key])?,
    };
    Ok(())
}

impl Store {
    /// The value of `key` in this handbook's settings.
    pub(crate) fn setting(&self, key: &str) -> Result<Option<String>> {
        get(&self.conn, key)
    }
}
