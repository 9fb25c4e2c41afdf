//! Rule bundles (`GET /v1/rules/bundle`): the newest bundle published,
//! in a signed envelope that says what it is (docs/rules-bundle.md):
//!
//! ```json
//! { "kind": "hagukumi-rules-bundle/v1", "version": 2, "as_of": "2026-10-01",
//!   "issued_at": "2026-12-03T20:00:00.000Z",
//!   "sha256": "<base64url SHA-256 of the bundle text>",
//!   "bundle": "<the bundle's JSON text>" }
//! ```
//!
//! Signed like pages (the body's Ed25519 signature in
//! `X-Hagukumi-Signature`), with a strong ETag; no bundle published: 404.
//! Rules are not personal: no token is needed.

use std::sync::Arc;
use std::time::SystemTime;

use crate::dates::rfc3339_millis;
use crate::respond::error;
use crate::signing::{if_none_match, signed, strong_etag};
use crate::state::{lock, Portal, Published};
use crate::{KEY_ID, KEY_ID_HEADER, SIGNATURE_HEADER};
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use serde_json::{json, Value};

/// What the envelope says it is.
pub const RULES_KIND: &str = "hagukumi-rules-bundle/v1";

/// The envelope of `bundle` (a bundle's JSON text: its `version` and
/// `as_of` are read from it), issued at `issued_at`.
pub fn rules_envelope(bundle: &str, issued_at: &str) -> Result<Value, String> {
    let v: Value = serde_json::from_str(bundle).map_err(|e| format!("the bundle: {e}"))?;
    let version = v
        .get("version")
        .and_then(Value::as_u64)
        .ok_or("the bundle has no `version`")?;
    let as_of = v
        .get("as_of")
        .and_then(Value::as_str)
        .ok_or("the bundle has no `as_of`")?;
    let digest = ring::digest::digest(&ring::digest::SHA256, bundle.as_bytes());
    Ok(json!({
        "kind": RULES_KIND,
        "version": version,
        "as_of": as_of,
        "issued_at": issued_at,
        "sha256": URL_SAFE_NO_PAD.encode(digest.as_ref()),
        "bundle": bundle,
    }))
}

impl Portal {
    pub(crate) fn publish_rules(&self, body: Vec<u8>, signed_over: Option<Vec<u8>>) {
        *lock(&self.rules) = Some(Published { body, signed_over });
    }

    pub(crate) fn rules_issued_now(bundle: &str) -> Result<Vec<u8>, String> {
        let envelope = rules_envelope(bundle, &rfc3339_millis(SystemTime::now()))?;
        Ok(envelope.to_string().into_bytes())
    }
}

pub(crate) async fn rules_bundle(
    State(portal): State<Arc<Portal>>,
    headers: HeaderMap,
) -> Response {
    let Some(published) = lock(&portal.rules).clone() else {
        return error(
            StatusCode::NOT_FOUND,
            "no_rules",
            "no rules bundle is published",
        );
    };
    let etag = strong_etag(&published.body);
    if if_none_match(&headers, &etag) {
        let mut h = HeaderMap::new();
        if let Ok(v) = HeaderValue::from_str(&etag) {
            h.insert(header::ETAG, v);
        }
        return (StatusCode::NOT_MODIFIED, h).into_response();
    }
    match published.signed_over {
        None => signed(&portal, StatusCode::OK, published.body, Some(&etag), None),
        Some(other) => {
            // A test's tampering: the signature of other bytes.
            let mut resp = signed(&portal, StatusCode::OK, published.body, Some(&etag), None);
            let signature = STANDARD.encode(portal.key.sign(&other).as_ref());
            if let Ok(v) = HeaderValue::from_str(&signature) {
                resp.headers_mut().insert(SIGNATURE_HEADER, v);
            }
            resp.headers_mut()
                .insert(KEY_ID_HEADER, HeaderValue::from_static(KEY_ID));
            resp
        }
    }
}
