// tidy: over budget because apply/merge, conflicts, status, the outbox and settings in one file; #11 splits it by job.
//! Official data from the portal: applying a verified page (one transaction,
//! cursor included), the merge with the parent's own records, conflicts, the
//! sync status, and the outbox of writes.
//!
//! The rule of this module: the parent's own records are never changed by a
//! sync. An official vaccination becomes a read-only record (`portal_id` set),
//! is linked to the parent's identical entry, or is held as a conflict until
//! the parent decides (`resolve_conflict`).

use crate::{stamp, Result, Store, StoreError};
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::model::RecordId;
pub use hagukumi_core::official::SyncStatus;
use hagukumi_core::official::{
    match_child, merge_vaccination, Category, ItemError, OfficialItem, VaccinationMerge,
};
use hagukumi_core::records::RecordData;
use hagukumi_core::Date;
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

fn corrupt(what: &str, e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("{what}: {e}"))
}

/// Where a category's pull stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    /// The cursor to ask for next (`None`: from the start).
    pub cursor: Option<String>,
    /// The ETag of that page as last seen, when it was the last page.
    pub etag: Option<String>,
}

/// One verified page, ready to apply.
#[derive(Debug, Clone)]
pub struct Page {
    pub category: Category,
    /// Each item with its JSON as the portal sent it, written compactly by
    /// serde_json (equal content gives equal text).
    pub items: Vec<(OfficialItem, String)>,
    /// Where the pull continues after this page.
    pub next: Cursor,
    /// When the portal signed the page: a page older than one already
    /// applied to this category is refused ([`ApplyError::Stale`]).
    pub issued_at: Option<NaiveDateTime>,
    /// The page as signed, kept with its items so that an export can carry
    /// it and an import can check it again.
    pub signed: Option<SignedPage>,
    /// The account the page is signed for (the consent's): official items
    /// of another account held by the handbook become the parent's own.
    pub account: Option<String>,
}

/// The format of a page's `issued_at` (RFC 3339, UTC, milliseconds).
pub const ISSUED_AT_FORMAT: &str = "%Y-%m-%dT%H:%M:%S%.3fZ";

/// Reads an `issued_at` (RFC 3339 in UTC, `Z`, any fraction of a second).
pub fn parse_issued_at(s: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.fZ").ok()
}

/// A portal's Ed25519 signing key as pinned by the app (its profile).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinnedKey {
    pub key_id: String,
    /// Raw Ed25519 public key (32 bytes).
    pub public_key: Vec<u8>,
}

impl PinnedKey {
    /// Whether `signature` (standard base64) is this key's signature of
    /// `message`, made by the key named `key_id`.
    pub fn verifies(&self, key_id: &str, message: &[u8], signature: &str) -> bool {
        use base64::Engine as _;
        if key_id != self.key_id {
            return false;
        }
        let Ok(signature) = base64::engine::general_purpose::STANDARD.decode(signature.trim())
        else {
            return false;
        };
        ring::signature::UnparsedPublicKey::new(&ring::signature::ED25519, &self.public_key)
            .verify(message, &signature)
            .is_ok()
    }
}

/// A page exactly as the portal signed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedPage {
    pub key_id: String,
    /// The Ed25519 signature of `body`, standard base64.
    pub signature: String,
    /// The page's body, byte for byte (a [`PageEnvelope`] in JSON).
    pub body: String,
}

impl SignedPage {
    /// The envelope, when one of `keys` signed the body.
    pub fn verified(&self, keys: &[PinnedKey]) -> Option<PageEnvelope> {
        keys.iter()
            .any(|k| k.verifies(&self.key_id, self.body.as_bytes(), &self.signature))
            .then(|| PageEnvelope::parse(self.body.as_bytes()).ok())
            .flatten()
    }
}

/// What a signed page says, and what it is for: the account, category and
/// cursor of the request it answers and when it was issued, so that it
/// cannot be replayed to another account, request or later
/// (`crates/portal/openapi.yaml`, `PageEnvelope`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PageEnvelope {
    pub account: String,
    pub category: String,
    /// The cursor of the request it answers (`""`: from the start).
    pub cursor: String,
    pub issued_at: String,
    pub items: Vec<serde_json::Value>,
    pub next_cursor: String,
    pub complete: bool,
}

