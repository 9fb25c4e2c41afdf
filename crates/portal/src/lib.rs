// tidy: over budget because OAuth, the My Number guard, pages and signing, faults and serving in one file; #11 splits it by job.
//! Hagukumi's reference portal server.
//!
//! A stand-in for Mynaportal's PMH情報連携API, for developing and testing the
//! sync client: OAuth 2.0 authorization code + PKCE (S256), per-category
//! consent, incremental signed pages with strong ETags, and fault injection.
//! It serves only the clearly labelled SAMPLE families in `sample/*.json`
//! (and, on request, a synthetic bulk family) and never takes or returns an
//! individual number (マイナンバー). It also receives pre-visit questionnaires
//! (予診票) with idempotency keys, for the sync client's outbox.
//! The API is documented in `openapi.yaml`; the faults in `README.md`.
//! Tests drive a running portal through [`PortalHandle`].

mod bulk;
mod dates;
mod questionnaire;

use std::collections::{BTreeSet, HashMap};
use std::io;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant, SystemTime};

use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Form, Router};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use ring::rand::{SecureRandom, SystemRandom};
use ring::signature::{Ed25519KeyPair, KeyPair};
use serde::Deserialize;
use serde_json::{json, Value};

pub use bulk::{bulk_family, BULK_FAMILY_ID, BULK_FIRST_BIRTH, BULK_LAST_DATE, BULK_PER_CHILD};
pub use questionnaire::{is_valid_idempotency_key, IDEMPOTENCY_KEY_LEN};

/// The data categories (pulled by the client), each a separate consent scope and endpoint.
pub const CATEGORIES: [&str; 6] = [
    "children",
    "vaccinations",
    "checkups",
    "certificates",
    "benefits",
    "notices",
];

/// Scopes that allow writing rather than pulling a category: `questionnaires`
/// (`POST /v1/questionnaires`; `GET /v1/questionnaires` lists what was received).
pub const WRITE_SCOPES: [&str; 1] = ["questionnaires"];

/// The only registered client of the sample portal.
pub const CLIENT_ID: &str = "hagukumi-app";

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

const BODY_LIMIT: usize = 64 * 1024;

/// Faults the server can inject on the data endpoints (`GET /v1/{category}`,
/// `GET` and `POST /v1/questionnaires`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Headers (and signature) are sent, then the connection is cut after half the body.
    DropMidPage,
    /// `500` with a JSON error body, unsigned.
    Status500,
    /// The response is delayed by `Config::slow_delay`.
    Slow,
    /// A complete response whose body is the first half of the page (not valid JSON);
    /// ETag and signature are computed over the bytes actually sent.
    TruncatedJson,
    /// The signature header is present but one bit of it is flipped.
    BadSignature,
    /// Neither signature nor key id header.
    NoSignature,
    /// `401 invalid_token` as if the access token had expired, whatever the token.
    ExpiredToken,
    /// The `Date` header is `CLOCK_SKEW` (3 hours) ahead of the server clock.
    ClockSkew,
    /// `429` with `Retry-After: 1` and a JSON error body, unsigned (after the token checks).
    RateLimited,
    /// `503` with `Retry-After: 1` and a JSON error body, unsigned (after the token checks).
    Unavailable,
    /// A correctly signed page padded with whitespace to [`OVERSIZED_BYTES`],
    /// streamed without `Content-Length` (pages only).
    OversizedPage,
    /// `304 Not Modified` whatever changed, without the signature headers
    /// (pages only): what a party in the middle would send to hide a change.
    Unsigned304,
}

/// Size of the body sent by the `oversized-page` fault (5 MiB: above the
/// client's 4 MiB cap).
pub const OVERSIZED_BYTES: usize = 5 * 1024 * 1024;

impl Fault {
    pub const ALL: [Fault; 12] = [
        Fault::DropMidPage,
        Fault::Status500,
        Fault::Slow,
        Fault::TruncatedJson,
        Fault::BadSignature,
        Fault::NoSignature,
        Fault::ExpiredToken,
        Fault::ClockSkew,
        Fault::RateLimited,
        Fault::Unavailable,
        Fault::OversizedPage,
        Fault::Unsigned304,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Fault::DropMidPage => "drop-mid-page",
            Fault::Status500 => "status-500",
            Fault::Slow => "slow",
            Fault::TruncatedJson => "truncated-json",
            Fault::BadSignature => "bad-signature",
            Fault::NoSignature => "no-signature",
            Fault::ExpiredToken => "expired-token",
            Fault::ClockSkew => "clock-skew",
            Fault::RateLimited => "rate-limited",
            Fault::Unavailable => "unavailable",
            Fault::OversizedPage => "oversized-page",
            Fault::Unsigned304 => "unsigned-304",
        }
    }

    pub fn parse(s: &str) -> Option<Fault> {
        Fault::ALL.into_iter().find(|f| f.as_str() == s.trim())
    }
}

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

/// One SAMPLE family: a portal user and the records the portal holds for them.
#[derive(Debug, Clone, PartialEq)]
pub struct Family {
    pub id: String,
    pub label: String,
    pub guardian_name: String,
    /// Items per category, in change order (a record's position is its sequence number).
    pub categories: HashMap<String, Vec<Value>>,
}

const SAMPLE_FILES: [(&str, &str); 3] = [
    ("family-a.json", include_str!("../sample/family-a.json")),
    ("family-b.json", include_str!("../sample/family-b.json")),
    ("family-c.json", include_str!("../sample/family-c.json")),
];

/// The embedded SAMPLE families. Every record must carry `"sample": true`.
pub fn sample_families() -> Result<Vec<Family>, String> {
    SAMPLE_FILES
        .iter()
        .map(|(name, text)| parse_family(text).map_err(|e| format!("sample/{name}: {e}")))
        .collect()
}

fn parse_family(text: &str) -> Result<Family, String> {
    let v: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let field = |k: &str| {
        v.get(k)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| format!("missing string `{k}`"))
    };
    if v.get("sample") != Some(&Value::Bool(true)) {
        return Err("the family is not marked \"sample\": true".into());
    }
    let guardian_name = v
        .pointer("/guardian/name")
        .and_then(Value::as_str)
        .ok_or("missing guardian.name")?
        .to_owned();
    let mut categories = HashMap::new();
    for cat in CATEGORIES {
        let items = v
            .get(cat)
            .and_then(Value::as_array)
            .ok_or_else(|| format!("missing array `{cat}`"))?;
        for item in items {
            if item.get("sample") != Some(&Value::Bool(true)) {
                return Err(format!("a `{cat}` record is not marked \"sample\": true"));
            }
            if item.get("id").and_then(Value::as_str).is_none() {
                return Err(format!("a `{cat}` record has no id"));
            }
        }
        categories.insert(cat.to_owned(), items.clone());
    }
    Ok(Family {
        id: field("family_id")?,
        label: field("label")?,
        guardian_name,
        categories,
    })
}

