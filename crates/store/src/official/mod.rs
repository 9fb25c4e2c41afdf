//! Official data from the portal: applying a verified page (one transaction,
//! cursor included), the merge with the parent's own records, conflicts, the
//! sync status, and the outbox of writes.
//!
//! The rule of this module: the parent's own records are never changed by a
//! sync. An official vaccination becomes a read-only record (`portal_id` set),
//! is linked to the parent's identical entry, or is held as a conflict until
//! the parent decides (`resolve_conflict`).

mod apply;
mod conflicts;
mod outbox;
mod page;
mod records;
mod status;

pub use apply::{Applied, ApplyError};
pub use conflicts::{ConflictProblem, ItemState, Resolution, StoredItem};
pub use outbox::{OutboxEntry, OutboxState};
pub use page::{
    parse_issued_at, Cursor, Page, PageEnvelope, PinnedKey, SignedPage, ISSUED_AT_FORMAT,
};
pub(crate) use status::SETTING_ACCOUNT;

use crate::StoreError;
pub use hagukumi_core::official::SyncStatus;

fn corrupt(what: &str, e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("{what}: {e}"))
}

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
