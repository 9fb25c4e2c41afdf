//! The parent's insurance note of each child, shown on the clinic card,
//! kept in `settings` (`insurance_note:<child id>`; no key: no note). Only
//! a note core validated is written ([`InsuranceNote`]: never anything like
//! an individual number), and one read back is validated again.

use crate::{Result, Store, StoreError};
use hagukumi_core::clinic_card::InsuranceNote;
use hagukumi_core::model::RecordId;
use rusqlite::{params, OptionalExtension};

pub(crate) fn key(child_id: RecordId) -> String {
    format!("insurance_note:{child_id}")
}

impl Store {
    /// A child's insurance note, if the parent wrote one.
    pub fn insurance_note(&self, child_id: RecordId) -> Result<Option<InsuranceNote>> {
        let value: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                [key(child_id)],
                |r| r.get(0),
            )
            .optional()?;
        match value {
            None => Ok(None),
            Some(v) => match InsuranceNote::parse(&v) {
                Ok(Some(note)) => Ok(Some(note)),
                _ => Err(StoreError::Corrupt(format!(
                    "{} is not a valid note",
                    key(child_id)
                ))),
            },
        }
    }

    /// Writes (`Some`) or clears (`None`) a child's insurance note; false
    /// (and nothing saved) when there is no such child.
    pub fn set_insurance_note(
        &self,
        child_id: RecordId,
        note: Option<&InsuranceNote>,
    ) -> Result<bool> {
        let exists: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM children WHERE id = ?1)",
            [child_id],
            |r| r.get(0),
        )?;
        if !exists {
            return Ok(false);
        }
        match note {
            Some(note) => self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key(child_id), note.as_str()],
            )?,
            None => self
                .conn
                .execute("DELETE FROM settings WHERE key = ?1", [key(child_id)])?,
        };
        Ok(true)
    }
}