/// The development key pair (see [`DEV_KEY_SEED`]).
pub fn dev_key_pair() -> Ed25519KeyPair {
    Ed25519KeyPair::from_seed_unchecked(&DEV_KEY_SEED)
        .expect("a 32-byte seed is a valid Ed25519 seed")
}

/// The development public key (32 bytes), as published at `GET /v1/key`.
pub fn dev_public_key() -> Vec<u8> {
    dev_key_pair().public_key().as_ref().to_vec()
}

struct CodeGrant {
    family: String,
    scopes: Vec<String>,
    redirect_uri: String,
    challenge: String,
    expires: Instant,
}

struct AccessGrant {
    family: String,
    scopes: Vec<String>,
    expires: Instant,
    refresh: String,
}

struct RefreshGrant {
    family: String,
    scopes: Vec<String>,
}

#[derive(Default)]
struct AuthState {
    codes: HashMap<String, CodeGrant>,
    access: HashMap<String, AccessGrant>,
    refresh: HashMap<String, RefreshGrant>,
}

/// A questionnaire received at `POST /v1/questionnaires`, with the answer given.
struct Received {
    key: String,
    /// The request body as parsed (a repeat must be the same JSON value).
    request: Value,
    /// The questionnaire as listed by `GET /v1/questionnaires`.
    item: Value,
    /// The exact bytes of the `201` body, replayed for a repeat.
    response: Vec<u8>,
}

#[derive(Default)]
struct Outbox {
    /// Per family, in the order received.
    received: HashMap<String, Vec<Received>>,
    /// Number of the last questionnaire id given (`q-000001` …).
    last_id: usize,
}

struct Portal {
    config: Config,
    families: Mutex<Vec<Family>>,
    key: Ed25519KeyPair,
    rng: SystemRandom,
    auth: Mutex<AuthState>,
    outbox: Mutex<Outbox>,
    /// A fault for the next data requests that do not name one, and how many are left.
    fail_next: Mutex<Option<(Fault, usize)>>,
    /// Data requests seen (every answer counts, 304 and errors too).
    requests: AtomicUsize,
    /// The last pages sent (newest last), as a party in the middle would
    /// have captured them.
    sent: Mutex<std::collections::VecDeque<SentPage>>,
    /// A captured page to answer the next page request with, as is.
    replay: Mutex<Option<SentPage>>,
}

/// How many sent pages [`PortalHandle::sent_pages`] remembers.
const SENT_PAGES_KEPT: usize = 64;

/// A page exactly as the portal sent it: who asked, and the status, headers
/// and body that went out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentPage {
    pub family: String,
    pub category: String,
    /// The cursor asked for (`""`: from the start).
    pub cursor: String,
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Portal {
    fn new(config: Config) -> Portal {
        let mut families = sample_families().expect("the embedded sample data is valid");
        if let Some(n) = config.bulk {
            families.push(bulk_family(n));
        }
        Portal {
            config,
            families: Mutex::new(families),
            key: dev_key_pair(),
            rng: SystemRandom::new(),
            auth: Mutex::new(AuthState::default()),
            outbox: Mutex::new(Outbox::default()),
            fail_next: Mutex::new(None),
            requests: AtomicUsize::new(0),
            sent: Mutex::new(Default::default()),
            replay: Mutex::new(None),
        }
    }

    fn random_token(&self) -> String {
        let mut bytes = [0u8; 32];
        self.rng
            .fill(&mut bytes)
            .expect("the system random source works");
        URL_SAFE_NO_PAD.encode(bytes)
    }

    fn auth(&self) -> MutexGuard<'_, AuthState> {
        lock(&self.auth)
    }

    fn families(&self) -> MutexGuard<'_, Vec<Family>> {
        lock(&self.families)
    }

    fn outbox(&self) -> MutexGuard<'_, Outbox> {
        lock(&self.outbox)
    }

    fn has_family(&self, id: &str) -> bool {
        self.families().iter().any(|f| f.id == id)
    }
}

/// The vaccines of `assets/schedules/vaccines-jp.json` and the dose numbers of
/// each (over all of its series).
pub(crate) fn known_vaccines() -> &'static HashMap<String, BTreeSet<u8>> {
    static KNOWN: OnceLock<HashMap<String, BTreeSet<u8>>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let schedule: Value =
            serde_json::from_str(include_str!("../../../assets/schedules/vaccines-jp.json"))
                .expect("assets/schedules/vaccines-jp.json is JSON");
        let mut known = HashMap::new();
        for vaccine in schedule["vaccines"].as_array().into_iter().flatten() {
            let Some(id) = vaccine["id"].as_str() else {
                continue;
            };
            let doses: BTreeSet<u8> = vaccine["series"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|series| series["doses"].as_array())
                .flatten()
                .filter_map(|dose| dose["dose"].as_u64())
                .filter_map(|dose| u8::try_from(dose).ok())
                .collect();
            known.insert(id.to_owned(), doses);
        }
        known
    })
}

fn routes(portal: Arc<Portal>) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/openapi.yaml", get(openapi))
        .route("/v1/key", get(public_key))
        .route(
            "/v1/questionnaires",
            get(questionnaire_page).post(submit_questionnaire),
        )
        .route("/v1/{category}", get(page))
        .route("/oauth/authorize", get(authorize_get).post(authorize_post))
        .route("/oauth/token", axum::routing::post(token))
        .route("/oauth/revoke", axum::routing::post(revoke))
        .layer(middleware::from_fn(refuse_my_number))
        .with_state(portal)
}

/// The portal's routes, with the given settings.
pub fn router(config: Config) -> Router {
    routes(Arc::new(Portal::new(config)))
}

/// Serves on `listener` until the process ends.
pub async fn serve(listener: tokio::net::TcpListener, config: Config) -> io::Result<()> {
    axum::serve(listener, router(config)).await
}

/// Binds `addr` (use port 0 for any free port) and serves on a background
/// thread with its own runtime; returns the bound address. For tests; see
/// [`spawn_with_handle`] to also control the running portal.
pub fn spawn(addr: SocketAddr, config: Config) -> io::Result<SocketAddr> {
    spawn_with_handle(addr, config).map(|handle| handle.addr())
}

