//! Hagukumi's reference portal server.
//!
//! A stand-in for Mynaportal's PMH情報連携API, for developing and testing the
//! sync client: OAuth 2.0 authorization code + PKCE (S256), per-category
//! consent, incremental signed pages with strong ETags, and fault injection.
//! It serves only the clearly labelled SAMPLE families in `sample/*.json`
//! (and, on request, a synthetic bulk family) and never takes or returns an
//! individual number (マイナンバー). It also receives pre-visit questionnaires
//! (予診票) and once-only benefit applications (018サポート with 赤ちゃん
//! ファースト) with idempotency keys, for the sync client's outbox.
//! The API is documented in `openapi.yaml`; the faults in `README.md`.
//! Tests drive a running portal through [`PortalHandle`].

mod benefits;
mod bulk;
mod catalogues;
mod dates;
mod families;
mod faults;
mod handle;
mod key;
mod municipal;
mod mynumber;
mod nursery;
mod oauth;
mod pages;
mod questionnaire;
mod respond;
mod rules;
mod serve;
mod signing;
mod slots;
mod state;

use std::time::Duration;

pub use bulk::{bulk_family, BULK_FAMILY_ID, BULK_FIRST_BIRTH, BULK_LAST_DATE, BULK_PER_CHILD};
pub use catalogues::CATALOGUES;
pub use families::{sample_families, Family};
pub use faults::{Fault, OVERSIZED_BYTES};
pub use handle::PortalHandle;
pub use key::{dev_key_pair, dev_public_key};
pub use mynumber::{has_individual_number_shape, is_individual_number_name};
pub use questionnaire::{is_valid_idempotency_key, IDEMPOTENCY_KEY_LEN};
pub use rules::{rules_envelope, RULES_KIND};
pub use serve::{router, serve, spawn, spawn_with_handle};
pub use signing::not_modified_message;
pub use slots::slots_year;
pub use state::SentPage;

/// The data categories (pulled by the client), each a separate consent scope and endpoint.
pub const CATEGORIES: [&str; 7] = [
    "children",
    "vaccinations",
    "checkups",
    "certificates",
    "benefits",
    "notices",
    "nursery",
];

/// Scopes that allow writing rather than pulling a category: `questionnaires`
/// (`POST /v1/questionnaires`; `GET /v1/questionnaires` lists what was received).
pub const WRITE_SCOPES: [&str; 1] = ["questionnaires"];

/// The only registered client of the sample portal.
pub const CLIENT_ID: &str = "hagukumi-app";

/// The app client's registered redirect on phones: its deep link
/// (scheme `jp.hagukumi.app`, the app's identifier), the only redirect
/// besides loopback http that the portal accepts, and only exactly.
pub const APP_REDIRECT: &str = "jp.hagukumi.app://consent";

/// Identifies the development signing key in `X-Hagukumi-Key-Id`.
pub const KEY_ID: &str = "hagukumi-sample-dev-1";

/// DEVELOPMENT KEY. The sample portal's Ed25519 seed is fixed and public so
/// that clients and tests can pin its public key. Never use it for real data.
pub const DEV_KEY_SEED: [u8; 32] = *b"hagukumi-sample-portal-DEV-ONLY!";

/// Header carrying the base64 (standard, padded) Ed25519 signature of the exact body bytes.
pub const SIGNATURE_HEADER: &str = "x-hagukumi-signature";
/// Header naming the key that made the signature.
pub const KEY_ID_HEADER: &str = "x-hagukumi-key-id";
/// Header of a `304` carrying when it was issued (RFC 3339, UTC, milliseconds);
/// the 304's signature covers it (see [`not_modified_message`]).
pub const ISSUED_AT_HEADER: &str = "x-hagukumi-issued-at";
/// Request header switching on a fault for that request.
pub const FAULT_HEADER: &str = "x-hagukumi-fault";
/// Request header naming a write, so that sending it again has no second effect.
pub const IDEMPOTENCY_KEY_HEADER: &str = "idempotency-key";
/// Response header (`true`) marking the stored answer to an earlier request with the same key.
pub const REPLAYED_HEADER: &str = "idempotent-replayed";
/// `Retry-After` (seconds) of the `rate-limited` and `unavailable` faults.
pub const RETRY_AFTER_SECS: u64 = 1;

/// Page size when `limit` is absent, and the largest allowed.
pub const DEFAULT_LIMIT: usize = 50;
pub const MAX_LIMIT: usize = 200;

/// How far the `Date` header is moved by the `clock-skew` fault.
pub const CLOCK_SKEW: Duration = Duration::from_secs(3 * 3600);

pub(crate) const BODY_LIMIT: usize = 64 * 1024;

/// Server settings.
#[derive(Clone, Debug)]
pub struct Config {
    /// Lifetime of an access token.
    pub access_ttl: Duration,
    /// Lifetime of an authorization code.
    pub code_ttl: Duration,
    /// A fault applied to every data request that does not name one in `X-Hagukumi-Fault`.
    pub fault: Option<Fault>,
    /// Delay of the `slow` fault.
    pub slow_delay: Duration,
    /// Adds the synthetic family `sample-bulk` with exactly this many
    /// vaccination records (see [`bulk_family`]).
    pub bulk: Option<usize>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            access_ttl: Duration::from_secs(3600),
            code_ttl: Duration::from_secs(60),
            fault: None,
            slow_delay: Duration::from_secs(2),
            bulk: None,
        }
    }
}
