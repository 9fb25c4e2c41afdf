//! The encrypted handbook on the device.
//!
//! One SQLCipher database (`hagukumi.db`) per data directory, keyed as
//! described in [`key`]. Opening never writes to a file it cannot decrypt:
//! the key is checked with a read before WAL mode, migrations or anything
//! else may touch the file. Migrations from `migrations/` are embedded at
//! build time, applied forward-only, each in one transaction, and the
//! schema version is `PRAGMA user_version`.

pub mod export;
mod full;
pub mod key;
pub mod keychain;
mod migrate;
mod municipality;
pub mod official;
mod photos;
mod pregnancy;
mod records;
mod reminders;

use hagukumi_core::growth::Sex;
use hagukumi_core::{demo, Child, Date, Language, NewChild, NewPregnancy, Pregnancy};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use std::path::{Path, PathBuf};

pub use export::{Export, ImportError};
pub use key::{KeyMethod, KeySource, PASSPHRASE_ENV};
pub use migrate::SCHEMA_VERSION;
pub use photos::{Photo, PhotoInfo, PhotoProblem};
pub use pregnancy::PregnancyRecordProblem;
pub use records::RecordProblem;

/// File name of the database inside the data directory.
pub const DB_FILE: &str = "hagukumi.db";
/// File name of the salt of a passphrase-keyed handbook.
pub const SALT_FILE: &str = "hagukumi.salt";
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
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl StoreError {
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
            StoreError::Random | StoreError::Sqlite(_) => "error-internal",
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

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
}

impl Store {
    /// Opens (creating if needed) the handbook in `dir`, key from the
    /// environment or the OS credential store.
    pub fn open(dir: &Path) -> Result<Store> {
        Store::open_with(dir, &KeySource::FromEnvironment)
    }

    /// Opens only an existing handbook; never creates one.
    pub fn open_existing(dir: &Path, source: &KeySource) -> Result<Store> {
        let db = dir.join(DB_FILE);
        if !is_nonempty_file(&db) {
            return Err(StoreError::io(
                &db,
                std::io::Error::new(std::io::ErrorKind::NotFound, "no handbook here"),
            ));
        }
        Store::open_with(dir, source)
    }

    pub fn open_with(dir: &Path, source: &KeySource) -> Result<Store> {
        let created = !dir.exists();
        create_private_dir(dir)?;
        let db = dir.join(DB_FILE);
        let salt = dir.join(SALT_FILE);
        let is_new = !is_nonempty_file(&db);
        let (key, key_method) = key::resolve(&db, &salt, source, is_new).inspect_err(|_| {
            // Leave nothing behind when no key could be had.
            if created {
                let _ = std::fs::remove_dir(dir);
            }
        })?;
        let conn = Connection::open_with_flags(
            &db,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // SQLCipher logs failed decryption to stderr; the error we return says it.
        conn.pragma_update(None, "cipher_log_level", "NONE")?;
        conn.pragma_update(None, "key", key.pragma_literal())?;
        drop(key);
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
        let mut store = Store {
            conn,
            dir: dir.to_owned(),
            key_method,
        };
        migrate::apply(&mut store.conn)?;
        Ok(store)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
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
        let rows = stmt.query_map([], |r| {
            Ok((
                Child {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    birth_date: r.get(2)?,
                    sex: None,
                },
                r.get::<_, Option<String>>(3)?,
            ))
        })?;
        rows.map(|row| {
            let (mut child, sex) = row?;
            child.sex = sex.as_deref().map(parse_sex).transpose()?;
            Ok(child)
        })
        .collect()
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
        let value: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = 'language'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        value
            .map(|v| {
                v.parse()
                    .map_err(|_| StoreError::Corrupt(format!("unknown language {v:?}")))
            })
            .transpose()
    }

    pub fn set_language(&self, lang: Language) -> Result<()> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES ('language', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [lang.code()],
        )?;
        Ok(())
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

pub(crate) fn parse_sex(s: &str) -> Result<Sex> {
    match s {
        "female" => Ok(Sex::Female),
        "male" => Ok(Sex::Male),
        other => Err(StoreError::Corrupt(format!("sex {other:?}"))),
    }
}

fn is_damage(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
    )
}

fn is_nonempty_file(path: &Path) -> bool {
    std::fs::metadata(path)
        .map(|m| m.len() > 0)
        .unwrap_or(false)
}

fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|e| StoreError::io(dir, e))
}

/// Writes a file that must not exist yet, readable by its owner only.
pub(crate) fn write_new_file(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(|e| StoreError::io(path, e))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| StoreError::io(path, e))
}
