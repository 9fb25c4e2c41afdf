//! The encrypted handbook on the device.
//!
//! One SQLCipher database (`hagukumi.db`) per data directory, keyed as
//! described in [`key`]. Opening never writes to a file it cannot decrypt:
//! the key is checked with a read before WAL mode, migrations or anything
//! else may touch the file. Migrations from `migrations/` are embedded at
//! build time, applied forward-only, each in one transaction, and the
//! schema version is `PRAGMA user_version`.

pub mod backup;
mod backup_settings;
pub mod benefits;
pub mod book;
mod custody;
pub mod export;
mod full;
mod growth;
mod identity;
pub mod in_use;
mod insurance_note;
mod intake_checklist;
pub mod key;
pub mod keychain;
mod migrate;
mod municipal;
mod municipality;
pub mod nursery;
pub mod official;
mod pages;
mod photos;
mod pregnancy;
mod records;
mod recover;
pub mod recovery;
mod reminders;
pub mod rules;
pub mod set_aside;
mod settings;

use hagukumi_core::growth::Sex;
use hagukumi_core::{demo, Child, Date, Language, NewChild, NewPregnancy, Pregnancy};
use rusqlite::{params, Connection, OpenFlags};
use std::path::{Path, PathBuf};

pub use backup::{BackupHeader, BackupInfo, BackupProblem};
pub use backup_settings::AutoBackupStatus;
pub use book::{Outcome, Refused, Shelf};
pub use custody::{make_legacy_for_tests, RecoveryProblem};
pub use export::{Export, ImportError};
pub use identity::HandbookId;
pub use key::{KeyMethod, KeySource, MIN_PASSPHRASE_CHARS, PASSPHRASE_ENV};
pub use migrate::SCHEMA_VERSION;
pub use municipal::{MunicipalPage, MunicipalRefusal};
pub use pages::{Listed, Sql, MAX_DELETED_SHOWN, PAGE_CACHE_KIB};
pub use photos::{BookmarkPhotos, Photo, PhotoInfo, PhotoProblem, PhotoTable};
pub use recover::{recover, recover_with};
pub use recovery::RecoveryCode;
/// File name of the database inside the data directory.
pub const DB_FILE: &str = "hagukumi.db";
/// File name of the salt of a passphrase-keyed handbook.
pub const SALT_FILE: &str = "hagukumi.salt";
/// File name of the recovery file beside the database: the database key
/// wrapped under the recovery code (format in `docs/recovery-format.md`).
pub const RECOVERY_FILE: &str = "hagukumi.recovery";
/// The app's identifier: names its data directory and its keychain service.
pub const APP_ID: &str = "jp.hagukumi.app";
/// `PRAGMA application_id` of a Hagukumi handbook ("HAGU").
pub const APPLICATION_ID: i32 = 0x4841_4755;