impl PageEnvelope {
    pub fn parse(body: &[u8]) -> std::result::Result<PageEnvelope, String> {
        serde_json::from_slice(body).map_err(|e| e.to_string())
    }
}

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
    fn as_str(self) -> &'static str {
        match self {
            ItemState::Added => "added",
            ItemState::Linked => "linked",
            ItemState::Conflict => "conflict",
            ItemState::KeptMine => "kept-mine",
            ItemState::Info => "info",
        }
    }

    fn parse(s: &str) -> Result<ItemState> {
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

/// A write waiting to be sent, or sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub id: i64,
    pub idempotency_key: String,
    pub kind: String,
    pub child_id: Option<RecordId>,
    /// The JSON body sent to the portal.
    pub payload: String,
    pub state: OutboxState,
    pub attempts: u32,
    pub last_error: Option<String>,
    /// The portal's answer, once sent.
    pub response: Option<String>,
    pub created_at: String,
    pub sent_at: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutboxState {
    Pending,
    Sent,
    Rejected,
}

impl OutboxState {
    fn parse(s: &str) -> Result<OutboxState> {
        Ok(match s {
            "pending" => OutboxState::Pending,
            "sent" => OutboxState::Sent,
            "rejected" => OutboxState::Rejected,
            _ => return Err(corrupt("outbox state", s)),
        })
    }
}

const SETTING_PORTAL: &str = "sync_portal";
const SETTING_SCOPES: &str = "sync_scopes";
const SETTING_SUCCESS: &str = "sync_last_success";
const SETTING_ATTEMPT: &str = "sync_last_attempt";
const SETTING_ERROR: &str = "sync_last_error";
/// The portal account whose official items the handbook holds (the
/// consent's, or the one an import kept official items of).
pub(crate) const SETTING_ACCOUNT: &str = "sync_account";

/// `execute` through the connection's statement cache (a sync runs the same
/// few statements for thousands of items).
fn cached_execute<P: rusqlite::Params>(
    c: &rusqlite::Connection,
    sql: &str,
    params: P,
) -> rusqlite::Result<usize> {
    c.prepare_cached(sql)?.execute(params)
}

/// `query_row` through the statement cache.
fn cached_query_row<
    T,
    P: rusqlite::Params,
    F: FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
>(
    c: &rusqlite::Connection,
    sql: &str,
    params: P,
    f: F,
) -> rusqlite::Result<T> {
    c.prepare_cached(sql)?.query_row(params, f)
}

pub(crate) fn set_setting(tx: &rusqlite::Connection, key: &str, value: Option<&str>) -> Result<()> {
    match value {
        Some(v) => cached_execute(
            tx,
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, v],
        )?,
        None => cached_execute(tx, "DELETE FROM settings WHERE key = ?1", [key])?,
    };
    Ok(())
}

