//! A pregnancy's records (and the mother's after the birth): add, list,
//! edit (with history), soft delete and undo. The same rules as a child's
//! records (`records.rs`), in the tables of migration 0005.

use crate::{parse_stamp, stamp, Result, Store, StoreError};
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::model::RecordId;
use hagukumi_core::pregnancy_records::{
    PregnancyHistoryEntry, PregnancyRecord, PregnancyRecordData, PregnancyRecordKind,
};
use hagukumi_core::records::can_restore;
use hagukumi_core::Pregnancy;
use rusqlite::{params, OptionalExtension};

fn to_json(data: &PregnancyRecordData) -> Result<String> {
    serde_json::to_string(data).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn from_json(s: &str) -> Result<PregnancyRecordData> {
    serde_json::from_str(s).map_err(|e| StoreError::Corrupt(format!("pregnancy record: {e}")))
}

/// Why a pregnancy record operation was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PregnancyRecordProblem {
    NoSuchPregnancy,
    NoSuchRecord,
    /// Deleted more than 30 days ago (or not deleted at all).
    CannotRestore,
}

/// The result of an operation that may be refused.
type Outcome<T> = std::result::Result<T, PregnancyRecordProblem>;

impl Store {
    /// One pregnancy, if there is one with this id.
    pub fn pregnancy(&self, id: RecordId) -> Result<Option<Pregnancy>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, label, expected_date FROM pregnancies WHERE id = ?1",
                [id],
                |r| {
                    Ok(Pregnancy {
                        id: r.get(0)?,
                        label: r.get(1)?,
                        expected_date: r.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    /// Adds a validated record to a pregnancy.
    pub fn add_pregnancy_record(
        &self,
        pregnancy_id: RecordId,
        data: &PregnancyRecordData,
        now: NaiveDateTime,
    ) -> Result<Outcome<PregnancyRecord>> {
        if self.pregnancy(pregnancy_id)?.is_none() {
            return Ok(Err(PregnancyRecordProblem::NoSuchPregnancy));
        }
        let now = stamp(now);
        self.conn.execute(
            "INSERT INTO pregnancy_records (pregnancy_id, kind, date, data, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![
                pregnancy_id,
                data.kind().as_str(),
                data.date(),
                to_json(data)?,
                now
            ],
        )?;
        Ok(Ok(PregnancyRecord {
            id: self.conn.last_insert_rowid(),
            pregnancy_id,
            data: data.clone(),
            deleted_at: None,
        }))
    }

    /// A pregnancy's records, oldest first; deleted ones only when asked.
    pub fn pregnancy_records(
        &self,
        pregnancy_id: RecordId,
        kind: Option<PregnancyRecordKind>,
        include_deleted: bool,
    ) -> Result<Vec<PregnancyRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, pregnancy_id, data, deleted_at FROM pregnancy_records
             WHERE pregnancy_id = ?1 AND (?2 IS NULL OR kind = ?2)
               AND (?3 OR deleted_at IS NULL)
             ORDER BY date, id",
        )?;
        let rows = stmt.query_map(
            params![
                pregnancy_id,
                kind.map(PregnancyRecordKind::as_str),
                include_deleted
            ],
            |r| {
                Ok((
                    r.get::<_, RecordId>(0)?,
                    r.get::<_, RecordId>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                ))
            },
        )?;
        rows.map(|row| {
            let (id, pregnancy_id, data, deleted_at) = row?;
            Ok(PregnancyRecord {
                id,
                pregnancy_id,
                data: from_json(&data)?,
                deleted_at,
            })
        })
        .collect()
    }

