//! One record layer for every [`Book`]: add, list, get, edit (keeping the
//! previous version in the history), soft delete and the 30-day undo, with
//! one change helper. Each book's tables and owner column are fixed by its
//! [`Shelf`] (as `photos.rs` fixes its `Table`s), so the SQL is written once.
//!
//! ```text
//! let birth = store.owner::<ChildBook>(child_id)?.ok_or(…)?;
//! let data = ChildBook::validate(&input, &birth, today)?;
//! let record = store.add::<ChildBook>(child_id, &data, now)?;
//! let mine = store.list::<PregnancyBook>(pregnancy_id, None, false)?;
//! ```
//!
//! Reading records (`list`, and in pages: `page`, `count`, `restorable`,
//! `of_kinds`) is `crate::pages`.

use crate::photos::{parse_mime, PhotoInfo, PhotoTable};
use crate::{parse_stamp, stamp, Result, Store, StoreError};
use hagukumi_core::book::{can_restore, Book, History, Stored};
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::model::RecordId;
use hagukumi_core::pregnancy_records::PregnancyBook;
use hagukumi_core::records::ChildBook;
use rusqlite::{params, OptionalExtension};

/// Where a book's records are kept.
pub trait Shelf: Book<Owner: rusqlite::types::FromSql> + PhotoTable {
    /// The records' table.
    const RECORDS: &'static str;
    /// The table of earlier versions (`record_id`, `change`, `previous`,
    /// `changed_at`).
    const HISTORY: &'static str;
    /// The owners' table.
    const OWNERS: &'static str;
    /// The records' column naming their owner.
    const OWNER_COLUMN: &'static str;
    /// The owners' column holding what validation needs of the owner
    /// ([`Book::Owner`]: a child's birth date, a pregnancy's expected date).
    const OWNER_FACT: &'static str;
    /// SQL telling whether a row came from the portal (read-only).
    const OFFICIAL: &'static str;
    /// What a record is called in a damage report.
    const WHAT: &'static str;
}

impl Shelf for ChildBook {
    const RECORDS: &'static str = "records";
    const HISTORY: &'static str = "record_history";
    const OWNERS: &'static str = "children";
    const OWNER_COLUMN: &'static str = "child_id";
    const OWNER_FACT: &'static str = "birth_date";
    const OFFICIAL: &'static str = "portal_id IS NOT NULL";
    const WHAT: &'static str = "record";
}

impl Shelf for PregnancyBook {
    const RECORDS: &'static str = "pregnancy_records";
    const HISTORY: &'static str = "pregnancy_record_history";
    const OWNERS: &'static str = "pregnancies";
    const OWNER_COLUMN: &'static str = "pregnancy_id";
    const OWNER_FACT: &'static str = "expected_date";
    const OFFICIAL: &'static str = "0";
    const WHAT: &'static str = "pregnancy record";
}

/// Why the record layer refused an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// There is no child or pregnancy with this id.
    NoSuchOwner,
    /// No such record, or one deleted (edit, delete) or of another kind (edit).
    NoSuchRecord,
    /// Deleted more than 30 days ago (or not deleted at all).
    CannotRestore,
    /// The owner already has a live record of this kind, which it has at
    /// most once ([`Book::once_per_owner`]): its id.
    AlreadyRecorded(RecordId),
    /// The record came from the portal and is read-only.
    Official,
}

/// The result of an operation that may be refused.
pub type Outcome<T> = std::result::Result<T, Refused>;

pub(crate) fn to_json<B: Shelf>(data: &B::Data) -> Result<String> {
    serde_json::to_string(data).map_err(|e| StoreError::Corrupt(e.to_string()))
}

pub(crate) fn from_json<B: Shelf>(s: &str) -> Result<B::Data> {
    serde_json::from_str(s).map_err(|e| StoreError::Corrupt(format!("{}: {e}", B::WHAT)))
}

impl Store {
    pub(crate) fn owner_exists<B: Shelf>(&self, owner_id: RecordId) -> Result<bool> {
        Ok(self.conn.query_row(
            &format!("SELECT EXISTS (SELECT 1 FROM {} WHERE id = ?1)", B::OWNERS),
            [owner_id],
            |r| r.get(0),
        )?)
    }

