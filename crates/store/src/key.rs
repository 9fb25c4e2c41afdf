//! The database key: where it comes from and how it is kept.
//!
//! Two ways, chosen when the handbook is created:
//! - **OS credential store** (default): 256 random bits from ring's
//!   `SystemRandom`, kept by keyring (Secret Service, Apple Keychain,
//!   Android Keystore, Windows Credential Manager) under the handbook's id
//!   (see [`crate::HandbookId`]), so moving or renaming the folder keeps it.
//! - **Passphrase**: when `HAGUKUMI_PASSPHRASE` is set at creation (headless
//!   machines, CI without a keyring), the key is PBKDF2-HMAC-SHA256 of the
//!   passphrase with a random 16-byte salt kept in `hagukumi.salt` beside the
//!   database. The salt file's presence is what marks a passphrase handbook.
//!   A new passphrase needs at least [`MIN_PASSPHRASE_CHARS`] characters.
//!
//! Either way the key is also kept wrapped under the handbook's recovery
//! code in `hagukumi.recovery` (see [`crate::recover`]).

pub use crate::identity::{DbKey, PBKDF2_ITERATIONS};
use crate::{keychain, HandbookId, StoreError, DB_FILE, SALT_FILE};
use std::path::Path;
use zeroize::Zeroizing;

/// Environment variable holding the passphrase for passphrase-keyed handbooks.
pub const PASSPHRASE_ENV: &str = "HAGUKUMI_PASSPHRASE";
pub(crate) const SALT_LEN: usize = 16;
/// The shortest passphrase a new handbook accepts, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 12;

/// How a handbook's key is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyMethod {
    OsCredentialStore,
    Passphrase,
}

/// Where to get the key when opening a handbook. A passphrase is zeroed
/// when the source is dropped and never printed by `Debug`.
#[derive(Clone)]
pub enum KeySource {
    /// The default: a passphrase handbook (salt file present) takes the
    /// passphrase from `HAGUKUMI_PASSPHRASE`; any other uses the OS credential
    /// store. A new handbook uses the passphrase when the variable is set,
    /// else the OS credential store.
    FromEnvironment,
    /// Use this passphrase (creating a passphrase handbook if new).
    Passphrase(String),
    /// Use the OS credential store only.
    OsCredentialStore,
}

impl std::fmt::Debug for KeySource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeySource::FromEnvironment => f.write_str("FromEnvironment"),
            KeySource::Passphrase(_) => f.write_str("Passphrase(<redacted>)"),
            KeySource::OsCredentialStore => f.write_str("OsCredentialStore"),
        }
    }
}

impl Drop for KeySource {
    fn drop(&mut self) {
        if let KeySource::Passphrase(p) = self {
            zeroize::Zeroize::zeroize(p);
        }
    }
}

impl KeySource {
    pub(crate) fn passphrase(&self) -> Option<Zeroizing<String>> {
        match self {
            KeySource::FromEnvironment => std::env::var(PASSPHRASE_ENV)
                .ok()
                .filter(|p| !p.is_empty())
                .map(Zeroizing::new),
            KeySource::Passphrase(p) => Some(Zeroizing::new(p.clone())),
            KeySource::OsCredentialStore => None,
        }
    }
}

/// The key of an existing handbook and where it came from.
pub(crate) struct Resolved {
    pub key: DbKey,
    pub method: KeyMethod,
    /// The path-named credential-store entry the key was found under (a
    /// handbook from before keys were named after the handbook's id); moved
    /// to the id's entry once the key has opened the database.
    pub legacy_account: Option<String>,
}

/// Finds the key of the existing handbook in `dir`: derived from the
/// passphrase when the salt file is there, else the credential-store entry
/// named after the handbook's id, else the one named after the database's
/// path (handbooks from before ids).
pub(crate) fn resolve_existing(dir: &Path, source: &KeySource) -> Result<Resolved, StoreError> {
    let db = dir.join(DB_FILE);
    let salt_path = dir.join(SALT_FILE);
    if salt_path.exists() {
        let salt = std::fs::read(&salt_path).map_err(|e| StoreError::io(&salt_path, e))?;
        if salt.len() != SALT_LEN {
            return Err(StoreError::CannotOpen);
        }
        let passphrase = source.passphrase().ok_or(StoreError::PassphraseRequired)?;
        return Ok(Resolved {
            key: DbKey::derive(&passphrase, &salt),
            method: KeyMethod::Passphrase,
            legacy_account: None,
        });
    }
    let id = HandbookId::of_file(&db)?;
    if let Some(key) = keychain::load(&keychain::key_account(&id))? {
        return Ok(Resolved {
            key,
            method: KeyMethod::OsCredentialStore,
            legacy_account: None,
        });
    }
    let legacy = keychain::account_for(&db);
    if let Some(key) = keychain::load(&legacy)? {
        return Ok(Resolved {
            key,
            method: KeyMethod::OsCredentialStore,
            legacy_account: Some(legacy),
        });
    }
    // Moved before its entry was refiled: any path-named entry whose key
    // opens this file is its key (a wrong key only fails a read).
    keychain::legacy_candidates()
        .into_iter()
        .find(|(_, key)| crate::key_opens(&db, key))
        .map(|(account, key)| Resolved {
            key,
            method: KeyMethod::OsCredentialStore,
            legacy_account: Some(account),
        })
        .ok_or(StoreError::KeyMissing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pbkdf2_matches_the_rfc_7914_vector() {
        // RFC 7914 §11: PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1, first 32 bytes.
        let mut out = [0u8; 32];
        ring::pbkdf2::derive(
            ring::pbkdf2::PBKDF2_HMAC_SHA256,
            std::num::NonZeroU32::new(1).unwrap(),
            b"salt",
            b"passwd",
            &mut out,
        );
        assert_eq!(out[..8], [0x55, 0xac, 0x04, 0x6e, 0x56, 0xe3, 0x08, 0x9f]);
    }

    #[test]
    fn derived_keys_depend_on_passphrase_and_salt() {
        let a = DbKey::derive("pass", b"0123456789abcdef");
        let b = DbKey::derive("pass", b"0123456789abcdeg");
        let c = DbKey::derive("pasS", b"0123456789abcdef");
        let a2 = DbKey::derive("pass", b"0123456789abcdef");
        assert_eq!(a.as_bytes(), a2.as_bytes());
        assert_ne!(a.as_bytes(), b.as_bytes());
        assert_ne!(a.as_bytes(), c.as_bytes());
        assert_eq!(a.pragma_literal().len(), 67);
        assert_eq!(format!("{a:?}"), "DbKey(<redacted>)");
        let source = KeySource::Passphrase("a secret passphrase".into());
        assert_eq!(format!("{source:?}"), "Passphrase(<redacted>)");
    }

    #[test]
    fn random_keys_differ() {
        assert_ne!(
            DbKey::random().unwrap().as_bytes(),
            DbKey::random().unwrap().as_bytes()
        );
    }
}
