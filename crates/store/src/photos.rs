//! Photos, stored as encrypted blobs: on a child's records (`photos`,
//! migration 0004), on pregnancy records (`pregnancy_photos`, migration
//! 0008) and on nursery bookmarks (`nursery_bookmark_photos`, migration
//! 0013), each table with its own numbering and the same rules, written
//! once over its [`PhotoTable`] (`Store::add_photo::<T>`, …; a record
//! book's `Shelf` is one, `BookmarkPhotos` another).
//!
//! Deleting a photo is soft, like deleting a record (migration 0009): it
//! sets `deleted_at`, the photo can be restored for
//! [`UNDO_DAYS`](hagukumi_core::records::UNDO_DAYS) days
//! ([`can_restore`]), and the next photo write of its table after that
//! removes it for good. Only live photos count towards
//! [`MAX_PHOTOS_PER_RECORD`]; a restore that would exceed it is refused.

use crate::{parse_stamp, stamp, Result, Store, StoreError};
use hagukumi_core::chrono::{Duration, NaiveDateTime};
use hagukumi_core::model::RecordId;
use hagukumi_core::photo::{CleanPhoto, Mime, PhotoError, MAX_PHOTOS_PER_RECORD};
use hagukumi_core::pregnancy_records::PregnancyBook;
use hagukumi_core::records::ChildBook;
use hagukumi_core::records::{can_restore, UNDO_DAYS};
use rusqlite::{params, OptionalExtension, Transaction};

/// A table of photos and the table of what they are on (its rows have an
/// `id` and a `deleted_at`: photos go only on live ones).
pub trait PhotoTable {
    /// The table of what the photos are on.
    const HOLDERS: &'static str;
    /// What one of those is called in an error (`record`, `bookmark`).
    const HOLDER_WHAT: &'static str;
    /// The photos' table, and its column naming their holder.
    const PHOTOS: &'static str;
    const PHOTO_RECORD: &'static str;
}

impl PhotoTable for ChildBook {
    const HOLDERS: &'static str = "records";
    const HOLDER_WHAT: &'static str = "record";
    const PHOTOS: &'static str = "photos";
    const PHOTO_RECORD: &'static str = "record_id";
}

impl PhotoTable for PregnancyBook {
    const HOLDERS: &'static str = "pregnancy_records";
    const HOLDER_WHAT: &'static str = "pregnancy record";
    const PHOTOS: &'static str = "pregnancy_photos";
    const PHOTO_RECORD: &'static str = "pregnancy_record_id";
}

/// The photos of nursery bookmarks (visits): `Store::add_photo::<BookmarkPhotos>`.
pub struct BookmarkPhotos;

impl PhotoTable for BookmarkPhotos {
    const HOLDERS: &'static str = "nursery_bookmarks";
    const HOLDER_WHAT: &'static str = "bookmark";
    const PHOTOS: &'static str = "nursery_bookmark_photos";
    const PHOTO_RECORD: &'static str = "bookmark_id";
}

/// A stored photo (with its bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    pub id: RecordId,
    /// The record it is on (a child's record or a pregnancy record).
    pub record_id: RecordId,
    pub mime: Mime,
    pub bytes: Vec<u8>,
    pub created_at: String,
    /// When it was deleted (UTC stamp); restorable for 30 days.
    pub deleted_at: Option<String>,
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
    pub deleted_at: Option<String>,
}

/// Why a photo was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoProblem {
    NoSuchRecord,
    /// No such photo, or (for a deletion) one already deleted.
    NoSuchPhoto,
    /// Not deleted, or deleted more than 30 days ago.
    CannotRestore,
    Photo(PhotoError),
}

type Refusable<T> = Result<std::result::Result<T, PhotoProblem>>;