    /// What validating a record of `owner_id` needs ([`Book::Owner`]), or
    /// `None` when there is no such owner:
    /// `B::validate(&input, &owner, today)` then [`Store::add`].
    pub fn owner<B: Shelf>(&self, owner_id: RecordId) -> Result<Option<B::Owner>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {} FROM {} WHERE id = ?1", B::OWNER_FACT, B::OWNERS),
                [owner_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// The owner's live record of `kind`, for kinds it has at most once.
    fn existing_once<B: Shelf>(
        &self,
        owner_id: RecordId,
        kind: B::Kind,
    ) -> Result<Option<RecordId>> {
        if !B::once_per_owner(kind) {
            return Ok(None);
        }
        Ok(self
            .conn
            .query_row(
                &format!(
                    "SELECT id FROM {} WHERE {} = ?1 AND kind = ?2 AND deleted_at IS NULL
                     ORDER BY id LIMIT 1",
                    B::RECORDS,
                    B::OWNER_COLUMN
                ),
                params![owner_id, B::kind_id(kind)],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Adds a validated record to its owner (refused for a second record of
    /// a once-only kind, such as a child's birth).
    pub fn add<B: Shelf>(
        &self,
        owner_id: RecordId,
        data: &B::Data,
        now: NaiveDateTime,
    ) -> Result<Outcome<B::Record>> {
        if !self.owner_exists::<B>(owner_id)? {
            return Ok(Err(Refused::NoSuchOwner));
        }
        if let Some(existing) = self.existing_once::<B>(owner_id, B::kind(data))? {
            return Ok(Err(Refused::AlreadyRecorded(existing)));
        }
        self.conn.execute(
            &format!(
                "INSERT INTO {} ({}, kind, date, data, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                B::RECORDS,
                B::OWNER_COLUMN
            ),
            params![
                owner_id,
                B::kind_id(B::kind(data)),
                B::date(data),
                to_json::<B>(data)?,
                stamp(now)
            ],
        )?;
        Ok(Ok(Stored::<B> {
            id: self.conn.last_insert_rowid(),
            owner_id,
            data: data.clone(),
            deleted_at: None,
            official: false,
        }
        .into()))
    }

    /// One record (live or deleted), if there is one with this id.
    pub fn get<B: Shelf>(&self, id: RecordId) -> Result<Option<B::Record>> {
        Ok(self.stored::<B>(id)?.map(Into::into))
    }

    fn stored<B: Shelf>(&self, id: RecordId) -> Result<Option<Stored<B>>> {
        self.conn
            .query_row(
                &format!(
                    "SELECT id, {}, data, deleted_at, {} FROM {} WHERE id = ?1",
                    B::OWNER_COLUMN,
                    B::OFFICIAL,
                    B::RECORDS
                ),
                [id],
                stored_row,
            )
            .optional()?
            .map(|row| row.parse::<B>())
            .transpose()
    }

    /// The one change helper: writes `old`'s content to the history as
    /// `change` at `now`, then runs `update` (which sets `updated_at` to the
    /// same `now`), in one transaction.
    fn change<B: Shelf>(
        &mut self,
        old: &Stored<B>,
        change: &str,
        now: &str,
        update: &str,
        update_params: impl rusqlite::Params,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            &format!(
                "INSERT INTO {} (record_id, change, previous, changed_at) VALUES (?1, ?2, ?3, ?4)",
                B::HISTORY
            ),
            params![old.id, change, to_json::<B>(&old.data)?, now],
        )?;
        tx.execute(
            &format!("UPDATE {} SET {update} WHERE id = ?1", B::RECORDS),
            update_params,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// A live record that the parent may change (not official).
    fn changeable<B: Shelf>(&self, id: RecordId) -> Result<Outcome<Stored<B>>> {
        Ok(match self.stored::<B>(id)? {
            Some(old) if old.deleted_at.is_none() && old.official => Err(Refused::Official),
            Some(old) if old.deleted_at.is_none() => Ok(old),
            _ => Err(Refused::NoSuchRecord),
        })
    }

    /// Replaces a record's content, keeping the previous version in its
    /// history (one transaction). The kind may not change.
    pub fn edit<B: Shelf>(
        &mut self,
        id: RecordId,
        data: &B::Data,
        now: NaiveDateTime,
    ) -> Result<Outcome<B::Record>> {
        let old = match self.stored::<B>(id)? {
            Some(old) if old.deleted_at.is_none() && B::kind(&old.data) == B::kind(data) => old,
            _ => return Ok(Err(Refused::NoSuchRecord)),
        };
        if old.official {
            return Ok(Err(Refused::Official));
        }
        let now = stamp(now);
        let params = params![id, to_json::<B>(data)?, B::date(data), now];
        self.change(
            &old,
            "edit",
            &now,
            "data = ?2, date = ?3, updated_at = ?4",
            params,
        )?;
        Ok(Ok(Stored {
            data: data.clone(),
            ..old
        }
        .into()))
    }

    /// Soft-deletes a record; it can be restored for 30 days.
    pub fn delete<B: Shelf>(&mut self, id: RecordId, now: NaiveDateTime) -> Result<Outcome<()>> {
        let old = match self.changeable::<B>(id)? {
            Ok(old) => old,
            Err(refused) => return Ok(Err(refused)),
        };
        let now = stamp(now);
        let params = params![id, now];
        self.change(
            &old,
            "delete",
            &now,
            "deleted_at = ?2, updated_at = ?2",
            params,
        )?;
        Ok(Ok(()))
    }

    /// Undoes a deletion made at most 30 days before `now` (refused when it
    /// would give the owner a second record of a once-only kind).
    pub fn restore<B: Shelf>(
        &mut self,
        id: RecordId,
        now: NaiveDateTime,
    ) -> Result<Outcome<B::Record>> {
        let Some(old) = self.stored::<B>(id)? else {
            return Ok(Err(Refused::NoSuchRecord));
        };
        let Some(deleted_at) = &old.deleted_at else {
            return Ok(Err(Refused::CannotRestore));
        };
        if !can_restore(parse_stamp(deleted_at)?, now) {
            return Ok(Err(Refused::CannotRestore));
        }
        if let Some(existing) = self.existing_once::<B>(old.owner_id, B::kind(&old.data))? {
            return Ok(Err(Refused::AlreadyRecorded(existing)));
        }
        let now = stamp(now);
        let params = params![id, now];
        self.change(
            &old,
            "restore",
            &now,
            "deleted_at = NULL, updated_at = ?2",
            params,
        )?;
        Ok(Ok(Stored {
            deleted_at: None,
            ..old
        }
        .into()))
    }

    /// A record's earlier versions, oldest first.
    pub fn history<B: Shelf>(&self, id: RecordId) -> Result<Vec<History<B>>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT change, previous, changed_at FROM {} WHERE record_id = ?1 ORDER BY id",
            B::HISTORY
        ))?;
        let rows = stmt.query_map([id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        rows.map(|row| {
            let (change, previous, changed_at) = row?;
            Ok(History {
                record_id: id,
                change,
                previous: from_json::<B>(&previous)?,
                changed_at,
            })
        })
        .collect()
    }
}

/// A record's row before its JSON is read.
pub(crate) struct Row {
    id: RecordId,
    owner_id: RecordId,
    data: String,
    deleted_at: Option<String>,
    official: bool,
}

pub(crate) fn stored_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok(Row {
        id: r.get(0)?,
        owner_id: r.get(1)?,
        data: r.get(2)?,
        deleted_at: r.get(3)?,
        official: r.get(4)?,
    })
}

impl Row {
    pub(crate) fn parse<B: Shelf>(self) -> Result<Stored<B>> {
        Ok(Stored {
            id: self.id,
            owner_id: self.owner_id,
            data: from_json::<B>(&self.data)?,
            deleted_at: self.deleted_at,
            official: self.official,
        })
    }
}

/// The photos of a book's records, by owner (the table's own rules are
/// `store::photos`).
impl Store {
    /// The photos of an owner without their bytes, by record then oldest
    /// first: of every live record, or of the one record `record_id`
    /// (deleted or not) when it is given; deleted photos only when asked.
    pub fn photo_infos<B: Shelf>(
        &self,
        owner_id: RecordId,
        record_id: Option<RecordId>,
        include_deleted: bool,
    ) -> Result<Vec<PhotoInfo>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT p.id, p.{record}, p.mime, length(p.bytes), p.created_at, p.deleted_at
             FROM {photos} p JOIN {records} r ON r.id = p.{record}
             WHERE r.{owner} = ?1
               AND (CASE WHEN ?2 IS NULL THEN r.deleted_at IS NULL ELSE p.{record} = ?2 END)
               AND (?3 OR p.deleted_at IS NULL)
             ORDER BY p.{record}, p.id",
            record = B::PHOTO_RECORD,
            photos = B::PHOTOS,
            records = B::RECORDS,
            owner = B::OWNER_COLUMN,
        ))?;
        let rows = stmt.query_map(params![owner_id, record_id, include_deleted], |r| {
            Ok((
                r.get::<_, RecordId>(0)?,
                r.get::<_, RecordId>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, Option<String>>(5)?,
            ))
        })?;
        rows.map(|row| {
            let (id, record_id, mime, size, created_at, deleted_at) = row?;
            Ok(PhotoInfo {
                id,
                record_id,
                mime: parse_mime(&mime)?,
                size: size as usize,
                created_at,
                deleted_at,
            })
        })
        .collect()
    }

    /// How many live photos each of an owner's records has.
    pub fn photo_counts<B: Shelf>(&self, owner_id: RecordId) -> Result<Vec<(RecordId, usize)>> {
        let mut stmt = self.conn.prepare(&format!(
            // CROSS JOIN: from the photos (few) to their records, never
            // from an owner's records (maybe 50,000) to their photos.
            "SELECT p.{record}, count(*) FROM {photos} p CROSS JOIN {records} r ON r.id = p.{record}
             WHERE r.{owner} = ?1 AND p.deleted_at IS NULL GROUP BY p.{record}",
            record = B::PHOTO_RECORD,
            photos = B::PHOTOS,
            records = B::RECORDS,
            owner = B::OWNER_COLUMN,
        ))?;
        let rows = stmt.query_map([owner_id], |r| {
            Ok((r.get::<_, RecordId>(0)?, r.get::<_, i64>(1)? as usize))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
