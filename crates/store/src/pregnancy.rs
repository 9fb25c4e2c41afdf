//! A pregnancy in the store: [`Store::pregnancy`]. Its records (and the
//! mother's after the birth, tables of migration 0005) go through the record
//! layer ([`crate::book`]) as [`hagukumi_core::pregnancy_records::PregnancyBook`].

use crate::{Result, Store};
use hagukumi_core::model::RecordId;
use hagukumi_core::Pregnancy;
use rusqlite::OptionalExtension;

impl Store {
    /// One pregnancy, if there is one with this id.
    pub fn pregnancy(&self, id: RecordId) -> Result<Option<Pregnancy>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, label, expected_date FROM pregnancies WHERE id = ?1",
                [id],
                |r| {
                    Ok(Pregnancy {
                        id: r.get(0)?,
                        label: r.get(1)?,
                        expected_date: r.get(2)?,
                    })
                },
            )
            .optional()?)
    }
}
