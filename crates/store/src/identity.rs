//! What a handbook is known by and opened with: its [`HandbookId`] (the
//! salt at the start of its file) and its [`DbKey`]. Below `key`,
//! `keychain`, `custody` and `backup`, which all use them.

use crate::{Result, StoreError};
use ring::rand::{SecureRandom, SystemRandom};
use std::num::NonZeroU32;
use std::path::Path;

/// PBKDF2-HMAC-SHA256 rounds (OWASP 2023 recommendation).
pub const PBKDF2_ITERATIONS: u32 = 600_000;
const _: () = assert!(PBKDF2_ITERATIONS >= 600_000, "the issue's floor");

/// PBKDF2-HMAC-SHA256 of `secret` with `salt`, [`PBKDF2_ITERATIONS`]
/// rounds: a passphrase handbook's key, the app lock's verifier.
pub(crate) fn pbkdf2(secret: &str, salt: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    ring::pbkdf2::derive(
        ring::pbkdf2::PBKDF2_HMAC_SHA256,
        NonZeroU32::new(PBKDF2_ITERATIONS).expect("non-zero"),
        salt,
        secret.as_bytes(),
        &mut out,
    );
    out
}

/// A handbook's identity: the 16-byte random salt at the start of its
/// SQLCipher file, shown as 32 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct HandbookId([u8; 16]);

impl HandbookId {
    /// The id of the SQLCipher file at `db` (read without the key).
    pub fn of_file(db: &Path) -> Result<HandbookId> {
        use std::io::Read;
        let mut file = std::fs::File::open(db).map_err(|e| StoreError::io(db, e))?;
        let mut salt = [0u8; 16];
        match file.read_exact(&mut salt) {
            Ok(()) => Ok(HandbookId(salt)),
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Err(StoreError::CannotOpen),
            Err(e) => Err(StoreError::io(db, e)),
        }
    }

    /// The id of a database image (its first 16 bytes), if it is long enough.
    pub(crate) fn of_bytes(bytes: &[u8]) -> Option<HandbookId> {
        Some(HandbookId(bytes.get(..16)?.try_into().ok()?))
    }

    pub(crate) fn as_bytes(&self) -> &[u8; 16] {
        &self.0
    }
}

impl std::fmt::Display for HandbookId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

impl std::fmt::Debug for HandbookId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HandbookId({self})")
    }
}

impl std::str::FromStr for HandbookId {
    type Err = ();
    fn from_str(s: &str) -> std::result::Result<Self, ()> {
        if s.len() != 32 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(());
        }
        let mut id = [0u8; 16];
        for (i, b) in id.iter_mut().enumerate() {
            *b = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).map_err(|_| ())?;
        }
        Ok(HandbookId(id))
    }
}

/// A 256-bit SQLCipher key. Zeroed when dropped; never printed.
pub struct DbKey([u8; 32]);

impl DbKey {
    pub(crate) fn random() -> Result<Self, StoreError> {
        let mut key = [0u8; 32];
        SystemRandom::new()
            .fill(&mut key)
            .map_err(|_| StoreError::Random)?;
        Ok(DbKey(key))
    }

    pub(crate) fn from_bytes(bytes: &[u8]) -> Option<Self> {
        Some(DbKey(bytes.try_into().ok()?))
    }

    pub(crate) fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// A second copy (for a key that is both saved and used).
    pub(crate) fn duplicate(&self) -> Self {
        DbKey(self.0)
    }

    pub(crate) fn derive(passphrase: &str, salt: &[u8]) -> Self {
        DbKey(pbkdf2(passphrase, salt))
    }

    /// The SQLCipher raw-key literal `x'…'` (no further key derivation).
    pub(crate) fn pragma_literal(&self) -> String {
        let mut s = String::with_capacity(67);
        s.push_str("x'");
        for b in self.0 {
            s.push_str(&format!("{b:02x}"));
        }
        s.push('\'');
        s
    }

    /// The raw-key literal with an explicit SQLCipher salt `x'<key><salt>'`:
    /// a database created with it carries `salt` (the handbook id) in its
    /// first 16 bytes.
    pub(crate) fn pragma_literal_with_salt(&self, salt: &HandbookId) -> String {
        let mut s = self.pragma_literal();
        s.pop();
        for b in salt.as_bytes() {
            s.push_str(&format!("{b:02x}"));
        }
        s.push('\'');
        s
    }
}

/// Keys a connection (`PRAGMA key` with a raw-key literal). SQLCipher sets
/// up its crypto provider on a connection's first key, and two threads doing
/// that at once can make one `PRAGMA key` fail ("An error occurred with
/// PRAGMA key or rekey", seen when tests open handbooks in parallel; the app
/// opens the handbook on the window's thread and on the sync, backup and
/// reminder threads): keying is done one connection at a time in a process.
/// It is rare and quick (the key derivation happens before, outside the lock).
pub(crate) fn apply_key(conn: &rusqlite::Connection, literal: &str) -> rusqlite::Result<()> {
    static KEYING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one_at_a_time = KEYING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    conn.pragma_update(None, "key", literal)
}

impl Drop for DbKey {
    fn drop(&mut self) {
        self.0.iter_mut().for_each(|b| *b = 0);
        std::hint::black_box(&self.0);
    }
}

impl std::fmt::Debug for DbKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbKey(<redacted>)")
    }
}