/// Everything that can go wrong with the handbook's files. Each variant maps
/// to a Fluent message id (see [`StoreError::message_id`]).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the handbook: wrong key, or not a Hagukumi database (the file was not changed)")]
    CannotOpen,
    #[error("no OS credential store is available; set {PASSPHRASE_ENV} to use a passphrase")]
    NoKeyStore,
    #[error("this handbook is protected by a passphrase; set {PASSPHRASE_ENV}")]
    PassphraseRequired,
    #[error("the key of this handbook is not in the OS credential store")]
    KeyMissing,
    #[error("the OS credential store failed: {0}")]
    KeyStore(String),
    #[error("this handbook has schema version {found}, newer than this program's {supported}; please update")]
    NewerSchema { found: u32, supported: u32 },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the handbook's data is damaged: {0}")]
    Corrupt(String),
    #[error("the system random number generator failed")]
    Random,
    /// The device's storage took no more (SQLITE_FULL, or a write refused
    /// with ENOSPC, EDQUOT or EFBIG). SQLite rolled the change back: the
    /// handbook is as it was before.
    #[error("the storage is full; nothing was saved: {0}")]
    Full(String),
    /// A handbook would be created in a folder whose handbook the OS
    /// credential store still knows (it was moved or renamed): nothing was
    /// created and the entry was left as it was.
    #[error("the handbook that was in this folder still has its key in the credential store; it was moved or renamed (nothing was created)")]
    HandbookExistsElsewhere,
    /// A new passphrase handbook needs a passphrase of at least
    /// [`MIN_PASSPHRASE_CHARS`] characters.
    #[error("a passphrase needs at least {MIN_PASSPHRASE_CHARS} characters")]
    PassphraseTooShort,
    /// Another program (the app) has this handbook open: files under it
    /// are not replaced (see [`in_use`]). Nothing was changed.
    #[error("the handbook is open in the app; close the app first (nothing was changed)")]
    InUse,
    /// Opening a handbook with its recovery code failed.
    #[error("recovery: {0}")]
    Recovery(#[from] RecoveryProblem),
    /// Writing, reading or restoring a backup failed.
    #[error("backup: {0}")]
    Backup(#[from] BackupProblem),
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl StoreError {
    /// Whether the database file is damaged (a page fails SQLCipher's HMAC
    /// or SQLite finds the image malformed), as opposed to any other
    /// database error. The key has been proved on the first page at open, so
    /// this means damage, not a wrong key.
    pub fn is_damage(&self) -> bool {
        matches!(self, StoreError::Sqlite(e) if is_damage(e))
    }

    pub(crate) fn io(path: &Path, source: std::io::Error) -> Self {
        if full::is_full_kind(source.kind()) {
            return StoreError::Full(format!("{}: {source}", path.display()));
        }
        StoreError::Io {
            path: path.to_owned(),
            source,
        }
    }

    /// The Fluent message that explains this error to a parent.
    pub fn message_id(&self) -> &'static str {
        match self {
            StoreError::CannotOpen => "error-store-cannot-open",
            StoreError::NoKeyStore => "error-store-no-key",
            StoreError::PassphraseRequired => "error-store-passphrase",
            StoreError::KeyMissing => "error-store-key-missing",
            StoreError::KeyStore(_) => "error-store-keystore",
            StoreError::NewerSchema { .. } => "error-store-newer",
            StoreError::Io { .. } => "error-store-io",
            StoreError::Corrupt(_) => "error-store-corrupt",
            StoreError::Full(_) => "error-store-full",
            StoreError::HandbookExistsElsewhere => "error-store-handbook-elsewhere",
            StoreError::PassphraseTooShort => "error-store-passphrase-short",
            StoreError::InUse => "error-store-in-use",
            StoreError::Recovery(problem) => problem.message_id(),
            StoreError::Backup(problem) => problem.message_id(),
            StoreError::Random | StoreError::Sqlite(_) => "error-internal",
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A store error as a command's failure (its Fluent message, the detail).
impl From<StoreError> for hagukumi_core::api::CommandError {
    fn from(e: StoreError) -> Self {
        let (message_id, detail) = (e.message_id().into(), e.to_string());
        hagukumi_core::api::CommandError::Store { message_id, detail }
    }
}

/// How the store writes timestamps: UTC, RFC 3339, to the second.
pub(crate) const STAMP_FORMAT: &str = "%Y-%m-%dT%H:%M:%SZ";

/// `now` as the store writes it.
pub(crate) fn stamp(now: hagukumi_core::chrono::NaiveDateTime) -> String {
    now.format(STAMP_FORMAT).to_string()
}

/// A timestamp the store wrote.
pub(crate) fn parse_stamp(s: &str) -> Result<hagukumi_core::chrono::NaiveDateTime> {
    hagukumi_core::chrono::NaiveDateTime::parse_from_str(s, STAMP_FORMAT)
        .map_err(|_| StoreError::Corrupt(format!("timestamp {s:?}")))
}

/// The platform's data directory for Hagukumi, e.g.
/// `~/.local/share/jp.hagukumi.app` on Linux (honours `XDG_DATA_HOME`).
/// The app, the CLI and the tests all use this one function.
pub fn default_data_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join(APP_ID))
}

/// Result of [`Store::verify`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    pub schema_version: u32,
    /// Problems found by `PRAGMA cipher_integrity_check` (page HMACs) and
    /// `PRAGMA integrity_check`; empty when the handbook is sound.
    pub problems: Vec<String>,
}

impl VerifyReport {
    pub fn is_sound(&self) -> bool {
        self.problems.is_empty()
    }
}

/// An open handbook.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    dir: PathBuf,
    key_method: KeyMethod,
    /// The database key, kept for backups (zeroed on drop, never printed).
    key: key::DbKey,
    id: HandbookId,
    /// This open created the handbook (it was not there before).
    created: bool,
}

