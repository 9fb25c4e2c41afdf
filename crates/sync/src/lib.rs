//! Hagukumi's sync with a Mynaportal-style portal.
//!
//! - [`auth`]: OAuth 2.0 code + PKCE, the loopback redirect, and the token
//!   vault (the OS credential store only).
//! - [`consent`]: one consent start to finish, as the app and `hagu` run it.
//! - [`clock`]: the time, handed in by the caller (the library never reads
//!   the clock itself).
//! - [`profile`]: which portal (address, client id, pinned key); the
//!   reference portal only when asked for, https for every host but loopback.
//! - [`client`]: the portal's HTTP API; every page is verified against the
//!   pinned Ed25519 key before it is read, and must answer the request it
//!   was asked for (account, category, cursor); bodies are capped at 4 MiB.
//! - [`sync`]: the incremental pull (cursors, ETags, retries with backoff and
//!   jitter, `Retry-After`), each page applied in one store transaction, and
//!   the outbox of idempotent writes.
//! - [`municipal`]: the family's municipality's program registry and
//!   printed materials, public signed pages kept as the last copy (also a
//!   step of every sync).
//! - [`benefits`]: once-only benefit applications through the outbox.
//! - [`nursery`]: 保活 bookings, cancellations and the nursery application
//!   through the outbox, and their state.
//! - [`rules`]: rule updates: the portal's signed rules bundle, verified,
//!   validated and kept when newer (also a step of every sync).
//!
//! The handbook stays fully usable without any of this: a sync that cannot
//! reach the portal changes nothing and says so in plain words.

pub mod auth;
pub mod benefits;
pub mod client;
pub mod clock;
pub mod consent;
mod engine;
pub mod municipal;
pub mod nursery;
pub mod profile;
pub mod questionnaire;
pub mod rules;
mod sample;

pub use auth::{
    redirect_code, KeychainVault, LoopbackRedirect, MemoryVault, Pkce, TokenVault, Tokens,
    APP_REDIRECT,
};
pub use client::{Fetched, PinnedKey, Portal};
pub use clock::Clock;
pub use consent::Consent;
pub use engine::{
    all_scopes, connect, disconnect, idempotency_key, sync, Pause, Retry, Sleep, SyncOptions,
    SyncReport,
};
pub use municipal::{update_municipal, MunicipalUpdate};
pub use profile::{BuildKind, PortalProfile, ProfileError};
pub use rules::{update_rules, RulesUpdate};

use hagukumi_store::official::ApplyError;
use hagukumi_store::StoreError;
use std::time::Duration;

/// Everything a sync can run into. Each maps to a Fluent message
/// ([`SyncError::message_id`]) that tells a parent what happened.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("the portal cannot be reached (offline?)")]
    Offline,
    #[error("the connection to the portal was interrupted")]
    Interrupted,
    #[error("the portal had a problem (HTTP {0})")]
    Server(u16),
    #[error("the portal is busy; retry after {retry_after:?}")]
    Busy { retry_after: Option<Duration> },
    #[error("the portal refused the request (HTTP {status} {code})")]
    Refused { status: u16, code: String },
    #[error("the portal refused the access token")]
    TokenRejected,
    #[error("the portal's token endpoint refused the request ({0})")]
    TokenRefused(String),
    #[error("the consent has expired or was revoked; connect again")]
    ConsentExpired,
    #[error("not connected to a portal")]
    NotConnected,
    #[error("no consent for {0}")]
    NotConsented(String),
    #[error("consent was declined in the browser")]
    ConsentDenied,
    #[error("no answer from the browser in time")]
    ConsentTimedOut,
    #[error("could not listen on the loopback address for the consent redirect")]
    Loopback,
    #[error("a consent redirect that is not this consent's (another address or state)")]
    ForeignRedirect,
    #[error("a page from the portal carried no signature")]
    Unsigned,
    #[error("a page from the portal failed the signature check")]
    BadSignature,
    #[error("a page from the portal was signed for another account")]
    OtherAccount,
    #[error("a page from the portal answers another request")]
    OtherRequest,
    #[error("a page from the portal is older than one already applied")]
    StalePage,
    #[error("an answer from the portal is larger than 4 MiB")]
    TooLarge,
    #[error(transparent)]
    Profile(#[from] ProfileError),
    #[error("a page from the portal is malformed: {0}")]
    BadPage(String),
    #[error("a rules bundle from the portal failed validation: {0}")]
    BadRules(String),
    #[error("a page from the portal was refused: {0}")]
    Rejected(String),
    #[error("the system random number generator failed")]
    Random,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<ApplyError> for SyncError {
    fn from(e: ApplyError) -> Self {
        match e {
            ApplyError::Store(s) => SyncError::Store(s),
            ApplyError::Stale(_) => SyncError::StalePage,
            other => SyncError::Rejected(other.to_string()),
        }
    }
}

impl SyncError {
    /// The Fluent message that explains this error to a parent.
    pub fn message_id(&self) -> &'static str {
        match self {
            SyncError::Offline => "sync-error-offline",
            SyncError::Interrupted => "sync-error-interrupted",
            SyncError::Server(_) => "sync-error-server",
            SyncError::Busy { .. } => "sync-error-busy",
            SyncError::Refused { .. } | SyncError::TokenRefused(_) => "sync-error-refused",
            SyncError::TokenRejected | SyncError::ConsentExpired => "sync-error-consent-expired",
            SyncError::NotConnected => "sync-error-not-connected",
            SyncError::NotConsented(_) => "sync-error-not-consented",
            SyncError::ConsentDenied => "sync-error-consent-denied",
            SyncError::ConsentTimedOut => "sync-error-consent-timeout",
            SyncError::Loopback => "sync-error-loopback",
            SyncError::ForeignRedirect => "sync-error-consent-foreign",
            SyncError::Unsigned | SyncError::BadSignature => "sync-error-signature",
            SyncError::BadPage(_) | SyncError::Rejected(_) => "sync-error-bad-page",
            SyncError::BadRules(_) => "sync-error-bad-rules",
            SyncError::OtherAccount => "sync-error-other-account",
            SyncError::OtherRequest => "sync-error-other-request",
            SyncError::StalePage => "sync-error-stale-page",
            SyncError::TooLarge => "sync-error-too-large",
            SyncError::Profile(p) => p.message_id(),
            SyncError::Random => "error-internal",
            SyncError::Store(e) => e.message_id(),
        }
    }

    /// Worth trying again after a pause (the network or a busy portal).
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            SyncError::Offline
                | SyncError::Interrupted
                | SyncError::Server(_)
                | SyncError::Busy { .. }
        )
    }
}
