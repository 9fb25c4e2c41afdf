//! The sync's settings: the portal, the consented scopes and account, and
//! the status line.

use super::cached_execute;
use super::page::PageEnvelope;
use super::SyncStatus;
use crate::settings::{get as setting, set as set_setting};
use crate::{stamp, Result, Store};
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::model::RecordId;
use hagukumi_core::official::Category;
use rusqlite::params;

const SETTING_PORTAL: &str = "sync_portal";
const SETTING_SCOPES: &str = "sync_scopes";
const SETTING_SUCCESS: &str = "sync_last_success";
const SETTING_ATTEMPT: &str = "sync_last_attempt";
const SETTING_ERROR: &str = "sync_last_error";
/// The portal account whose official items the handbook holds (the
/// consent's, or the one an import kept official items of).
pub(crate) const SETTING_ACCOUNT: &str = "sync_account";

/// Makes `account` the handbook's portal account. Official items that came
/// in a page of another account (and, when the handbook held another
/// account, those whose page is unknown) become the parent's own, as an
/// unverified import makes them: the record loses its `portal_id`
/// (editable, deletable), the item and the portal child it proved are
/// forgotten. Returns how many items were demoted.
pub(super) fn bind_account(tx: &rusqlite::Connection, account: &str) -> Result<usize> {
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

impl Store {
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
}
