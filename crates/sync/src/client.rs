//! The portal's HTTP API, one request at a time: token endpoints, signed
//! data pages (verified against the pinned key before anything reads them),
//! and writes with an idempotency key.

use crate::auth::{percent_encode, Pkce, Tokens};
use crate::clock::Clock;
use crate::profile::{self, check_url, PortalProfile};
use crate::SyncError;
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::official::Category;
use hagukumi_store::official::{parse_issued_at, PageEnvelope, SignedPage};
use reqwest::blocking::{Client, Response};
use reqwest::header::{HeaderMap, ETAG, IF_NONE_MATCH, RETRY_AFTER};
use reqwest::StatusCode;
use serde::Deserialize;
use std::time::Duration;

/// Header carrying the base64 Ed25519 signature of the exact body bytes.
pub const SIGNATURE_HEADER: &str = "x-hagukumi-signature";
/// Header naming the key that made the signature.
pub const KEY_ID_HEADER: &str = "x-hagukumi-key-id";

pub use hagukumi_store::official::PinnedKey;

pub use crate::sample::{SAMPLE_KEY_ID, SAMPLE_PUBLIC_KEY};

/// Header of a `304` carrying when it was issued; its signature covers it.
pub const ISSUED_AT_HEADER: &str = "x-hagukumi-issued-at";

/// The largest body the client reads (a page, a token answer, a write's
/// answer); a larger one is refused before it is read whole.
pub const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;

/// Installs ring as rustls' crypto provider, once per process.
fn install_crypto() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Another part of the process may have installed one already: fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

/// A page of a category, verified: signed by the pinned key, and an answer
/// to this very request (account, category, cursor).
#[derive(Debug, Clone)]
pub struct FetchedPage {
    /// The items, each as the JSON the portal signed.
    pub items: Vec<serde_json::Value>,
    pub next_cursor: String,
    pub complete: bool,
    pub etag: Option<String>,
    /// When the portal signed it.
    pub issued_at: NaiveDateTime,
    /// The page exactly as signed (kept with its items).
    pub signed: SignedPage,
    /// Bytes received (for the benchmark).
    pub bytes: usize,
}

/// What a page request asks for, and what its signed answer must say.
#[derive(Debug, Clone, Copy)]
pub struct PageRequest<'a> {
    /// The path after the portal's address, e.g. `/v1/children`.
    pub path: &'a str,
    /// The access token (none for public catalogues).
    pub bearer: Option<&'a str>,
    /// The account the page must be signed for.
    pub account: &'a str,
    /// The category the page must name.
    pub category: &'a str,
    pub cursor: Option<&'a str>,
    pub etag: Option<&'a str>,
    pub limit: u32,
}

/// The answer to a conditional page request.
#[derive(Debug, Clone)]
pub enum Fetched {
    /// Unchanged: a signed `304` for this request, issued then.
    NotModified {
        issued_at: NaiveDateTime,
    },
    Page(FetchedPage),
}

#[derive(Deserialize)]
struct TokenBody {
    access_token: String,
    refresh_token: String,
    expires_in: u64,
    #[serde(default)]
    scope: String,
    /// The portal's account the consent is for (pages are bound to it).
    account: String,
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
    client_id: String,
    key: PinnedKey,
    http: Client,
    /// Token expiry and `Retry-After` dates are read by it.
    clock: Clock,
}

/// Reads a body, at most [`MAX_BODY_BYTES`]: a larger one (by its
/// `Content-Length`, or as it arrives) is refused without reading it whole.
pub(crate) fn read_capped(resp: Response) -> Result<Vec<u8>, SyncError> {
    use std::io::Read;
    if resp
        .content_length()
        .is_some_and(|n| n > MAX_BODY_BYTES as u64)
    {
        return Err(SyncError::TooLarge);
    }
    let mut body = Vec::new();
    resp.take(MAX_BODY_BYTES as u64 + 1)
        .read_to_end(&mut body)
        .map_err(|_| SyncError::Interrupted)?;
    if body.len() > MAX_BODY_BYTES {
        return Err(SyncError::TooLarge);
    }
    Ok(body)
}

