//! The OS credential store, through keyring-core and the platform's store:
//! Secret Service (Linux/BSD, over D-Bus), Apple Keychain (macOS), Apple
//! protected data (iOS), Android Keystore, Windows Credential Manager.
//!
//! One entry per handbook: service [`crate::APP_ID`], account
//! `database-key:<absolute path of hagukumi.db>`, secret = the 32 key bytes.

use crate::key::DbKey;
use crate::{StoreError, APP_ID};
use keyring_core::Error as KeyringError;
use std::path::Path;
use std::sync::OnceLock;

/// The keychain account of the database at `db`.
pub(crate) fn account_for(db: &Path) -> String {
    let absolute = std::path::absolute(db).unwrap_or_else(|_| db.to_owned());
    format!("database-key:{}", absolute.display())
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

/// Removes a handbook's key (used when a handbook is deleted, and by tests).
pub fn forget(db: &Path) -> Result<(), StoreError> {
    match entry(&account_for(db))?.delete_credential() {
        Ok(()) | Err(KeyringError::NoEntry) => Ok(()),
        Err(e) => Err(map_error(e)),
    }
}

/// The keychain account of the portal tokens of the handbook in `dir`.
pub fn portal_account(dir: &Path) -> String {
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
