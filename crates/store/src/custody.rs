//! Key custody: which handbook a key belongs to, creating a handbook
//! without ever losing or overwriting a key, the recovery file, and opening
//! a handbook with its recovery code.
//!
//! - **Identity.** A handbook is known by its [`HandbookId`]: the random
//!   salt SQLCipher 4 writes in the first 16 bytes of the file, readable
//!   without the key. It travels with the file, so the key's
//!   credential-store entry (`handbook-key:<id>`) is found again after the
//!   folder is moved, renamed or restored elsewhere.
//! - **Creation** ([`create`]) builds the database under a temporary name,
//!   saves the key (reading it back), writes the recovery file, then renames
//!   the database into place: a kill at any point leaves either no handbook
//!   or a complete one whose key is kept.
//! - **Recovery file** `hagukumi.recovery` (JSON, `docs/recovery-format.md`):
//!   format version, handbook id, how the key is kept, KDF parameters and
//!   the database key sealed under the recovery code (AES-256-GCM, key from
//!   [`RecoveryKey::subkey`] `b"hagukumi wrap v1"`, bound to the id).

use crate::identity::{DbKey, HandbookId};
use crate::key::{KeyMethod, KeySource, MIN_PASSPHRASE_CHARS, SALT_LEN};
use crate::recovery::{CodeProblem, KdfParams, RecoveryCode, RecoveryKey, SealError};
use crate::{
    keychain, make_private, remove_if_exists, rename, write_file_atomically, write_new_file,
    Result, Store, StoreError, DB_FILE, RECOVERY_FILE, SALT_FILE,
};
use base64::Engine as _;
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The `format` field of a recovery file.
pub const RECOVERY_FORMAT: &str = "hagukumi-recovery";
/// The recovery file's format version this build writes and reads.
pub const RECOVERY_VERSION: u32 = 1;
/// HKDF purpose of the key that wraps the database key.
pub(crate) const WRAP_PURPOSE: &[u8] = b"hagukumi wrap v1";

/// A recovery file is under 1 KiB; a longer one than this is not one.
const MAX_RECOVERY_FILE: u64 = 64 * 1024;
const DB_TMP: &str = "hagukumi.db.creating";
const SALT_TMP: &str = "hagukumi.salt.creating";
const RECOVERY_TMP: &str = "hagukumi.recovery.creating";

/// Why a handbook could not be opened with its recovery code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecoveryProblem {
    /// The typed code is not a well-formed recovery code.
    #[error("{0}")]
    Code(CodeProblem),
    /// A well-formed code that is not this handbook's.
    #[error("this recovery code does not open this handbook (nothing was changed)")]
    WrongCode,
    /// There is no `hagukumi.recovery` beside the database.
    #[error("the recovery file is missing beside the handbook")]
    NoRecoveryFile,
    /// The recovery file belongs to another handbook.
    #[error("the recovery file belongs to another handbook")]
    OtherHandbook,
    /// The recovery file is not in Hagukumi's format (names the field).
    #[error("the recovery file is not in Hagukumi's format: {0}")]
    Format(String),
}

impl RecoveryProblem {
    /// The Fluent message that explains the problem to a parent.
    pub fn message_id(&self) -> &'static str {
        match self {
            RecoveryProblem::Code(problem) => problem.message_id(),
            RecoveryProblem::WrongCode => "error-recovery-wrong-code",
            RecoveryProblem::NoRecoveryFile => "error-recovery-no-file",
            RecoveryProblem::OtherHandbook => "error-recovery-other-handbook",
            RecoveryProblem::Format(_) => "error-recovery-format",
        }
    }
}

impl From<CodeProblem> for StoreError {
    fn from(problem: CodeProblem) -> Self {
        StoreError::Recovery(RecoveryProblem::Code(problem))
    }
}

/// `hagukumi.recovery`, as documented in `docs/recovery-format.md`.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RecoveryFile {
    format: String,
    version: u32,
    /// [`HandbookId`] of the database this file opens.
    pub(crate) handbook_id: String,
    /// `os-credential-store` or `passphrase`: how the key is kept otherwise.
    key_method: String,
    kdf: KdfParams,
    /// Base64 of nonce ‖ AES-256-GCM ciphertext of the 32-byte key ‖ tag.
    wrapped_key: String,
}

