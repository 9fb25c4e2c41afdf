//! The OS credential store, through keyring-core and the platform's store:
//! Secret Service (Linux/BSD, over D-Bus), Apple Keychain (macOS), Apple
//! protected data (iOS), Android Keystore, Windows Credential Manager.
//!
//! Entries, all under service [`crate::APP_ID`]:
//! - `handbook-key:<handbook id>`: the 32 key bytes of one handbook. The id
//!   travels with the file ([`crate::HandbookId`]), so a moved or renamed
//!   folder, or a restored one, still finds its key. Never overwritten by a
//!   new handbook.
//! - `handbook-at:<absolute path of hagukumi.db>`: the id of the handbook
//!   last opened there, so that starting where a handbook used to be says
//!   so instead of creating an empty one.
//! - `database-key:<absolute path of hagukumi.db>`: the key as handbooks
//!   kept it before ids; moved to `handbook-key:` on first open.
//! - `app-lock:<handbook id>`: the app lock's verifier, settings and
//!   failed attempts ([`app_lock`]).

use crate::identity::DbKey;
use crate::{HandbookId, StoreError, APP_ID};
use keyring_core::Error as KeyringError;
use std::path::Path;
use std::sync::OnceLock;

pub mod app_lock;

/// The legacy keychain account of the database at `db` (named after its path).
pub(crate) fn account_for(db: &Path) -> String {
    let absolute = std::path::absolute(db).unwrap_or_else(|_| db.to_owned());
    format!("database-key:{}", absolute.display())
}

/// The keychain account of the key of handbook `id`.
pub(crate) fn key_account(id: &HandbookId) -> String {
    format!("handbook-key:{id}")
}

/// The keychain account remembering which handbook was last opened at `db`.
fn location_account(db: &Path) -> String {
    let absolute = std::path::absolute(db).unwrap_or_else(|_| db.to_owned());
    format!("handbook-at:{}", absolute.display())
}

/// Refuses to create a handbook at `db` when the credential store still
/// holds the key of one that was there: a path-named (legacy) entry, or a
/// location entry whose handbook's key is still kept. Changes nothing.
pub(crate) fn refuse_if_moved(db: &Path) -> Result<(), StoreError> {
    if load_secret(&account_for(db))?.is_some() {
        return Err(StoreError::HandbookExistsElsewhere);
    }
    if let Some(bytes) = load_secret(&location_account(db))? {
        let id = std::str::from_utf8(&bytes)
            .ok()
            .and_then(|s| s.parse().ok());
        if let Some(id) = id {
            if load_secret(&key_account(&id))?.is_some() {
                return Err(StoreError::HandbookExistsElsewhere);
            }
        }
    }
    Ok(())
}

/// Notes that handbook `id` is at `db` (written only when it changed).
pub(crate) fn note_location(db: &Path, id: &HandbookId) -> Result<(), StoreError> {
    let account = location_account(db);
    let value = id.to_string();
    if load_secret(&account)?.as_deref() != Some(value.as_bytes()) {
        save_secret(&account, value.as_bytes())?;
    }
    Ok(())
}

/// Keys kept under path-named (legacy) entries of any path, with their
/// accounts: for a handbook from before ids whose folder was moved before it
/// was opened again (its entry names the old path). Empty where the store
/// cannot search (the entry is then found only at its old path).
pub(crate) fn legacy_candidates() -> Vec<(String, DbKey)> {
    if ensure_store().is_err() {
        return Vec::new();
    }
    let spec = std::collections::HashMap::from([("service", APP_ID)]);
    let Ok(entries) = keyring_core::Entry::search(&spec) else {
        return Vec::new();
    };
    entries
        .into_iter()
        .filter_map(|entry| {
            let (service, account) = entry.get_specifiers()?;
            if service != APP_ID || !account.starts_with("database-key:") {
                return None;
            }
            let secret = zeroize::Zeroizing::new(entry.get_secret().ok()?);
            Some((account, DbKey::from_bytes(&secret)?))
        })
        .collect()
}

/// Saves the key of a new handbook, refusing to replace any existing entry.
pub(crate) fn save_new(account: &str, key: &DbKey) -> Result<(), StoreError> {
    if load_secret(account)?.is_some() {
        return Err(StoreError::HandbookExistsElsewhere);
    }
    save(account, key)
}

/// Installs the platform's store as keyring-core's default, once per process.
fn ensure_store() -> Result<(), StoreError> {
    static INIT: OnceLock<Result<(), String>> = OnceLock::new();
    INIT.get_or_init(|| init_platform_store().map_err(|e| e.to_string()))
        .clone()
        .map_err(|_| StoreError::NoKeyStore)
}