/// Like [`spawn`], and returns a handle on the running portal: its address,
/// run-time data changes, scheduled faults, counters and what it received.
/// The portal keeps serving until the process ends (dropping the handle does
/// not stop it).
pub fn spawn_with_handle(addr: SocketAddr, config: Config) -> io::Result<PortalHandle> {
    let listener = std::net::TcpListener::bind(addr)?;
    listener.set_nonblocking(true)?;
    let bound = listener.local_addr()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let portal = Arc::new(Portal::new(config));
    let app = routes(Arc::clone(&portal));
    std::thread::Builder::new()
        .name(format!("hagukumi-portal {bound}"))
        .spawn(move || {
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener)?;
                axum::serve(listener, app).await
            })
        })?;
    Ok(PortalHandle {
        addr: bound,
        portal,
    })
}

/// Controls a portal started by [`spawn_with_handle`] (cheap to clone).
#[derive(Clone)]
pub struct PortalHandle {
    addr: SocketAddr,
    portal: Arc<Portal>,
}

impl std::fmt::Debug for PortalHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PortalHandle")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl PortalHandle {
    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Appends `item` to the end of a family's `category` (one of
    /// [`CATEGORIES`]), as if the portal had received a new record: the next
    /// pull from a stored cursor gets it, and the last page's ETag changes.
    /// The item must be a JSON object with a string `id` not yet used in the
    /// category and `"sample": true`, and must not hold anything like an
    /// individual number.
    pub fn append(&self, family_id: &str, category: &str, item: Value) -> Result<(), String> {
        let mut families = self.portal.families();
        let Some(family) = families.iter_mut().find(|f| f.id == family_id) else {
            return Err(format!("unknown family `{family_id}`"));
        };
        self.append_unlocked(family, category, item)
    }

    fn append_unlocked(
        &self,
        family: &mut Family,
        category: &str,
        item: Value,
    ) -> Result<(), String> {
        if !CATEGORIES.contains(&category) {
            return Err(format!("unknown category `{category}`"));
        }
        let Some(id) = item.get("id").and_then(Value::as_str) else {
            return Err("the item needs a string `id`".into());
        };
        if id.is_empty() {
            return Err("the item's `id` is empty".into());
        }
        if item.get("sample") != Some(&Value::Bool(true)) {
            return Err("the item is not marked \"sample\": true".into());
        }
        if let Some(what) = individual_number_in(&item) {
            return Err(format!("the item holds {what}"));
        }
        let items = family.categories.entry(category.to_owned()).or_default();
        if items
            .iter()
            .any(|i| i.get("id").and_then(Value::as_str) == Some(id))
        {
            return Err(format!("`{category}` already has an item `{id}`"));
        }
        items.push(item);
        Ok(())
    }

    /// The next `times` data requests that do not carry `X-Hagukumi-Fault`
    /// get `fault` (the header still wins, and a request carrying it does not
    /// use one up). Replaces what was scheduled before; `times == 0` clears it.
    pub fn fail_next(&self, fault: Fault, times: usize) {
        *lock(&self.portal.fail_next) = (times > 0).then_some((fault, times));
    }

    /// How many scheduled faults ([`PortalHandle::fail_next`]) are left.
    pub fn faults_pending(&self) -> usize {
        lock(&self.portal.fail_next).map_or(0, |(_, n)| n)
    }

    /// Data requests received so far (`GET /v1/{category}`, `GET` and
    /// `POST /v1/questionnaires`), whatever their answer; not the OAuth or
    /// meta endpoints, nor requests refused by the My Number guard.
    pub fn request_count(&self) -> usize {
        self.portal.requests.load(Ordering::SeqCst)
    }

    /// Replaces a family's item of `category` with the same `id` by `item`,
    /// as if the portal had corrected the record: it moves to the end of
    /// the change order, so the next pull brings it again (same checks as
    /// [`PortalHandle::append`]).
    pub fn correct(&self, family_id: &str, category: &str, item: Value) -> Result<(), String> {
        let Some(id) = item.get("id").and_then(Value::as_str).map(str::to_owned) else {
            return Err("the item needs a string `id`".into());
        };
        {
            let mut families = self.portal.families();
            let Some(family) = families.iter_mut().find(|f| f.id == family_id) else {
                return Err(format!("unknown family `{family_id}`"));
            };
            let items = family.categories.entry(category.to_owned()).or_default();
            let Some(at) = items
                .iter()
                .position(|i| i.get("id").and_then(Value::as_str) == Some(id.as_str()))
            else {
                return Err(format!("`{category}` has no item `{id}`"));
            };
            let old = items.remove(at);
            if let Err(e) = self.append_unlocked(family, category, item) {
                family
                    .categories
                    .entry(category.to_owned())
                    .or_default()
                    .insert(at, old);
                return Err(e);
            }
        }
        Ok(())
    }

    /// The last pages the portal sent (up to 64, oldest first), exactly as
    /// sent: what a party in the middle could have captured.
    pub fn sent_pages(&self) -> Vec<SentPage> {
        lock(&self.portal.sent).iter().cloned().collect()
    }

    /// The next request for a page of `page`'s category
    /// (`GET /v1/{category}`) is answered with `page` exactly as it was
    /// sent before, whoever asks and whatever for: a replay by a party in
    /// the middle.
    pub fn replay_next(&self, page: SentPage) {
        *lock(&self.portal.replay) = Some(page);
    }

    /// The questionnaires a family sent, once each, in the order received
    /// (as `GET /v1/questionnaires` lists them).
    pub fn questionnaires(&self, family_id: &str) -> Vec<Value> {
        self.portal
            .outbox()
            .received
            .get(family_id)
            .map(|r| r.iter().map(|q| q.item.clone()).collect())
            .unwrap_or_default()
    }
}

/// Where a JSON value holds a field named like an individual number or a
/// string shaped like one.
fn individual_number_in(v: &Value) -> Option<String> {
    match v {
        Value::Object(map) => map.iter().find_map(|(k, v)| {
            if is_individual_number_name(k) || has_individual_number_shape(k) {
                Some(format!("a field `{k}`"))
            } else {
                individual_number_in(v)
            }
        }),
        Value::Array(items) => items.iter().find_map(individual_number_in),
        Value::String(s) if has_individual_number_shape(s) => {
            Some("a value shaped like an individual number".into())
        }
        Value::Number(n) if has_individual_number_shape(&n.to_string()) => {
            Some("a number shaped like an individual number".into())
        }
        _ => None,
    }
}

// ---------------------------------------------------------------- responses

