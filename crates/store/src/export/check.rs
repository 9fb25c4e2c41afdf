//! What an import checks before anything is written: timestamps in the
//! store's format, records their form would accept for their owner, at
//! most one live record of a once-only kind, photos within the app's
//! limits.

use super::{Export, ExportHistory, Exported, ImportError, PhotoEntry, RecordEntry};
use crate::book::Shelf;
use crate::photos::PhotoTable;
use crate::Result;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use hagukumi_core::book::Book;
use hagukumi_core::model::RecordId;
use hagukumi_core::pregnancy_records::PregnancyBook;
use hagukumi_core::records::ChildBook;
use hagukumi_core::Date;

/// Whether `s` is a timestamp as the store writes them:
/// `YYYY-MM-DDTHH:MM:SSZ` (UTC, RFC 3339, whole seconds).
fn is_timestamp(s: &str) -> bool {
    const FORMAT: &str = crate::STAMP_FORMAT;
    hagukumi_core::chrono::NaiveDateTime::parse_from_str(s, FORMAT)
        .is_ok_and(|t| t.format(FORMAT).to_string() == s)
}

/// What the app itself would refuse, checked before anything is written:
/// timestamps not in the store's format, records the forms would not
/// accept for their child or pregnancy, a second live birth of a child.
fn stamp(what: String, s: &str) -> Result<(), ImportError> {
    if is_timestamp(s) {
        Ok(())
    } else {
        Err(ImportError::Invalid(format!(
            "{what}: timestamp {s:?} is not YYYY-MM-DDTHH:MM:SSZ"
        )))
    }
}

/// Every record of one book as its form would check it, against its owner
/// in the export (`owner`: what validation needs of it), with well-formed
/// times and at most one live record of a once-only kind per owner.
fn check_records<'a, B: Shelf>(
    records: impl IntoIterator<Item = Exported<'a, B>>,
    owner: impl Fn(RecordId) -> Option<B::Owner>,
) -> Result<(), ImportError> {
    let mut once = std::collections::HashSet::new();
    for r in records {
        let what = format!("{} {}", B::WHAT, r.id);
        stamp(what.clone(), r.created_at)?;
        stamp(what.clone(), r.updated_at)?;
        if let Some(deleted_at) = r.deleted_at {
            stamp(what.clone(), deleted_at)?;
        }
        let context = owner(r.owner_id).ok_or_else(|| {
            ImportError::Invalid(format!("{what}: no {} {}", B::OWNER, r.owner_id))
        })?;
        let kind = B::kind_id(B::kind(r.data));
        // Any past date is fine for an import, hence the far-future "today".
        match B::validate(&B::to_input(r.data), &context, Date::MAX) {
            Ok(data) if data == *r.data => {}
            _ => {
                return Err(ImportError::Invalid(format!(
                    "{what}: the {kind} would not be accepted by the form"
                )))
            }
        }
        if B::once_per_owner(B::kind(r.data))
            && r.deleted_at.is_none()
            && !once.insert((r.owner_id, kind))
        {
            return Err(ImportError::Invalid(format!(
                "{what}: {} {} already has a {kind}",
                B::OWNER,
                r.owner_id
            )));
        }
    }
    Ok(())
}

/// Every photo of one table with well-formed times, at most the app's
/// limit of live photos per record.
fn check_photos<P: PhotoEntry>(photos: &[P]) -> Result<(), ImportError> {
    let mut counts = std::collections::HashMap::new();
    for p in photos.iter().map(P::row) {
        let what = format!("{} {}", P::WHAT, p.id);
        stamp(what.clone(), p.created_at)?;
        if let Some(deleted_at) = p.deleted_at {
            stamp(what, deleted_at)?;
        } else {
            *counts.entry(p.record_id).or_insert(0usize) += 1;
        }
    }
    match counts
        .into_iter()
        .find(|(_, n)| *n > hagukumi_core::photo::MAX_PHOTOS_PER_RECORD)
    {
        Some((id, n)) => Err(ImportError::Invalid(format!(
            "{} {id}: {n} photos, more than {}",
            P::Table::HOLDER_WHAT,
            hagukumi_core::photo::MAX_PHOTOS_PER_RECORD
        ))),
        None => Ok(()),
    }
}

fn check_history<B: Book>(entries: &[ExportHistory<B>], what: &str) -> Result<(), ImportError> {
    for h in entries {
        stamp(format!("{what} {}", h.id), &h.changed_at)?;
    }
    Ok(())
}

pub(super) fn check_export(export: &Export) -> Result<(), ImportError> {
    for c in &export.children {
        stamp(format!("child {}", c.id), &c.created_at)?;
    }
    for p in &export.pregnancies {
        stamp(format!("pregnancy {}", p.id), &p.created_at)?;
    }
    check_records::<ChildBook>(export.records.iter().map(RecordEntry::row), |id| {
        export
            .children
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.birth_date)
    })?;
    check_history(&export.record_history, "history entry")?;
    check_photos(&export.photos)?;
    check_records::<PregnancyBook>(
        export.pregnancy_records.iter().map(RecordEntry::row),
        |id| {
            export
                .pregnancies
                .iter()
                .find(|p| p.id == id)
                .map(|p| p.expected_date)
        },
    )?;
    check_history(&export.pregnancy_record_history, "pregnancy history entry")?;
    for o in &export.official_items {
        let what = format!("official item {} {}", o.category, o.portal_id);
        stamp(what.clone(), &o.received_at)?;
        stamp(what, &o.updated_at)?;
    }
    check_photos(&export.pregnancy_photos)?;
    for b in &export.nursery_bookmarks {
        let what = format!("nursery bookmark {}", b.id);
        stamp(what.clone(), &b.created_at)?;
        stamp(what.clone(), &b.updated_at)?;
        if let Some(deleted_at) = &b.deleted_at {
            stamp(what, deleted_at)?;
        }
    }
    crate::nursery::check_bookmarks(&export.nursery_bookmarks).map_err(ImportError::Invalid)?;
    check_photos(&export.nursery_bookmark_photos)
}

/// An exported photo as the store keeps it: decoded and cleaned again (an
/// export is outside data; a no-op for our own), its type as declared.
pub(super) fn clean_photo(
    what: &str,
    data_base64: &str,
    mime: &str,
) -> Result<hagukumi_core::photo::CleanPhoto, ImportError> {
    let bytes = BASE64
        .decode(data_base64)
        .map_err(|_| ImportError::Invalid(format!("{what}: not base64")))?;
    let clean = hagukumi_core::photo::sanitize(&bytes)
        .map_err(|e| ImportError::Invalid(format!("{what}: {e}")))?;
    if clean.mime.as_str() != mime {
        return Err(ImportError::Invalid(format!("{what}: type")));
    }
    Ok(clean)
}
