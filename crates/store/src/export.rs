//! The whole handbook as one JSON document, and back.
//!
//! The format is documented in `docs/export-format.md`. Import restores an
//! export exactly (ids, timestamps, history, soft-deleted records) into an
//! empty handbook, in one transaction: a bad document changes nothing.

mod check;
mod import;
mod provenance;
pub mod sample;

use crate::book::Shelf;
use crate::official::SignedPage;
use crate::photos::PhotoTable;
use crate::{Result, Store, StoreError};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use hagukumi_core::book::Book;
use hagukumi_core::model::RecordId;
use hagukumi_core::pregnancy_records::PregnancyBook;
use hagukumi_core::records::ChildBook;
use hagukumi_core::{Date, Language};
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
    /// Bookmarks of nursery facilities with their preference order
    /// (schema 13; absent when there is none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nursery_bookmarks: Vec<crate::nursery::ExportBookmark>,
    /// Photos of bookmarked facilities from visits, metadata already
    /// removed (schema 13; absent when there is none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nursery_bookmark_photos: Vec<ExportBookmarkPhoto>,
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
    /// The parent's insurance note shown on the clinic card (≤ 300
    /// characters, never anything like an individual number); absent when
    /// there is none and in older exports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insurance_note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportPregnancy {
    pub id: RecordId,
    pub label: Option<String>,
    pub expected_date: Date,
    pub created_at: String,
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

/// An earlier version of a pregnancy record.
pub type ExportPregnancyHistory = ExportHistory<PregnancyBook>;

/// A record of one book as the import checks and writes it, and as the
/// export reads it (`D`, `S`: the data and strings, owned or borrowed).
struct RecordRow<D, S> {
    id: RecordId,
    owner_id: RecordId,
    data: D,
    created_at: S,
    updated_at: S,
    deleted_at: Option<S>,
    /// Only a child's records can be official.
    portal_id: Option<S>,
}

/// A record of one book borrowed from an export.
type Exported<'a, B> = RecordRow<&'a <B as Book>::Data, &'a str>;

/// An exported record of one book. The format names its owner
/// (`child_id`, `pregnancy_id`) and only a child's record has a
/// `portal_id`, so each book has its own struct ([`export_record!`]);
/// exporting, checking and importing them is written once.
trait RecordEntry: Sized {
    type Book: Shelf;
    /// The column naming the portal item, for books whose records can be
    /// official.
    const PORTAL: Option<&'static str>;
    fn row(&self) -> Exported<'_, Self::Book>;
    fn from_row(row: RecordRow<<Self::Book as Book>::Data, String>) -> Self;
}

/// Declares an exported record struct and its [`RecordEntry`].
macro_rules! export_record {
    (@portal) => { None };
    (@portal $portal:ident) => { Some(stringify!($portal)) };
    ($(#[$doc:meta])* $name:ident, $book:ty, $owner:ident $(, $portal:ident)?) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            pub id: RecordId,
            pub $owner: RecordId,
            pub data: <$book as Book>::Data,
            pub created_at: String,
            pub updated_at: String,
            pub deleted_at: Option<String>,
            $(
                /// Set on official records from the portal (read-only); schema 7.
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub $portal: Option<String>,
            )?
        }

        impl RecordEntry for $name {
            type Book = $book;
            const PORTAL: Option<&'static str> = export_record!(@portal $($portal)?);
            fn row(&self) -> Exported<'_, $book> {
                RecordRow {
                    id: self.id,
                    owner_id: self.$owner,
                    data: &self.data,
                    created_at: &self.created_at,
                    updated_at: &self.updated_at,
                    deleted_at: self.deleted_at.as_deref(),
                    portal_id: None $(.or(self.$portal.as_deref()))?,
                }
            }
            fn from_row(r: RecordRow<<$book as Book>::Data, String>) -> Self {
                $name {
                    id: r.id,
                    $owner: r.owner_id,
                    data: r.data,
                    created_at: r.created_at,
                    updated_at: r.updated_at,
                    deleted_at: r.deleted_at,
                    $($portal: r.portal_id,)?
                }
            }
        }
    };
}

export_record!(
    /// A child's record.
    ExportRecord,
    ChildBook,
    child_id,
    portal_id
);
export_record!(
    /// A pregnancy's record.
    ExportPregnancyRecord,
    PregnancyBook,
    pregnancy_id
);

/// A photo of one photo table as the import checks and writes it, and as
/// the export reads it (`S`: strings owned or borrowed).
struct PhotoRow<S> {
    id: RecordId,
    record_id: RecordId,
    mime: S,
    data_base64: S,
    created_at: S,
    deleted_at: Option<S>,
}

/// An exported photo of one photo table: the same fields but the one
/// naming its record (`record_id`, `pregnancy_record_id`).
trait PhotoEntry: Sized {
    /// The photos' table (and what they are on).
    type Table: PhotoTable;
    /// What a photo is called in an error.
    const WHAT: &'static str;
    fn row(&self) -> PhotoRow<&str>;
    fn from_row(row: PhotoRow<String>) -> Self;
}

