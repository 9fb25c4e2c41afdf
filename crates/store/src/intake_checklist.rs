//! The April intake checklist's ticked documents, kept in `settings`
//! (`nursery_checklist:<code>:<intake>`, a JSON list of document ids; no
//! migration). Which ids exist is the checklist's (core's
//! `nursery::intake::toggle`): an unknown id changes nothing.

use crate::{settings, Result, Store};
use hagukumi_core::nursery::intake::{self, Checklist, ChecklistView};
use hagukumi_core::Date;

impl Store {
    /// The checklist with what this handbook ticked, on `today`.
    pub fn intake_checklist(&self, c: &Checklist, today: Date) -> Result<ChecklistView> {
        let stored = self.setting(&c.key())?;
        Ok(intake::view(c, stored.as_deref(), today))
    }

    /// Ticks a document or not; `None` (nothing changed) when the checklist
    /// has no such document.
    pub fn tick_intake_document(
        &self,
        c: &Checklist,
        document: &str,
        checked: bool,
        today: Date,
    ) -> Result<Option<ChecklistView>> {
        let key = c.key();
        let stored = self.setting(&key)?;
        let Some(value) = intake::toggle(c, stored.as_deref(), document, checked) else {
            return Ok(None);
        };
        settings::set(&self.conn, &key, Some(&value))?;
        Ok(Some(intake::view(c, Some(&value), today)))
    }
}