fn json_response(status: StatusCode, value: &Value) -> Response {
    let body = serde_json::to_vec(value).expect("a Value serialises");
    (
        status,
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

fn error(status: StatusCode, code: &str, description: &str) -> Response {
    json_response(
        status,
        &json!({ "error": code, "error_description": description }),
    )
}

fn bearer_error(status: StatusCode, code: &str, description: &str) -> Response {
    let mut resp = error(status, code, description);
    let challenge = format!(
        "Bearer realm=\"hagukumi-sample-portal\", error=\"{code}\", error_description=\"{description}\""
    );
    if let Ok(v) = HeaderValue::from_str(&challenge) {
        resp.headers_mut().insert(header::WWW_AUTHENTICATE, v);
    }
    resp
}

async fn index() -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "Hagukumi reference portal (SAMPLE DATA ONLY, development signing key).\n\
         API: /openapi.yaml · key: /v1/key · data: /v1/{category}\n",
    )
        .into_response()
}

async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/yaml; charset=utf-8")],
        include_str!("../openapi.yaml"),
    )
        .into_response()
}

async fn public_key(State(portal): State<Arc<Portal>>) -> Response {
    json_response(
        StatusCode::OK,
        &json!({
            "key_id": KEY_ID,
            "algorithm": "Ed25519",
            "public_key": STANDARD.encode(portal.key.public_key().as_ref()),
            "development_key": true,
            "note": "Development key of the SAMPLE portal, derived from a fixed public seed. Pin it for development only.",
        }),
    )
}

// ---------------------------------------------------------------- My Number guard

/// True when `s` holds a run of exactly 12 digits (optionally grouped by single
/// `-` or space separators) not adjacent to other digits: the shape of an
/// individual number.
pub fn has_individual_number_shape(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut digits = 0;
        while i < chars.len() {
            if chars[i].is_ascii_digit() {
                digits += 1;
                i += 1;
            } else if (chars[i] == '-' || chars[i] == ' ')
                && chars.get(i + 1).is_some_and(char::is_ascii_digit)
            {
                i += 1;
            } else {
                break;
            }
        }
        if digits == 12 {
            return true;
        }
    }
    false
}

/// True when a field name asks for an individual number.
pub fn is_individual_number_name(name: &str) -> bool {
    let n: String = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    [
        "mynumber",
        "individualnumber",
        "kojinbango",
        "kojinbangou",
        "マイナンバー",
        "個人番号",
    ]
    .iter()
    .any(|k| n.contains(k))
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn urlencoded_refused(s: &str) -> bool {
    s.split('&').any(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let (k, v) = (percent_decode(k), percent_decode(v));
        is_individual_number_name(&k)
            || has_individual_number_shape(&k)
            || has_individual_number_shape(&v)
    })
}

fn refused() -> Response {
    error(
        StatusCode::BAD_REQUEST,
        "my_number_refused",
        "This portal never accepts an individual number (My Number).",
    )
}