impl Store {
    /// Opens (creating if needed) the handbook in `dir`, key from the
    /// environment or the OS credential store.
    pub fn open(dir: &Path) -> Result<Store> {
        Store::open_with(dir, &KeySource::FromEnvironment)
    }

    /// Whether `dir` holds a handbook (what [`Store::open_existing`] opens).
    pub fn exists(dir: &Path) -> bool {
        is_nonempty_file(&dir.join(DB_FILE))
    }

    /// Opens only an existing handbook; never creates one.
    pub fn open_existing(dir: &Path, source: &KeySource) -> Result<Store> {
        backup::finish_interrupted_restore(dir)?;
        let db = dir.join(DB_FILE);
        if !is_nonempty_file(&db) {
            return Err(no_handbook(&db));
        }
        Store::open_with(dir, source)
    }

    /// Opens the handbook in `dir`, creating it when there is none.
    ///
    /// Creating is crash-safe and never overwrites a credential-store entry:
    /// the database is built under a temporary name, its key saved (and read
    /// back) under the handbook's id, the key wrapped under a new recovery
    /// code in a temporary file, and only then are the database and then
    /// its [`RECOVERY_FILE`] renamed into place. Where the credential store
    /// still holds the entry of a handbook that was in this folder (moved or
    /// renamed since), or that handbook's [`RECOVERY_FILE`] lies there
    /// without it, it fails with [`StoreError::HandbookExistsElsewhere`] and
    /// creates nothing. A new passphrase shorter than [`MIN_PASSPHRASE_CHARS`] is
    /// [`StoreError::PassphraseTooShort`].
    ///
    /// After creating, [`Store::recovery_code`] returns the new code and
    /// [`Store::recovery_code_shown`] is false until
    /// [`Store::mark_recovery_code_shown`]. A handbook created before
    /// recovery codes existed gets one here on its next open (also not yet
    /// shown), and a key entry named after the database's old path is moved
    /// to the handbook's id.
    pub fn open_with(dir: &Path, source: &KeySource) -> Result<Store> {
        Store::open_or_create(dir, source, custody::Moved::Refuse)
    }

    /// Like [`Store::open_with`], but where the credential store still keeps
    /// the key of a handbook that was in `dir` (moved, renamed or deleted:
    /// [`StoreError::HandbookExistsElsewhere`]) a new handbook is created
    /// anyway. The other handbook's key is left as it is, so it still opens
    /// wherever it now is. For a parent who confirmed they want to start a
    /// new handbook here (`hagu init --new`).
    pub fn create_anyway(dir: &Path, source: &KeySource) -> Result<Store> {
        Store::open_or_create(dir, source, custody::Moved::CreateAnyway)
    }

    fn open_or_create(dir: &Path, source: &KeySource, moved: custody::Moved) -> Result<Store> {
        let created = !dir.exists();
        create_private_dir(dir)?;
        let db = dir.join(DB_FILE);
        // An interrupted restore is finished first: a handbook it had set
        // aside is back before "is there a handbook?" is asked.
        backup::finish_interrupted_restore(dir)?;
        let creating = !is_nonempty_file(&db);
        if creating {
            custody::create(dir, source, moved).inspect_err(|_| {
                // Leave nothing behind when no handbook could be made.
                if created {
                    let _ = std::fs::remove_dir(dir);
                }
            })?;
        }
        let resolved = key::resolve_existing(dir, source)?;
        let mut store = Store::open_keyed(&db, dir, resolved.key, resolved.method)?;
        store.created = creating;
        custody::after_open(&store, resolved.legacy_account.as_deref())?;
        Ok(store)
    }

