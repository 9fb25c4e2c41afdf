//! Restoring an export into an empty handbook, all or nothing.

use super::check::clean_photo;
use super::provenance::provenance;
use super::{
    json, Export, ExportHistory, ImportError, Imported, PhotoEntry, RecordEntry, EXPORT_FORMAT,
    EXPORT_VERSION,
};
use crate::book::Shelf;
use crate::official::PinnedKey;
use crate::photos::PhotoTable;
use crate::{Result, Store, StoreError};
use hagukumi_core::book::Book;
use hagukumi_core::model::RecordId;
use hagukumi_core::Date;
use rusqlite::params;

/// A refused row names what it was; any other database error is the store's.
fn invalid(what: String) -> impl FnOnce(rusqlite::Error) -> ImportError {
    move |e: rusqlite::Error| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) => {
            ImportError::Invalid(format!("{what}: {e}"))
        }
        _ => ImportError::Store(e.into()),
    }
}

/// Writes one book's history entries as exported (`what` names an entry in
/// an error).
fn import_history<B: Shelf>(
    tx: &rusqlite::Transaction<'_>,
    entries: &[ExportHistory<B>],
    what: &str,
) -> Result<(), ImportError> {
    for h in entries {
        tx.execute(
            &format!(
                "INSERT INTO {} (id, record_id, change, previous, changed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                B::HISTORY
            ),
            params![
                h.id,
                h.record_id,
                h.change,
                json(&h.previous)?,
                h.changed_at
            ],
        )
        .map_err(invalid(format!("{what} {}", h.id)))?;
    }
    Ok(())
}

/// Writes one book's records as exported; a record keeps its portal id
/// only when its official item verified (`official`).
fn import_records<R: RecordEntry>(
    tx: &rusqlite::Transaction<'_>,
    records: &[R],
    official: &std::collections::HashSet<RecordId>,
) -> Result<(), ImportError> {
    let (portal_column, portal_value) = match R::PORTAL {
        Some(column) => (format!(", {column}"), ", ?9"),
        None => (String::new(), ""),
    };
    let sql = format!(
        "INSERT INTO {}
             (id, {}, kind, date, data, created_at, updated_at, deleted_at{portal_column})
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8{portal_value})",
        R::Book::RECORDS,
        R::Book::OWNER_COLUMN,
    );
    for r in records.iter().map(R::row) {
        let kind = R::Book::kind_id(R::Book::kind(r.data));
        let date = R::Book::date(r.data);
        let data = json(r.data)?;
        let portal_id = r.portal_id.filter(|_| official.contains(&r.id));
        let mut values: Vec<&dyn rusqlite::ToSql> = vec![
            &r.id,
            &r.owner_id,
            &kind,
            &date,
            &data,
            &r.created_at,
            &r.updated_at,
            &r.deleted_at,
        ];
        if R::PORTAL.is_some() {
            values.push(&portal_id);
        }
        tx.execute(&sql, values.as_slice())
            .map_err(invalid(format!("{} {}", R::Book::WHAT, r.id)))?;
    }
    Ok(())
}

/// Writes one table's photos as exported, each cleaned again.
fn import_photos<P: PhotoEntry>(
    tx: &rusqlite::Transaction<'_>,
    photos: &[P],
) -> Result<(), ImportError> {
    for p in photos.iter().map(P::row) {
        let what = format!("{} {}", P::WHAT, p.id);
        let clean = clean_photo(&what, p.data_base64, p.mime)?;
        tx.execute(
            &format!(
                "INSERT INTO {} (id, {}, mime, bytes, created_at, deleted_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                P::Table::PHOTOS,
                P::Table::PHOTO_RECORD
            ),
            params![
                p.id,
                p.record_id,
                p.mime,
                clean.bytes,
                p.created_at,
                p.deleted_at
            ],
        )
        .map_err(invalid(what))?;
    }
    Ok(())
}

impl Store {
    /// Restores an export into this (empty) handbook, all or nothing,
    /// trusting no portal key: whatever claims to be official comes in as
    /// the parent's own (see [`Store::import_verified`]).
    pub fn import(&mut self, export: &Export) -> Result<(), ImportError> {
        self.import_verified(export, &[]).map(drop)
    }