pub(crate) fn setting(conn: &rusqlite::Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

fn child_birth(tx: &Transaction, child_id: RecordId) -> Result<Date> {
    let s: String = cached_query_row(
        tx,
        "SELECT birth_date FROM children WHERE id = ?1",
        [child_id],
        |r| r.get(0),
    )?;
    s.parse().map_err(|e| corrupt("birth date", e))
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

    fn birth(&mut self, tx: &Transaction, child_id: RecordId) -> Result<Date> {
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

fn record_json(data: &RecordData) -> Result<String> {
    serde_json::to_string(data).map_err(|e| corrupt("record", e))
}

fn insert_official_record(
    tx: &Transaction,
    child_id: RecordId,
    portal_id: &str,
    data: &RecordData,
    now: &str,
) -> Result<RecordId> {
    cached_execute(
        tx,
        "INSERT INTO records (child_id, kind, date, data, created_at, updated_at, portal_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)",
        params![
            child_id,
            data.kind().as_str(),
            data.date(),
            record_json(data)?,
            now,
            portal_id
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// The child's live records, as core's merge rule reads them.
fn child_records(
    tx: &Transaction,
    child_id: RecordId,
) -> Result<Vec<hagukumi_core::records::Record>> {
    let mut stmt = tx.prepare_cached(
        "SELECT id, data, portal_id IS NOT NULL FROM records
         WHERE child_id = ?1 AND kind = 'vaccination' AND deleted_at IS NULL
           AND portal_id IS NULL",
    )?;
    let rows = stmt.query_map([child_id], |r| {
        Ok((
            r.get::<_, RecordId>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, bool>(2)?,
        ))
    })?;
    rows.map(|row| {
        let (id, data, official) = row?;
        Ok(hagukumi_core::records::Record {
            id,
            child_id,
            data: serde_json::from_str(&data).map_err(|e| corrupt("record", e))?,
            deleted_at: None,
            official,
        })
    })
    .collect()
}

/// Makes `account` the handbook's portal account. Official items that came
/// in a page of another account (and, when the handbook held another
/// account, those whose page is unknown) become the parent's own, as an
/// unverified import makes them: the record loses its `portal_id`
/// (editable, deletable), the item and the portal child it proved are
/// forgotten. Returns how many items were demoted.
fn bind_account(tx: &rusqlite::Connection, account: &str) -> Result<usize> {
    let held = setting(tx, SETTING_ACCOUNT)?;
    if account.is_empty() || held.as_deref() == Some(account) {
        return Ok(0);
    }
    let mut others = Vec::new();
    {
        let mut pages = tx.prepare("SELECT id, body FROM official_pages")?;
        let mut rows = pages.query([])?;
        while let Some(row) = rows.next()? {
            let body: String = row.get(1)?;
            let named = PageEnvelope::parse(body.as_bytes())
                .map(|e| e.account)
                .unwrap_or_default();
            if named != account {
                others.push(row.get::<_, i64>(0)?);
            }
        }
    }
    let demoted: Vec<(i64, String, String, Option<RecordId>)> = tx
        .prepare("SELECT id, category, portal_id, record_id, page_id FROM official_items")?
        .query_map([], |r| {
            Ok((
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?),
                r.get::<_, Option<i64>>(4)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter(|(_, page)| match page {
            Some(page) => others.contains(page),
            None => held.is_some(),
        })
        .map(|(item, _)| item)
        .collect();
    for (id, category, portal_id, record_id) in &demoted {
        if let Some(record) = record_id {
            tx.execute(
                "UPDATE records SET portal_id = NULL WHERE id = ?1 AND portal_id = ?2",
                params![record, portal_id],
            )?;
        }
        if category == Category::Children.as_str() {
            tx.execute(
                "DELETE FROM portal_children WHERE portal_child_id = ?1",
                [portal_id],
            )?;
        }
        tx.execute("DELETE FROM official_items WHERE id = ?1", [id])?;
    }
    tx.execute(
        "DELETE FROM official_pages WHERE NOT EXISTS
             (SELECT 1 FROM official_items i WHERE i.page_id = official_pages.id)",
        [],
    )?;
    set_setting(tx, SETTING_ACCOUNT, Some(account))?;
    Ok(demoted.len())
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

    /// The sync status for the status line.
    pub fn sync_status(&self) -> Result<SyncStatus> {
        let c = &self.conn;
        Ok(SyncStatus {
            portal: setting(c, SETTING_PORTAL)?,
            scopes: setting(c, SETTING_SCOPES)?
                .map(|s| s.split_whitespace().map(str::to_owned).collect())
                .unwrap_or_default(),
            last_success: setting(c, SETTING_SUCCESS)?,
            last_attempt: setting(c, SETTING_ATTEMPT)?,
            last_error: setting(c, SETTING_ERROR)?,
            pending_writes: c.query_row(
                "SELECT count(*) FROM outbox WHERE state = 'pending'",
                [],
                |r| r.get::<_, i64>(0),
            )? as usize,
            conflicts: c.query_row(
                "SELECT count(*) FROM official_items WHERE state = 'conflict'",
                [],
                |r| r.get::<_, i64>(0),
            )? as usize,
        })
    }

    /// Remembers the portal the handbook is connected to and the consented
    /// scopes (`None`: disconnected). Either way the cursors are forgotten:
    /// a new consent (perhaps for another account or portal) pulls
    /// everything again, which finds what is already here unchanged. The
    /// synced data stays.
    pub fn set_portal(&mut self, portal: Option<(&str, &[String])>) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        match portal {
            Some((url, scopes)) => {
                set_setting(&tx, SETTING_PORTAL, Some(url))?;
                set_setting(&tx, SETTING_SCOPES, Some(&scopes.join(" ")))?;
            }
            None => {
                set_setting(&tx, SETTING_PORTAL, None)?;
                set_setting(&tx, SETTING_SCOPES, None)?;
            }
        }
        set_setting(&tx, SETTING_ERROR, None)?;
        cached_execute(&tx, "DELETE FROM sync_cursors", [])?;
        tx.commit()?;
        Ok(())
    }

    /// Remembers the portal account a consent is for. Official items of
    /// another account become the parent's own (see the import's rule in
    /// `docs/export-format.md`); returns how many.
    pub fn bind_portal_account(&mut self, account: &str) -> Result<usize> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let demoted = bind_account(&tx, account)?;
        tx.commit()?;
        Ok(demoted)
    }

    /// The portal account whose official items the handbook holds, if known.
    pub fn portal_account(&self) -> Result<Option<String>> {
        setting(&self.conn, SETTING_ACCOUNT)
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

    /// Records the end of a sync attempt: `error` is a Fluent message id, or
    /// `None` for success.
    pub fn note_sync(&self, error: Option<&str>, now: NaiveDateTime) -> Result<()> {
        let now = stamp(now);
        set_setting(&self.conn, SETTING_ATTEMPT, Some(&now))?;
        if error.is_none() {
            set_setting(&self.conn, SETTING_SUCCESS, Some(&now))?;
        }
        set_setting(&self.conn, SETTING_ERROR, error)?;
        Ok(())
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

    // ------------------------------------------------------------- outbox

    /// Queues a write. The idempotency key is chosen by the caller (random,
    /// made once) and sent with every attempt.
    pub fn queue_write(
        &self,
        kind: &str,
        child_id: Option<RecordId>,
        payload: &serde_json::Value,
        idempotency_key: &str,
        now: NaiveDateTime,
    ) -> Result<OutboxEntry> {
        self.conn.execute(
            "INSERT INTO outbox (idempotency_key, kind, child_id, payload, state, created_at)
             VALUES (?1, ?2, ?3, ?4, 'pending', ?5)",
            params![
                idempotency_key,
                kind,
                child_id,
                payload.to_string(),
                stamp(now)
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        self.outbox_entry(id)?
            .ok_or_else(|| corrupt("outbox", "entry vanished"))
    }

    fn outbox_entry(&self, id: i64) -> Result<Option<OutboxEntry>> {
        Ok(self.outbox(Some(id))?.into_iter().next())
    }

    /// The outbox, oldest first (or one entry).
    pub fn outbox(&self, id: Option<i64>) -> Result<Vec<OutboxEntry>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, idempotency_key, kind, child_id, payload, state, attempts, last_error,
                    response, created_at, sent_at
             FROM outbox WHERE ?1 IS NULL OR id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok((
                OutboxEntry {
                    id: r.get(0)?,
                    idempotency_key: r.get(1)?,
                    kind: r.get(2)?,
                    child_id: r.get(3)?,
                    payload: r.get(4)?,
                    state: OutboxState::Pending,
                    attempts: r.get(6)?,
                    last_error: r.get(7)?,
                    response: r.get(8)?,
                    created_at: r.get(9)?,
                    sent_at: r.get(10)?,
                },
                r.get::<_, String>(5)?,
            ))
        })?;
        rows.map(|row| {
            let (mut entry, state) = row?;
            entry.state = OutboxState::parse(&state)?;
            Ok(entry)
        })
        .collect()
    }

    /// Pending writes, oldest first.
    pub fn pending_writes(&self) -> Result<Vec<OutboxEntry>> {
        Ok(self
            .outbox(None)?
            .into_iter()
            .filter(|e| e.state == OutboxState::Pending)
            .collect())
    }

    /// Counts an attempt that failed in a way worth retrying.
    pub fn note_write_attempt(&self, id: i64, error: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?2
             WHERE id = ?1 AND state = 'pending'",
            params![id, error],
        )?;
        Ok(())
    }

    /// The portal accepted the write (`response` is its JSON answer) or
    /// refused it for good (`rejected`, with the reason).
    pub fn finish_write(
        &self,
        id: i64,
        outcome: std::result::Result<&serde_json::Value, &str>,
        now: NaiveDateTime,
    ) -> Result<()> {
        let now = stamp(now);
        match outcome {
            Ok(response) => self.conn.execute(
                "UPDATE outbox SET state = 'sent', attempts = attempts + 1, response = ?2,
                        sent_at = ?3, last_error = NULL
                 WHERE id = ?1 AND state = 'pending'",
                params![id, response.to_string(), now],
            )?,
            Err(reason) => self.conn.execute(
                "UPDATE outbox SET state = 'rejected', attempts = attempts + 1, last_error = ?2
                 WHERE id = ?1 AND state = 'pending'",
                params![id, reason],
            )?,
        };
        Ok(())
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