fn method_name(method: KeyMethod) -> &'static str {
    match method {
        KeyMethod::OsCredentialStore => "os-credential-store",
        KeyMethod::Passphrase => "passphrase",
    }
}

/// What the wrapped key is bound to: this format, this version, this handbook.
fn wrap_aad(id: &str) -> Vec<u8> {
    format!("{RECOVERY_FORMAT} v{RECOVERY_VERSION} {id}").into_bytes()
}

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::STANDARD
}

impl RecoveryFile {
    fn new(id: &HandbookId, method: KeyMethod, code: &RecoveryCode, key: &DbKey) -> Result<Self> {
        let kdf = KdfParams::generate()?;
        let wrap = RecoveryKey::derive(code, &kdf)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?
            .subkey(WRAP_PURPOSE);
        let id = id.to_string();
        let sealed = wrap.seal(&wrap_aad(&id), key.as_bytes())?;
        Ok(RecoveryFile {
            format: RECOVERY_FORMAT.into(),
            version: RECOVERY_VERSION,
            handbook_id: id,
            key_method: method_name(method).into(),
            kdf,
            wrapped_key: b64().encode(sealed),
        })
    }

    pub(crate) fn read(dir: &Path) -> Result<Option<RecoveryFile>> {
        use std::io::Read;
        let path = dir.join(RECOVERY_FILE);
        let mut bytes = Vec::new();
        // Read no more than a recovery file can be: a huge file there (a
        // bad sync, say) is refused, not loaded whole at every open.
        let read = std::fs::File::open(&path)
            .and_then(|f| f.take(MAX_RECOVERY_FILE + 1).read_to_end(&mut bytes));
        match read {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(StoreError::io(&path, e)),
        }
        if bytes.len() as u64 > MAX_RECOVERY_FILE {
            return Err(RecoveryProblem::Format("longer than a recovery file".into()).into());
        }
        let file: RecoveryFile = serde_json::from_slice(&bytes)
            .map_err(|e| RecoveryProblem::Format(format!("JSON: {e}")))?;
        if file.format != RECOVERY_FORMAT {
            return Err(RecoveryProblem::Format("format".into()).into());
        }
        if file.version != RECOVERY_VERSION {
            return Err(RecoveryProblem::Format("version".into()).into());
        }
        Ok(Some(file))
    }

    fn write(&self, dir: &Path) -> Result<()> {
        let mut text =
            serde_json::to_string_pretty(self).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        text.push('\n');
        write_file_atomically(&dir.join(RECOVERY_FILE), text.as_bytes())
    }

    /// The database key, if `code` is the one it was wrapped under.
    pub(crate) fn unwrap_key(&self, code: &RecoveryCode) -> Result<DbKey> {
        let format = |e: SealError| match e {
            SealError::Authentication => RecoveryProblem::WrongCode,
            SealError::Format(field) => RecoveryProblem::Format(field),
        };
        let wrapped = b64()
            .decode(&self.wrapped_key)
            .map_err(|_| RecoveryProblem::Format("wrapped_key".into()))?;
        let wrap = RecoveryKey::derive(code, &self.kdf)
            .map_err(format)?
            .subkey(WRAP_PURPOSE);
        let bytes = wrap
            .open(&wrap_aad(&self.handbook_id), &wrapped)
            .map_err(format)?;
        Ok(DbKey::from_bytes(&bytes)
            .ok_or_else(|| RecoveryProblem::Format("wrapped_key".into()))?)
    }
}

/// What creating does where the credential store still keeps the key of a
/// handbook that was in the folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Moved {
    /// [`StoreError::HandbookExistsElsewhere`], nothing created.
    Refuse,
    /// Create anyway; the other handbook's entries are left as they are.
    CreateAnyway,
}

