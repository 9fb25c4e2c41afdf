//! A verified page: its cursor, envelope, signature and the pinned key.

use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::official::{Category, OfficialItem};
use serde::{Deserialize, Serialize};

/// Where a category's pull stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    /// The cursor to ask for next (`None`: from the start).
    pub cursor: Option<String>,
    /// The ETag of that page as last seen, when it was the last page.
    pub etag: Option<String>,
}

/// One verified page, ready to apply.
#[derive(Debug, Clone)]
pub struct Page {
    pub category: Category,
    /// Each item with its JSON as the portal sent it, written compactly by
    /// serde_json (equal content gives equal text).
    pub items: Vec<(OfficialItem, String)>,
    /// Where the pull continues after this page.
    pub next: Cursor,
    /// When the portal signed the page: a page older than one already
    /// applied to this category is refused ([`ApplyError::Stale`]).
    pub issued_at: Option<NaiveDateTime>,
    /// The page as signed, kept with its items so that an export can carry
    /// it and an import can check it again.
    pub signed: Option<SignedPage>,
    /// The account the page is signed for (the consent's): official items
    /// of another account held by the handbook become the parent's own.
    pub account: Option<String>,
}

/// The format of a page's `issued_at` (RFC 3339, UTC, milliseconds).
pub const ISSUED_AT_FORMAT: &str = "%Y-%m-%dT%H:%M:%S%.3fZ";

/// Reads an `issued_at` (RFC 3339 in UTC, `Z`, any fraction of a second).
pub fn parse_issued_at(s: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.fZ").ok()
}

/// A portal's Ed25519 signing key as pinned by the app (its profile).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinnedKey {
    pub key_id: String,
    /// Raw Ed25519 public key (32 bytes).
    pub public_key: Vec<u8>,
}

impl PinnedKey {
    /// Whether `signature` (standard base64) is this key's signature of
    /// `message`, made by the key named `key_id`.
    pub fn verifies(&self, key_id: &str, message: &[u8], signature: &str) -> bool {
        use base64::Engine as _;
        if key_id != self.key_id {
            return false;
        }
        let Ok(signature) = base64::engine::general_purpose::STANDARD.decode(signature.trim())
        else {
            return false;
        };
        ring::signature::UnparsedPublicKey::new(&ring::signature::ED25519, &self.public_key)
            .verify(message, &signature)
            .is_ok()
    }
}

/// A page exactly as the portal signed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedPage {
    pub key_id: String,
    /// The Ed25519 signature of `body`, standard base64.
    pub signature: String,
    /// The page's body, byte for byte (a [`PageEnvelope`] in JSON).
    pub body: String,
}

impl SignedPage {
    /// The envelope, when one of `keys` signed the body.
    pub fn verified(&self, keys: &[PinnedKey]) -> Option<PageEnvelope> {
        keys.iter()
            .any(|k| k.verifies(&self.key_id, self.body.as_bytes(), &self.signature))
            .then(|| PageEnvelope::parse(self.body.as_bytes()).ok())
            .flatten()
    }
}

/// What a signed page says, and what it is for: the account, category and
/// cursor of the request it answers and when it was issued, so that it
/// cannot be replayed to another account, request or later
/// (`crates/portal/openapi.yaml`, `PageEnvelope`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PageEnvelope {
    pub account: String,
    pub category: String,
    /// The cursor of the request it answers (`""`: from the start).
    pub cursor: String,
    pub issued_at: String,
    pub items: Vec<serde_json::Value>,
    pub next_cursor: String,
    pub complete: bool,
}

impl PageEnvelope {
    pub fn parse(body: &[u8]) -> std::result::Result<PageEnvelope, String> {
        serde_json::from_slice(body).map_err(|e| e.to_string())
    }
}
