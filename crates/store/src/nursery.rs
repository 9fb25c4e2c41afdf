//! The parent's bookmarks of nursery facilities (`nursery_bookmarks`,
//! migration 0013) in their preference order (希望順位), and their photos
//! from visits (`nursery_bookmark_photos`, the rules of `store::photos`
//! through [`BookmarkPhotos`](crate::BookmarkPhotos)).
//!
//! Only what core checked is written ([`Bookmark`]), and what is read back
//! is checked again. The live bookmarks' ranks are always 1, 2, … n:
//! adding puts a bookmark last, moving and removing number them again in
//! the same transaction. [`Store::ordered_bookmarks`] is the preference
//! list (what an application sends). Removing is soft: the same facility
//! bookmarked again within 30 days comes back with its note, stars and
//! photos; after that the first bookmark write removes it for good.

use crate::photos::{undo_cutoff, BookmarkPhotos, PhotoTable};
use crate::{stamp, Result, Store, StoreError};
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::model::RecordId;
use hagukumi_core::nursery::bookmark::{reorder, Bookmark, BookmarkError, FacilityRef, Move};
use hagukumi_core::nursery::Ranked;
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

/// A bookmark in the JSON export (`nursery_bookmarks`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportBookmark {
    pub id: RecordId,
    pub bookmark: Bookmark,
    /// The place in the preference order (1 = first choice).
    pub rank: u32,
    pub created_at: String,
    pub updated_at: String,
    /// Set when the bookmark was removed (it comes back for 30 days).
    pub deleted_at: Option<String>,
}

/// A refusal, or the value.
type Refusable<T> = Result<std::result::Result<T, BookmarkError>>;

const COLUMNS: &str = "b.id, b.rank, b.municipality_code, b.facility_no, b.name, b.note,
    b.stars, (SELECT count(*) FROM nursery_bookmark_photos p
              WHERE p.bookmark_id = b.id AND p.deleted_at IS NULL)";

type Row = (
    RecordId,
    u32,
    String,
    String,
    String,
    Option<String>,
    Option<u8>,
    i64,
);

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Row::try_from(r)
}

fn ranked((id, rank, municipality_code, no, name, note, stars, photos): Row) -> Result<Ranked> {
    let bookmark = Bookmark {
        facility: FacilityRef {
            municipality_code,
            no,
        },
        name,
        note,
        stars,
    };
    bookmark
        .check()
        .map_err(|what| StoreError::Corrupt(format!("bookmark {id}: {what}")))?;
    Ok(Ranked {
        id,
        rank,
        bookmark,
        photos: usize::try_from(photos).unwrap_or(0),
    })
}