async fn refuse_my_number(req: Request, next: Next) -> Response {
    if req.uri().query().is_some_and(urlencoded_refused)
        || has_individual_number_shape(&percent_decode(req.uri().path()))
    {
        return refused();
    }
    for (name, value) in req.headers() {
        if is_individual_number_name(name.as_str())
            || has_individual_number_shape(&String::from_utf8_lossy(value.as_bytes()))
        {
            return refused();
        }
    }
    let (parts, body) = req.into_parts();
    let bytes = match axum::body::to_bytes(body, BODY_LIMIT).await {
        Ok(b) => b,
        Err(_) => {
            return error(
                StatusCode::PAYLOAD_TOO_LARGE,
                "invalid_request",
                "body too large",
            )
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    if urlencoded_refused(&text) || has_individual_number_shape(&text) {
        return refused();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

// ---------------------------------------------------------------- OAuth

#[derive(Deserialize, Default)]
struct AuthorizeParams {
    response_type: Option<String>,
    client_id: Option<String>,
    redirect_uri: Option<String>,
    scope: Option<String>,
    state: Option<String>,
    code_challenge: Option<String>,
    code_challenge_method: Option<String>,
    /// Which SAMPLE family "logs in" (the sample portal has no passwords).
    family: Option<String>,
    /// `yes` approves (auto-approve when given to GET), `no` denies.
    approve: Option<String>,
}

fn loopback_or_app_uri(uri: &str) -> bool {
    if uri.starts_with("hagukumi://") {
        return true;
    }
    ["http://127.0.0.1", "http://localhost", "http://[::1]"]
        .iter()
        .any(|p| {
            uri.strip_prefix(p).is_some_and(|rest| {
                rest.is_empty() || rest.starts_with(':') || rest.starts_with('/')
            })
        })
}

fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn redirect(uri: &str, params: &[(&str, &str)]) -> Response {
    let sep = if uri.contains('?') { '&' } else { '?' };
    let query: Vec<String> = params
        .iter()
        .map(|(k, v)| format!("{k}={}", percent_encode(v)))
        .collect();
    let location = format!("{uri}{sep}{}", query.join("&"));
    match HeaderValue::from_str(&location) {
        Ok(v) => (StatusCode::FOUND, [(header::LOCATION, v)]).into_response(),
        Err(_) => error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "bad redirect_uri",
        ),
    }
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// What a scope lets the app do, as the consent page says it; `None` for an unknown scope.
fn scope_description(scope: &str) -> Option<&'static str> {
    Some(match scope {
        "children" => "子どもの基本情報の取得",
        "vaccinations" => "予防接種の記録の取得",
        "checkups" => "妊婦健診・産後健診・乳幼児健診の結果の取得",
        "certificates" => "医療費助成の受給者証の取得",
        "benefits" => "給付の申請と状況の取得",
        "notices" => "自治体からのお知らせの取得",
        "questionnaires" => "予診票の送信（書き込み）と送信済み予診票の取得",
        _ => return None,
    })
}

fn parse_scopes(scope: &str) -> Option<Vec<String>> {
    let scopes: Vec<String> = scope.split_whitespace().map(str::to_owned).collect();
    if scopes.is_empty() || scopes.iter().any(|s| scope_description(s).is_none()) {
        return None;
    }
    let mut unique = Vec::new();
    for s in scopes {
        if !unique.contains(&s) {
            unique.push(s);
        }
    }
    Some(unique)
}

async fn authorize_get(
    State(portal): State<Arc<Portal>>,
    Query(p): Query<AuthorizeParams>,
) -> Response {
    authorize(&portal, p, false)
}

async fn authorize_post(
    State(portal): State<Arc<Portal>>,
    Form(p): Form<AuthorizeParams>,
) -> Response {
    authorize(&portal, p, true)
}

fn authorize(portal: &Portal, p: AuthorizeParams, submitted: bool) -> Response {
    // Errors about the client or redirect URI are shown, never redirected (RFC 6749 §4.1.2.1).
    if p.client_id.as_deref() != Some(CLIENT_ID) {
        return error(
            StatusCode::BAD_REQUEST,
            "invalid_client",
            "unknown client_id",
        );
    }
    let Some(redirect_uri) = p.redirect_uri.clone().filter(|u| loopback_or_app_uri(u)) else {
        return error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "redirect_uri must be a loopback http URI or hagukumi://",
        );
    };
    let state = p.state.clone().unwrap_or_default();
    let fail = |code: &str| {
        let mut params = vec![("error", code)];
        if !state.is_empty() {
            params.push(("state", state.as_str()));
        }
        redirect(&redirect_uri, &params)
    };
    if p.response_type.as_deref() != Some("code") {
        return fail("unsupported_response_type");
    }
    let challenge = p.code_challenge.clone().unwrap_or_default();
    if p.code_challenge_method.as_deref() != Some("S256")
        || challenge.len() != 43
        || URL_SAFE_NO_PAD.decode(&challenge).is_err()
    {
        return fail("invalid_request");
    }
    let Some(scopes) = p.scope.as_deref().and_then(parse_scopes) else {
        return fail("invalid_scope");
    };
    match p.approve.as_deref() {
        Some("no") => fail("access_denied"),
        Some("yes") => {
            let family = p.family.clone().unwrap_or_default();
            if !portal.has_family(&family) {
                return fail("access_denied");
            }
            let code = portal.random_token();
            portal.auth().codes.insert(
                code.clone(),
                CodeGrant {
                    family,
                    scopes,
                    redirect_uri: redirect_uri.clone(),
                    challenge,
                    expires: Instant::now() + portal.config.code_ttl,
                },
            );
            let mut params = vec![("code", code.as_str())];
            if !state.is_empty() {
                params.push(("state", state.as_str()));
            }
            redirect(&redirect_uri, &params)
        }
        _ if submitted => fail("invalid_request"),
        _ => consent_page(portal, &p, &scopes),
    }
}

fn consent_page(portal: &Portal, p: &AuthorizeParams, scopes: &[String]) -> Response {
    let hidden = |name: &str, value: &Option<String>| {
        format!(
            "<input type=\"hidden\" name=\"{name}\" value=\"{}\">",
            html_escape(value.as_deref().unwrap_or(""))
        )
    };
    let families: String = portal
        .families()
        .iter()
        .map(|f| {
            format!(
                "<option value=\"{}\">{}（{}）</option>",
                html_escape(&f.id),
                html_escape(&f.guardian_name),
                html_escape(&f.label)
            )
        })
        .collect();
    let items: String = scopes
        .iter()
        .map(|s| {
            format!(
                "<li>{}（<code>{}</code>）</li>",
                scope_description(s).unwrap_or_default(),
                html_escape(s)
            )
        })
        .collect();
    let html = format!(
        "<!doctype html><html lang=\"ja\"><meta charset=\"utf-8\"><title>サンプルポータル 同意</title>\
         <h1>はぐくみ サンプルポータル（開発用・架空データ）</h1>\
         <p>アプリ「{client}」が次の操作への同意を求めています：</p><ul>{items}</ul>\
         <form method=\"post\" action=\"/oauth/authorize\">{h1}{h2}{h3}{h4}{h5}{h6}{h7}\
         <label>サンプル利用者 <select name=\"family\">{families}</select></label>\
         <button name=\"approve\" value=\"yes\">同意する</button>\
         <button name=\"approve\" value=\"no\">同意しない</button></form></html>",
        client = html_escape(CLIENT_ID),
        h1 = hidden("response_type", &p.response_type),
        h2 = hidden("client_id", &p.client_id),
        h3 = hidden("redirect_uri", &p.redirect_uri),
        h4 = hidden("scope", &p.scope),
        h5 = hidden("state", &p.state),
        h6 = hidden("code_challenge", &p.code_challenge),
        h7 = hidden("code_challenge_method", &p.code_challenge_method),
    );
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
}

#[derive(Deserialize)]
struct TokenParams {
    grant_type: Option<String>,
    code: Option<String>,
    redirect_uri: Option<String>,
    client_id: Option<String>,
    code_verifier: Option<String>,
    refresh_token: Option<String>,
}

fn pkce_matches(verifier: &str, challenge: &str) -> bool {
    let well_formed = (43..=128).contains(&verifier.len())
        && verifier
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'));
    if !well_formed {
        return false;
    }
    let digest = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
    let computed = URL_SAFE_NO_PAD.encode(digest.as_ref());
    computed.len() == challenge.len()
        && computed
            .bytes()
            .zip(challenge.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

fn issue_tokens(
    portal: &Portal,
    auth: &mut AuthState,
    family: String,
    scopes: Vec<String>,
) -> Response {
    let access = portal.random_token();
    let refresh = portal.random_token();
    let scope = scopes.join(" ");
    let account = family.clone();
    auth.access.insert(
        access.clone(),
        AccessGrant {
            family: family.clone(),
            scopes: scopes.clone(),
            expires: Instant::now() + portal.config.access_ttl,
            refresh: refresh.clone(),
        },
    );
    auth.refresh
        .insert(refresh.clone(), RefreshGrant { family, scopes });
    json_response(
        StatusCode::OK,
        &json!({
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": portal.config.access_ttl.as_secs(),
            "refresh_token": refresh,
            "scope": scope,
            "account": account,
        }),
    )
}

async fn token(State(portal): State<Arc<Portal>>, Form(p): Form<TokenParams>) -> Response {
    if p.client_id.as_deref() != Some(CLIENT_ID) {
        return error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "unknown client_id",
        );
    }
    let mut auth = portal.auth();
    match p.grant_type.as_deref() {
        Some("authorization_code") => {
            // A code is single use: it is removed whether or not the exchange succeeds.
            let Some(grant) = p.code.as_deref().and_then(|c| auth.codes.remove(c)) else {
                return error(
                    StatusCode::BAD_REQUEST,
                    "invalid_grant",
                    "unknown or used code",
                );
            };
            if grant.expires < Instant::now() {
                return error(StatusCode::BAD_REQUEST, "invalid_grant", "the code expired");
            }
            if p.redirect_uri.as_deref() != Some(grant.redirect_uri.as_str()) {
                return error(
                    StatusCode::BAD_REQUEST,
                    "invalid_grant",
                    "redirect_uri mismatch",
                );
            }
            if !pkce_matches(p.code_verifier.as_deref().unwrap_or(""), &grant.challenge) {
                return error(
                    StatusCode::BAD_REQUEST,
                    "invalid_grant",
                    "PKCE verification failed",
                );
            }
            issue_tokens(&portal, &mut auth, grant.family, grant.scopes)
        }
        Some("refresh_token") => {
            // Refresh tokens rotate: the old one and its access tokens stop working.
            let Some(old) = p.refresh_token.as_deref() else {
                return error(
                    StatusCode::BAD_REQUEST,
                    "invalid_request",
                    "refresh_token missing",
                );
            };
            let Some(grant) = auth.refresh.remove(old) else {
                return error(
                    StatusCode::BAD_REQUEST,
                    "invalid_grant",
                    "unknown refresh token",
                );
            };
            auth.access.retain(|_, a| a.refresh != old);
            issue_tokens(&portal, &mut auth, grant.family, grant.scopes)
        }
        _ => error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            "grant_type must be authorization_code or refresh_token",
        ),
    }
}

#[derive(Deserialize)]
struct RevokeParams {
    token: Option<String>,
}

async fn revoke(State(portal): State<Arc<Portal>>, Form(p): Form<RevokeParams>) -> Response {
    let Some(token) = p.token else {
        return error(StatusCode::BAD_REQUEST, "invalid_request", "token missing");
    };
    let mut auth = portal.auth();
    auth.access.remove(&token);
    if auth.refresh.remove(&token).is_some() {
        auth.access.retain(|_, a| a.refresh != token);
    }
    // RFC 7009: 200 whether or not the token was known.
    StatusCode::OK.into_response()
}

// ---------------------------------------------------------------- data pages

#[derive(Deserialize)]
struct PageParams {
    cursor: Option<String>,
    limit: Option<String>,
}

fn encode_cursor(category: &str, seq: usize) -> String {
    URL_SAFE_NO_PAD.encode(format!("v1:{category}:{seq}"))
}

fn decode_cursor(category: &str, cursor: &str) -> Option<usize> {
    let raw = String::from_utf8(URL_SAFE_NO_PAD.decode(cursor).ok()?).ok()?;
    let rest = raw
        .strip_prefix("v1:")?
        .strip_prefix(category)?
        .strip_prefix(':')?;
    rest.parse().ok()
}

fn strong_etag(body: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, body);
    // base64url rather than hex: hex would often contain a 12-digit run, which
    // the My Number guard refuses when the client echoes it in If-None-Match.
    format!("\"{}\"", URL_SAFE_NO_PAD.encode(&digest.as_ref()[..18]))
}

fn if_none_match(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|t| {
            let t = t.trim();
            t == "*" || t == etag
        })
}

