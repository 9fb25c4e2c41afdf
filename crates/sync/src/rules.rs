//! Rule updates (docs/rules-bundle.md): the portal's newest rules bundle,
//! fetched with its ETag, verified against the pinned key before anything
//! reads it, checked to be what its envelope says (a rules bundle, this
//! version and date, this content), validated whole by core and kept by
//! the store only when newer than the rules here.

use crate::client::{read_capped, Portal};
use crate::SyncError;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hagukumi_core::rules_bundle::{RuleBundle, RulesVersion};
use hagukumi_core::Date;
use hagukumi_store::rules::{RulesRefusal, SignedRules};
use hagukumi_store::Store;
use reqwest::header::{ETAG, IF_NONE_MATCH};
use reqwest::StatusCode;
use serde::{Deserialize, Serialize};

/// What the envelope of a rules bundle must say it is.
pub const RULES_KIND: &str = "hagukumi-rules-bundle/v1";

/// The signed envelope of a rules bundle.
#[derive(Deserialize)]
struct Envelope {
    kind: String,
    version: u64,
    as_of: Date,
    issued_at: String,
    /// base64url (no padding) SHA-256 of `bundle`'s UTF-8 bytes.
    sha256: String,
    /// The bundle's JSON text.
    bundle: String,
}

/// What a rules update did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum RulesUpdate {
    /// The portal publishes no bundle.
    NoBundle,
    /// The same answer as last time (a 304).
    Unchanged,
    /// The portal's bundle is not newer than the rules here.
    NotNewer { offered: u64, newest: u64 },
    /// A newer bundle was verified, validated and kept: plans use it now.
    Kept(RulesVersion),
}

/// Fetches the portal's rules bundle and keeps it when it is newer, valid
/// and signed for what it says. A refused bundle changes nothing: the
/// plans stay on the rules they used.
pub fn update_rules(store: &mut Store, portal: &Portal) -> Result<RulesUpdate, SyncError> {
    let etag = store.rules_etag()?;
    let mut req = portal
        .http()
        .get(format!("{}/v1/rules/bundle", portal.base()));
    if let Some(e) = &etag {
        req = req.header(IF_NONE_MATCH, e.as_str());
    }
    let resp = req.send().map_err(|e| {
        if e.is_connect() {
            SyncError::Offline
        } else {
            SyncError::Interrupted
        }
    })?;
    match resp.status() {
        StatusCode::NOT_FOUND => return Ok(RulesUpdate::NoBundle),
        // Only "keep what you have": nothing is applied.
        StatusCode::NOT_MODIFIED if etag.is_some() => return Ok(RulesUpdate::Unchanged),
        StatusCode::OK => {}
        _ => return Err(portal.failure(resp, None)),
    }
    let headers = resp.headers().clone();
    let body = read_capped(resp)?;
    // Signed by the pinned key, before anything reads it.
    let (key_id, signature) = portal.verify(&headers, &body)?;
    let envelope: Envelope =
        serde_json::from_slice(&body).map_err(|e| SyncError::BadPage(e.to_string()))?;
    if envelope.kind != RULES_KIND {
        return Err(SyncError::OtherRequest);
    }
    let digest = ring::digest::digest(&ring::digest::SHA256, envelope.bundle.as_bytes());
    if URL_SAFE_NO_PAD.encode(digest.as_ref()) != envelope.sha256 {
        return Err(SyncError::BadPage("sha256".into()));
    }
    let new_etag = headers
        .get(ETAG)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let remember = |store: &Store| match &new_etag {
        Some(e) => store.set_rules_etag(e),
        None => Ok(()),
    };
    let newest = store.newest_rules_version()?;
    if envelope.version <= newest {
        remember(store)?;
        return Ok(RulesUpdate::NotNewer {
            offered: envelope.version,
            newest,
        });
    }
    let bundle =
        RuleBundle::parse(&envelope.bundle).map_err(|e| SyncError::BadRules(e.to_string()))?;
    // The envelope is signed for this bundle only.
    if bundle.version.version != envelope.version || bundle.version.as_of != envelope.as_of {
        return Err(SyncError::OtherRequest);
    }
    let body = String::from_utf8(body).map_err(|e| SyncError::BadPage(e.to_string()))?;
    let signed = SignedRules {
        key_id,
        signature,
        envelope: body,
        bundle: envelope.bundle,
        issued_at: envelope.issued_at,
    };
    match store.keep_rules_bundle(&signed, portal.clock().naive_utc()) {
        Ok(version) => {
            remember(store)?;
            Ok(RulesUpdate::Kept(version))
        }
        Err(RulesRefusal::NotNewer { offered, newest }) => {
            Ok(RulesUpdate::NotNewer { offered, newest })
        }
        Err(RulesRefusal::Invalid(e)) => Err(SyncError::BadRules(e.to_string())),
        Err(RulesRefusal::Store(e)) => Err(SyncError::Store(e)),
    }
}