    /// Opens the SQLCipher file at `db` with `key`, proving the key with a
    /// read before anything is written, then migrates it.
    pub(crate) fn open_keyed(
        db: &Path,
        dir: &Path,
        key: key::DbKey,
        key_method: KeyMethod,
    ) -> Result<Store> {
        let mut conn = Connection::open_with_flags(
            db,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // SQLCipher logs failed decryption to stderr; the error we return says it.
        conn.pragma_update(None, "cipher_log_level", "NONE")?;
        {
            let literal = zeroize::Zeroizing::new(key.pragma_literal());
            identity::apply_key(&conn, literal.as_str())?;
        }
        // The first read proves the key. A wrong key or a foreign file fails
        // here, before anything could be written.
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .map_err(|e| match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::NotADatabase) => StoreError::CannotOpen,
                _ => StoreError::Sqlite(e),
            })?;
        let app_id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        if tables > 0 && app_id != APPLICATION_ID {
            return Err(StoreError::CannotOpen);
        }
        let version = migrate::current_version(&conn)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.pragma_update(None, "cache_size", -PAGE_CACHE_KIB)?;
        migrate::apply(&mut conn)?;
        // The file exists now: its salt is the handbook's id.
        let id = HandbookId::of_file(db)?;
        Ok(Store {
            conn,
            dir: dir.to_owned(),
            key_method,
            key,
            id,
            created: false,
        })
    }

    /// Closes the connection, reporting a failure to close (e.g. a WAL that
    /// could not be checkpointed) instead of ignoring it.
    pub(crate) fn close(self) -> Result<()> {
        self.conn.close().map_err(|(_, e)| StoreError::Sqlite(e))
    }

    /// The handbook's identity: the random salt SQLCipher keeps in the
    /// first 16 bytes of the file. It travels with the file (moved, renamed,
    /// restored from a backup) and names the key's credential-store entry.
    pub fn handbook_id(&self) -> HandbookId {
        self.id
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Whether the open that returned this store created the handbook
    /// (there was none in its folder, not even one an interrupted restore
    /// had set aside). Only such a handbook may be removed again by the
    /// command that opened it.
    pub fn created_by_this_open(&self) -> bool {
        self.created
    }

    pub fn key_method(&self) -> KeyMethod {
        self.key_method
    }

    pub fn schema_version(&self) -> Result<u32> {
        migrate::current_version(&self.conn)
    }

    /// Children, oldest first.
    pub fn children(&self) -> Result<Vec<Child>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, name, birth_date, sex FROM children ORDER BY birth_date, id")?;
        let rows = stmt.query_map([], child_row)?;
        rows.map(|row| with_sex(row?)).collect()
    }

    pub fn add_child(&self, child: &NewChild) -> Result<Child> {
        self.conn.execute(
            "INSERT INTO children (name, birth_date, sex) VALUES (?1, ?2, ?3)",
            params![child.name(), child.birth_date(), child.sex().map(Sex::id)],
        )?;
        Ok(Child {
            id: self.conn.last_insert_rowid(),
            name: child.name().to_owned(),
            birth_date: child.birth_date(),
            sex: child.sex(),
        })
    }

    /// Sets (or clears) a child's sex; false when there is no such child.
    pub fn set_child_sex(&self, child_id: i64, sex: Option<Sex>) -> Result<bool> {
        Ok(self.conn.execute(
            "UPDATE children SET sex = ?2 WHERE id = ?1",
            params![child_id, sex.map(Sex::id)],
        )? == 1)
    }

    /// Pregnancies, earliest expected date first.
    pub fn pregnancies(&self) -> Result<Vec<Pregnancy>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, label, expected_date FROM pregnancies ORDER BY expected_date, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Pregnancy {
                id: r.get(0)?,
                label: r.get(1)?,
                expected_date: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn add_pregnancy(&self, pregnancy: &NewPregnancy) -> Result<Pregnancy> {
        self.conn.execute(
            "INSERT INTO pregnancies (label, expected_date) VALUES (?1, ?2)",
            params![pregnancy.label(), pregnancy.expected_date()],
        )?;
        Ok(Pregnancy {
            id: self.conn.last_insert_rowid(),
            label: pregnancy.label().map(str::to_owned),
            expected_date: pregnancy.expected_date(),
        })
    }

    /// The language the parent chose, if any.
    pub fn language(&self) -> Result<Option<Language>> {
        self.setting("language")?
            .map(|v| {
                v.parse()
                    .map_err(|_| StoreError::Corrupt(format!("unknown language {v:?}")))
            })
            .transpose()
    }

    pub fn set_language(&self, lang: Language) -> Result<()> {
        settings::set(&self.conn, "language", Some(lang.code()))
    }

    /// True when the handbook holds no child and no pregnancy.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT NOT EXISTS (SELECT 1 FROM children) AND NOT EXISTS (SELECT 1 FROM pregnancies)",
            [],
            |r| r.get(0),
        )?)
    }

    /// Fills an empty handbook with the demo family (all or nothing).
    /// Returns false, changing nothing, when the handbook already has records.
    pub fn seed_demo(&mut self, today: Date) -> Result<bool> {
        if !self.is_empty()? {
            return Ok(false);
        }
        let family = demo::family(today);
        let tx = self.conn.transaction()?;
        let stamp = format!("{today}T00:00:00Z");
        for child in &family.children {
            tx.execute(
                "INSERT INTO children (name, birth_date, sex) VALUES (?1, ?2, ?3)",
                params![child.name(), child.birth_date(), child.sex().map(Sex::id)],
            )?;
            let child_id = tx.last_insert_rowid();
            // On-time vaccinations and a measurement at each usual checkup,
            // so the schedule and the growth chart have something to show.
            for data in demo::child_records(child.birth_date(), child.sex(), today) {
                let json =
                    serde_json::to_string(&data).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                tx.execute(
                    "INSERT INTO records (child_id, kind, date, data, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                    params![child_id, data.kind().as_str(), data.date(), json, stamp],
                )?;
            }
        }
        for p in &family.pregnancies {
            tx.execute(
                "INSERT INTO pregnancies (label, expected_date) VALUES (?1, ?2)",
                params![p.label(), p.expected_date()],
            )?;
        }
        tx.commit()?;
        Ok(true)
    }

    /// SQLCipher's page-authentication check plus SQLite's integrity check.
    pub fn verify(&self) -> Result<VerifyReport> {
        let mut problems = Vec::new();
        for pragma in ["PRAGMA cipher_integrity_check", "PRAGMA integrity_check"] {
            let rows: rusqlite::Result<Vec<String>> = self
                .conn
                .prepare(pragma)
                .and_then(|mut stmt| stmt.query_map([], |r| r.get(0))?.collect());
            match rows {
                Ok(rows) => problems.extend(rows.into_iter().filter(|r| r != "ok")),
                // Damage bad enough to stop the check is itself the finding.
                Err(e) if is_damage(&e) => problems.push(format!("{pragma}: {e}")),
                Err(e) => return Err(e.into()),
            }
        }
        Ok(VerifyReport {
            schema_version: self.schema_version()?,
            problems,
        })
    }

    /// The SQLCipher version linked in (e.g. "4.6.1 community").
    pub fn cipher_version(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA cipher_version", [], |r| r.get(0))?)
    }
}

