// tidy: over budget because six twin `Export*` structs for children's and pregnancies' records; #11 makes one export loop over the generic record book.
//! The whole handbook as one JSON document, and back.
//!
//! The format is documented in `docs/export-format.md`. Import restores an
//! export exactly (ids, timestamps, history, soft-deleted records) into an
//! empty handbook, in one transaction: a bad document changes nothing.

use crate::book::Shelf;
use crate::official::{PinnedKey, SignedPage};
use crate::{Result, Store, StoreError};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use hagukumi_core::book::Book;
use hagukumi_core::model::RecordId;
use hagukumi_core::pregnancy_records::{PregnancyBook, PregnancyRecordData};
use hagukumi_core::records::{ChildBook, RecordData};
use hagukumi_core::{Date, Language};
use rusqlite::params;
use serde::{Deserialize, Serialize};

/// `format` of a Hagukumi export.
pub const EXPORT_FORMAT: &str = "hagukumi-export";
/// Version of the export format this build writes and reads.
pub const EXPORT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Export {
    pub format: String,
    pub version: u32,
    /// UTC, RFC 3339.
    pub exported_at: String,
    pub language: Option<Language>,
    pub children: Vec<ExportChild>,
    pub pregnancies: Vec<ExportPregnancy>,
    pub records: Vec<ExportRecord>,
    pub record_history: Vec<ExportHistory>,
    /// Photos of records, metadata already removed (added in schema 4;
    /// absent in older exports).
    #[serde(default)]
    pub photos: Vec<ExportPhoto>,
    /// Records of pregnancies and postnatal checkups (added in schema 5;
    /// absent in older exports).
    #[serde(default)]
    pub pregnancy_records: Vec<ExportPregnancyRecord>,
    /// Every earlier version of every pregnancy record (schema 5).
    #[serde(default)]
    pub pregnancy_record_history: Vec<ExportPregnancyHistory>,
    /// Which children are the portal's (schema 7; absent in older exports
    /// and when nothing came from a portal).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub portal_children: Vec<ExportPortalChild>,
    /// Every official item received from the portal, as it was sent, with
    /// what the sync made of it (schema 7; absent when there is none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub official_items: Vec<ExportOfficialItem>,
    /// Photos of pregnancy records, metadata already removed (added in
    /// schema 8; absent in older exports).
    #[serde(default)]
    pub pregnancy_photos: Vec<ExportPregnancyPhoto>,
    /// The signed pages the official items came in, exactly as signed, so
    /// that an import can check them again (schema 9; absent when there is
    /// none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub official_pages: Vec<ExportOfficialPage>,
    /// The portal account whose official items the handbook holds (absent
    /// when unknown). An import keeps official only the items of pages
    /// signed for one account: this one, else the first verified page's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portal_account: Option<String>,
    /// Benefit applications the parent tracks by hand (schema 12; absent
    /// when there is none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub benefit_applications: Vec<crate::benefits::ExportBenefitApplication>,
    /// The guardian's name entered for the once-only application (absent
    /// when never entered).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guardian_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportOfficialPage {
    pub id: i64,
    /// The key that signed it (`X-Hagukumi-Key-Id`).
    pub key_id: String,
    /// The Ed25519 signature of `body`, standard base64.
    pub signature: String,
    /// The page's body exactly as signed (a JSON text).
    pub body: String,
}

impl ExportOfficialPage {
    fn signed(&self) -> SignedPage {
        SignedPage {
            key_id: self.key_id.clone(),
            signature: self.signature.clone(),
            body: self.body.clone(),
        }
    }
}