/// Creates the handbook of `dir` (which has no non-empty `hagukumi.db`).
///
/// Order, so that a kill at any point leaves no handbook or a whole one:
/// key (and for a passphrase the salt, under a temporary name) → database
/// built and migrated under a temporary name, 0600, with the new recovery
/// code inside and the recovery file written as `hagukumi.recovery.creating`
/// → key saved in the credential store under the file's id and read back
/// (an existing entry is never replaced) → salt renamed into place →
/// database renamed into place → recovery file renamed into place.
/// A `hagukumi.recovery` already in `dir` is another handbook's: refused
/// ([`StoreError::HandbookExistsElsewhere`]), or with
/// [`Moved::CreateAnyway`] kept as `hagukumi.recovery.<its id>`.
pub(crate) fn create(dir: &Path, source: &KeySource, moved: Moved) -> Result<()> {
    let db = dir.join(DB_FILE);
    let passphrase = source.passphrase();
    if let Some(p) = &passphrase {
        if p.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(StoreError::PassphraseTooShort);
        }
    } else if moved == Moved::Refuse {
        // Before anything is written: is this the folder of a handbook that
        // was moved away?
        keychain::refuse_if_moved(&db)?;
    }
    // A recovery file without its database is another handbook's (moved
    // away, or not arrived yet): refused, or, creating anyway, kept under
    // that handbook's id.
    if let Ok(Some(other)) = RecoveryFile::read(dir) {
        if moved == Moved::Refuse {
            return Err(StoreError::HandbookExistsElsewhere);
        }
        let name = match other.handbook_id.parse::<HandbookId>() {
            Ok(id) => format!("{RECOVERY_FILE}.{id}"),
            Err(()) => format!("{RECOVERY_FILE}.other"),
        };
        rename(&dir.join(RECOVERY_FILE), &dir.join(name))?;
    }
    // Leftovers of an interrupted creation, and an empty database file.
    for name in [DB_TMP, SALT_TMP, RECOVERY_TMP] {
        remove_if_exists(&dir.join(name))?;
    }
    for suffix in ["-journal", "-wal", "-shm"] {
        remove_if_exists(&dir.join(format!("{DB_TMP}{suffix}")))?;
    }
    remove_if_exists(&db)?;
    let (key, method) = match &passphrase {
        Some(passphrase) => {
            let mut salt = [0u8; SALT_LEN];
            SystemRandom::new()
                .fill(&mut salt)
                .map_err(|_| StoreError::Random)?;
            write_new_file(&dir.join(SALT_TMP), &salt)?;
            (DbKey::derive(passphrase, &salt), KeyMethod::Passphrase)
        }
        None => (DbKey::random()?, KeyMethod::OsCredentialStore),
    };
    let code = RecoveryCode::generate()?;
    let tmp = dir.join(DB_TMP);
    // Created 0600 here; SQLite gives its journal and WAL the same mode.
    write_new_file(&tmp, b"")?;
    let store = Store::open_keyed(&tmp, dir, key.duplicate(), method)?;
    store.remember_recovery_code(&code)?;
    let id = store.handbook_id();
    store.close()?;
    write_recovery_file_as(&dir.join(RECOVERY_TMP), &id, method, &code, &key)?;
    if method == KeyMethod::OsCredentialStore {
        keychain::save_new(&keychain::key_account(&id), &key)?;
    }
    if method == KeyMethod::Passphrase {
        rename(&dir.join(SALT_TMP), &dir.join(SALT_FILE))?;
    } else {
        // A salt file without a database belongs to no handbook.
        remove_if_exists(&dir.join(SALT_FILE))?;
    }
    rename(&tmp, &db)?;
    // After its database: a recovery file never stands without one.
    rename(&dir.join(RECOVERY_TMP), &dir.join(RECOVERY_FILE))?;
    Ok(())
}

