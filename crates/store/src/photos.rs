//! Photos attached to records, stored as encrypted blobs: a child's records
//! (`photos`, migration 0004) and pregnancy records (`pregnancy_photos`,
//! migration 0008), each table with its own numbering and the same rules.

use crate::{Result, Store, StoreError};
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::model::RecordId;
use hagukumi_core::photo::{CleanPhoto, Mime, PhotoError, MAX_PHOTOS_PER_RECORD};
use rusqlite::{params, OptionalExtension};

/// A stored photo (with its bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    pub id: RecordId,
    /// The record it is on (a child's record or a pregnancy record).
    pub record_id: RecordId,
    pub mime: Mime,
    pub bytes: Vec<u8>,
    pub created_at: String,
}

/// A stored photo without its bytes (for lists).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhotoInfo {
    pub id: RecordId,
    pub record_id: RecordId,
    pub mime: Mime,
    /// Size of the stored (cleaned) photo in bytes.
    pub size: usize,
    pub created_at: String,
}

/// Why a photo was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoProblem {
    NoSuchRecord,
    NoSuchPhoto,
    Photo(PhotoError),
}

/// Where the photos of one kind of record are kept (fixed names, never
/// user input).
struct Table {
    photos: &'static str,
    /// The photo's column naming its record.
    record: &'static str,
    records: &'static str,
    /// The record's column naming its child or pregnancy.
    owner: &'static str,
}

const CHILD_RECORDS: Table = Table {
    photos: "photos",
    record: "record_id",
    records: "records",
    owner: "child_id",
};

const PREGNANCY_RECORDS: Table = Table {
    photos: "pregnancy_photos",
    record: "pregnancy_record_id",
    records: "pregnancy_records",
    owner: "pregnancy_id",
};

type Refusable<T> = Result<std::result::Result<T, PhotoProblem>>;

impl Store {
    /// Attaches a cleaned photo to a child's live record.
    pub fn add_photo(
        &mut self,
        record_id: RecordId,
        photo: &CleanPhoto,
        now: NaiveDateTime,
    ) -> Refusable<Photo> {
        self.add_photo_in(&CHILD_RECORDS, record_id, photo, now)
    }

    /// A child's record's photos, oldest first.
    pub fn photos(&self, record_id: RecordId) -> Result<Vec<Photo>> {
        self.photos_in(&CHILD_RECORDS, record_id)
    }

    /// One photo of a child's record, with its bytes.
    pub fn photo(&self, photo_id: RecordId) -> Result<Option<Photo>> {
        self.photo_in(&CHILD_RECORDS, photo_id)
    }

    /// The photos of a child without their bytes, by record then oldest
    /// first: of every live record, or of the one record `record_id`
    /// (deleted or not) when it is given.
    pub fn child_photo_infos(
        &self,
        child_id: RecordId,
        record_id: Option<RecordId>,
    ) -> Result<Vec<PhotoInfo>> {
        self.photo_infos_in(&CHILD_RECORDS, child_id, record_id)
    }

    /// How many photos each of a child's records has.
    pub fn photo_counts(&self, child_id: RecordId) -> Result<Vec<(RecordId, usize)>> {
        self.photo_counts_in(&CHILD_RECORDS, child_id)
    }

    /// Deletes a photo of a child's record for good (the database
    /// overwrites its pages).
    pub fn delete_photo(&self, photo_id: RecordId) -> Refusable<()> {
        self.delete_photo_in(&CHILD_RECORDS, photo_id)
    }

    /// Attaches a cleaned photo to a live pregnancy record.
    pub fn add_pregnancy_photo(
        &mut self,
        record_id: RecordId,
        photo: &CleanPhoto,
        now: NaiveDateTime,
    ) -> Refusable<Photo> {
        self.add_photo_in(&PREGNANCY_RECORDS, record_id, photo, now)
    }

    /// A pregnancy record's photos, oldest first.
    pub fn pregnancy_photos(&self, record_id: RecordId) -> Result<Vec<Photo>> {
        self.photos_in(&PREGNANCY_RECORDS, record_id)
    }

    /// One photo of a pregnancy record, with its bytes.
    pub fn pregnancy_photo(&self, photo_id: RecordId) -> Result<Option<Photo>> {
        self.photo_in(&PREGNANCY_RECORDS, photo_id)
    }

    /// [`Store::child_photo_infos`] for a pregnancy's records.
    pub fn pregnancy_photo_infos(
        &self,
        pregnancy_id: RecordId,
        record_id: Option<RecordId>,
    ) -> Result<Vec<PhotoInfo>> {
        self.photo_infos_in(&PREGNANCY_RECORDS, pregnancy_id, record_id)
    }

    /// How many photos each of a pregnancy's records has.
    pub fn pregnancy_photo_counts(&self, pregnancy_id: RecordId) -> Result<Vec<(RecordId, usize)>> {
        self.photo_counts_in(&PREGNANCY_RECORDS, pregnancy_id)
    }

    /// Deletes a photo of a pregnancy record for good.
    pub fn delete_pregnancy_photo(&self, photo_id: RecordId) -> Refusable<()> {
        self.delete_photo_in(&PREGNANCY_RECORDS, photo_id)
    }

