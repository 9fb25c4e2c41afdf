//! Applying a verified page (one transaction, cursor included) and the
//! merge of its items with the parent's own records.

use super::conflicts::ItemState;
use super::page::{parse_issued_at, Cursor, Page, ISSUED_AT_FORMAT};
use super::records::{child_birth, child_records, insert_official_record, record_json};
use super::status::bind_account;
use super::{cached_execute, cached_query_row};
use crate::{stamp, Result, Store, StoreError};
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::model::RecordId;
use hagukumi_core::official::{
    match_child, merge_vaccination, Category, ItemError, OfficialItem, VaccinationMerge,
};
use hagukumi_core::records::RecordData;
use hagukumi_core::Date;
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

/// What applying a page did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Applied {
    /// New read-only records, children added, or items kept for display.
    pub added: usize,
    /// Official items that matched the parent's own entries.
    pub linked: usize,
    /// Official items that disagree with the parent's entries.
    pub conflicts: usize,
    /// Items already stored as they are.
    pub unchanged: usize,
    /// Items the portal corrected since the last sync.
    pub updated: usize,
}

/// Why a page was refused (nothing of it was written).
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    #[error(transparent)]
    Item(#[from] ItemError),
    #[error("the page is older than one already applied to {0}")]
    Stale(String),
    #[error("item {item:?} refers to child {child:?}, which the portal has not sent")]
    UnknownChild { item: String, child: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for ApplyError {
    fn from(e: rusqlite::Error) -> Self {
        ApplyError::Store(e.into())
    }
}

/// The lookups of a page's items, once per child rather than once per item.
#[derive(Default)]
struct ChildCache {
    local: std::collections::HashMap<String, RecordId>,
    birth: std::collections::HashMap<RecordId, Date>,
    /// How many children of the page were born on each day (twins).
    portal_births: std::collections::HashMap<Date, usize>,
}

impl ChildCache {
    fn local(&mut self, tx: &Transaction, portal_child: &str) -> Result<Option<RecordId>> {
        if let Some(id) = self.local.get(portal_child) {
            return Ok(Some(*id));
        }
        let found = local_child(tx, portal_child)?;
        if let Some(id) = found {
            self.local.insert(portal_child.to_owned(), id);
        }
        Ok(found)
    }

    pub(super) fn birth(&mut self, tx: &Transaction, child_id: RecordId) -> Result<Date> {
        if let Some(d) = self.birth.get(&child_id) {
            return Ok(*d);
        }
        let d = child_birth(tx, child_id)?;
        self.birth.insert(child_id, d);
        Ok(d)
    }
}

fn local_child(tx: &Transaction, portal_child: &str) -> Result<Option<RecordId>> {
    Ok(cached_query_row(
        tx,
        "SELECT child_id FROM portal_children WHERE portal_child_id = ?1",
        [portal_child],
        |r| r.get(0),
    )
    .optional()?)
}

fn storage_id(item: &OfficialItem) -> String {
    item.id().to_owned()
}

impl Store {
    /// Applies one verified page and moves the category's cursor, in one
    /// transaction: either all of it is written or none of it.
    pub fn apply_official_page(
        &mut self,
        page: &Page,
        today: Date,
        now: NaiveDateTime,
    ) -> std::result::Result<Applied, ApplyError> {
        let now = stamp(now);
        // Official data can always be fetched again: a page's commit need not
        // wait for the disk (WAL with synchronous=NORMAL stays consistent; a
        // power cut may only undo the last pages, cursor included, which the
        // next sync asks for again). The parent's own writes keep the
        // connection's setting, restored below.
        let synchronous: i64 = self
            .conn
            .query_row("PRAGMA synchronous", [], |r| r.get(0))?;
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        let result = self.apply_page_tx(page, today, &now);
        self.conn.pragma_update(None, "synchronous", synchronous)?;
        result
    }

    /// Immediate: the write lock is taken up front, so a write from another
    /// connection (the app's window) makes this wait (busy timeout) rather
    /// than fail when a read would have to turn into a write.
    fn apply_page_tx(
        &mut self,
        page: &Page,
        today: Date,
        now: &str,
    ) -> std::result::Result<Applied, ApplyError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let watermark: Option<String> = cached_query_row(
            &tx,
            "SELECT issued_at FROM sync_cursors WHERE category = ?1",
            [page.category.as_str()],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
        if let (Some(newest), Some(issued)) = (
            watermark.as_deref().and_then(parse_issued_at),
            page.issued_at,
        ) {
            if issued < newest {
                return Err(ApplyError::Stale(page.category.as_str().into()));
            }
        }
        if let Some(account) = &page.account {
            bind_account(&tx, account)?;
        }
        let issued_at = page
            .issued_at
            .map(|t| t.format(ISSUED_AT_FORMAT).to_string())
            .or(watermark);
        let page_id = match &page.signed {
            Some(signed) => {
                cached_execute(
                    &tx,
                    "INSERT INTO official_pages (key_id, signature, body) VALUES (?1, ?2, ?3)",
                    params![signed.key_id, signed.signature, signed.body],
                )?;
                Some(tx.last_insert_rowid())
            }
            None => None,
        };
        let mut applied = Applied::default();
        let mut children = ChildCache::default();
        for (item, _) in &page.items {
            if let OfficialItem::Children(c) = item {
                *children.portal_births.entry(c.birth_date).or_default() += 1;
            }
        }
        for (item, raw) in &page.items {
            if item.category() != page.category {
                return Err(ItemError::Invalid {
                    id: item.id().to_owned(),
                    detail: format!("not an item of {}", page.category.as_str()),
                }
                .into());
            }
            apply_item(
                &tx,
                item,
                raw,
                page_id,
                today,
                now,
                &mut children,
                &mut applied,
            )?;
        }
        if page_id.is_some() {
            // Pages whose every item has come again on a newer page.
            cached_execute(
                &tx,
                "DELETE FROM official_pages WHERE NOT EXISTS
                     (SELECT 1 FROM official_items i WHERE i.page_id = official_pages.id)",
                [],
            )?;
        }
        cached_execute(
            &tx,
            "INSERT INTO sync_cursors (category, cursor, etag, synced_at, issued_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (category) DO UPDATE
             SET cursor = excluded.cursor, etag = excluded.etag, synced_at = excluded.synced_at,
                 issued_at = excluded.issued_at",
            params![
                page.category.as_str(),
                page.next.cursor,
                page.next.etag,
                now,
                issued_at
            ],
        )?;
        tx.commit()?;
        Ok(applied)
    }

    /// Where the pull of `category` continues.
    pub fn sync_cursor(&self, category: Category) -> Result<Cursor> {
        Ok(self
            .conn
            .query_row(
                "SELECT cursor, etag FROM sync_cursors WHERE category = ?1",
                [category.as_str()],
                |r| {
                    Ok(Cursor {
                        cursor: r.get(0)?,
                        etag: r.get(1)?,
                    })
                },
            )
            .optional()?
            .unwrap_or(Cursor {
                cursor: None,
                etag: None,
            }))
    }

    /// Forgets where the pull of `category` stands (the portal refused the
    /// cursor): the next request starts from the beginning. The time of the
    /// newest page applied stays: an older page is still refused.
    pub fn reset_sync_cursor(&self, category: Category) -> Result<()> {
        cached_execute(
            &self.conn,
            "UPDATE sync_cursors SET cursor = NULL, etag = NULL WHERE category = ?1",
            [category.as_str()],
        )?;
        Ok(())
    }

    /// When the portal signed the newest page applied to `category` (a
    /// newer consent starts afresh).
    pub fn newest_page_issued_at(&self, category: Category) -> Result<Option<NaiveDateTime>> {
        let s: Option<String> = self
            .conn
            .query_row(
                "SELECT issued_at FROM sync_cursors WHERE category = ?1",
                [category.as_str()],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        Ok(s.as_deref().and_then(parse_issued_at))
    }
}

#[allow(clippy::too_many_arguments)]
fn apply_item(
    tx: &Transaction,
    item: &OfficialItem,
    raw: &str,
    page_id: Option<i64>,
    today: Date,
    now: &str,
    children: &mut ChildCache,
    applied: &mut Applied,
) -> std::result::Result<(), ApplyError> {
    let category = item.category().as_str();
    let id = storage_id(item);
    // As the portal sent it, in serde_json's compact form (the sync client
    // re-serialises each verified item), so equal content compares equal.
    let payload = raw;
    let existing: Option<(String, String, Option<RecordId>)> = cached_query_row(
        tx,
        "SELECT payload, state, record_id FROM official_items
             WHERE category = ?1 AND portal_id = ?2",
        params![category, id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .optional()?;
    if let Some((old, state, record_id)) = existing {
        if old == payload {
            // Still what a signed page says: an item stored before pages
            // were kept now gets one.
            if page_id.is_some() {
                cached_execute(
                    tx,
                    "UPDATE official_items SET page_id = ?3
                     WHERE category = ?1 AND portal_id = ?2 AND page_id IS NULL",
                    params![category, id, page_id],
                )?;
            }
            applied.unchanged += 1;
            return Ok(());
        }
        // The portal corrected the item: keep its newest content; a read-only
        // record made from it follows (with history). The parent's records
        // are never touched.
        if let (OfficialItem::Vaccinations(v), "added", Some(record_id)) =
            (item, state.as_str(), record_id)
        {
            let child_id =
                children
                    .local(tx, &v.child_id)?
                    .ok_or_else(|| ApplyError::UnknownChild {
                        item: v.id.clone(),
                        child: v.child_id.clone(),
                    })?;
            let data = v.to_record_data(children.birth(tx, child_id)?, today)?;
            let previous: String = cached_query_row(
                tx,
                "SELECT data FROM records WHERE id = ?1",
                [record_id],
                |r| r.get(0),
            )?;
            cached_execute(
                tx,
                "INSERT INTO record_history (record_id, change, previous, changed_at)
                 VALUES (?1, 'edit', ?2, ?3)",
                params![record_id, previous, now],
            )?;
            cached_execute(
                tx,
                "UPDATE records SET data = ?2, date = ?3, updated_at = ?4
                 WHERE id = ?1 AND portal_id IS NOT NULL",
                params![record_id, record_json(&data)?, data.date(), now],
            )?;
        }
        cached_execute(
            tx,
            "UPDATE official_items SET payload = ?3, updated_at = ?4, page_id = ?5
             WHERE category = ?1 AND portal_id = ?2",
            params![category, id, payload, now, page_id],
        )?;
        applied.updated += 1;
        return Ok(());
    }

    let mut child_of = |portal_child: &str| -> std::result::Result<RecordId, ApplyError> {
        children
            .local(tx, portal_child)?
            .ok_or_else(|| ApplyError::UnknownChild {
                item: id.clone(),
                child: portal_child.to_owned(),
            })
    };
    let (child_id, state, record_id) = match item {
        OfficialItem::Children(c) => {
            let new_child = c.to_new_child(today)?;
            let mut stmt = tx.prepare_cached(
                "SELECT id, name, sex FROM children WHERE birth_date = ?1 ORDER BY id",
            )?;
            let same_day: Vec<(RecordId, String, Option<String>)> = stmt
                .query_map([c.birth_date], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let mut unclaimed = Vec::new();
            for (local, name, sex) in same_day {
                // A child the parent said is a girl is not the portal's boy.
                let other_sex = matches!((&sex, c.sex), (Some(s), Some(o)) if s != o.id());
                if !other_sex && local_is_unclaimed(tx, local)? {
                    unclaimed.push((local, name));
                }
            }
            // The portal's children born that day: in this page, and those
            // already received (twins may come on different pages).
            let received: usize = cached_query_row(
                tx,
                "SELECT count(*) FROM official_items
                 WHERE category = 'children' AND json_extract(payload, '$.birth_date') = ?1",
                [c.birth_date],
                |r| r.get::<_, i64>(0),
            )? as usize;
            let in_page = children
                .portal_births
                .get(&c.birth_date)
                .copied()
                .unwrap_or(1);
            let known = match_child(c, &unclaimed, in_page + received);
            let (child_id, created) = match known {
                Some(local) => {
                    applied.linked += 1;
                    (local, false)
                }
                None => {
                    cached_execute(
                        tx,
                        "INSERT INTO children (name, birth_date, sex) VALUES (?1, ?2, ?3)",
                        params![
                            new_child.name(),
                            new_child.birth_date(),
                            new_child.sex().map(hagukumi_core::growth::Sex::id)
                        ],
                    )?;
                    applied.added += 1;
                    (tx.last_insert_rowid(), true)
                }
            };
            cached_execute(tx,
                "INSERT INTO portal_children (portal_child_id, child_id, created) VALUES (?1, ?2, ?3)",
                params![c.id, child_id, created],
            )?;
            // Items kept for display that came before their child (its
            // details were not shared yet, or failed) now find it.
            cached_execute(
                tx,
                "UPDATE official_items SET child_id = ?2
                 WHERE child_id IS NULL AND category IN ('checkups', 'certificates')
                   AND json_extract(payload, '$.child_id') = ?1",
                params![c.id, child_id],
            )?;
            (Some(child_id), ItemState::Info, None)
        }
        OfficialItem::Vaccinations(v) => {
            let child_id = child_of(&v.child_id)?;
            let data = v.to_record_data(children.birth(tx, child_id)?, today)?;
            let RecordData::Vaccination(vac) = &data else {
                unreachable!("a vaccination input validates to a vaccination")
            };
            match merge_vaccination(vac, &child_records(tx, child_id)?) {
                VaccinationMerge::Add => {
                    applied.added += 1;
                    let record = insert_official_record(tx, child_id, &v.id, &data, now)?;
                    (Some(child_id), ItemState::Added, Some(record))
                }
                VaccinationMerge::Link(mine) => {
                    applied.linked += 1;
                    (Some(child_id), ItemState::Linked, Some(mine))
                }
                VaccinationMerge::Conflict(mine) => {
                    applied.conflicts += 1;
                    (Some(child_id), ItemState::Conflict, Some(mine))
                }
            }
        }
        other => {
            applied.added += 1;
            // Kept for display: one whose child is not known here (its
            // details were not shared) is shown with the family's items.
            let child_id = match other.child_ref() {
                Some(c) => children.local(tx, c)?,
                None => None,
            };
            (child_id, ItemState::Info, None)
        }
    };
    cached_execute(
        tx,
        "INSERT INTO official_items
             (category, portal_id, child_id, payload, state, record_id, received_at, updated_at,
              page_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8)",
        params![
            category,
            id,
            child_id,
            payload,
            state.as_str(),
            record_id,
            now,
            page_id
        ],
    )?;
    Ok(())
}

/// A handbook child not yet matched to another portal child (twins with the
/// same name and birthday are two children).
fn local_is_unclaimed(tx: &Transaction, child_id: RecordId) -> Result<bool> {
    Ok(!cached_query_row(
        tx,
        "SELECT EXISTS (SELECT 1 FROM portal_children WHERE child_id = ?1)",
        [child_id],
        |r| r.get::<_, bool>(0),
    )?)
}
