//! The handbook records official items become, and what the merge reads of
//! a child (shared by applying a page and resolving a conflict).

use super::{cached_execute, cached_query_row, corrupt};
use crate::Result;
use hagukumi_core::model::RecordId;
use hagukumi_core::records::RecordData;
use hagukumi_core::Date;
use rusqlite::{params, Transaction};

pub(super) fn child_birth(tx: &Transaction, child_id: RecordId) -> Result<Date> {
    let s: String = cached_query_row(
        tx,
        "SELECT birth_date FROM children WHERE id = ?1",
        [child_id],
        |r| r.get(0),
    )?;
    s.parse().map_err(|e| corrupt("birth date", e))
}

pub(super) fn record_json(data: &RecordData) -> Result<String> {
    serde_json::to_string(data).map_err(|e| corrupt("record", e))
}

pub(super) fn insert_official_record(
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
pub(super) fn child_records(
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