/// What every successful open does after the key has opened the database:
/// moves a path-named key entry to the handbook's id, notes where the
/// handbook is, gives a handbook from before recovery codes its code, and
/// rewrites a missing or outdated recovery file.
pub(crate) fn after_open(store: &Store, legacy_account: Option<&str>) -> Result<()> {
    let db = store.dir.join(DB_FILE);
    if let Some(legacy) = legacy_account {
        // Saved (and read back) under the id before the old entry goes.
        keychain::save(&keychain::key_account(&store.id), &store.key)?;
        keychain::delete_secret(legacy)?;
    }
    if store.key_method == KeyMethod::OsCredentialStore {
        // Only a hint for later creations; its failure stops nothing.
        let _ = keychain::note_location(&db, &store.id);
    }
    // A creation killed between renaming its database and its recovery
    // file: the file follows the database.
    let creating = store.dir.join(RECOVERY_TMP);
    if creating.exists() {
        if store.dir.join(RECOVERY_FILE).exists() {
            remove_if_exists(&creating)?;
        } else {
            rename(&creating, &store.dir.join(RECOVERY_FILE))?;
        }
    }
    match store.recovery_code()? {
        None => store.keep_recovery_code(&RecoveryCode::generate()?)?,
        Some(code) => {
            let current = RecoveryFile::read(&store.dir).ok().flatten();
            let up_to_date = current.is_some_and(|f| {
                f.handbook_id == store.id.to_string()
                    && f.key_method == method_name(store.key_method)
            });
            if !up_to_date {
                store.write_recovery_file(&code)?;
            }
        }
    }
    for name in [
        DB_FILE,
        "hagukumi.db-wal",
        "hagukumi.db-shm",
        SALT_FILE,
        RECOVERY_FILE,
    ] {
        make_private(&store.dir.join(name));
    }
    Ok(())
}

/// Writes a recovery file for `key` of handbook `id` to `path` (a file
/// that must not exist yet), e.g. beside a restored database before it is
/// put in place.
pub(crate) fn write_recovery_file_as(
    path: &Path,
    id: &HandbookId,
    method: KeyMethod,
    code: &RecoveryCode,
    key: &DbKey,
) -> Result<()> {
    let mut text = serde_json::to_string_pretty(&RecoveryFile::new(id, method, code, key)?)
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    text.push('\n');
    remove_if_exists(path)?;
    write_new_file(path, text.as_bytes())
}

impl Store {
    /// Writes `hagukumi.recovery`: this handbook's key wrapped under `code`.
    pub(crate) fn write_recovery_file(&self, code: &RecoveryCode) -> Result<()> {
        RecoveryFile::new(&self.id, self.key_method, code, &self.key)?.write(&self.dir)
    }
}

pub(crate) const DB_REKEY: &str = "hagukumi.db.rekeying";
pub(crate) const SALT_REKEY: &str = "hagukumi.salt.rekeying";
pub(crate) const RECOVERY_REKEY: &str = "hagukumi.recovery.rekeying";

/// Finishes or drops a re-keying ([`crate::recover_with`]) that was interrupted:
/// while the new database is still under its temporary name nothing was
/// switched (the new files are dropped); once it is in place, the new salt
/// and recovery file follow it.
pub(crate) fn finish_interrupted_rekey(dir: &Path) -> Result<()> {
    if dir.join(DB_REKEY).exists() {
        for name in [DB_REKEY, SALT_REKEY, RECOVERY_REKEY] {
            remove_if_exists(&dir.join(name))?;
        }
        remove_if_exists(&dir.join(format!("{DB_REKEY}-journal")))?;
        return Ok(());
    }
    if dir.join(SALT_REKEY).exists() {
        rename(&dir.join(SALT_REKEY), &dir.join(SALT_FILE))?;
    }
    if dir.join(RECOVERY_REKEY).exists() {
        rename(&dir.join(RECOVERY_REKEY), &dir.join(RECOVERY_FILE))?;
    }
    Ok(())
}

/// Turns the handbook in `dir` into one as versions before handbook ids and
/// recovery codes left it: key under the path-named entry, no id entry, no
/// recovery code, no recovery file. Only for tests of the migration.
#[doc(hidden)]
pub fn make_legacy_for_tests(dir: &Path) -> Result<()> {
    let store = Store::open_with(dir, &KeySource::OsCredentialStore)?;
    store.conn.execute(
        "DELETE FROM settings WHERE key IN ('recovery_code', 'recovery_code_shown')",
        [],
    )?;
    let db = dir.join(DB_FILE);
    keychain::save_secret(&keychain::account_for(&db), store.key.as_bytes())?;
    let id = store.id;
    store.close()?;
    keychain::forget_key(&id)?;
    remove_if_exists(&dir.join(RECOVERY_FILE))
}