/// Counts a data request and decides its fault: the `X-Hagukumi-Fault`
/// header, else one scheduled by [`PortalHandle::fail_next`], else `--fault`.
/// `Err` when the header names an unknown fault.
fn begin_data_request(portal: &Portal, headers: &HeaderMap) -> Result<Option<Fault>, ()> {
    portal.requests.fetch_add(1, Ordering::SeqCst);
    if let Some(v) = headers.get(FAULT_HEADER) {
        return v.to_str().ok().and_then(Fault::parse).map(Some).ok_or(());
    }
    let mut scheduled = lock(&portal.fail_next);
    if let Some((fault, left)) = *scheduled {
        *scheduled = (left > 1).then_some((fault, left - 1));
        return Ok(Some(fault));
    }
    Ok(portal.config.fault)
}

/// Runs one data request: its fault, the `slow` delay, the answer, then `clock-skew`.
async fn data_request(
    portal: &Portal,
    headers: &HeaderMap,
    answer: impl FnOnce(Option<Fault>) -> Response,
) -> Response {
    let Ok(fault) = begin_data_request(portal, headers) else {
        return error(StatusCode::BAD_REQUEST, "invalid_request", "unknown fault");
    };
    if fault == Some(Fault::Slow) {
        tokio::time::sleep(portal.config.slow_delay).await;
    }
    let mut resp = answer(fault);
    if fault == Some(Fault::ClockSkew) {
        let skewed = httpdate::fmt_http_date(SystemTime::now() + CLOCK_SKEW);
        if let Ok(v) = HeaderValue::from_str(&skewed) {
            resp.headers_mut().insert(header::DATE, v);
        }
    }
    resp
}

/// Why a data request was not authorized.
#[derive(Debug, Clone, Copy)]
enum Denied {
    /// The `expired-token` fault, or a token past its lifetime.
    Expired,
    NoToken,
    UnknownToken,
    /// The token does not hold the scope.
    Scope,
}

impl Denied {
    fn response(self) -> Response {
        match self {
            Denied::Expired => bearer_error(
                StatusCode::UNAUTHORIZED,
                "invalid_token",
                "The access token expired",
            ),
            Denied::NoToken => bearer_error(
                StatusCode::UNAUTHORIZED,
                "invalid_request",
                "Bearer token required",
            ),
            Denied::UnknownToken => bearer_error(
                StatusCode::UNAUTHORIZED,
                "invalid_token",
                "Unknown or revoked access token",
            ),
            Denied::Scope => bearer_error(
                StatusCode::FORBIDDEN,
                "insufficient_scope",
                "The user did not consent to this category",
            ),
        }
    }
}

/// The family of the request's bearer token, if the token is valid and holds `scope`.
fn authorized_family(
    portal: &Portal,
    headers: &HeaderMap,
    scope: &str,
    fault: Option<Fault>,
) -> Result<String, Denied> {
    if fault == Some(Fault::ExpiredToken) {
        return Err(Denied::Expired);
    }
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or(Denied::NoToken)?
        .trim();
    let mut auth = portal.auth();
    let grant = auth.access.get(token).ok_or(Denied::UnknownToken)?;
    if grant.expires <= Instant::now() {
        auth.access.remove(token);
        return Err(Denied::Expired);
    }
    if !grant.scopes.iter().any(|s| s == scope) {
        return Err(Denied::Scope);
    }
    Ok(grant.family.clone())
}

/// The answer of a fault that refuses the request (no effect), if `fault` is one.
fn refusal(fault: Option<Fault>) -> Option<Response> {
    let retry_later = |status: StatusCode, code: &str, description: &str| {
        let mut resp = error(status, code, description);
        resp.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECS));
        resp
    };
    match fault? {
        Fault::Status500 => Some(error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "server_error",
            "injected fault: status-500",
        )),
        Fault::RateLimited => Some(retry_later(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            "injected fault: rate-limited",
        )),
        Fault::Unavailable => Some(retry_later(
            StatusCode::SERVICE_UNAVAILABLE,
            "temporarily_unavailable",
            "injected fault: unavailable",
        )),
        _ => None,
    }
}

