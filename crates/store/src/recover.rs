//! Opening a handbook with its recovery code when its key is lost
//! ([`recover`]), or giving it a new passphrase ([`recover_with`]). Above
//! `custody` (the recovery file, the re-keying names) and `backup` (an
//! interrupted restore is finished first; the re-keyed copy is a snapshot).

use crate::custody::{
    after_open, finish_interrupted_rekey, write_recovery_file_as, RecoveryFile, RecoveryProblem,
    DB_REKEY, RECOVERY_REKEY, SALT_REKEY,
};
use crate::identity::{DbKey, HandbookId};
use crate::key::{KeyMethod, KeySource, MIN_PASSPHRASE_CHARS, SALT_LEN};
use crate::recovery::RecoveryCode;
use crate::{
    keychain, remove_if_exists, rename, write_new_file, Result, Store, StoreError, DB_FILE,
    SALT_FILE,
};
use ring::rand::{SecureRandom, SystemRandom};
use std::path::{Path, PathBuf};

/// Opens the handbook in `dir` with its recovery code, when its key is lost
/// (the credential store was wiped, the passphrase forgotten, a new
/// machine). The code unwraps the key kept in `hagukumi.recovery`; a wrong
/// code is [`RecoveryProblem::WrongCode`] and nothing is changed.
///
/// The key is then saved in this machine's OS credential store, under the
/// handbook's id. A passphrase handbook becomes a credential-store
/// handbook: its salt file is removed, the forgotten passphrase no longer
/// matters, and the recovery file says so. Without a credential store
/// ([`StoreError::NoKeyStore`]) nothing is changed.
pub fn recover(dir: &Path, code: &RecoveryCode) -> Result<Store> {
    let (db, id, key) = unwrap_key(dir, code)?;
    // Is there a credential store at all? Asked before the database is
    // touched, so that "none" changes nothing.
    let account = keychain::key_account(&id);
    keychain::load_secret(&account)?;
    let store = open_unwrapped(&db, dir, key, KeyMethod::OsCredentialStore)?;
    keychain::save(&account, &store.key)?;
    remove_if_exists(&dir.join(SALT_FILE))?;
    after_open(&store, None)?;
    Ok(store)
}

/// [`recover`], or for a machine without a credential store: with a
/// passphrase in `source` (at least [`MIN_PASSPHRASE_CHARS`] characters),
/// the handbook becomes a passphrase handbook with this new passphrase. It
/// is re-keyed without a plaintext copy (SQLite's backup API into a new
/// SQLCipher file under the new key and the same salt, so the same id),
/// the recovery file re-written for the new key. Crash-safe: the new files
/// are built under `.rekeying` names and put in place database first; the
/// next open finishes or drops an interrupted switch. A wrong code changes
/// nothing. Without a passphrase in `source` this is [`recover`].
pub fn recover_with(dir: &Path, code: &RecoveryCode, source: &KeySource) -> Result<Store> {
    let Some(passphrase) = source.passphrase() else {
        return recover(dir, code);
    };
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(StoreError::PassphraseTooShort);
    }
    let (db, id, key) = unwrap_key(dir, code)?;
    let store = open_unwrapped(&db, dir, key, KeyMethod::Passphrase)?;
    let mut salt = [0u8; SALT_LEN];
    SystemRandom::new()
        .fill(&mut salt)
        .map_err(|_| StoreError::Random)?;
    let new_key = DbKey::derive(&passphrase, &salt);
    let built = (|| -> Result<()> {
        for name in [DB_REKEY, SALT_REKEY, RECOVERY_REKEY] {
            remove_if_exists(&dir.join(name))?;
        }
        crate::backup::snapshot_keyed(&store, &dir.join(DB_REKEY), &new_key)?;
        if !crate::key_opens(&dir.join(DB_REKEY), &new_key) {
            return Err(StoreError::Corrupt(
                "the re-keyed copy does not open".into(),
            ));
        }
        write_new_file(&dir.join(SALT_REKEY), &salt)?;
        write_recovery_file_as(
            &dir.join(RECOVERY_REKEY),
            &id,
            KeyMethod::Passphrase,
            code,
            &new_key,
        )
    })();
    store.close()?;
    if let Err(e) = built {
        drop_rekey_files(dir);
        return Err(e);
    }
    // The old database must be whole in its file before it is replaced.
    if dir.join(format!("{DB_FILE}-wal")).exists() {
        drop_rekey_files(dir);
        return Err(StoreError::Corrupt(
            "the handbook is open elsewhere; close it and try again".into(),
        ));
    }
    remove_if_exists(&dir.join(format!("{DB_FILE}-shm")))?;
    rename(&dir.join(DB_REKEY), &db)?;
    finish_interrupted_rekey(dir)?;
    let store = Store::open_keyed(&db, dir, new_key, KeyMethod::Passphrase)?;
    after_open(&store, None)?;
    Ok(store)
}

/// The database of the handbook in `dir`, its id and its key unwrapped by
/// `code`. A restore or re-keying killed midway is finished first: else
/// its recovery file and database may not belong together yet.
fn unwrap_key(dir: &Path, code: &RecoveryCode) -> Result<(PathBuf, HandbookId, DbKey)> {
    crate::backup::finish_interrupted_restore(dir)?;
    let db = dir.join(DB_FILE);
    if !crate::is_nonempty_file(&db) {
        return Err(crate::no_handbook(&db));
    }
    let file = RecoveryFile::read(dir)?.ok_or(RecoveryProblem::NoRecoveryFile)?;
    let id = HandbookId::of_file(&db)?;
    if file.handbook_id != id.to_string() {
        return Err(RecoveryProblem::OtherHandbook.into());
    }
    let key = file.unwrap_key(code)?;
    Ok((db, id, key))
}

/// Opens `db` with a key the recovery file gave.
fn open_unwrapped(db: &Path, dir: &Path, key: DbKey, method: KeyMethod) -> Result<Store> {
    Store::open_keyed(db, dir, key, method).map_err(|e| match e {
        // The key unwrapped but does not open the file.
        StoreError::CannotOpen => RecoveryProblem::Format("wrapped_key".into()).into(),
        other => other,
    })
}

/// Removes the files of an unfinished re-keying (best effort).
fn drop_rekey_files(dir: &Path) {
    for name in [DB_REKEY, SALT_REKEY, RECOVERY_REKEY] {
        let _ = std::fs::remove_file(dir.join(name));
    }
}