/// A child from a row of `SELECT id, name, birth_date, sex`, with its sex
/// as stored (checked by [`with_sex`]).
pub(crate) fn child_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(Child, Option<String>)> {
    Ok((
        Child {
            id: r.get(0)?,
            name: r.get(1)?,
            birth_date: r.get(2)?,
            sex: None,
        },
        r.get(3)?,
    ))
}

/// The child of [`child_row`] with its sex checked.
pub(crate) fn with_sex((mut child, sex): (Child, Option<String>)) -> Result<Child> {
    child.sex = sex.as_deref().map(parse_sex).transpose()?;
    Ok(child)
}

pub(crate) fn parse_sex(s: &str) -> Result<Sex> {
    match s {
        "female" => Ok(Sex::Female),
        "male" => Ok(Sex::Male),
        other => Err(StoreError::Corrupt(format!("sex {other:?}"))),
    }
}

pub(crate) fn is_damage(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
    )
}

/// Whether `key` decrypts the database at `db`: one read, nothing written
/// (a wrong key fails on the first page, before any journal is made).
pub(crate) fn key_opens(db: &Path, key: &key::DbKey) -> bool {
    let Ok(conn) = Connection::open_with_flags(
        db,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    ) else {
        return false;
    };
    let literal = zeroize::Zeroizing::new(key.pragma_literal());
    conn.pragma_update(None, "cipher_log_level", "NONE").is_ok()
        && identity::apply_key(&conn, literal.as_str()).is_ok()
        && conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })
            .is_ok()
}

