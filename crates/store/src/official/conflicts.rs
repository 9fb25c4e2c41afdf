//! Official items as stored, and the parent's decision on a conflict.

use super::records::{child_birth, insert_official_record};
use super::{cached_execute, cached_query_row, corrupt};
use crate::{stamp, Result, Store};
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::model::RecordId;
use hagukumi_core::official::{Category, OfficialItem};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

/// How an official item sits in the handbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemState {
    Added,
    Linked,
    Conflict,
    KeptMine,
    Info,
}

impl ItemState {
    pub(super) fn as_str(self) -> &'static str {
        match self {
            ItemState::Added => "added",
            ItemState::Linked => "linked",
            ItemState::Conflict => "conflict",
            ItemState::KeptMine => "kept-mine",
            ItemState::Info => "info",
        }
    }

    pub(super) fn parse(s: &str) -> Result<ItemState> {
        Ok(match s {
            "added" => ItemState::Added,
            "linked" => ItemState::Linked,
            "conflict" => ItemState::Conflict,
            "kept-mine" => ItemState::KeptMine,
            "info" => ItemState::Info,
            _ => return Err(corrupt("official item state", s)),
        })
    }
}

/// An official item as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredItem {
    pub item: OfficialItem,
    /// The handbook's child it is about, if any.
    pub child_id: Option<RecordId>,
    pub state: ItemState,
    /// The read-only record made from it, or the parent's record it matches
    /// or disagrees with.
    pub record_id: Option<RecordId>,
    pub received_at: String,
}

/// The parent's choice for a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Resolution {
    /// Keep the parent's record; the official one stays visible as such.
    KeepMine,
    /// Replace the parent's record with the official one (the parent's is
    /// deleted softly, with history, and can be restored for 30 days).
    UseOfficial,
}

/// Why a conflict could not be resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictProblem {
    NoSuchConflict,
}

impl Store {
    /// The official items matching `filter` (an SQL condition on
    /// `official_items`, with `params`), in the order `order` gives.
    fn stored_items<P: rusqlite::Params>(
        &self,
        filter: &str,
        order: &str,
        params: P,
    ) -> Result<Vec<StoredItem>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT category, payload, child_id, state, record_id, received_at FROM official_items
             WHERE {filter} ORDER BY {order}"
        ))?;
        let rows = stmt.query_map(params, |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<RecordId>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Option<RecordId>>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        rows.map(|row| {
            let (category, payload, child_id, state, record_id, received_at) = row?;
            let category = Category::parse(&category)
                .ok_or_else(|| corrupt("official item category", &category))?;
            let value: serde_json::Value =
                serde_json::from_str(&payload).map_err(|e| corrupt("official item", e))?;
            let item = OfficialItem::parse(category, 0, &value)
                .map_err(|e| corrupt("official item", e))?;
            Ok(StoredItem {
                item,
                child_id,
                state: ItemState::parse(&state)?,
                record_id,
                received_at,
            })
        })
        .collect()
    }

    /// Official items, newest first; for one child (`Some`) or the family
    /// items that belong to no child (`None`), optionally of one category.
    pub fn official_items(
        &self,
        child_id: Option<RecordId>,
        category: Option<Category>,
    ) -> Result<Vec<StoredItem>> {
        let mut items = self.stored_items(
            "child_id IS ?1 AND (?2 IS NULL OR category = ?2)",
            "portal_id",
            params![child_id, category.map(Category::as_str)],
        )?;
        // The date lives in each category's own field of the payload.
        items.sort_by(|a, b| {
            b.item
                .date()
                .cmp(&a.item.date())
                .then_with(|| a.item.id().cmp(b.item.id()))
        });
        Ok(items)
    }

    /// Every official item, whatever it is about, by category and id (for
    /// tests, export and the CLI).
    pub fn all_official_items(&self) -> Result<Vec<StoredItem>> {
        self.stored_items("1", "category, portal_id", [])
    }

    /// Official items waiting for the parent's decision, by category and id.
    pub fn conflicts(&self) -> Result<Vec<StoredItem>> {
        self.stored_items("state = 'conflict'", "category, portal_id", [])
    }

    /// The parent's decision on a conflicting official vaccination.
    pub fn resolve_conflict(
        &mut self,
        category: Category,
        portal_id: &str,
        resolution: Resolution,
        now: NaiveDateTime,
    ) -> Result<std::result::Result<StoredItem, ConflictProblem>> {
        let Some(found) = self
            .stored_items(
                "category = ?1 AND portal_id = ?2 AND state = 'conflict'",
                "portal_id",
                params![category.as_str(), portal_id],
            )?
            .pop()
        else {
            return Ok(Err(ConflictProblem::NoSuchConflict));
        };
        let (Some(child_id), Some(mine), OfficialItem::Vaccinations(v)) =
            (found.child_id, found.record_id, &found.item)
        else {
            return Ok(Err(ConflictProblem::NoSuchConflict));
        };
        let stamp_now = stamp(now);
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let (state, record_id) = match resolution {
            Resolution::KeepMine => (ItemState::KeptMine, mine),
            Resolution::UseOfficial => {
                let (previous, deleted): (String, bool) = cached_query_row(
                    &tx,
                    "SELECT data, deleted_at IS NOT NULL FROM records WHERE id = ?1",
                    [mine],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                // The parent's record makes way (soft deletion, with history,
                // restorable for 30 days), unless they deleted it already.
                if !deleted {
                    cached_execute(
                        &tx,
                        "INSERT INTO record_history (record_id, change, previous, changed_at)
                         VALUES (?1, 'delete', ?2, ?3)",
                        params![mine, previous, stamp_now],
                    )?;
                    cached_execute(
                        &tx,
                        "UPDATE records SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1",
                        params![mine, stamp_now],
                    )?;
                }
                let birth = child_birth(&tx, child_id)?;
                // Checked when it arrived (against the device's date with two
                // days to spare, as the sync does); `now` is UTC.
                let data = v
                    .to_record_data(birth, now.date() + hagukumi_core::chrono::Days::new(2))
                    .map_err(|e| corrupt("official vaccination", e))?;
                let id = insert_official_record(&tx, child_id, &v.id, &data, &stamp_now)?;
                (ItemState::Added, id)
            }
        };
        cached_execute(
            &tx,
            "UPDATE official_items SET state = ?3, record_id = ?4, updated_at = ?5
             WHERE category = ?1 AND portal_id = ?2",
            params![
                category.as_str(),
                portal_id,
                state.as_str(),
                record_id,
                stamp_now
            ],
        )?;
        tx.commit()?;
        Ok(Ok(StoredItem {
            state,
            record_id: Some(record_id),
            ..found
        }))
    }

    /// The portal's id of a handbook child, when the child is linked.
    pub fn portal_child_id(&self, child_id: RecordId) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT portal_child_id FROM portal_children WHERE child_id = ?1",
                [child_id],
                |r| r.get(0),
            )
            .optional()?)
    }
}