/// The live bookmarks' ids, first choice first.
fn order(tx: &Transaction<'_>) -> Result<Vec<RecordId>> {
    Ok(tx
        .prepare("SELECT id FROM nursery_bookmarks WHERE deleted_at IS NULL ORDER BY rank, id")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Numbers the live bookmarks 1, 2, … in this order.
fn renumber(tx: &Transaction<'_>, ids: &[RecordId], now: &str) -> Result<()> {
    for (i, id) in ids.iter().enumerate() {
        tx.execute(
            "UPDATE nursery_bookmarks SET rank = ?2, updated_at = ?3 WHERE id = ?1 AND rank != ?2",
            params![id, i as i64 + 1, now],
        )?;
    }
    Ok(())
}

/// Removes for good the bookmarks removed longer ago than the undo
/// window, with their photos (secure_delete overwrites their pages).
fn purge_expired(tx: &Transaction<'_>, now: NaiveDateTime) -> Result<()> {
    let cutoff = undo_cutoff(now);
    tx.execute(
        &format!(
            "DELETE FROM {} WHERE bookmark_id IN (SELECT id FROM nursery_bookmarks
                 WHERE deleted_at IS NOT NULL AND deleted_at < ?1)",
            BookmarkPhotos::PHOTOS
        ),
        [&cutoff],
    )?;
    tx.execute(
        "DELETE FROM nursery_bookmarks WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
        [&cutoff],
    )?;
    Ok(())
}

fn not_bookmarked(id: RecordId) -> BookmarkError {
    BookmarkError::NotBookmarked(id.to_string())
}

impl Store {
    /// The live bookmarks in the parent's preference order (希望順位),
    /// first choice first: the list an application is made from.
    pub fn ordered_bookmarks(&self) -> Result<Vec<Ranked>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM nursery_bookmarks b WHERE b.deleted_at IS NULL
             ORDER BY b.rank, b.id"
        ))?;
        let rows = stmt.query_map([], row)?;
        rows.map(|r| ranked(r?)).collect()
    }

    /// A live bookmark by its id.
    pub fn bookmark(&self, id: RecordId) -> Result<Option<Ranked>> {
        self.conn
            .query_row(
                &format!(
                    "SELECT {COLUMNS} FROM nursery_bookmarks b
                     WHERE b.id = ?1 AND b.deleted_at IS NULL"
                ),
                [id],
                row,
            )
            .optional()?
            .map(ranked)
            .transpose()
    }

    /// The live bookmark of a facility.
    pub fn bookmark_of(&self, facility: &FacilityRef) -> Result<Option<Ranked>> {
        let id: Option<RecordId> = self
            .conn
            .query_row(
                "SELECT id FROM nursery_bookmarks WHERE municipality_code = ?1
                   AND facility_no = ?2 AND deleted_at IS NULL",
                params![facility.municipality_code, facility.no],
                |r| r.get(0),
            )
            .optional()?;
        id.map_or(Ok(None), |id| self.bookmark(id))
    }

    /// Bookmarks a facility (made by core from the data), last in the
    /// order. Already bookmarked: unchanged. Removed within 30 days: back
    /// with its note, stars and photos, last in the order.
    pub fn add_bookmark(&mut self, bookmark: &Bookmark, now: NaiveDateTime) -> Result<Ranked> {
        bookmark
            .check()
            .map_err(|what| StoreError::Corrupt(format!("new bookmark: {what}")))?;
        let tx = self.conn.transaction()?;
        purge_expired(&tx, now)?;
        let f = &bookmark.facility;
        let existing: Option<(RecordId, bool)> = tx
            .query_row(
                "SELECT id, deleted_at IS NULL FROM nursery_bookmarks
                 WHERE municipality_code = ?1 AND facility_no = ?2",
                params![f.municipality_code, f.no],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let at = stamp(now);
        let next = order(&tx)?.len() as i64 + 1;
        let id = match existing {
            Some((id, true)) => id,
            Some((id, false)) => {
                tx.execute(
                    "UPDATE nursery_bookmarks SET deleted_at = NULL, rank = ?2, updated_at = ?3
                     WHERE id = ?1",
                    params![id, next, at],
                )?;
                id
            }
            None => {
                tx.execute(
                    "INSERT INTO nursery_bookmarks (municipality_code, facility_no, name, note,
                         stars, rank, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                    params![
                        f.municipality_code,
                        f.no,
                        bookmark.name,
                        bookmark.note,
                        bookmark.stars,
                        next,
                        at
                    ],
                )?;
                tx.last_insert_rowid()
            }
        };
        tx.commit()?;
        self.bookmark(id)?
            .ok_or_else(|| StoreError::Corrupt(format!("bookmark {id} vanished")))
    }

    /// Keeps a live bookmark's note and stars as changed by core
    /// ([`Bookmark::with_note`], [`Bookmark::with_stars`]); its facility
    /// and saved name stay.
    pub fn update_bookmark(
        &mut self,
        id: RecordId,
        bookmark: &Bookmark,
        now: NaiveDateTime,
    ) -> Refusable<Ranked> {
        bookmark
            .check()
            .map_err(|what| StoreError::Corrupt(format!("bookmark {id}: {what}")))?;
        let Some(kept) = self.bookmark(id)? else {
            return Ok(Err(not_bookmarked(id)));
        };
        if kept.bookmark.facility != bookmark.facility {
            return Ok(Err(not_bookmarked(id)));
        }
        self.conn.execute(
            "UPDATE nursery_bookmarks SET note = ?2, stars = ?3, updated_at = ?4
             WHERE id = ?1 AND deleted_at IS NULL",
            params![id, bookmark.note, bookmark.stars, stamp(now)],
        )?;
        Ok(self.bookmark(id)?.ok_or_else(|| not_bookmarked(id)))
    }

    /// Moves a bookmark in the preference order (up, down, to a place);
    /// the whole new order, first choice first.
    pub fn move_bookmark(
        &mut self,
        id: RecordId,
        how: Move,
        now: NaiveDateTime,
    ) -> Refusable<Vec<Ranked>> {
        let tx = self.conn.transaction()?;
        let new = match reorder(&order(&tx)?, id, how) {
            Ok(new) => new,
            Err(e) => return Ok(Err(e)),
        };
        renumber(&tx, &new, &stamp(now))?;
        tx.commit()?;
        Ok(Ok(self.ordered_bookmarks()?))
    }

    /// Removes a bookmark from the list (soft: see the module's doc).
    pub fn remove_bookmark(&mut self, id: RecordId, now: NaiveDateTime) -> Refusable<()> {
        let tx = self.conn.transaction()?;
        let at = stamp(now);
        let n = tx.execute(
            "UPDATE nursery_bookmarks SET deleted_at = ?2, updated_at = ?2
             WHERE id = ?1 AND deleted_at IS NULL",
            params![id, at],
        )?;
        if n != 1 {
            return Ok(Err(not_bookmarked(id)));
        }
        renumber(&tx, &order(&tx)?, &at)?;
        purge_expired(&tx, now)?;
        tx.commit()?;
        Ok(Ok(()))
    }

    pub(crate) fn export_bookmarks(&self) -> Result<Vec<ExportBookmark>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, rank, municipality_code, facility_no, name, note, stars, 0,
                    created_at, updated_at, deleted_at
             FROM nursery_bookmarks b ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                row(r)?,
                r.get::<_, String>(8)?,
                r.get::<_, String>(9)?,
                r.get::<_, Option<String>>(10)?,
            ))
        })?;
        rows.map(|r| {
            let (row, created_at, updated_at, deleted_at) = r?;
            let kept = ranked(row)?;
            Ok(ExportBookmark {
                id: kept.id,
                bookmark: kept.bookmark,
                rank: kept.rank,
                created_at,
                updated_at,
                deleted_at,
            })
        })
        .collect()
    }
}

