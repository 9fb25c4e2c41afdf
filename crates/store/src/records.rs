//! A child's records: add, list, edit (with history), soft delete and undo.

use crate::{parse_sex, parse_stamp, stamp, Result, Store, StoreError};
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::model::RecordId;
use hagukumi_core::records::{can_restore, HistoryEntry, Record, RecordData, RecordKind};
use hagukumi_core::Child;
use rusqlite::{params, OptionalExtension};

fn to_json(data: &RecordData) -> Result<String> {
    serde_json::to_string(data).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn from_json(s: &str) -> Result<RecordData> {
    serde_json::from_str(s).map_err(|e| StoreError::Corrupt(format!("record: {e}")))
}

/// Why a record operation was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordProblem {
    NoSuchChild,
    NoSuchRecord,
    /// Deleted more than 30 days ago (or not deleted at all).
    CannotRestore,
    /// The child already has a live record of this kind, which a child has
    /// at most once (the birth, `RecordKind::once_per_child`): its id.
    AlreadyRecorded(RecordId),
    /// The record came from the portal and is read-only.
    Official,
}

impl Store {
    /// One child, if there is one with this id.
    pub fn child(&self, id: RecordId) -> Result<Option<Child>> {
        let row = self
            .conn
            .query_row(
                "SELECT id, name, birth_date, sex FROM children WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        Child {
                            id: r.get(0)?,
                            name: r.get(1)?,
                            birth_date: r.get(2)?,
                            sex: None,
                        },
                        r.get::<_, Option<String>>(3)?,
                    ))
                },
            )
            .optional()?;
        row.map(|(mut child, sex)| {
            child.sex = sex.as_deref().map(parse_sex).transpose()?;
            Ok(child)
        })
        .transpose()
    }

    fn child_exists(&self, child_id: RecordId) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM children WHERE id = ?1)",
            [child_id],
            |r| r.get(0),
        )?)
    }

    /// The child's live record of `kind`, for kinds a child has at most once.
    fn existing_once(&self, child_id: RecordId, kind: RecordKind) -> Result<Option<RecordId>> {
        if !kind.once_per_child() {
            return Ok(None);
        }
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM records
                 WHERE child_id = ?1 AND kind = ?2 AND deleted_at IS NULL
                 ORDER BY id LIMIT 1",
                params![child_id, kind.as_str()],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Adds a validated record to a child (refused for a second birth).
    pub fn add_record(
        &self,
        child_id: RecordId,
        data: &RecordData,
        now: NaiveDateTime,
    ) -> Result<std::result::Result<Record, RecordProblem>> {
        if !self.child_exists(child_id)? {
            return Ok(Err(RecordProblem::NoSuchChild));
        }
        if let Some(existing) = self.existing_once(child_id, data.kind())? {
            return Ok(Err(RecordProblem::AlreadyRecorded(existing)));
        }
        let now = stamp(now);
        self.conn.execute(
            "INSERT INTO records (child_id, kind, date, data, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![
                child_id,
                data.kind().as_str(),
                data.date(),
                to_json(data)?,
                now
            ],
        )?;
        Ok(Ok(Record {
            id: self.conn.last_insert_rowid(),
            child_id,
            data: data.clone(),
            deleted_at: None,
            official: false,
        }))
    }

    /// A child's records, oldest first; deleted ones only when asked.
    pub fn records(
        &self,
        child_id: RecordId,
        kind: Option<RecordKind>,
        include_deleted: bool,
    ) -> Result<Vec<Record>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, child_id, data, deleted_at, portal_id IS NOT NULL FROM records
             WHERE child_id = ?1 AND (?2 IS NULL OR kind = ?2)
               AND (?3 OR deleted_at IS NULL)
             ORDER BY date, id",
        )?;
        let rows = stmt.query_map(
            params![child_id, kind.map(RecordKind::as_str), include_deleted],
            |r| {
                Ok((
                    r.get::<_, RecordId>(0)?,
                    r.get::<_, RecordId>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, bool>(4)?,
                ))
            },
        )?;
        rows.map(|row| {
            let (id, child_id, data, deleted_at, official) = row?;
            Ok(Record {
                id,
                child_id,
                data: from_json(&data)?,
                deleted_at,
                official,
            })
        })
        .collect()
    }

    pub fn record(&self, id: RecordId) -> Result<Option<Record>> {
        let row = self
            .conn
            .query_row(
                "SELECT child_id, data, deleted_at, portal_id IS NOT NULL FROM records
                 WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, RecordId>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, bool>(3)?,
                    ))
                },
            )
            .optional()?;
        row.map(|(child_id, data, deleted_at, official)| {
            Ok(Record {
                id,
                child_id,
                data: from_json(&data)?,
                deleted_at,
                official,
            })
        })
        .transpose()
    }

    /// Replaces a record's content, keeping the previous version in its
    /// history (one transaction). The kind may not change.
    pub fn edit_record(
        &mut self,
        id: RecordId,
        data: &RecordData,
        now: NaiveDateTime,
    ) -> Result<std::result::Result<Record, RecordProblem>> {
        let Some(old) = self.record(id)? else {
            return Ok(Err(RecordProblem::NoSuchRecord));
        };
        if old.deleted_at.is_some() || old.data.kind() != data.kind() {
            return Ok(Err(RecordProblem::NoSuchRecord));
        }
        if old.official {
            return Ok(Err(RecordProblem::Official));
        }
        let now = stamp(now);
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO record_history (record_id, change, previous, changed_at)
             VALUES (?1, 'edit', ?2, ?3)",
            params![id, to_json(&old.data)?, now],
        )?;
        tx.execute(
            "UPDATE records SET data = ?2, date = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, to_json(data)?, data.date(), now],
        )?;
        tx.commit()?;
        Ok(Ok(Record {
            data: data.clone(),
            ..old
        }))
    }

    /// Soft-deletes a record; it can be restored for 30 days.
    pub fn delete_record(
        &mut self,
        id: RecordId,
        now: NaiveDateTime,
    ) -> Result<std::result::Result<(), RecordProblem>> {
        let Some(old) = self.record(id)? else {
            return Ok(Err(RecordProblem::NoSuchRecord));
        };
        if old.deleted_at.is_some() {
            return Ok(Err(RecordProblem::NoSuchRecord));
        }
        if old.official {
            return Ok(Err(RecordProblem::Official));
        }
        let now = stamp(now);
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO record_history (record_id, change, previous, changed_at)
             VALUES (?1, 'delete', ?2, ?3)",
            params![id, to_json(&old.data)?, now],
        )?;
        tx.execute(
            "UPDATE records SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1",
            params![id, now],
        )?;
        tx.commit()?;
        Ok(Ok(()))
    }

    /// Undoes a deletion made at most 30 days before `now` (refused when it
    /// would give the child a second birth record).
    pub fn restore_record(
        &mut self,
        id: RecordId,
        now: NaiveDateTime,
    ) -> Result<std::result::Result<Record, RecordProblem>> {
        let Some(old) = self.record(id)? else {
            return Ok(Err(RecordProblem::NoSuchRecord));
        };
        let Some(deleted_at) = &old.deleted_at else {
            return Ok(Err(RecordProblem::CannotRestore));
        };
        if !can_restore(parse_stamp(deleted_at)?, now) {
            return Ok(Err(RecordProblem::CannotRestore));
        }
        if let Some(existing) = self.existing_once(old.child_id, old.data.kind())? {
            return Ok(Err(RecordProblem::AlreadyRecorded(existing)));
        }
        let now = stamp(now);
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO record_history (record_id, change, previous, changed_at)
             VALUES (?1, 'restore', ?2, ?3)",
            params![id, to_json(&old.data)?, now],
        )?;
        tx.execute(
            "UPDATE records SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1",
            params![id, now],
        )?;
        tx.commit()?;
        Ok(Ok(Record {
            deleted_at: None,
            ..old
        }))
    }

    /// A record's earlier versions, oldest first.
    pub fn record_history(&self, id: RecordId) -> Result<Vec<HistoryEntry>> {
        let mut stmt = self.conn.prepare(
            "SELECT change, previous, changed_at FROM record_history
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
            Ok(HistoryEntry {
                record_id: id,
                change,
                previous: from_json(&previous)?,
                changed_at,
            })
        })
        .collect()
    }
}