/// A JSON body read within the cap.
fn read_json<T: serde::de::DeserializeOwned>(resp: Response) -> Result<T, SyncError> {
    let body = read_capped(resp)?;
    serde_json::from_slice(&body).map_err(|e| SyncError::BadPage(e.to_string()))
}

fn header<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn retry_after(headers: &HeaderMap, clock: Clock) -> Option<Duration> {
    let v = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(
        when.duration_since(clock.system_time())
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
    /// A client for the portal of `profile`, trusting only pages signed by
    /// its key, reading the time from `clock`. Refuses an address that is
    /// not https (loopback aside).
    pub fn new(profile: &PortalProfile, clock: Clock) -> Result<Portal, SyncError> {
        check_url(&profile.url)?;
        install_crypto();
        let http = Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(60))
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("hagukumi/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|_| SyncError::Offline)?;
        Ok(Portal {
            base: profile.url.trim_end_matches('/').to_owned(),
            client_id: profile.client_id.clone(),
            key: profile.key.clone(),
            http,
            clock,
        })
    }

    /// The portal to talk to ([`profile::choose`]): the reference portal's
    /// when asked for, else the configured one; at the address `asked`
    /// for, else the one the handbook is `connected` to, else the
    /// profile's own.
    pub fn choose(
        reference: bool,
        asked: Option<String>,
        connected: Option<String>,
        clock: Clock,
    ) -> Result<Portal, SyncError> {
        Portal::new(&profile::choose(reference, asked, connected)?, clock)
    }

    /// The HTTP client (for the other modules' requests).
    pub(crate) fn http(&self) -> &Client {
        &self.http
    }

    /// The clock the portal's client reads the time by.
    pub fn clock(&self) -> Clock {
        self.clock
    }

    /// The address the parent opens in their browser to consent.
    pub fn authorize_url(&self, redirect_uri: &str, scopes: &[&str], pkce: &Pkce) -> String {
        format!(
            "{}/oauth/authorize?response_type=code&client_id={}&redirect_uri={}&scope={}&state={}&code_challenge={}&code_challenge_method=S256",
            self.base,
            percent_encode(&self.client_id),
            percent_encode(redirect_uri),
            percent_encode(&scopes.join(" ")),
            percent_encode(&pkce.state),
            percent_encode(&pkce.challenge),
        )
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// The app's OAuth client id at this portal.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// An error answer's meaning.
    pub(crate) fn failure(&self, resp: Response, category: Option<Category>) -> SyncError {
        let status = resp.status();
        let wait = retry_after(resp.headers(), self.clock);
        let body: ErrorBody = read_json(resp).unwrap_or_default();
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
            let body: ErrorBody = read_json(resp).unwrap_or_default();
            return Err(if body.error == "invalid_grant" {
                SyncError::ConsentExpired
            } else {
                SyncError::TokenRefused(body.error)
            });
        }
        if !resp.status().is_success() {
            return Err(self.failure(resp, None));
        }
        let t: TokenBody = read_json(resp)?;
        if t.account.is_empty() {
            return Err(SyncError::BadPage("the portal named no account".into()));
        }
        Ok(Tokens {
            access_token: t.access_token,
            refresh_token: t.refresh_token,
            // A portal's answer, not trusted to fit: at most a day.
            expires_at: self
                .clock
                .unix_secs()
                .saturating_add(t.expires_in.min(86_400)),
            scope: t.scope,
            portal: portal.to_owned(),
            account: t.account,
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
                ("client_id", &self.client_id),
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
                ("client_id", &self.client_id),
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
            Err(self.failure(resp, None))
        }
    }

    /// One page of `category` from `cursor` for `account`; with `etag`, a
    /// signed 304 means the page did not change. A body larger than
    /// [`MAX_BODY_BYTES`] is refused before it is read whole; the body is
    /// verified against the pinned key before it is parsed, then must
    /// answer exactly this request: this account, category and cursor.
    pub fn fetch_page(
        &self,
        access_token: &str,
        account: &str,
        category: Category,
        cursor: Option<&str>,
        etag: Option<&str>,
        limit: u32,
    ) -> Result<Fetched, SyncError> {
        let path = format!("/v1/{}", category.as_str());
        let request = PageRequest {
            path: &path,
            bearer: Some(access_token),
            account,
            category: category.as_str(),
            cursor,
            etag,
            limit,
        };
        self.fetch_signed_page(request).map_err(|e| match e {
            SyncError::NotConsented(_) => SyncError::NotConsented(category.as_str().into()),
            other => other,
        })
    }

    /// One signed page at `path` (a data category, or a municipality's
    /// public catalogue without a token), verified like [`Portal::fetch_page`]:
    /// signed by the pinned key, for this account, category and cursor.
    pub fn fetch_signed_page(&self, request: PageRequest<'_>) -> Result<Fetched, SyncError> {
        let PageRequest {
            path,
            bearer,
            account,
            category,
            cursor,
            etag,
            limit,
        } = request;
        let mut url = format!("{}{path}?limit={limit}", self.base);
        if let Some(c) = cursor {
            url.push_str("&cursor=");
            url.push_str(&percent_encode(c));
        }
        let mut req = self.http.get(url);
        if let Some(token) = bearer {
            req = req.bearer_auth(token);
        }
        if let Some(e) = etag {
            req = req.header(IF_NONE_MATCH, e);
        }
        let resp = req.send().map_err(transport)?;
        let cursor = cursor.unwrap_or("");
        if resp.status() == StatusCode::NOT_MODIFIED {
            // Only an answer to a conditional request, signed for it.
            let (Some(etag), Some(issued)) = (etag, header(resp.headers(), ISSUED_AT_HEADER))
            else {
                return Err(SyncError::Unsigned);
            };
            let message = format!(
                "hagukumi-not-modified/v1\n{account}\n{category}\n{cursor}\n{etag}\n{issued}"
            );
            self.verify(resp.headers(), message.as_bytes())?;
            let issued_at =
                parse_issued_at(issued).ok_or_else(|| SyncError::BadPage("issued_at".into()))?;
            return Ok(Fetched::NotModified { issued_at });
        }
        if resp.status() != StatusCode::OK {
            return Err(self.failure(resp, None));
        }
        let headers = resp.headers().clone();
        let body = read_capped(resp)?;
        let (key_id, signature) = self.verify(&headers, &body)?;
        let page = PageEnvelope::parse(&body).map_err(SyncError::BadPage)?;
        if page.account != account {
            return Err(SyncError::OtherAccount);
        }
        if page.category != category || page.cursor != cursor {
            return Err(SyncError::OtherRequest);
        }
        let issued_at = parse_issued_at(&page.issued_at)
            .ok_or_else(|| SyncError::BadPage("issued_at".into()))?;
        let bytes = body.len();
        let body = String::from_utf8(body).map_err(|e| SyncError::BadPage(e.to_string()))?;
        Ok(Fetched::Page(FetchedPage {
            items: page.items,
            next_cursor: page.next_cursor,
            complete: page.complete,
            etag: header(&headers, ETAG.as_str()).map(str::to_owned),
            issued_at,
            signed: SignedPage {
                key_id,
                signature,
                body,
            },
            bytes,
        }))
    }

    /// Checks a signature of `message` with the pinned key; the key id and
    /// signature as sent.
    pub(crate) fn verify(
        &self,
        headers: &HeaderMap,
        message: &[u8],
    ) -> Result<(String, String), SyncError> {
        let (Some(sig), Some(key_id)) = (
            header(headers, SIGNATURE_HEADER),
            header(headers, KEY_ID_HEADER),
        ) else {
            return Err(SyncError::Unsigned);
        };
        if self.key.verifies(key_id, message, sig) {
            Ok((key_id.to_owned(), sig.trim().to_owned()))
        } else {
            Err(SyncError::BadSignature)
        }
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
            return Err(self.failure(resp, None));
        }
        let headers = resp.headers().clone();
        let bytes = read_capped(resp)?;
        // The portal signs its answer like a page; nothing unverified is kept.
        self.verify(&headers, &bytes)?;
        serde_json::from_slice(&bytes).map_err(|e| SyncError::BadPage(e.to_string()))
    }
}