/// Checks the export's bookmarks as the app would keep them (before
/// anything is written): each as core checks it, and the live ones
/// numbered 1, 2, … n.
pub(crate) fn check_bookmarks(bookmarks: &[ExportBookmark]) -> std::result::Result<(), String> {
    let mut ranks = Vec::new();
    for b in bookmarks {
        b.bookmark
            .check()
            .map_err(|what| format!("nursery bookmark {}: {what}", b.id))?;
        if b.deleted_at.is_none() {
            ranks.push(b.rank);
        }
    }
    ranks.sort_unstable();
    if ranks.iter().zip(1..).any(|(r, n)| *r != n) {
        return Err("nursery bookmarks: the ranks are not 1, 2, … n".into());
    }
    Ok(())
}

/// Writes the export's bookmarks in the import's transaction (checked by
/// [`check_bookmarks`] first); their photos follow.
pub(crate) fn import_bookmarks(
    tx: &Transaction<'_>,
    bookmarks: &[ExportBookmark],
) -> std::result::Result<(), String> {
    for b in bookmarks {
        let f = &b.bookmark.facility;
        tx.execute(
            "INSERT INTO nursery_bookmarks (id, municipality_code, facility_no, name, note,
                 stars, rank, created_at, updated_at, deleted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                b.id,
                f.municipality_code,
                f.no,
                b.bookmark.name,
                b.bookmark.note,
                b.bookmark.stars,
                b.rank,
                b.created_at,
                b.updated_at,
                b.deleted_at
            ],
        )
        .map_err(|e| format!("nursery bookmark {}: {e}", b.id))?;
    }
    Ok(())
}
