//! Photos attached to a child's records, stored as encrypted blobs.

use crate::{Result, Store, StoreError};
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::model::RecordId;
use hagukumi_core::photo::{CleanPhoto, Mime, PhotoError, MAX_PHOTOS_PER_RECORD};
use rusqlite::{params, OptionalExtension};

/// A stored photo (with its bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    pub id: RecordId,
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

impl Store {
    /// Attaches a cleaned photo to a live record.
    pub fn add_photo(
        &mut self,
        record_id: RecordId,
        photo: &CleanPhoto,
        now: NaiveDateTime,
    ) -> Result<std::result::Result<Photo, PhotoProblem>> {
        let tx = self.conn.transaction()?;
        let live: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM records WHERE id = ?1 AND deleted_at IS NULL)",
            [record_id],
            |r| r.get(0),
        )?;
        if !live {
            return Ok(Err(PhotoProblem::NoSuchRecord));
        }
        let count: i64 = tx.query_row(
            "SELECT count(*) FROM photos WHERE record_id = ?1 ",
            [record_id],
            |r| r.get(0),
        )?;
        if count as usize >= MAX_PHOTOS_PER_RECORD {
            return Ok(Err(PhotoProblem::Photo(PhotoError::TooMany)));
        }
        let created_at = now.format("%Y-%m-%dT%H:%M:%SZ").to_string();
        tx.execute(
            "INSERT INTO photos (record_id, mime, bytes, created_at) VALUES (?1, ?2, ?3, ?4)",
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

    /// A record's photos, oldest first.
    pub fn photos(&self, record_id: RecordId) -> Result<Vec<Photo>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, mime, bytes, created_at FROM photos
             WHERE record_id = ?1 ORDER BY id",
        )?;
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

    /// One photo with its bytes, whichever record it belongs to.
    pub fn photo(&self, photo_id: RecordId) -> Result<Option<Photo>> {
        let row = self
            .conn
            .query_row(
                "SELECT record_id, mime, bytes, created_at FROM photos WHERE id = ?1",
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

    /// The photos of a child without their bytes, by record then oldest
    /// first: of every live record, or of the one record `record_id`
    /// (deleted or not) when it is given.
    pub fn child_photo_infos(
        &self,
        child_id: RecordId,
        record_id: Option<RecordId>,
    ) -> Result<Vec<PhotoInfo>> {
        let mut stmt = self.conn.prepare(
            "SELECT p.id, p.record_id, p.mime, length(p.bytes), p.created_at
             FROM photos p JOIN records r ON r.id = p.record_id
             WHERE r.child_id = ?1
               AND (CASE WHEN ?2 IS NULL THEN r.deleted_at IS NULL ELSE p.record_id = ?2 END)
             ORDER BY p.record_id, p.id",
        )?;
        let rows = stmt.query_map(params![child_id, record_id], |r| {
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

    /// How many photos each of a child's records has.
    pub fn photo_counts(&self, child_id: RecordId) -> Result<Vec<(RecordId, usize)>> {
        let mut stmt = self.conn.prepare(
            "SELECT p.record_id, count(*) FROM photos p JOIN records r ON r.id = p.record_id
             WHERE r.child_id = ?1 GROUP BY p.record_id",
        )?;
        let rows = stmt.query_map([child_id], |r| {
            Ok((r.get::<_, RecordId>(0)?, r.get::<_, i64>(1)? as usize))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Deletes a photo for good (the database overwrites its pages).
    pub fn delete_photo(
        &self,
        photo_id: RecordId,
    ) -> Result<std::result::Result<(), PhotoProblem>> {
        let n = self
            .conn
            .execute("DELETE FROM photos WHERE id = ?1", [photo_id])?;
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