/// A signed JSON answer with the body faults applied (`truncated-json`,
/// `bad-signature`, `no-signature`, `drop-mid-page`); with a strong ETag of
/// the bytes sent when `with_etag`.
fn signed(
    portal: &Portal,
    status: StatusCode,
    body: Vec<u8>,
    etag: Option<&str>,
    fault: Option<Fault>,
) -> Response {
    let body = if fault == Some(Fault::TruncatedJson) {
        body[..body.len() / 2].to_vec()
    } else {
        body
    };
    let mut signature = portal.key.sign(&body).as_ref().to_vec();
    if fault == Some(Fault::BadSignature) {
        signature[0] ^= 0x01;
    }
    let mut response_headers = HeaderMap::new();
    response_headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    if let Some(etag) = etag {
        response_headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        );
        if let Ok(v) = HeaderValue::from_str(etag) {
            response_headers.insert(header::ETAG, v);
        }
    } else {
        response_headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if fault != Some(Fault::NoSignature) {
        if let Ok(v) = HeaderValue::from_str(&STANDARD.encode(&signature)) {
            response_headers.insert(SIGNATURE_HEADER, v);
        }
        response_headers.insert(KEY_ID_HEADER, HeaderValue::from_static(KEY_ID));
    }
    let body = if fault == Some(Fault::OversizedPage) {
        // Streamed in chunks, without a length: the client must stop
        // reading at its cap rather than trust a header.
        let chunks: Vec<Result<Bytes, io::Error>> = body
            .chunks(64 * 1024)
            .map(|c| Ok(Bytes::copy_from_slice(c)))
            .collect();
        Body::from_stream(futures_util::stream::iter(chunks))
    } else if fault == Some(Fault::DropMidPage) {
        use futures_util::StreamExt;
        let half = Bytes::copy_from_slice(&body[..body.len() / 2]);
        // Pause before failing so that the headers and the first half reach the
        // client; then the connection is cut (no terminating chunk).
        let cut = futures_util::stream::once(async {
            tokio::time::sleep(Duration::from_millis(50)).await;
            Err(io::Error::new(
                io::ErrorKind::ConnectionAborted,
                "injected fault: drop-mid-page",
            ))
        });
        Body::from_stream(futures_util::stream::iter([Ok::<_, io::Error>(half)]).chain(cut))
    } else {
        Body::from(body)
    };
    (status, response_headers, body).into_response()
}

async fn page(
    State(portal): State<Arc<Portal>>,
    Path(category): Path<String>,
    Query(params): Query<PageParams>,
    headers: HeaderMap,
) -> Response {
    let captured = {
        let mut replay = lock(&portal.replay);
        match replay.as_ref() {
            Some(page) if page.category == category => replay.take(),
            _ => None,
        }
    };
    if let Some(captured) = captured {
        portal.requests.fetch_add(1, Ordering::SeqCst);
        return replayed(captured);
    }
    data_request(&portal, &headers, |fault| {
        page_response(&portal, &category, &params, &headers, fault)
    })
    .await
}

/// A page sent before, exactly as it went out.
fn replayed(page: SentPage) -> Response {
    let mut headers = HeaderMap::new();
    for (name, value) in &page.headers {
        if let (Ok(name), Ok(value)) = (
            header::HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            headers.insert(name, value);
        }
    }
    let status = StatusCode::from_u16(page.status).unwrap_or(StatusCode::OK);
    (status, headers, page.body).into_response()
}

/// Remembers a page as sent (fault-free pages only: what a party in the
/// middle would capture and replay).
fn remember(
    portal: &Portal,
    family: &str,
    category: &str,
    cursor: &str,
    resp: &Response,
    body: &[u8],
) {
    let mut sent = lock(&portal.sent);
    if sent.len() == SENT_PAGES_KEPT {
        sent.pop_front();
    }
    sent.push_back(SentPage {
        family: family.to_owned(),
        category: category.to_owned(),
        cursor: cursor.to_owned(),
        status: resp.status().as_u16(),
        headers: resp
            .headers()
            .iter()
            .filter_map(|(k, v)| Some((k.as_str().to_owned(), v.to_str().ok()?.to_owned())))
            .collect(),
        body: body.to_vec(),
    });
}

/// The bytes a `304 Not Modified` signs: what it answers and when, one
/// per line (`hagukumi-not-modified/v1`, account, category, cursor asked
/// for, ETag, issued-at), UTF-8, no trailing newline.
pub fn not_modified_message(
    account: &str,
    category: &str,
    cursor: &str,
    etag: &str,
    issued_at: &str,
) -> Vec<u8> {
    format!("hagukumi-not-modified/v1\n{account}\n{category}\n{cursor}\n{etag}\n{issued_at}")
        .into_bytes()
}

async fn questionnaire_page(
    State(portal): State<Arc<Portal>>,
    Query(params): Query<PageParams>,
    headers: HeaderMap,
) -> Response {
    data_request(&portal, &headers, |fault| {
        page_response(&portal, "questionnaires", &params, &headers, fault)
    })
    .await
}

/// Items `after..after + limit` of a list of `total` items, the end of the
/// window and whether it reaches the end.
fn window<'a>(
    all: impl ExactSizeIterator<Item = &'a Value>,
    after: usize,
    limit: usize,
) -> (Vec<Value>, usize, bool) {
    let total = all.len();
    let start = after.min(total);
    let items: Vec<Value> = all.skip(start).take(limit).cloned().collect();
    let end = start + items.len();
    (items, end, end == total)
}

/// One page of a family's category (or of its received questionnaires).
fn page_items(
    portal: &Portal,
    family_id: &str,
    category: &str,
    after: usize,
    limit: usize,
) -> Option<(Vec<Value>, usize, bool)> {
    if WRITE_SCOPES.contains(&category) {
        let outbox = portal.outbox();
        let received = outbox
            .received
            .get(family_id)
            .map_or(&[][..], Vec::as_slice);
        return Some(window(received.iter().map(|r| &r.item), after, limit));
    }
    let families = portal.families();
    let family = families.iter().find(|f| f.id == family_id)?;
    let all = family
        .categories
        .get(category)
        .map_or(&[][..], Vec::as_slice);
    Some(window(all.iter(), after, limit))
}