fn init_platform_store() -> keyring_core::Result<()> {
    #[cfg(all(
        unix,
        not(any(target_os = "macos", target_os = "ios", target_os = "android"))
    ))]
    keyring_core::set_default_store(zbus_secret_service_keyring_store::Store::new()?);
    #[cfg(target_os = "macos")]
    keyring_core::set_default_store(apple_native_keyring_store::keychain::Store::new()?);
    #[cfg(target_os = "ios")]
    keyring_core::set_default_store(
        apple_native_keyring_store::protected::Store::new_with_configuration(
            &std::collections::HashMap::new(),
        )?,
    );
    #[cfg(target_os = "android")]
    keyring_core::set_default_store(android_native_keyring_store::Store::new_with_configuration(
        &std::collections::HashMap::new(),
    )?);
    #[cfg(target_os = "windows")]
    keyring_core::set_default_store(windows_native_keyring_store::Store::new()?);
    Ok(())
}

fn entry(account: &str) -> Result<keyring_core::Entry, StoreError> {
    ensure_store()?;
    keyring_core::Entry::new(APP_ID, account).map_err(map_error)
}

fn map_error(e: KeyringError) -> StoreError {
    match e {
        KeyringError::NoDefaultStore => StoreError::NoKeyStore,
        KeyringError::NoEntry => StoreError::KeyMissing,
        // Never include secret bytes (BadEncoding/BadDataFormat carry them).
        KeyringError::BadEncoding(_) | KeyringError::BadDataFormat(..) => {
            StoreError::KeyStore("the stored key has an unexpected format".into())
        }
        other => StoreError::KeyStore(other.to_string()),
    }
}

/// The key of a handbook, or `None` when the keychain has no entry for it.
pub(crate) fn load(account: &str) -> Result<Option<DbKey>, StoreError> {
    match entry(account)?.get_secret() {
        Ok(bytes) => DbKey::from_bytes(&bytes)
            .map(Some)
            .ok_or_else(|| StoreError::KeyStore("the stored key has the wrong length".into())),
        Err(KeyringError::NoEntry) => Ok(None),
        Err(e) => Err(map_error(e)),
    }
}

/// Saves a new handbook's key; reads it back so a store that silently drops
/// secrets is caught before a database is encrypted with a lost key.
pub(crate) fn save(account: &str, key: &DbKey) -> Result<(), StoreError> {
    let entry = entry(account)?;
    entry.set_secret(key.as_bytes()).map_err(map_error)?;
    match entry.get_secret() {
        Ok(bytes) if bytes == key.as_bytes() => Ok(()),
        Ok(_) => Err(StoreError::KeyStore("the key did not read back".into())),
        Err(e) => Err(map_error(e)),
    }
}

/// Removes the key of the handbook at `db` and what the credential store
/// knows about that path (used when a handbook is deleted, and by tests).
/// After this, only the recovery code opens the handbook.
pub fn forget(db: &Path) -> Result<(), StoreError> {
    if let Ok(id) = HandbookId::of_file(db) {
        delete_secret(&key_account(&id))?;
    }
    delete_secret(&location_account(db))?;
    delete_secret(&account_for(db))
}

/// Removes only the key entry of handbook `id` (as a wiped credential store
/// would; tests use it).
pub fn forget_key(id: &HandbookId) -> Result<(), StoreError> {
    delete_secret(&key_account(id))
}

/// The keychain account of the portal tokens of the handbook in `dir`,
/// named after the handbook's id so that the connection follows the
/// handbook when its folder is moved or renamed, and a different handbook
/// restored into the folder does not inherit it. Before the database exists
/// (nothing to sync yet) the folder's path names it.
pub fn portal_account(dir: &Path) -> String {
    match HandbookId::of_file(&dir.join(crate::DB_FILE)) {
        Ok(id) => format!("portal-tokens:{id}"),
        Err(_) => legacy_portal_account(dir),
    }
}

/// The path-named account the portal tokens were kept under before they
/// were named after the handbook's id (read once and moved).
pub fn legacy_portal_account(dir: &Path) -> String {
    let absolute =
        std::path::absolute(dir.join(crate::DB_FILE)).unwrap_or_else(|_| dir.join(crate::DB_FILE));
    format!("portal-tokens:{}", absolute.display())
}

/// Saves a secret (e.g. the portal's tokens) under `account`, checking it
/// reads back.
pub fn save_secret(account: &str, secret: &[u8]) -> Result<(), StoreError> {
    let entry = entry(account)?;
    entry.set_secret(secret).map_err(map_error)?;
    match entry.get_secret() {
        Ok(bytes) if bytes == secret => Ok(()),
        Ok(_) => Err(StoreError::KeyStore("the secret did not read back".into())),
        Err(e) => Err(map_error(e)),
    }
}

/// The secret saved under `account`, if any.
pub fn load_secret(account: &str) -> Result<Option<Vec<u8>>, StoreError> {
    match entry(account)?.get_secret() {
        Ok(bytes) => Ok(Some(bytes)),
        Err(KeyringError::NoEntry) => Ok(None),
        Err(e) => Err(map_error(e)),
    }
}

/// Removes the secret saved under `account` (nothing to do when absent).
pub fn delete_secret(account: &str) -> Result<(), StoreError> {
    match entry(account)?.delete_credential() {
        Ok(()) | Err(KeyringError::NoEntry) => Ok(()),
        Err(e) => Err(map_error(e)),
    }
}
