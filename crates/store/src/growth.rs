//! Which growth reference each child's charts use, kept in `settings`
//! (`growth_reference:<child id>`; no key means [`Reference::DEFAULT`], the
//! Japanese 2023 curves), and the child screen's head: the latest weight,
//! height and head circumference, by migration 0016's indexes.

use crate::book::Shelf;
use crate::pages::{columns, Sql};
use crate::{Result, Store, StoreError};
use hagukumi_core::api::ChildHead;
use hagukumi_core::book::Book;
use hagukumi_core::child_records::latest_growth_values;
use hagukumi_core::growth::Reference;
use hagukumi_core::model::RecordId;
use hagukumi_core::records::{ChildBook, RecordKind};
use rusqlite::types::Value;

/// The partial indexes of migration 0016 and the value each holds (the
/// live measurements and checkups carrying it): weight, length/height,
/// head circumference, the first three of `latest_growth_values`. Their
/// conditions are repeated here word for word, so that SQLite can use
/// them (and `INDEXED BY` fails loudly if it cannot).
const LATEST: [(&str, &str); 3] = [
    ("records_weight_by_child", "weight_kg"),
    ("records_height_by_child", "height_cm"),
    ("records_head_by_child", "head_cm"),
];

/// The kinds those indexes hold besides the birth (read apart): the
/// records whose `weight_kg`, `height_cm` and `head_cm` are growth values
/// (`GrowthValues for RecordData`). A new kind that carries them needs a
/// migration adding it to the indexes' conditions.
const INDEXED_KINDS: [RecordKind; 2] = [RecordKind::Measurement, RecordKind::Checkup];

pub(crate) fn key(child_id: RecordId) -> String {
    format!("growth_reference:{child_id}")
}

/// The query of a child's newest live record meeting `condition`, read by
/// `index` (whose own condition `condition` repeats).
fn newest(child_id: RecordId, index: &str, condition: &str) -> Sql {
    Sql {
        text: format!(
            "SELECT {} FROM {} INDEXED BY {index} \
             WHERE {} = ? AND deleted_at IS NULL AND {condition} \
             ORDER BY date DESC, id DESC LIMIT 1",
            columns::<ChildBook>(),
            ChildBook::RECORDS,
            ChildBook::OWNER_COLUMN,
        ),
        params: vec![Value::Integer(child_id)],
    }
}

impl Store {
    /// What a child's screen head shows: the newest weight, height and head
    /// circumference, and whether the birth is recorded. Four single-row
    /// reads on indexes, whatever the child's history: the live birth (by
    /// the kind index), and the newest live measurement or checkup carrying
    /// each value (by migration 0016's partial indexes). The newest value
    /// of each is among these records (the birth gives its weight in grams
    /// and its length under other names, so it is read apart).
    pub fn child_head(&self, child_id: RecordId) -> Result<ChildHead> {
        let kinds = INDEXED_KINDS
            .map(|k| format!("'{}'", ChildBook::kind_id(k)))
            .join(", ");
        let birth = format!("kind = '{}'", ChildBook::kind_id(RecordKind::Birth));
        let births = self.select::<ChildBook>(newest(child_id, "records_by_child", &birth))?;
        let has_birth = !births.is_empty();
        let mut read = births;
        for (index, field) in LATEST {
            let condition =
                format!("kind IN ({kinds}) AND json_extract(data, '$.{field}') IS NOT NULL");
            read.extend(self.select::<ChildBook>(newest(child_id, index, &condition))?);
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