fn page_response(
    portal: &Portal,
    category: &str,
    params: &PageParams,
    headers: &HeaderMap,
    fault: Option<Fault>,
) -> Response {
    if !CATEGORIES.contains(&category) && !WRITE_SCOPES.contains(&category) {
        return error(StatusCode::NOT_FOUND, "not_found", "unknown category");
    }
    let family_id = match authorized_family(portal, headers, category, fault) {
        Ok(f) => f,
        Err(denied) => return denied.response(),
    };
    if let Some(resp) = refusal(fault) {
        return resp;
    }
    let after = match params.cursor.as_deref() {
        None | Some("") => 0,
        Some(c) => match decode_cursor(category, c) {
            Some(seq) => seq,
            None => return error(StatusCode::BAD_REQUEST, "invalid_cursor", "unknown cursor"),
        },
    };
    let limit = match params.limit.as_deref() {
        None | Some("") => DEFAULT_LIMIT,
        Some(l) => match l.parse::<usize>() {
            Ok(n) if (1..=MAX_LIMIT).contains(&n) => n,
            _ => {
                return error(
                    StatusCode::BAD_REQUEST,
                    "invalid_request",
                    "limit must be 1..=200",
                )
            }
        },
    };
    let Some((items, end, complete)) = page_items(portal, &family_id, category, after, limit)
    else {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "server_error",
            "unknown family",
        );
    };
    let next_cursor = encode_cursor(category, end);
    // The ETag names the page's content; the envelope around it (what it
    // answers, when) is signed with it but does not change it.
    let content = serde_json::to_vec(&json!({
        "items": items,
        "next_cursor": next_cursor,
        "complete": complete,
    }))
    .expect("a Value serialises");
    let etag = strong_etag(&content);
    let cursor = params.cursor.as_deref().unwrap_or("");
    let issued_at = dates::rfc3339_millis(SystemTime::now());
    if fault == Some(Fault::Unsigned304) {
        let sent = headers
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .unwrap_or(&etag)
            .to_owned();
        return (
            StatusCode::NOT_MODIFIED,
            [
                (header::ETAG, sent),
                (header::CACHE_CONTROL, "private, no-cache".to_owned()),
            ],
        )
            .into_response();
    }
    if if_none_match(headers, &etag) {
        let message = not_modified_message(&family_id, category, cursor, &etag, &issued_at);
        let mut signature = portal.key.sign(&message).as_ref().to_vec();
        if fault == Some(Fault::BadSignature) {
            signature[0] ^= 0x01;
        }
        let mut resp = (
            StatusCode::NOT_MODIFIED,
            [
                (header::ETAG, etag),
                (header::CACHE_CONTROL, "private, no-cache".to_owned()),
                (header::HeaderName::from_static(ISSUED_AT_HEADER), issued_at),
            ],
        )
            .into_response();
        if fault != Some(Fault::NoSignature) {
            if let Ok(v) = HeaderValue::from_str(&STANDARD.encode(&signature)) {
                resp.headers_mut().insert(SIGNATURE_HEADER, v);
            }
            resp.headers_mut()
                .insert(KEY_ID_HEADER, HeaderValue::from_static(KEY_ID));
        }
        return resp;
    }
    let mut body = serde_json::to_vec(&json!({
        "account": family_id,
        "category": category,
        "cursor": cursor,
        "issued_at": issued_at,
        "items": items,
        "next_cursor": next_cursor,
        "complete": complete,
    }))
    .expect("a Value serialises");
    if fault == Some(Fault::OversizedPage) {
        // Valid JSON still (trailing whitespace), and signed: only its size is wrong.
        body.resize(OVERSIZED_BYTES, b' ');
    }
    let mut resp = signed(portal, StatusCode::OK, body.clone(), Some(&etag), fault);
    if fault.is_none() {
        remember(portal, &family_id, category, cursor, &resp, &body);
    }
    if fault == Some(Fault::OversizedPage) {
        resp.headers_mut().remove(header::CONTENT_LENGTH);
    }
    resp
}

// ---------------------------------------------------------------- questionnaires

async fn submit_questionnaire(
    State(portal): State<Arc<Portal>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    data_request(&portal, &headers, |fault| {
        submit(&portal, &headers, &body, fault)
    })
    .await
}

fn submit(portal: &Portal, headers: &HeaderMap, body: &[u8], fault: Option<Fault>) -> Response {
    let family_id = match authorized_family(portal, headers, "questionnaires", fault) {
        Ok(f) => f,
        Err(denied) => return denied.response(),
    };
    // Refusing faults answer before anything is stored.
    if let Some(resp) = refusal(fault) {
        return resp;
    }
    let Some(key) = headers
        .get(IDEMPOTENCY_KEY_HEADER)
        .and_then(|v| v.to_str().ok())
        .filter(|k| is_valid_idempotency_key(k))
    else {
        return error(
            StatusCode::BAD_REQUEST,
            "invalid_idempotency_key",
            "Idempotency-Key must be 16 to 200 characters of A-Z a-z 0-9 _ -",
        );
    };
    let request: Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(e) => {
            return error(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid_questionnaire",
                &format!("the body is not JSON: {e}"),
            )
        }
    };
    // One lock from the look-up to the store: two requests with the same key
    // cannot both take effect.
    let mut outbox = portal.outbox();
    if let Some(earlier) = outbox
        .received
        .get(&family_id)
        .and_then(|r| r.iter().find(|q| q.key == key))
    {
        if earlier.request != request {
            return error(
                StatusCode::UNPROCESSABLE_ENTITY,
                "idempotency_key_reused",
                "This Idempotency-Key was used with another body",
            );
        }
        let mut resp = signed(
            portal,
            StatusCode::CREATED,
            earlier.response.clone(),
            None,
            fault,
        );
        resp.headers_mut()
            .insert(REPLAYED_HEADER, HeaderValue::from_static("true"));
        return resp;
    }
    let checked = {
        let families = portal.families();
        let children = families
            .iter()
            .find(|f| f.id == family_id)
            .and_then(|f| f.categories.get("children"))
            .map_or(&[][..], Vec::as_slice);
        questionnaire::check(&request, children)
    };
    if let Err(description) = checked {
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_questionnaire",
            &description,
        );
    }
    outbox.last_id += 1;
    let id = format!("q-{:06}", outbox.last_id);
    let received_at = dates::rfc3339(SystemTime::now());
    let receipt = json!({ "id": id, "received_at": received_at, "status": "received" });
    let response = serde_json::to_vec(&receipt).expect("a Value serialises");
    let mut item = request.clone();
    if let Some(fields) = item.as_object_mut() {
        fields.insert("id".into(), json!(id));
        fields.insert("received_at".into(), json!(received_at));
        fields.insert("status".into(), json!("received"));
        fields.insert("idempotency_key".into(), json!(key));
        fields.insert("sample".into(), json!(true));
    }
    outbox
        .received
        .entry(family_id)
        .or_default()
        .push(Received {
            key: key.to_owned(),
            request,
            item,
            response: response.clone(),
        });
    drop(outbox);
    // Stored: from here on a fault (`drop-mid-page`, …) only spoils the answer.
    signed(portal, StatusCode::CREATED, response, None, fault)
}
