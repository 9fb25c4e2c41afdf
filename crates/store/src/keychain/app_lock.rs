//! The app lock's verifier in the OS credential store, entry
//! `app-lock:<handbook id>`: PBKDF2-HMAC-SHA256 ([`PBKDF2_ITERATIONS`]
//! rounds, 16-byte random salt) of the PIN or passphrase, never the secret
//! itself; with the lock's settings and its failed attempts, so the wait
//! after failures survives a restart. Readable without the handbook's key:
//! the shell checks it before it opens the handbook.
//!
//! A verifier cannot open the handbook (the key is elsewhere); the lock
//! keeps someone holding an unlocked device out of the window.

use super::{delete_secret, load_secret, save_secret};
use crate::identity::{pbkdf2, PBKDF2_ITERATIONS};
use crate::{HandbookId, StoreError};
use base64::Engine as _;
use hagukumi_core::app_lock::SecretKind;
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::Language;
use ring::rand::SecureRandom as _;
use serde::{Deserialize, Serialize};
use std::num::NonZeroU32;

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

/// The credential-store account of handbook `id`'s lock.
pub fn account(id: &HandbookId) -> String {
    format!("app-lock:{id}")
}

/// A handbook's lock as kept in the credential store.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppLock {
    pub kind: SecretKind,
    pub idle_minutes: u32,
    /// The handbook's language, for the lock screen before it is open.
    #[serde(default)]
    pub language: Option<Language>,
    /// Failed attempts in a row, and when the last one was (UTC).
    #[serde(default)]
    pub failures: u32,
    #[serde(default)]
    pub last_failure: Option<NaiveDateTime>,
    iterations: u32,
    salt: String,
    hash: String,
}

impl std::fmt::Debug for AppLock {
    /// Never prints the salt or the hash.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppLock")
            .field("kind", &self.kind)
            .field("idle_minutes", &self.idle_minutes)
            .field("failures", &self.failures)
            .finish_non_exhaustive()
    }
}

impl AppLock {
    /// A new lock for `secret` (checked by the caller with
    /// `app_lock::check_new_secret`), with a fresh random salt.
    pub fn new(
        kind: SecretKind,
        secret: &str,
        idle_minutes: u32,
        language: Option<Language>,
    ) -> Result<AppLock, StoreError> {
        let mut salt = [0u8; 16];
        ring::rand::SystemRandom::new()
            .fill(&mut salt)
            .map_err(|_| StoreError::Random)?;
        let hash = pbkdf2(secret, &salt);
        Ok(AppLock {
            kind,
            idle_minutes,
            language,
            failures: 0,
            last_failure: None,
            iterations: PBKDF2_ITERATIONS,
            salt: B64.encode(salt),
            hash: B64.encode(hash),
        })
    }

    /// Whether `secret` is this lock's, compared in constant time by ring.
    pub fn verify(&self, secret: &str) -> bool {
        let (Ok(salt), Ok(hash), Some(rounds)) = (
            B64.decode(&self.salt),
            B64.decode(&self.hash),
            NonZeroU32::new(self.iterations),
        ) else {
            return false;
        };
        ring::pbkdf2::verify(
            ring::pbkdf2::PBKDF2_HMAC_SHA256,
            rounds,
            &salt,
            secret.as_bytes(),
            &hash,
        )
        .is_ok()
    }

    /// Handbook `id`'s lock, `None` when it has none.
    pub fn load(id: &HandbookId) -> Result<Option<AppLock>, StoreError> {
        let Some(bytes) = load_secret(&account(id))? else {
            return Ok(None);
        };
        let lock = serde_json::from_slice(&bytes).map_err(|_| {
            StoreError::KeyStore("the app lock entry has an unexpected format".into())
        })?;
        Ok(Some(lock))
    }

    /// Keeps this lock as handbook `id`'s (replacing the one before).
    pub fn save(&self, id: &HandbookId) -> Result<(), StoreError> {
        let json =
            serde_json::to_vec(self).map_err(|e| StoreError::KeyStore(format!("app lock: {e}")))?;
        save_secret(&account(id), &json)
    }

    /// Removes handbook `id`'s lock (nothing to do when it has none).
    pub fn remove(id: &HandbookId) -> Result<(), StoreError> {
        delete_secret(&account(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verifier_accepts_its_secret_only_and_never_holds_it() {
        let lock = AppLock::new(SecretKind::Pin, "246810", 5, None).unwrap();
        assert!(lock.verify("246810"));
        assert!(!lock.verify("246811"));
        assert!(!lock.verify(""));
        let json = serde_json::to_string(&lock).unwrap();
        assert!(!json.contains("246810"), "{json}");
        assert!(json.contains("\"iterations\":600000"), "{json}");
        assert!(!format!("{lock:?}").contains(&lock.hash));
        // A fresh salt each time: the same PIN gives another hash.
        let again = AppLock::new(SecretKind::Pin, "246810", 5, None).unwrap();
        assert_ne!(lock.salt, again.salt);
        assert_ne!(lock.hash, again.hash);
        let back: AppLock = serde_json::from_str(&json).unwrap();
        assert!(back.verify("246810"));
    }
}
