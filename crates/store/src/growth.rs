//! Which growth reference each child's charts use, kept in `settings`
//! (`growth_reference:<child id>`; no key means [`Reference::DEFAULT`], the
//! Japanese 2023 curves).

use crate::{Result, Store, StoreError};
use hagukumi_core::growth::Reference;
use hagukumi_core::model::RecordId;

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
        self.setting(&key(child_id))?
            .map(|v| {
                Reference::parse(&v)
                    .ok_or_else(|| StoreError::Corrupt(format!("{} = {v:?}", key(child_id))))
            })
            .transpose()
    }

    /// Chooses the reference for a child's growth charts; false (and
    /// nothing saved) when there is no such child.
    pub fn set_growth_reference(&self, child_id: RecordId, reference: Reference) -> Result<bool> {
        if !self.owner_exists::<hagukumi_core::records::ChildBook>(child_id)? {
            return Ok(false);
        }
        crate::settings::set(&self.conn, &key(child_id), Some(reference.data_id()))?;
        Ok(true)
    }
}
