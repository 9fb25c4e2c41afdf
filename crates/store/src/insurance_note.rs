//! The clinic card's reading of the handbook, and the parent's insurance
//! note of each child shown on it, kept in `settings`
//! (`insurance_note:<child id>`; no key: no note). Only a note core
//! validated is written ([`InsuranceNote`]: never anything like an
//! individual number), and one read back is validated again.

use crate::{Result, Store, StoreError};
use hagukumi_core::clinic_card::{self, ClinicCard, InsuranceNote};
use hagukumi_core::model::RecordId;
use hagukumi_core::official::{Category, OfficialItem};
use hagukumi_core::records::ChildBook;
use hagukumi_core::Date;

pub(crate) fn key(child_id: RecordId) -> String {
    format!("insurance_note:{child_id}")
}

impl Store {
    /// A child's clinic card on `today` (core's [`clinic_card::clinic_card`])
    /// from the handbook alone: its certificates (official items), its
    /// records and the insurance note; `None` when there is no such child.
    /// The app and `hagu clinic-card` both read it here.
    pub fn clinic_card(&self, child_id: RecordId, today: Date) -> Result<Option<ClinicCard>> {
        let Some(child) = self.child(child_id)? else {
            return Ok(None);
        };
        let certificates = self
            .official_items(Some(child_id), Some(Category::Certificates))?
            .into_iter()
            .filter_map(|i| match i.item {
                OfficialItem::Certificates(c) => Some(c),
                _ => None,
            });
        let records = self.list::<ChildBook>(child_id, None, false)?;
        let note = self.insurance_note(child_id)?;
        Ok(Some(clinic_card::clinic_card(
            child,
            certificates,
            &records,
            note,
            today,
        )))
    }

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