    fn add_photo_in(
        &mut self,
        t: &Table,
        record_id: RecordId,
        photo: &CleanPhoto,
        now: NaiveDateTime,
    ) -> Refusable<Photo> {
        let tx = self.conn.transaction()?;
        let live: bool = tx.query_row(
            &format!(
                "SELECT EXISTS (SELECT 1 FROM {} WHERE id = ?1 AND deleted_at IS NULL)",
                t.records
            ),
            [record_id],
            |r| r.get(0),
        )?;
        if !live {
            return Ok(Err(PhotoProblem::NoSuchRecord));
        }
        let count: i64 = tx.query_row(
            &format!("SELECT count(*) FROM {} WHERE {} = ?1", t.photos, t.record),
            [record_id],
            |r| r.get(0),
        )?;
        if count as usize >= MAX_PHOTOS_PER_RECORD {
            return Ok(Err(PhotoProblem::Photo(PhotoError::TooMany)));
        }
        let created_at = crate::stamp(now);
        tx.execute(
            &format!(
                "INSERT INTO {} ({}, mime, bytes, created_at) VALUES (?1, ?2, ?3, ?4)",
                t.photos, t.record
            ),
            params![record_id, photo.mime.as_str(), photo.bytes, created_at],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(Ok(Photo {
            id,
            record_id,
            mime: photo.mime,
            bytes: photo.bytes.clone(),
            created_at,
        }))
    }

    fn photos_in(&self, t: &Table, record_id: RecordId) -> Result<Vec<Photo>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT id, mime, bytes, created_at FROM {} WHERE {} = ?1 ORDER BY id",
            t.photos, t.record
        ))?;
        let rows = stmt.query_map([record_id], |r| {
            Ok((
                r.get::<_, RecordId>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Vec<u8>>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        rows.map(|row| {
            let (id, mime, bytes, created_at) = row?;
            Ok(Photo {
                id,
                record_id,
                mime: parse_mime(&mime)?,
                bytes,
                created_at,
            })
        })
        .collect()
    }

    fn photo_in(&self, t: &Table, photo_id: RecordId) -> Result<Option<Photo>> {
        let row = self
            .conn
            .query_row(
                &format!(
                    "SELECT {}, mime, bytes, created_at FROM {} WHERE id = ?1",
                    t.record, t.photos
                ),
                [photo_id],
                |r| {
                    Ok((
                        r.get::<_, RecordId>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Vec<u8>>(2)?,
                        r.get::<_, String>(3)?,
                    ))
                },
            )
            .optional()?;
        row.map(|(record_id, mime, bytes, created_at)| {
            Ok(Photo {
                id: photo_id,
                record_id,
                mime: parse_mime(&mime)?,
                bytes,
                created_at,
            })
        })
        .transpose()
    }

    fn photo_infos_in(
        &self,
        t: &Table,
        owner_id: RecordId,
        record_id: Option<RecordId>,
    ) -> Result<Vec<PhotoInfo>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT p.id, p.{record}, p.mime, length(p.bytes), p.created_at
             FROM {photos} p JOIN {records} r ON r.id = p.{record}
             WHERE r.{owner} = ?1
               AND (CASE WHEN ?2 IS NULL THEN r.deleted_at IS NULL ELSE p.{record} = ?2 END)
             ORDER BY p.{record}, p.id",
            record = t.record,
            photos = t.photos,
            records = t.records,
            owner = t.owner,
        ))?;
        let rows = stmt.query_map(params![owner_id, record_id], |r| {
            Ok((
                r.get::<_, RecordId>(0)?,
                r.get::<_, RecordId>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        rows.map(|row| {
            let (id, record_id, mime, size, created_at) = row?;
            Ok(PhotoInfo {
                id,
                record_id,
                mime: parse_mime(&mime)?,
                size: size as usize,
                created_at,
            })
        })
        .collect()
    }

    fn photo_counts_in(&self, t: &Table, owner_id: RecordId) -> Result<Vec<(RecordId, usize)>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT p.{record}, count(*) FROM {photos} p JOIN {records} r ON r.id = p.{record}
             WHERE r.{owner} = ?1 GROUP BY p.{record}",
            record = t.record,
            photos = t.photos,
            records = t.records,
            owner = t.owner,
        ))?;
        let rows = stmt.query_map([owner_id], |r| {
            Ok((r.get::<_, RecordId>(0)?, r.get::<_, i64>(1)? as usize))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn delete_photo_in(&self, t: &Table, photo_id: RecordId) -> Refusable<()> {
        let n = self.conn.execute(
            &format!("DELETE FROM {} WHERE id = ?1", t.photos),
            [photo_id],
        )?;
        Ok(if n == 1 {
            Ok(())
        } else {
            Err(PhotoProblem::NoSuchPhoto)
        })
    }
}

fn parse_mime(mime: &str) -> Result<Mime> {
    Mime::parse(mime).ok_or_else(|| StoreError::Corrupt(format!("photo type {mime:?}")))
}
