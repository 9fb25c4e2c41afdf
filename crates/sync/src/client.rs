//! The portal's HTTP API, one request at a time: token endpoints, signed
//! data pages (verified against the pinned key before anything reads them),
//! and writes with an idempotency key.

use crate::auth::{percent_encode, unix_now, Tokens, CLIENT_ID};
use crate::SyncError;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use hagukumi_core::official::Category;
use reqwest::blocking::{Client, Response};
use reqwest::header::{HeaderMap, ETAG, IF_NONE_MATCH, RETRY_AFTER};
use reqwest::StatusCode;
use serde::Deserialize;
use std::time::Duration;

/// Header carrying the base64 Ed25519 signature of the exact body bytes.
pub const SIGNATURE_HEADER: &str = "x-hagukumi-signature";
/// Header naming the key that made the signature.
pub const KEY_ID_HEADER: &str = "x-hagukumi-key-id";

/// The portal's signing key, pinned in the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinnedKey {
    pub key_id: String,
    /// Raw Ed25519 public key (32 bytes).
    pub public_key: Vec<u8>,
}

/// The key id of the reference portal's development key.
pub const SAMPLE_KEY_ID: &str = "hagukumi-sample-dev-1";
/// The reference portal's development public key (its seed is public: it
/// protects nothing; a real portal's key would be pinned instead).
pub const SAMPLE_PUBLIC_KEY: [u8; 32] = [
    0x7f, 0xee, 0xb3, 0x2e, 0xd8, 0x33, 0x7f, 0x76, 0x0c, 0x4f, 0xc0, 0xab, 0x61, 0xef, 0x17, 0x15,
    0x7a, 0x00, 0x66, 0x27, 0x78, 0xa2, 0xe4, 0xa9, 0xc6, 0x37, 0x02, 0x7a, 0xf5, 0x09, 0x8e, 0xd5,
];

impl PinnedKey {
    /// The reference portal's development key.
    pub fn sample() -> PinnedKey {
        PinnedKey {
            key_id: SAMPLE_KEY_ID.into(),
            public_key: SAMPLE_PUBLIC_KEY.to_vec(),
        }
    }
}

/// Installs ring as rustls' crypto provider, once per process.
fn install_crypto() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Another part of the process may have installed one already: fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

/// A page of a category, verified.
#[derive(Debug, Clone)]
pub struct FetchedPage {
    /// The items, each as the JSON the portal signed.
    pub items: Vec<serde_json::Value>,
    pub next_cursor: String,
    pub complete: bool,
    pub etag: Option<String>,
    /// Bytes received (for the benchmark).
    pub bytes: usize,
}

/// The answer to a conditional page request.
#[derive(Debug, Clone)]
pub enum Fetched {
    NotModified,
    Page(FetchedPage),
}

#[derive(Deserialize)]
struct PageBody {
    items: Vec<serde_json::Value>,
    next_cursor: String,
    complete: bool,
}

#[derive(Deserialize)]
struct TokenBody {
    access_token: String,
    refresh_token: String,
    expires_in: u64,
    #[serde(default)]
    scope: String,
}

#[derive(Deserialize, Default)]
struct ErrorBody {
    #[serde(default)]
    error: String,
}

/// One portal, reached over HTTP(S).
#[derive(Debug, Clone)]
pub struct Portal {
    base: String,
    key: PinnedKey,
    http: Client,
}

fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let v = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(
        when.duration_since(std::time::SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// Classifies a failed send: the network, not the portal.
fn transport(e: reqwest::Error) -> SyncError {
    if e.is_connect() {
        SyncError::Offline
    } else {
        SyncError::Interrupted
    }
}

impl Portal {
    /// A client for the portal at `base` (e.g. `https://portal.example.jp`),
    /// trusting only pages signed by `key`.
    pub fn new(base: &str, key: PinnedKey) -> Result<Portal, SyncError> {
        install_crypto();
        let http = Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(60))
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("hagukumi/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|_| SyncError::Offline)?;
        Ok(Portal {
            base: base.trim_end_matches('/').to_owned(),
            key,
            http,
        })
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// An error answer's meaning.
    fn failure(resp: Response, category: Option<Category>) -> SyncError {
        let status = resp.status();
        let wait = retry_after(resp.headers());
        let body: ErrorBody = resp.json().unwrap_or_default();
        match status {
            StatusCode::UNAUTHORIZED => SyncError::TokenRejected,
            StatusCode::FORBIDDEN if body.error == "insufficient_scope" => {
                SyncError::NotConsented(category.map(Category::as_str).unwrap_or("").into())
            }
            StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE => {
                SyncError::Busy { retry_after: wait }
            }
            s if s.is_server_error() => SyncError::Server(s.as_u16()),
            s => SyncError::Refused {
                status: s.as_u16(),
                code: body.error,
            },
        }
    }

    fn token_request(&self, form: &[(&str, &str)], portal: &str) -> Result<Tokens, SyncError> {
        let resp = self
            .http
            .post(format!("{}/oauth/token", self.base))
            .form(form)
            .send()
            .map_err(transport)?;
        if resp.status() == StatusCode::BAD_REQUEST || resp.status() == StatusCode::UNAUTHORIZED {
            let body: ErrorBody = resp.json().unwrap_or_default();
            return Err(if body.error == "invalid_grant" {
                SyncError::ConsentExpired
            } else {
                SyncError::TokenRefused(body.error)
            });
        }
        if !resp.status().is_success() {
            return Err(Self::failure(resp, None));
        }
        let t: TokenBody = resp.json().map_err(|e| SyncError::BadPage(e.to_string()))?;
        Ok(Tokens {
            access_token: t.access_token,
            refresh_token: t.refresh_token,
            // A portal's answer, not trusted to fit: at most a day.
            expires_at: unix_now().saturating_add(t.expires_in.min(86_400)),
            scope: t.scope,
            portal: portal.to_owned(),
        })
    }

    /// Exchanges the code from the consent redirect for tokens.
    pub fn exchange_code(
        &self,
        code: &str,
        verifier: &str,
        redirect_uri: &str,
    ) -> Result<Tokens, SyncError> {
        self.token_request(
            &[
                ("grant_type", "authorization_code"),
                ("code", code),
                ("redirect_uri", redirect_uri),
                ("client_id", CLIENT_ID),
                ("code_verifier", verifier),
            ],
            &self.base,
        )
    }

    /// New tokens for a refresh token (the portal rotates it).
    pub fn refresh(&self, tokens: &Tokens) -> Result<Tokens, SyncError> {
        let mut fresh = self.token_request(
            &[
                ("grant_type", "refresh_token"),
                ("refresh_token", &tokens.refresh_token),
                ("client_id", CLIENT_ID),
            ],
            &tokens.portal,
        )?;
        if fresh.scope.is_empty() {
            fresh.scope = tokens.scope.clone();
        }
        Ok(fresh)
    }

    /// Revokes the consent (the refresh token, and with it its access tokens).
    pub fn revoke(&self, tokens: &Tokens) -> Result<(), SyncError> {
        let resp = self
            .http
            .post(format!("{}/oauth/revoke", self.base))
            .form(&[("token", tokens.refresh_token.as_str())])
            .send()
            .map_err(transport)?;
        if resp.status().is_success() {
            Ok(())
        } else {
            Err(Self::failure(resp, None))
        }
    }

    /// One page of `category` from `cursor`; with `etag`, a 304 means the
    /// page did not change. The body is verified against the pinned key
    /// before it is parsed.
    pub fn fetch_page(
        &self,
        access_token: &str,
        category: Category,
        cursor: Option<&str>,
        etag: Option<&str>,
        limit: u32,
    ) -> Result<Fetched, SyncError> {
        let mut url = format!("{}/v1/{}?limit={limit}", self.base, category.as_str());
        if let Some(c) = cursor {
            url.push_str("&cursor=");
            url.push_str(&percent_encode(c));
        }
        let mut req = self.http.get(url).bearer_auth(access_token);
        if let Some(e) = etag {
            req = req.header(IF_NONE_MATCH, e);
        }
        let resp = req.send().map_err(transport)?;
        if resp.status() == StatusCode::NOT_MODIFIED {
            return Ok(Fetched::NotModified);
        }
        if resp.status() != StatusCode::OK {
            return Err(Self::failure(resp, Some(category)));
        }
        let headers = resp.headers().clone();
        let body = resp.bytes().map_err(|_| SyncError::Interrupted)?;
        self.verify(&headers, &body)?;
        let page: PageBody =
            serde_json::from_slice(&body).map_err(|e| SyncError::BadPage(e.to_string()))?;
        Ok(Fetched::Page(FetchedPage {
            items: page.items,
            next_cursor: page.next_cursor,
            complete: page.complete,
            etag: headers
                .get(ETAG)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
            bytes: body.len(),
        }))
    }

    /// Checks the body's signature with the pinned key.
    fn verify(&self, headers: &HeaderMap, body: &[u8]) -> Result<(), SyncError> {
        let (Some(sig), Some(key_id)) = (headers.get(SIGNATURE_HEADER), headers.get(KEY_ID_HEADER))
        else {
            return Err(SyncError::Unsigned);
        };
        if key_id.to_str().ok() != Some(self.key.key_id.as_str()) {
            return Err(SyncError::BadSignature);
        }
        let sig = sig
            .to_str()
            .ok()
            .and_then(|s| STANDARD.decode(s.trim()).ok())
            .ok_or(SyncError::BadSignature)?;
        ring::signature::UnparsedPublicKey::new(&ring::signature::ED25519, &self.key.public_key)
            .verify(body, &sig)
            .map_err(|_| SyncError::BadSignature)
    }

    /// Sends a write with its idempotency key; the portal's JSON answer.
    pub fn post(
        &self,
        access_token: &str,
        path: &str,
        idempotency_key: &str,
        body: &serde_json::Value,
    ) -> Result<serde_json::Value, SyncError> {
        let resp = self
            .http
            .post(format!("{}/v1/{}", self.base, path))
            .bearer_auth(access_token)
            .header("Idempotency-Key", idempotency_key)
            .json(body)
            .send()
            .map_err(transport)?;
        if !resp.status().is_success() {
            return Err(Self::failure(resp, None));
        }
        let headers = resp.headers().clone();
        let bytes = resp.bytes().map_err(|_| SyncError::Interrupted)?;
        // The portal signs its answer like a page; nothing unverified is kept.
        self.verify(&headers, &bytes)?;
        serde_json::from_slice(&bytes).map_err(|e| SyncError::BadPage(e.to_string()))
    }
}