    pub fn pregnancy_record(&self, id: RecordId) -> Result<Option<PregnancyRecord>> {
        let row = self
            .conn
            .query_row(
                "SELECT pregnancy_id, data, deleted_at FROM pregnancy_records WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, RecordId>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                    ))
                },
            )
            .optional()?;
        row.map(|(pregnancy_id, data, deleted_at)| {
            Ok(PregnancyRecord {
                id,
                pregnancy_id,
                data: from_json(&data)?,
                deleted_at,
            })
        })
        .transpose()
    }

    /// Writes `old`'s content to the history as `change` at `now`, then runs
    /// `update` (which sets `updated_at` to the same `now`), in one
    /// transaction.
    fn change_pregnancy_record(
        &mut self,
        id: RecordId,
        change: &str,
        old: &PregnancyRecordData,
        now: &str,
        update: &str,
        update_params: impl rusqlite::Params,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO pregnancy_record_history (record_id, change, previous, changed_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![id, change, to_json(old)?, now],
        )?;
        tx.execute(update, update_params)?;
        tx.commit()?;
        Ok(())
    }

    /// Replaces a record's content, keeping the previous version in its
    /// history (one transaction). The kind may not change.
    pub fn edit_pregnancy_record(
        &mut self,
        id: RecordId,
        data: &PregnancyRecordData,
        now: NaiveDateTime,
    ) -> Result<Outcome<PregnancyRecord>> {
        let Some(old) = self.pregnancy_record(id)? else {
            return Ok(Err(PregnancyRecordProblem::NoSuchRecord));
        };
        if old.deleted_at.is_some() || old.data.kind() != data.kind() {
            return Ok(Err(PregnancyRecordProblem::NoSuchRecord));
        }
        let now = stamp(now);
        self.change_pregnancy_record(
            id,
            "edit",
            &old.data,
            &now,
            "UPDATE pregnancy_records SET data = ?2, date = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, to_json(data)?, data.date(), now],
        )?;
        Ok(Ok(PregnancyRecord {
            data: data.clone(),
            ..old
        }))
    }

    /// Soft-deletes a record; it can be restored for 30 days.
    pub fn delete_pregnancy_record(
        &mut self,
        id: RecordId,
        now: NaiveDateTime,
    ) -> Result<Outcome<()>> {
        let Some(old) = self.pregnancy_record(id)? else {
            return Ok(Err(PregnancyRecordProblem::NoSuchRecord));
        };
        if old.deleted_at.is_some() {
            return Ok(Err(PregnancyRecordProblem::NoSuchRecord));
        }
        let now = stamp(now);
        self.change_pregnancy_record(
            id,
            "delete",
            &old.data,
            &now,
            "UPDATE pregnancy_records SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1",
            params![id, now],
        )?;
        Ok(Ok(()))
    }

    /// Undoes a deletion made at most 30 days before `now`.
    pub fn restore_pregnancy_record(
        &mut self,
        id: RecordId,
        now: NaiveDateTime,
    ) -> Result<Outcome<PregnancyRecord>> {
        let Some(old) = self.pregnancy_record(id)? else {
            return Ok(Err(PregnancyRecordProblem::NoSuchRecord));
        };
        let Some(deleted_at) = &old.deleted_at else {
            return Ok(Err(PregnancyRecordProblem::CannotRestore));
        };
        if !can_restore(parse_stamp(deleted_at)?, now) {
            return Ok(Err(PregnancyRecordProblem::CannotRestore));
        }
        let now = stamp(now);
        self.change_pregnancy_record(
            id,
            "restore",
            &old.data,
            &now,
            "UPDATE pregnancy_records SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1",
            params![id, now],
        )?;
        Ok(Ok(PregnancyRecord {
            deleted_at: None,
            ..old
        }))
    }

    /// A pregnancy record's earlier versions, oldest first.
    pub fn pregnancy_record_history(&self, id: RecordId) -> Result<Vec<PregnancyHistoryEntry>> {
        let mut stmt = self.conn.prepare(
            "SELECT change, previous, changed_at FROM pregnancy_record_history
             WHERE record_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        rows.map(|row| {
            let (change, previous, changed_at) = row?;
            Ok(PregnancyHistoryEntry {
                record_id: id,
                change,
                previous: from_json(&previous)?,
                changed_at,
            })
        })
        .collect()
    }
}