impl Store {
    /// Attaches a cleaned photo to a live holder (record, bookmark) of `B`.
    pub fn add_photo<B: PhotoTable>(
        &mut self,
        record_id: RecordId,
        photo: &CleanPhoto,
        now: NaiveDateTime,
    ) -> Refusable<Photo> {
        let tx = self.conn.transaction()?;
        let live: bool = tx.query_row(
            &format!(
                "SELECT EXISTS (SELECT 1 FROM {} WHERE id = ?1 AND deleted_at IS NULL)",
                B::HOLDERS
            ),
            [record_id],
            |r| r.get(0),
        )?;
        if !live {
            return Ok(Err(PhotoProblem::NoSuchRecord));
        }
        if live_count::<B>(&tx, record_id)? >= MAX_PHOTOS_PER_RECORD {
            return Ok(Err(PhotoProblem::Photo(PhotoError::TooMany)));
        }
        purge_expired::<B>(&tx, now)?;
        let created_at = stamp(now);
        tx.execute(
            &format!(
                "INSERT INTO {} ({}, mime, bytes, created_at) VALUES (?1, ?2, ?3, ?4)",
                B::PHOTOS,
                B::PHOTO_RECORD
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
            deleted_at: None,
        }))
    }

    /// A child's record's live photos, oldest first.
    pub fn photos(&self, record_id: RecordId) -> Result<Vec<Photo>> {
        self.record_photos::<ChildBook>(record_id, None)
    }

    /// A pregnancy record's live photos, oldest first.
    pub fn pregnancy_photos(&self, record_id: RecordId) -> Result<Vec<Photo>> {
        self.record_photos::<PregnancyBook>(record_id, None)
    }

    /// A record's live photos, and with `restorable_at` the deleted ones
    /// that can still be restored then, oldest first.
    pub fn record_photos<B: PhotoTable>(
        &self,
        record_id: RecordId,
        restorable_at: Option<NaiveDateTime>,
    ) -> Result<Vec<Photo>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT id, {record}, mime, bytes, created_at, deleted_at FROM {} WHERE {record} = ?1
               AND (deleted_at IS NULL OR deleted_at BETWEEN ?2 AND ?3) ORDER BY id",
            B::PHOTOS,
            record = B::PHOTO_RECORD
        ))?;
        let window = restorable_at.map(|now| (undo_cutoff(now), stamp(now)));
        let (from, to) = window.unzip();
        let rows = stmt.query_map(params![record_id, from, to], photo_row)?;
        rows.map(|row| to_photo(row?)).collect()
    }

    /// One photo of table `B`, with its bytes (deleted or not).
    pub fn photo<B: PhotoTable>(&self, photo_id: RecordId) -> Result<Option<Photo>> {
        self.conn
            .query_row(
                &format!(
                    "SELECT id, {}, mime, bytes, created_at, deleted_at FROM {} WHERE id = ?1",
                    B::PHOTO_RECORD,
                    B::PHOTOS
                ),
                [photo_id],
                photo_row,
            )
            .optional()?
            .map(to_photo)
            .transpose()
    }

    /// Deletes a live photo; it can be restored for 30 days.
    pub fn delete_photo<B: PhotoTable>(
        &mut self,
        photo_id: RecordId,
        now: NaiveDateTime,
    ) -> Refusable<()> {
        let tx = self.conn.transaction()?;
        let n = tx.execute(
            &format!(
                "UPDATE {} SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
                B::PHOTOS
            ),
            params![photo_id, stamp(now)],
        )?;
        if n != 1 {
            return Ok(Err(PhotoProblem::NoSuchPhoto));
        }
        purge_expired::<B>(&tx, now)?;
        tx.commit()?;
        Ok(Ok(()))
    }

    /// Undoes the deletion of a photo made at most 30 days before `now`.
    pub fn restore_photo<B: PhotoTable>(
        &mut self,
        photo_id: RecordId,
        now: NaiveDateTime,
    ) -> Refusable<Photo> {
        let Some(photo) = self.photo::<B>(photo_id)? else {
            return Ok(Err(PhotoProblem::NoSuchPhoto));
        };
        let Some(deleted_at) = &photo.deleted_at else {
            return Ok(Err(PhotoProblem::CannotRestore));
        };
        if !can_restore(parse_stamp(deleted_at)?, now) {
            return Ok(Err(PhotoProblem::CannotRestore));
        }
        let tx = self.conn.transaction()?;
        if live_count::<B>(&tx, photo.record_id)? >= MAX_PHOTOS_PER_RECORD {
            return Ok(Err(PhotoProblem::Photo(PhotoError::TooMany)));
        }
        tx.execute(
            &format!("UPDATE {} SET deleted_at = NULL WHERE id = ?1", B::PHOTOS),
            [photo_id],
        )?;
        tx.commit()?;
        Ok(Ok(Photo {
            deleted_at: None,
            ..photo
        }))
    }
}

/// How many live photos a record has.
fn live_count<B: PhotoTable>(tx: &Transaction<'_>, record_id: RecordId) -> Result<usize> {
    let count: i64 = tx.query_row(
        &format!(
            "SELECT count(*) FROM {} WHERE {} = ?1 AND deleted_at IS NULL",
            B::PHOTOS,
            B::PHOTO_RECORD
        ),
        [record_id],
        |r| r.get(0),
    )?;
    Ok(count as usize)
}

/// The earliest deletion stamp still restorable at `now` (as
/// [`can_restore`] decides).
pub(crate) fn undo_cutoff(now: NaiveDateTime) -> String {
    stamp(now - Duration::days(UNDO_DAYS))
}

/// Removes for good the photos deleted longer ago than the undo window
/// (secure_delete overwrites their pages). Stamps sort as text.
pub(crate) fn purge_expired<B: PhotoTable>(tx: &Transaction<'_>, now: NaiveDateTime) -> Result<()> {
    let cutoff = undo_cutoff(now);
    tx.execute(
        &format!(
            "DELETE FROM {} WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
            B::PHOTOS
        ),
        [cutoff],
    )?;
    Ok(())
}

