//! The parent's insurance note of each child, shown on the clinic card,
//! kept in `settings` (`insurance_note:<child id>`; no key: no note). Only
//! a note core validated is written ([`InsuranceNote`]: never anything like
//! an individual number), and one read back is validated again.

use crate::{Result, Store, StoreError};
use hagukumi_core::clinic_card::InsuranceNote;
use hagukumi_core::model::RecordId;

pub(crate) fn key(child_id: RecordId) -> String {
    format!("insurance_note:{child_id}")
}

impl Store {
    /// A child's insurance note, if the parent wrote one.
    pub fn insurance_note(&self, child_id: RecordId) -> Result<Option<InsuranceNote>> {
        match self.setting(&key(child_id))? {
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
        if !self.owner_exists::<hagukumi_core::records::ChildBook>(child_id)? {
            return Ok(false);
        }
        crate::settings::set(&self.conn, &key(child_id), note.map(InsuranceNote::as_str))?;
        Ok(true)
    }
}