/// What an import made of the official items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Imported {
    /// Official items whose signed page verified: official again.
    pub official: usize,
    /// Official items that could not be verified: their records came in as
    /// the parent's own (editable, deletable), the rest was left out.
    pub unverified: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportPortalChild {
    pub portal_child_id: String,
    pub child_id: RecordId,
    /// Whether the sync created the child (rather than matching one).
    pub created: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportOfficialItem {
    /// `children`, `vaccinations`, `checkups`, `certificates`, `benefits`, `notices`.
    pub category: String,
    pub portal_id: String,
    pub child_id: Option<RecordId>,
    /// The item's JSON as the portal sent it.
    pub payload: serde_json::Value,
    /// `added`, `linked`, `conflict`, `kept-mine` or `info`.
    pub state: String,
    pub record_id: Option<RecordId>,
    pub received_at: String,
    pub updated_at: String,
    /// The `id` of the signed page in `official_pages` it last came in
    /// (schema 9; absent for items stored before pages were kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportChild {
    pub id: RecordId,
    pub name: String,
    pub birth_date: Date,
    #[serde(default)]
    pub sex: Option<hagukumi_core::growth::Sex>,
    pub created_at: String,
    /// The growth reference the parent chose for the child's charts
    /// (`who-2006`, `japan-2023`); absent when none was chosen (the
    /// default) and in older exports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub growth_reference: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportPregnancy {
    pub id: RecordId,
    pub label: Option<String>,
    pub expected_date: Date,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportRecord {
    pub id: RecordId,
    pub child_id: RecordId,
    pub data: RecordData,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
    /// Set on official records from the portal (read-only); schema 7.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portal_id: Option<String>,
}

/// An earlier version of a record of any book (`record_history`,
/// `pregnancy_record_history`): the same shape for every book.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound = "")]
pub struct ExportHistory<B: Book = ChildBook> {
    pub id: RecordId,
    pub record_id: RecordId,
    pub change: String,
    pub previous: B::Data,
    pub changed_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportPregnancyRecord {
    pub id: RecordId,
    pub pregnancy_id: RecordId,
    pub data: PregnancyRecordData,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// An earlier version of a pregnancy record.
pub type ExportPregnancyHistory = ExportHistory<PregnancyBook>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportPhoto {
    pub id: RecordId,
    pub record_id: RecordId,
    /// `image/jpeg` or `image/png`.
    pub mime: String,
    /// The image bytes, standard base64 with padding.
    pub data_base64: String,
    pub created_at: String,
    /// Set when the photo was deleted (restorable for 30 days); schema 9,
    /// absent in older exports.
    #[serde(default)]
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportPregnancyPhoto {
    pub id: RecordId,
    pub pregnancy_record_id: RecordId,
    /// `image/jpeg` or `image/png`.
    pub mime: String,
    /// The image bytes, standard base64 with padding.
    pub data_base64: String,
    pub created_at: String,
    /// Set when the photo was deleted (restorable for 30 days); schema 9,
    /// absent in older exports.
    #[serde(default)]
    pub deleted_at: Option<String>,
}

/// Why an import was refused (nothing was written).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("not a Hagukumi export (format {0:?})")]
    NotAnExport(String),
    #[error("export format version {0} is not supported (this build reads {EXPORT_VERSION})")]
    UnsupportedVersion(u32),
    #[error("the handbook already has records; import only into an empty handbook")]
    NotEmpty,
    #[error("the export is inconsistent: {0}")]
    Invalid(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

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

/// What the import checks of an exported record of any book.
struct Exported<'a, B: Book> {
    id: RecordId,
    owner_id: RecordId,
    data: &'a B::Data,
    created_at: &'a str,
    updated_at: &'a str,
    deleted_at: Option<&'a str>,
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

fn check_export(export: &Export) -> Result<(), ImportError> {
    for c in &export.children {
        stamp(format!("child {}", c.id), &c.created_at)?;
    }
    for p in &export.pregnancies {
        stamp(format!("pregnancy {}", p.id), &p.created_at)?;
    }
    check_records::<ChildBook>(
        export.records.iter().map(|r| Exported {
            id: r.id,
            owner_id: r.child_id,
            data: &r.data,
            created_at: &r.created_at,
            updated_at: &r.updated_at,
            deleted_at: r.deleted_at.as_deref(),
        }),
        |id| {
            export
                .children
                .iter()
                .find(|c| c.id == id)
                .map(|c| c.birth_date)
        },
    )?;
    for h in &export.record_history {
        stamp(format!("history entry {}", h.id), &h.changed_at)?;
    }
    for p in &export.photos {
        let what = format!("photo {}", p.id);
        stamp(what.clone(), &p.created_at)?;
        if let Some(deleted_at) = &p.deleted_at {
            stamp(what, deleted_at)?;
        }
    }
    check_records::<PregnancyBook>(
        export.pregnancy_records.iter().map(|r| Exported {
            id: r.id,
            owner_id: r.pregnancy_id,
            data: &r.data,
            created_at: &r.created_at,
            updated_at: &r.updated_at,
            deleted_at: r.deleted_at.as_deref(),
        }),
        |id| {
            export
                .pregnancies
                .iter()
                .find(|p| p.id == id)
                .map(|p| p.expected_date)
        },
    )?;
    for h in &export.pregnancy_record_history {
        stamp(format!("pregnancy history entry {}", h.id), &h.changed_at)?;
    }
    for o in &export.official_items {
        let what = format!("official item {} {}", o.category, o.portal_id);
        stamp(what.clone(), &o.received_at)?;
        stamp(what, &o.updated_at)?;
    }
    for p in &export.pregnancy_photos {
        let what = format!("pregnancy photo {}", p.id);
        stamp(what.clone(), &p.created_at)?;
        if let Some(deleted_at) = &p.deleted_at {
            stamp(what, deleted_at)?;
        }
    }
    // The app's limit of live photos per record holds for imports too.
    let too_many = |what: &str, ids: &mut dyn Iterator<Item = RecordId>| {
        let mut counts = std::collections::HashMap::new();
        for id in ids {
            *counts.entry(id).or_insert(0usize) += 1;
        }
        match counts
            .into_iter()
            .find(|(_, n)| *n > hagukumi_core::photo::MAX_PHOTOS_PER_RECORD)
        {
            Some((id, n)) => Err(ImportError::Invalid(format!(
                "{what} {id}: {n} photos, more than {}",
                hagukumi_core::photo::MAX_PHOTOS_PER_RECORD
            ))),
            None => Ok(()),
        }
    };
    too_many(
        "record",
        &mut export
            .photos
            .iter()
            .filter(|p| p.deleted_at.is_none())
            .map(|p| p.record_id),
    )?;
    too_many(
        "pregnancy record",
        &mut export
            .pregnancy_photos
            .iter()
            .filter(|p| p.deleted_at.is_none())
            .map(|p| p.pregnancy_record_id),
    )?;
    Ok(())
}

/// An exported photo as the store keeps it: decoded and cleaned again (an
/// export is outside data; a no-op for our own), its type as declared.
fn clean_photo(
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

/// Which official items of `export` are what a page signed by one of
/// `trusted` says (by index in `official_items`), and which records are
/// the read-only records of such items. Everything else that claims to be
/// official comes in as the parent's own.
struct Provenance {
    items: Vec<bool>,
    /// Ids of records that stay official.
    records: std::collections::HashSet<RecordId>,
    /// Ids of the pages that verified and carry a kept item.
    pages: std::collections::HashSet<i64>,
    /// The one account whose pages were kept.
    account: Option<String>,
}

fn provenance(export: &Export, trusted: &[PinnedKey]) -> Provenance {
    use hagukumi_core::official::{merge_vaccination, Category, OfficialItem, VaccinationMerge};
    let mut pages: std::collections::HashMap<i64, crate::official::PageEnvelope> = export
        .official_pages
        .iter()
        .filter_map(|p| Some((p.id, p.signed().verified(trusted)?)))
        .collect();
    // One handbook, one account: the export's, else the first verified
    // page's. Pages signed for another family's account prove nothing here.
    let account = export.portal_account.clone().or_else(|| {
        export
            .official_pages
            .iter()
            .find_map(|p| pages.get(&p.id).map(|e| e.account.clone()))
    });
    pages.retain(|_, e| Some(&e.account) == account.as_ref());
    let births: std::collections::HashMap<RecordId, Date> = export
        .children
        .iter()
        .map(|c| (c.id, c.birth_date))
        .collect();
    let records: std::collections::HashMap<RecordId, &ExportRecord> =
        export.records.iter().map(|r| (r.id, r)).collect();
    let links: std::collections::HashMap<&str, RecordId> = export
        .portal_children
        .iter()
        .map(|c| (c.portal_child_id.as_str(), c.child_id))
        .collect();
    let mut kept = Provenance {
        items: Vec::with_capacity(export.official_items.len()),
        records: Default::default(),
        pages: Default::default(),
        account,
    };
    for o in &export.official_items {
        // The item is bound to its own id: one signed item listed again
        // under a made-up `portal_id` is not official.
        let own_id = Category::parse(&o.category)
            .and_then(|c| OfficialItem::parse(c, 0, &o.payload).ok())
            .is_some_and(|item| item.id() == o.portal_id);
        let signed = own_id
            && o.page
                .and_then(|id| pages.get(&id))
                .filter(|page| page.category == o.category)
                .is_some_and(|page| page.items.contains(&o.payload));
        // What the item says about the handbook's records must hold too.
        let vaccination = || {
            let category = Category::parse(&o.category)?;
            let OfficialItem::Vaccinations(v) =
                OfficialItem::parse(category, 0, &o.payload).ok()?
            else {
                return None;
            };
            let record = records.get(&o.record_id?)?;
            let birth = births.get(&record.child_id)?;
            let data = v.to_record_data(*birth, Date::MAX).ok()?;
            Some((data, *record))
        };
        // The child it is shown with is the one its portal child is.
        let placed = Category::parse(&o.category)
            .and_then(|c| OfficialItem::parse(c, 0, &o.payload).ok())
            .is_some_and(|item| item.child_ref().and_then(|c| links.get(c).copied()) == o.child_id);
        let consistent = placed
            && match o.state.as_str() {
                "added" => vaccination().is_some_and(|(data, record)| {
                    record.portal_id.as_deref() == Some(o.portal_id.as_str())
                        && Some(record.child_id) == o.child_id
                        && record.data == data
                }),
                "linked" => vaccination().is_some_and(|(data, record)| {
                    let RecordData::Vaccination(vac) = &data else {
                        return false;
                    };
                    let mine = hagukumi_core::records::Record {
                        id: record.id,
                        child_id: record.child_id,
                        data: record.data.clone(),
                        deleted_at: None,
                        official: false,
                    };
                    record.portal_id.is_none()
                        && record.deleted_at.is_none()
                        && merge_vaccination(vac, &[mine]) == VaccinationMerge::Link(record.id)
                }),
                _ => true,
            };
        let ok = signed && consistent;
        if ok {
            if o.state == "added" {
                if let Some(id) = o.record_id {
                    kept.records.insert(id);
                }
            }
            if let Some(page) = o.page {
                kept.pages.insert(page);
            }
        }
        kept.items.push(ok);
    }
    kept
}

fn json<T: Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn parse<T: for<'de> Deserialize<'de>>(s: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|e| StoreError::Corrupt(e.to_string()))
}

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

impl Store {
    /// One book's history entries, in the order they were written.
    fn export_history<B: Shelf>(&self) -> Result<Vec<ExportHistory<B>>> {
        self.conn
            .prepare(&format!(
                "SELECT id, record_id, change, previous, changed_at FROM {} ORDER BY id",
                B::HISTORY
            ))?
            .query_map([], |r| {
                Ok((
                    r.get::<_, RecordId>(0)?,
                    r.get::<_, RecordId>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })?
            .map(|row| {
                let (id, record_id, change, previous, changed_at) = row?;
                Ok(ExportHistory {
                    id,
                    record_id,
                    change,
                    previous: parse(&previous)?,
                    changed_at,
                })
            })
            .collect()
    }
}

impl Store {
    /// Everything in the handbook, including history and deleted records.
    pub fn export(&self, exported_at: &str) -> Result<Export> {
        let mut children: Vec<ExportChild> = self
            .conn
            .prepare("SELECT id, name, birth_date, created_at, sex FROM children ORDER BY id")?
            .query_map([], |r| {
                Ok((
                    ExportChild {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        birth_date: r.get(2)?,
                        sex: None,
                        created_at: r.get(3)?,
                        growth_reference: None,
                    },
                    r.get::<_, Option<String>>(4)?,
                ))
            })?
            .map(|row| {
                let (mut child, sex) = row?;
                child.sex = sex.as_deref().map(crate::parse_sex).transpose()?;
                Ok(child)
            })
            .collect::<Result<_>>()?;
        for child in &mut children {
            child.growth_reference = self
                .chosen_growth_reference(child.id)?
                .map(|r| r.data_id().to_owned());
        }
        let pregnancies = self
            .conn
            .prepare("SELECT id, label, expected_date, created_at FROM pregnancies ORDER BY id")?
            .query_map([], |r| {
                Ok(ExportPregnancy {
                    id: r.get(0)?,
                    label: r.get(1)?,
                    expected_date: r.get(2)?,
                    created_at: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let records = self
            .conn
            .prepare(
                "SELECT id, child_id, data, created_at, updated_at, deleted_at, portal_id
                 FROM records ORDER BY id",
            )?
            .query_map([], |r| {
                Ok((
                    (r.get::<_, RecordId>(0)?, r.get::<_, RecordId>(1)?),
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, Option<String>>(6)?,
                ))
            })?
            .map(|row| {
                let ((id, child_id), data, created_at, updated_at, deleted_at, portal_id) = row?;
                Ok(ExportRecord {
                    id,
                    child_id,
                    data: parse(&data)?,
                    created_at,
                    updated_at,
                    deleted_at,
                    portal_id,
                })
            })
            .collect::<Result<_>>()?;
        let record_history = self.export_history::<ChildBook>()?;
        let photos = self
            .conn
            .prepare(
                "SELECT id, record_id, mime, bytes, created_at, deleted_at
                 FROM photos ORDER BY id",
            )?
            .query_map([], |r| {
                Ok(ExportPhoto {
                    id: r.get(0)?,
                    record_id: r.get(1)?,
                    mime: r.get(2)?,
                    data_base64: BASE64.encode(r.get::<_, Vec<u8>>(3)?),
                    created_at: r.get(4)?,
                    deleted_at: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let pregnancy_records = self
            .conn
            .prepare(
                "SELECT id, pregnancy_id, data, created_at, updated_at, deleted_at
                 FROM pregnancy_records ORDER BY id",
            )?
            .query_map([], |r| {
                Ok((
                    r.get::<_, RecordId>(0)?,
                    r.get::<_, RecordId>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                ))
            })?
            .map(|row| {
                let (id, pregnancy_id, data, created_at, updated_at, deleted_at) = row?;
                Ok(ExportPregnancyRecord {
                    id,
                    pregnancy_id,
                    data: parse(&data)?,
                    created_at,
                    updated_at,
                    deleted_at,
                })
            })
            .collect::<Result<_>>()?;
        let pregnancy_record_history = self.export_history::<PregnancyBook>()?;
        let portal_children = self
            .conn
            .prepare(
                "SELECT portal_child_id, child_id, created FROM portal_children
                 ORDER BY portal_child_id",
            )?
            .query_map([], |r| {
                Ok(ExportPortalChild {
                    portal_child_id: r.get(0)?,
                    child_id: r.get(1)?,
                    created: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let official_items = self
            .conn
            .prepare(
                "SELECT category, portal_id, child_id, payload, state, record_id, received_at,
                        updated_at, page_id
                 FROM official_items ORDER BY category, portal_id",
            )?
            .query_map([], |r| {
                Ok((
                    (r.get::<_, String>(0)?, r.get::<_, String>(1)?),
                    r.get::<_, Option<RecordId>>(2)?,
                    r.get::<_, String>(3)?,
                    (r.get::<_, String>(4)?, r.get::<_, Option<RecordId>>(5)?),
                    (r.get::<_, String>(6)?, r.get::<_, String>(7)?),
                    r.get::<_, Option<i64>>(8)?,
                ))
            })?
            .map(|row| {
                let (
                    (category, portal_id),
                    child_id,
                    payload,
                    (state, record_id),
                    (received_at, updated_at),
                    page,
                ) = row?;
                Ok(ExportOfficialItem {
                    category,
                    portal_id,
                    child_id,
                    payload: parse(&payload)?,
                    state,
                    record_id,
                    received_at,
                    updated_at,
                    page,
                })
            })
            .collect::<Result<_>>()?;
        let official_pages = self
            .conn
            .prepare("SELECT id, key_id, signature, body FROM official_pages ORDER BY id")?
            .query_map([], |r| {
                Ok(ExportOfficialPage {
                    id: r.get(0)?,
                    key_id: r.get(1)?,
                    signature: r.get(2)?,
                    body: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let pregnancy_photos = self
            .conn
            .prepare(
                "SELECT id, pregnancy_record_id, mime, bytes, created_at, deleted_at
                 FROM pregnancy_photos ORDER BY id",
            )?
            .query_map([], |r| {
                Ok(ExportPregnancyPhoto {
                    id: r.get(0)?,
                    pregnancy_record_id: r.get(1)?,
                    mime: r.get(2)?,
                    data_base64: BASE64.encode(r.get::<_, Vec<u8>>(3)?),
                    created_at: r.get(4)?,
                    deleted_at: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Export {
            format: EXPORT_FORMAT.into(),
            version: EXPORT_VERSION,
            exported_at: exported_at.into(),
            language: self.language()?,
            children,
            pregnancies,
            records,
            record_history,
            photos,
            pregnancy_records,
            pregnancy_record_history,
            portal_children,
            official_items,
            pregnancy_photos,
            official_pages,
            portal_account: crate::official::setting(&self.conn, crate::official::SETTING_ACCOUNT)?,
            benefit_applications: self.export_benefits()?,
            guardian_name: self.guardian_name()?,
        })
    }

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
                 OR EXISTS (SELECT 1 FROM records)",
                [],
                |r| r.get(0),
            )
            .map_err(StoreError::from)?;
        if has_anything {
            return Err(ImportError::NotEmpty);
        }
        check_export(export)?;
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
                tx.execute(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    params![crate::growth::key(c.id), reference.data_id()],
                )
                .map_err(invalid(format!("child {}", c.id)))?;
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
        for r in &export.records {
            tx.execute(
                "INSERT INTO records
                     (id, child_id, kind, date, data, created_at, updated_at, deleted_at, portal_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    r.id,
                    r.child_id,
                    r.data.kind().as_str(),
                    r.data.date(),
                    json(&r.data)?,
                    r.created_at,
                    r.updated_at,
                    r.deleted_at,
                    r.portal_id
                        .as_ref()
                        .filter(|_| kept.records.contains(&r.id))
                ],
            )
            .map_err(invalid(format!("record {}", r.id)))?;
        }
        import_history(&tx, &export.record_history, "history entry")?;
        for p in &export.photos {
            let clean = clean_photo(&format!("photo {}", p.id), &p.data_base64, &p.mime)?;
            tx.execute(
                "INSERT INTO photos (id, record_id, mime, bytes, created_at, deleted_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    p.id,
                    p.record_id,
                    p.mime,
                    clean.bytes,
                    p.created_at,
                    p.deleted_at
                ],
            )
            .map_err(invalid(format!("photo {}", p.id)))?;
        }
        for r in &export.pregnancy_records {
            tx.execute(
                "INSERT INTO pregnancy_records
                     (id, pregnancy_id, kind, date, data, created_at, updated_at, deleted_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    r.id,
                    r.pregnancy_id,
                    r.data.kind().as_str(),
                    r.data.date(),
                    json(&r.data)?,
                    r.created_at,
                    r.updated_at,
                    r.deleted_at
                ],
            )
            .map_err(invalid(format!("pregnancy record {}", r.id)))?;
        }
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
        for p in &export.pregnancy_photos {
            let what = format!("pregnancy photo {}", p.id);
            let clean = clean_photo(&what, &p.data_base64, &p.mime)?;
            tx.execute(
                "INSERT INTO pregnancy_photos
                     (id, pregnancy_record_id, mime, bytes, created_at, deleted_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    p.id,
                    p.pregnancy_record_id,
                    p.mime,
                    clean.bytes,
                    p.created_at,
                    p.deleted_at
                ],
            )
            .map_err(invalid(what))?;
        }
        if let Some(account) = kept.account.as_deref().filter(|_| imported.official > 0) {
            crate::official::set_setting(&tx, crate::official::SETTING_ACCOUNT, Some(account))?;
        }
        if let Some(lang) = export.language {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES ('language', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [lang.code()],
            )
            .map_err(StoreError::from)?;
        }
        // Foreign keys are checked per statement; a dangling reference fails
        // its INSERT above and the transaction is dropped (rolled back).
        crate::benefits::import_benefits(
            &tx,
            &export.benefit_applications,
            export.guardian_name.as_deref(),
        )
        .map_err(ImportError::Invalid)?;
        tx.commit().map_err(StoreError::from)?;
        Ok(imported)
    }
}