/// Runs every stored photo through the current cleaner and keeps what it
/// returns (a JPEG's trailer and any metadata the earlier cleaner missed
/// are removed; secure_delete overwrites the old pages). A photo the
/// cleaner now refuses (e.g. over [`MAX_PIXELS`](hagukumi_core::photo::MAX_PIXELS))
/// is left as it is: it is the parent's, and was accepted when added.
pub(crate) fn clean_stored_again(tx: &Transaction<'_>) -> Result<()> {
    for photos in [ChildBook::PHOTOS, PregnancyBook::PHOTOS] {
        let ids: Vec<RecordId> = tx
            .prepare(&format!("SELECT id FROM {photos} ORDER BY id"))?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for id in ids {
            let bytes: Vec<u8> = tx.query_row(
                &format!("SELECT bytes FROM {photos} WHERE id = ?1"),
                [id],
                |r| r.get(0),
            )?;
            if let Ok(clean) = hagukumi_core::photo::sanitize(&bytes) {
                if clean.bytes != bytes {
                    tx.execute(
                        &format!("UPDATE {photos} SET bytes = ?2 WHERE id = ?1"),
                        params![id, clean.bytes],
                    )?;
                }
            }
        }
    }
    Ok(())
}

/// A photo as read from `SELECT id, <record>, mime, bytes, created_at,
/// deleted_at` (its type still text: [`to_photo`]).
type PhotoRow = (RecordId, RecordId, String, Vec<u8>, String, Option<String>);

fn photo_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PhotoRow> {
    PhotoRow::try_from(r)
}

fn to_photo((id, record_id, mime, bytes, created_at, deleted_at): PhotoRow) -> Result<Photo> {
    Ok(Photo {
        id,
        record_id,
        mime: parse_mime(&mime)?,
        bytes,
        created_at,
        deleted_at,
    })
}

pub(crate) fn parse_mime(mime: &str) -> Result<Mime> {
    Mime::parse(mime).ok_or_else(|| StoreError::Corrupt(format!("photo type {mime:?}")))
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    /// A 1 × 1 JPEG with `trailer` after its EOI.
    fn jpeg(trailer: &[u8]) -> Vec<u8> {
        let mut j = vec![
            0xFF, 0xD8, 0xFF, 0xC0, 0, 11, 8, 0, 1, 0, 1, 1, 1, 0x11, 0, 0xFF, 0xDA, 0, 8, 1, 1, 0,
            0, 0x3F, 0, 0x12, 0x34, 0xFF, 0xD9,
        ];
        j.extend_from_slice(trailer);
        j
    }

    #[test]
    fn photos_stored_before_the_eoi_cut_are_cleaned_again_by_the_migration() {
        let mut conn = Connection::open_in_memory().unwrap();
        let before = crate::migrate::MIGRATIONS
            .iter()
            .position(|m| m.1 == "photo_undo")
            .unwrap();
        crate::migrate::apply_list(&mut conn, &crate::migrate::MIGRATIONS[..before]).unwrap();
        conn.execute_batch(
            "INSERT INTO children (id, name, birth_date) VALUES (1, 'ゆい', '2025-02-28');
             INSERT INTO records (id, child_id, kind, date, data, created_at, updated_at)
             VALUES (1, 1, 'note', '2025-06-01',
                     '{\"kind\":\"note\",\"date\":\"2025-06-01\",\"text\":\"x\"}',
                     '2025-06-01T00:00:00Z', '2025-06-01T00:00:00Z');",
        )
        .unwrap();
        let trailer = b"\xFF\xD8\xFF\xE1\x00\x10Exif\x00\x00GPS 35.68 N\xFF\xD9";
        let kept = jpeg(b"");
        // Not a photo today's cleaner accepts (no frame header): left alone.
        let refused = b"\xFF\xD8\xFF\xDA\x00\x08\x01\x01\x00\x00\x3F\x00\x12\xFF\xD9".to_vec();
        for (id, bytes) in [(1, jpeg(trailer)), (2, kept.clone()), (3, refused.clone())] {
            conn.execute(
                "INSERT INTO photos (id, record_id, mime, bytes, created_at)
                 VALUES (?1, 1, 'image/jpeg', ?2, '2025-06-01T00:00:00Z')",
                rusqlite::params![id, bytes],
            )
            .unwrap();
        }
        crate::migrate::apply(&mut conn).unwrap();
        let stored = |id: i64| -> Vec<u8> {
            conn.query_row("SELECT bytes FROM photos WHERE id = ?1", [id], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(stored(1), kept, "the trailer with its GPS is gone");
        assert_eq!(stored(2), kept);
        assert_eq!(stored(3), refused);
    }
}