    /// Restores an export into this (empty) handbook, all or nothing. An
    /// official item stays official only when the signed page it came in
    /// travels with it, verifies against one of `trusted` (the pinned
    /// keys) and says exactly what the item says (and its read-only record
    /// is exactly that item). Otherwise its record comes in as the
    /// parent's own (editable, deletable) and the item is left out; the
    /// next sync brings it again from the portal.
    pub fn import_verified(
        &mut self,
        export: &Export,
        trusted: &[PinnedKey],
    ) -> Result<Imported, ImportError> {
        if export.format != EXPORT_FORMAT {
            return Err(ImportError::NotAnExport(export.format.clone()));
        }
        if export.version != EXPORT_VERSION {
            return Err(ImportError::UnsupportedVersion(export.version));
        }
        let has_anything: bool = self
            .conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM children) OR EXISTS (SELECT 1 FROM pregnancies)
                 OR EXISTS (SELECT 1 FROM records) OR EXISTS (SELECT 1 FROM nursery_bookmarks)",
                [],
                |r| r.get(0),
            )
            .map_err(StoreError::from)?;
        if has_anything {
            return Err(ImportError::NotEmpty);
        }
        export.check()?;
        let kept = provenance(export, trusted);
        let tx = self.conn.transaction().map_err(StoreError::from)?;
        for c in &export.children {
            let input = hagukumi_core::ChildInput {
                name: c.name.clone(),
                birth_date: c.birth_date.to_string(),
                ..Default::default()
            };
            // The form's rules for names and birth dates (any past date is
            // fine for an import, hence the far-future "today").
            if input.validate(Date::MAX).is_err() {
                return Err(ImportError::Invalid(format!(
                    "child {}: name or birth date",
                    c.id
                )));
            }
            tx.execute(
                "INSERT INTO children (id, name, birth_date, sex, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    c.id,
                    c.name,
                    c.birth_date,
                    c.sex.map(hagukumi_core::growth::Sex::id),
                    c.created_at
                ],
            )
            .map_err(invalid(format!("child {}", c.id)))?;
            if let Some(reference) = &c.growth_reference {
                let Some(reference) = hagukumi_core::growth::Reference::parse(reference) else {
                    return Err(ImportError::Invalid(format!(
                        "child {}: growth_reference {reference:?}",
                        c.id
                    )));
                };
                crate::settings::set(&tx, &crate::growth::key(c.id), Some(reference.data_id()))?;
            }
            if let Some(text) = &c.insurance_note {
                // Checked again as the clinic card's form checks it.
                let Ok(Some(note)) = hagukumi_core::clinic_card::InsuranceNote::parse(text) else {
                    return Err(ImportError::Invalid(format!(
                        "child {}: insurance_note",
                        c.id
                    )));
                };
                crate::settings::set(&tx, &crate::insurance_note::key(c.id), Some(note.as_str()))?;
            }
        }
        for p in &export.pregnancies {
            tx.execute(
                "INSERT INTO pregnancies (id, label, expected_date, created_at)
                 VALUES (?1, ?2, ?3, ?4)",
                params![p.id, p.label, p.expected_date, p.created_at],
            )
            .map_err(invalid(format!("pregnancy {}", p.id)))?;
        }
        import_records(&tx, &export.records, &kept.records)?;
        import_history(&tx, &export.record_history, "history entry")?;
        import_photos(&tx, &export.photos)?;
        import_records(&tx, &export.pregnancy_records, &kept.records)?;
        import_history(
            &tx,
            &export.pregnancy_record_history,
            "pregnancy history entry",
        )?;
        for p in &export.official_pages {
            if !kept.pages.contains(&p.id) {
                continue;
            }
            tx.execute(
                "INSERT INTO official_pages (id, key_id, signature, body) VALUES (?1, ?2, ?3, ?4)",
                params![p.id, p.key_id, p.signature, p.body],
            )
            .map_err(invalid(format!("official page {}", p.id)))?;
        }
        let verified_children: std::collections::HashSet<&str> = export
            .official_items
            .iter()
            .zip(&kept.items)
            .filter(|(o, ok)| **ok && o.category == "children")
            .map(|(o, _)| o.portal_id.as_str())
            .collect();
        for c in &export.portal_children {
            // Which child is the portal's is official data too.
            if !verified_children.contains(c.portal_child_id.as_str()) {
                continue;
            }
            tx.execute(
                "INSERT INTO portal_children (portal_child_id, child_id, created)
                 VALUES (?1, ?2, ?3)",
                params![c.portal_child_id, c.child_id, c.created],
            )
            .map_err(invalid(format!("portal child {}", c.portal_child_id)))?;
        }
        let mut imported = Imported::default();
        for (o, ok) in export.official_items.iter().zip(&kept.items) {
            let what = format!("official item {} {}", o.category, o.portal_id);
            // The item must still be one the sync would accept.
            let category = hagukumi_core::official::Category::parse(&o.category)
                .ok_or_else(|| ImportError::Invalid(format!("{what}: category")))?;
            hagukumi_core::official::OfficialItem::parse(category, 0, &o.payload)
                .map_err(|e| ImportError::Invalid(format!("{what}: {e}")))?;
            if !ok {
                imported.unverified += 1;
                continue;
            }
            imported.official += 1;
            tx.execute(
                "INSERT INTO official_items
                     (category, portal_id, child_id, payload, state, record_id, received_at,
                      updated_at, page_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    o.category,
                    o.portal_id,
                    o.child_id,
                    json(&o.payload)?,
                    o.state,
                    o.record_id,
                    o.received_at,
                    o.updated_at,
                    o.page
                ],
            )
            .map_err(invalid(what))?;
        }
        import_photos(&tx, &export.pregnancy_photos)?;
        if let Some(account) = kept.account.as_deref().filter(|_| imported.official > 0) {
            crate::settings::set(&tx, crate::official::SETTING_ACCOUNT, Some(account))?;
        }
        if let Some(lang) = export.language {
            crate::settings::set(&tx, "language", Some(lang.code()))?;
        }
        // Foreign keys are checked per statement; a dangling reference fails
        // its INSERT above and the transaction is dropped (rolled back).
        crate::benefits::import_benefits(
            &tx,
            &export.benefit_applications,
            export.guardian_name.as_deref(),
        )
        .map_err(ImportError::Invalid)?;
        crate::nursery::import_bookmarks(&tx, &export.nursery_bookmarks)
            .map_err(ImportError::Invalid)?;
        import_photos(&tx, &export.nursery_bookmark_photos)?;
        tx.commit().map_err(StoreError::from)?;
        Ok(imported)
    }
}
