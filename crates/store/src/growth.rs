//! Which growth reference each child's charts use, kept in `settings`
//! (`growth_reference:<child id>`; no key means [`Reference::DEFAULT`], the
//! Japanese 2023 curves).

use crate::{Result, Store, StoreError};
use hagukumi_core::api::ChildHead;
use hagukumi_core::child_records::latest_growth_values;
use hagukumi_core::growth::Reference;
use hagukumi_core::model::RecordId;
use hagukumi_core::records::{ChildBook, Record, RecordKind};

/// The kinds that carry a child's growth values (`GrowthValues`), in the
/// order [`Store::child_head`] reads them: the few first, so that the
/// many (measurements) can stop early.
const GROWTH_KINDS: [RecordKind; 3] = [
    RecordKind::Birth,
    RecordKind::Checkup,
    RecordKind::Measurement,
];

pub(crate) fn key(child_id: RecordId) -> String {
    format!("growth_reference:{child_id}")
}

impl Store {
    /// What a child's screen head shows: the newest weight, height and head
    /// circumference, and whether the birth is recorded. Each growth kind
    /// is read newest first only while an older record of it could still
    /// give a newer value than those found: for each of the three, until
    /// the kind gave one, or its records are older than the one another
    /// kind gave. The cost follows how far back the last of the three was
    /// recorded, not how many records the child has.
    pub fn child_head(&self, child_id: RecordId) -> Result<ChildHead> {
        let mut read: Vec<Record> = Vec::new();
        let mut has_birth = false;
        for kind in GROWTH_KINDS {
            let known = latest_growth_values(read.iter().map(|r| &r.data));
            let settled = |mine: &[Record]| {
                let found = latest_growth_values(mine.iter().map(|r| &r.data));
                let oldest = mine.last().map(|r| r.data.date());
                (0..3).all(|q| {
                    // Older records of this kind come before the ones read
                    // in (date, id) order: on the same date they lose too.
                    found[q].is_some()
                        || matches!((known[q], oldest), (Some((_, d)), Some(o)) if o < d)
                })
            };
            let newest = self.newest_until::<ChildBook>(child_id, kind, settled)?;
            has_birth |= kind == RecordKind::Birth && !newest.is_empty();
            read.extend(newest);
        }
        // Oldest first, so that on one date the later record wins, as on
        // the chart and in the clinic summary.
        read.sort_by_key(|r| (r.data.date(), r.id));
        let latest = latest_growth_values(read.iter().map(|r| &r.data));
        Ok(ChildHead {
            latest_growth: [latest[0], latest[1], latest[2]],
            has_birth,
        })
    }

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