/// The error of a folder without a handbook (`hagu` says "no handbook here").
pub(crate) fn no_handbook(db: &Path) -> StoreError {
    StoreError::io(
        db,
        std::io::Error::new(std::io::ErrorKind::NotFound, "no handbook here"),
    )
}

pub(crate) fn is_nonempty_file(path: &Path) -> bool {
    std::fs::metadata(path)
        .map(|m| m.len() > 0)
        .unwrap_or(false)
}

pub(crate) fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|e| StoreError::io(dir, e))
}

/// Writes a file that must not exist yet, readable by its owner only.
pub(crate) fn write_new_file(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut file = create_new_file(path)?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| StoreError::io(path, e))
}

/// Creates a file that must not exist yet, readable by its owner only.
pub(crate) fn create_new_file(path: &Path) -> Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(|e| StoreError::io(path, e))
}

/// Replaces `path` with `bytes` so that a crash leaves either the old file
/// or the whole new one: written 0600 under `path` + `.tmp`, synced,
/// renamed over `path`, and the folder synced.
pub(crate) fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    remove_if_exists(&tmp)?;
    write_new_file(&tmp, bytes)?;
    rename(&tmp, path)
}

/// Renames `from` to `to` (replacing it) and syncs the folder.
/// A fault for the tests of error paths: in debug builds only,
/// `HAGUKUMI_FAULT=<point>` makes that point fail as a full disk would.
/// Release builds ignore it.
pub(crate) fn fault(point: &str) -> Result<()> {
    #[cfg(debug_assertions)]
    if std::env::var("HAGUKUMI_FAULT").is_ok_and(|v| v == point) {
        return Err(StoreError::Full(format!("HAGUKUMI_FAULT={point}")));
    }
    let _ = point;
    Ok(())
}

pub(crate) fn rename(from: &Path, to: &Path) -> Result<()> {
    std::fs::rename(from, to).map_err(|e| StoreError::io(to, e))?;
    sync_dir(to);
    Ok(())
}

/// Makes a rename durable (best effort: not every platform can sync a folder).
pub(crate) fn sync_dir(path: &Path) {
    #[cfg(unix)]
    if let Some(parent) = path.parent() {
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        if let Ok(dir) = std::fs::File::open(parent) {
            let _ = dir.sync_all();
        }
    }
}

pub(crate) fn remove_if_exists(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::io(path, e)),
    }
}

/// Restricts an existing file to its owner (handbooks made before files
/// were created 0600; a missing file is fine).
pub(crate) fn make_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path) {
            if meta.permissions().mode() & 0o077 != 0 {
                let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}