/// Declares an exported photo struct and its [`PhotoEntry`].
macro_rules! export_photo {
    ($name:ident, $record:ident, $table:ty, $what:literal) => {
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            pub id: RecordId,
            pub $record: RecordId,
            /// `image/jpeg` or `image/png`.
            pub mime: String,
            /// The image bytes, standard base64 with padding.
            pub data_base64: String,
            pub created_at: String,
            /// Set when the photo was deleted (restorable for 30 days);
            /// schema 9, absent in older exports.
            #[serde(default)]
            pub deleted_at: Option<String>,
        }

        impl PhotoEntry for $name {
            type Table = $table;
            const WHAT: &'static str = $what;
            fn row(&self) -> PhotoRow<&str> {
                PhotoRow {
                    id: self.id,
                    record_id: self.$record,
                    mime: &self.mime,
                    data_base64: &self.data_base64,
                    created_at: &self.created_at,
                    deleted_at: self.deleted_at.as_deref(),
                }
            }
            fn from_row(r: PhotoRow<String>) -> Self {
                $name {
                    id: r.id,
                    $record: r.record_id,
                    mime: r.mime,
                    data_base64: r.data_base64,
                    created_at: r.created_at,
                    deleted_at: r.deleted_at,
                }
            }
        }
    };
}

export_photo!(ExportPhoto, record_id, ChildBook, "photo");
export_photo!(
    ExportPregnancyPhoto,
    pregnancy_record_id,
    PregnancyBook,
    "pregnancy photo"
);
export_photo!(
    ExportBookmarkPhoto,
    bookmark_id,
    crate::photos::BookmarkPhotos,
    "nursery bookmark photo"
);

impl Export {
    /// What an import checks of the document itself before anything is
    /// written, without a handbook: timestamps, every record as its form
    /// would accept it for its owner, photos decoded and cleaned, nursery
    /// bookmarks. [`Store::import_verified`] makes these checks too (after
    /// the format, the version and that the handbook is empty).
    pub fn check(&self) -> Result<(), ImportError> {
        check::check_export(self)
    }
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

fn json<T: Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn parse<T: for<'de> Deserialize<'de>>(s: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|e| StoreError::Corrupt(e.to_string()))
}

impl Store {
    /// One book's records, in the order they were written.
    fn export_records<R: RecordEntry>(&self) -> Result<Vec<R>> {
        self.conn
            .prepare(&format!(
                "SELECT id, {}, data, created_at, updated_at, deleted_at, {}
                 FROM {} ORDER BY id",
                R::Book::OWNER_COLUMN,
                R::PORTAL.unwrap_or("NULL"),
                R::Book::RECORDS
            ))?
            .query_map([], |r| {
                Ok((
                    (r.get::<_, RecordId>(0)?, r.get::<_, RecordId>(1)?),
                    r.get::<_, String>(2)?,
                    (r.get::<_, String>(3)?, r.get::<_, String>(4)?),
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, Option<String>>(6)?,
                ))
            })?
            .map(|row| {
                let ((id, owner_id), data, (created_at, updated_at), deleted_at, portal_id) = row?;
                Ok(R::from_row(RecordRow {
                    id,
                    owner_id,
                    data: parse(&data)?,
                    created_at,
                    updated_at,
                    deleted_at,
                    portal_id,
                }))
            })
            .collect()
    }

    /// One table's photos with their bytes, in the order they were added.
    fn export_photos<P: PhotoEntry>(&self) -> Result<Vec<P>> {
        Ok(self
            .conn
            .prepare(&format!(
                "SELECT id, {}, mime, bytes, created_at, deleted_at FROM {} ORDER BY id",
                P::Table::PHOTO_RECORD,
                P::Table::PHOTOS
            ))?
            .query_map([], |r| {
                Ok(P::from_row(PhotoRow {
                    id: r.get(0)?,
                    record_id: r.get(1)?,
                    mime: r.get(2)?,
                    data_base64: BASE64.encode(r.get::<_, Vec<u8>>(3)?),
                    created_at: r.get(4)?,
                    deleted_at: r.get(5)?,
                }))
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

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
                        insurance_note: None,
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
            child.insurance_note = self
                .insurance_note(child.id)?
                .map(|n| n.as_str().to_owned());
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
        let records = self.export_records()?;
        let record_history = self.export_history::<ChildBook>()?;
        let photos = self.export_photos()?;
        let pregnancy_records = self.export_records()?;
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
        let pregnancy_photos = self.export_photos()?;
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
            portal_account: crate::settings::get(&self.conn, crate::official::SETTING_ACCOUNT)?,
            benefit_applications: self.export_benefits()?,
            guardian_name: self.guardian_name()?,
            nursery_bookmarks: self.export_bookmarks()?,
            nursery_bookmark_photos: self.export_photos()?,
        })
    }
}
