//! Which growth reference each child's charts use, kept in `settings`
//! (`growth_reference:<child id>`; no key means [`Reference::DEFAULT`], the
//! Japanese 2023 curves).

use crate::{Result, Store, StoreError};
use hagukumi_core::growth::Reference;
use hagukumi_core::model::RecordId;
use rusqlite::{params, OptionalExtension};

pub(crate) fn key(child_id: RecordId) -> String {
    format!("growth_reference:{child_id}")
}

impl Store {
    /// The reference chosen for a child's growth charts; the default until
    /// the parent chooses.
    pub fn growth_reference(&self, child_id: RecordId) -> Result<Reference> {
        Ok(self
            .chosen_growth_reference(child_id)?
            .unwrap_or(Reference::DEFAULT))
    }

    /// The reference the parent chose for a child's charts; `None` until
    /// they choose (the export carries only a chosen one).
    pub fn chosen_growth_reference(&self, child_id: RecordId) -> Result<Option<Reference>> {
        let value: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                [key(child_id)],
                |r| r.get(0),
            )
            .optional()?;
        value
            .map(|v| {
                Reference::parse(&v)
                    .ok_or_else(|| StoreError::Corrupt(format!("{} = {v:?}", key(child_id))))
            })
            .transpose()
    }

    /// Chooses the reference for a child's growth charts; false (and
    /// nothing saved) when there is no such child.
    pub fn set_growth_reference(&self, child_id: RecordId, reference: Reference) -> Result<bool> {
        let exists: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM children WHERE id = ?1)",
            [child_id],
            |r| r.get(0),
        )?;
        if !exists {
            return Ok(false);
        }
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key(child_id), reference.data_id()],
        )?;
        Ok(true)
    }
}
