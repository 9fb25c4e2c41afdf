//! Tests against the real portal on 127.0.0.1 (port 0, in-process), over plain HTTP.

use std::collections::HashSet;
use std::io::Read;
use std::net::SocketAddr;
use std::time::{Duration, Instant, SystemTime};

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use hagukumi_portal::{
    not_modified_message, Config, Fault, PortalHandle, CATEGORIES, CLIENT_ID, KEY_ID, WRITE_SCOPES,
};
use ring::signature::{UnparsedPublicKey, ED25519};
use serde_json::Value;

const VERIFIER: &str = "hagukumi-test-verifier-abcdefghijklmnopqrstuvwxyz-ABCDEFGH";
const REDIRECT: &str = "http://127.0.0.1:9/callback";

struct Portal {
    base: String,
    agent: ureq::Agent,
}

struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Resp {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("JSON body")
    }
}

fn client(base: String) -> Portal {
    Portal {
        base,
        agent: ureq::AgentBuilder::new()
            .redirects(0)
            .timeout(Duration::from_secs(20))
            .build(),
    }
}

fn start(config: Config) -> Portal {
    let addr: SocketAddr = "127.0.0.1:0".parse().unwrap();
    let bound = hagukumi_portal::spawn(addr, config).expect("portal starts");
    assert!(bound.ip().is_loopback());
    client(format!("http://{bound}"))
}

/// Starts a portal and returns a client of it and its control handle.
fn start_handle(config: Config) -> (Portal, PortalHandle) {
    let addr: SocketAddr = "127.0.0.1:0".parse().unwrap();
    let handle = hagukumi_portal::spawn_with_handle(addr, config).expect("portal starts");
    (client(handle.base_url()), handle)
}

/// Sends and reads the whole response; Err when the body cannot be read to its end.
fn try_send(req: ureq::Request, form: Option<&[(&str, &str)]>) -> Result<Resp, String> {
    read(match form {
        Some(f) => req.send_form(f),
        None => req.call(),
    })
}

/// Sends `body` as JSON and reads the whole response; Err as for [`try_send`].
fn try_send_json(req: ureq::Request, body: &[u8]) -> Result<Resp, String> {
    read(req.set("Content-Type", "application/json").send_bytes(body))
}

fn read(result: Result<ureq::Response, ureq::Error>) -> Result<Resp, String> {
    let resp = match result {
        Ok(r) => r,
        Err(ureq::Error::Status(_, r)) => r,
        Err(e) => return Err(e.to_string()),
    };
    let status = resp.status();
    let headers = resp
        .headers_names()
        .into_iter()
        .map(|n| {
            let v = resp.header(&n).unwrap_or("").to_owned();
            (n, v)
        })
        .collect();
    let mut body = Vec::new();
    resp.into_reader()
        .read_to_end(&mut body)
        .map_err(|e| e.to_string())?;
    Ok(Resp {
        status,
        headers,
        body,
    })
}

fn send(req: ureq::Request, form: Option<&[(&str, &str)]>) -> Resp {
    try_send(req, form).expect("a complete response")
}

fn challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(ring::digest::digest(
        &ring::digest::SHA256,
        verifier.as_bytes(),
    ))
}

fn query_param(location: &str, name: &str) -> Option<String> {
    let query = location.split_once('?')?.1;
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == name).then(|| v.to_owned())
    })
}

impl Portal {
    fn get(&self, path: &str) -> ureq::Request {
        self.agent.get(&format!("{}{path}", self.base))
    }
    fn post(&self, path: &str) -> ureq::Request {
        self.agent.post(&format!("{}{path}", self.base))
    }

    /// `GET /oauth/authorize` of the app's client for `scope`, redirecting
    /// to `redirect_uri`, with a PKCE `challenge` made by `method`.
    fn authorize_request(
        &self,
        redirect_uri: &str,
        scope: &str,
        challenge: &str,
        method: &str,
    ) -> ureq::Request {
        self.get("/oauth/authorize")
            .query("response_type", "code")
            .query("client_id", CLIENT_ID)
            .query("redirect_uri", redirect_uri)
            .query("scope", scope)
            .query("code_challenge", challenge)
            .query("code_challenge_method", method)
    }

    /// The consent page for `scope` (no auto-approval), as a browser opens it.
    fn consent_page(&self, scope: &str) -> Resp {
        send(
            self.authorize_request(REDIRECT, scope, &challenge(VERIFIER), "S256"),
            None,
        )
    }

    /// Runs the authorization request with auto-approval; returns the redirect Location.
    fn authorize(&self, family: &str, scope: &str, challenge: &str, method: &str) -> Resp {
        send(
            self.authorize_request(REDIRECT, scope, challenge, method)
                .query("state", "xyz")
                .query("family", family)
                .query("approve", "yes"),
            None,
        )
    }

    fn code(&self, family: &str, scope: &str) -> String {
        let resp = self.authorize(family, scope, &challenge(VERIFIER), "S256");
        assert_eq!(resp.status, 302);
        let location = resp.header("location").unwrap();
        assert!(location.starts_with(REDIRECT));
        assert_eq!(query_param(location, "state").as_deref(), Some("xyz"));
        query_param(location, "code").expect("a code")
    }

    fn exchange(&self, code: &str, verifier: &str) -> Resp {
        send(
            self.post("/oauth/token"),
            Some(&[
                ("grant_type", "authorization_code"),
                ("code", code),
                ("redirect_uri", REDIRECT),
                ("client_id", CLIENT_ID),
                ("code_verifier", verifier),
            ]),
        )
    }

    fn login(&self, family: &str, scope: &str) -> Value {
        let resp = self.exchange(&self.code(family, scope), VERIFIER);
        assert_eq!(resp.status, 200, "{}", String::from_utf8_lossy(&resp.body));
        resp.json()
    }

    /// A page of `category` (`limit` items from the start), asked for with
    /// `If-None-Match: etag`.
    fn if_none_match(&self, token: &str, category: &str, limit: &str, etag: &str) -> Resp {
        send(
            self.data(token, category)
                .query("limit", limit)
                .set("If-None-Match", etag),
            None,
        )
    }

    fn data(&self, token: &str, category: &str) -> ureq::Request {
        self.get(&format!("/v1/{category}"))
            .set("Authorization", &format!("Bearer {token}"))
    }

    /// All items of a category, page by page.
    fn pull(&self, token: &str, category: &str, limit: usize) -> (Vec<Value>, usize) {
        let mut items = Vec::new();
        let mut cursor = String::new();
        let mut pages = 0;
        loop {
            let resp = send(
                self.data(token, category)
                    .query("cursor", &cursor)
                    .query("limit", &limit.to_string()),
                None,
            );
            assert_eq!(resp.status, 200);
            pages += 1;
            let page = resp.json();
            let got = page["items"].as_array().unwrap();
            assert!(got.len() <= limit);
            items.extend(got.iter().cloned());
            cursor = page["next_cursor"].as_str().unwrap().to_owned();
            if page["complete"].as_bool().unwrap() {
                return (items, pages);
            }
        }
    }
}

fn token_of(v: &Value) -> String {
    v["access_token"].as_str().unwrap().to_owned()
}

fn all_scopes() -> String {
    CATEGORIES.join(" ")
}

/// A page without its `issued_at` (which changes with every answer).
fn content(resp: &Resp) -> Value {
    let mut v = resp.json();
    v.as_object_mut().unwrap().remove("issued_at");
    v
}

fn verifies(public_key: &[u8], resp: &Resp) -> bool {
    let Some(sig) = resp.header("x-hagukumi-signature") else {
        return false;
    };
    let Ok(sig) = STANDARD.decode(sig) else {
        return false;
    };
    UnparsedPublicKey::new(&ED25519, public_key)
        .verify(&resp.body, &sig)
        .is_ok()
}

#[test]
fn pkce_flow_end_to_end() {
    let p = start(Config::default());

    // The consent page (no auto-approval) is an HTML form naming the sample users.
    let page = p.consent_page("children notices questionnaires");
    assert_eq!(page.status, 200);
    let html = String::from_utf8(page.body).unwrap();
    assert!(html.contains("<form") && html.contains("サンプル 花子"));
    assert!(html.contains("予診票") && html.contains("questionnaires"));
    assert!(!html.contains("sample-bulk"), "only with --bulk");

    // Submitting the form approves too.
    let challenge_s = challenge(VERIFIER);
    let submitted = send(
        p.post("/oauth/authorize"),
        Some(&[
            ("response_type", "code"),
            ("client_id", CLIENT_ID),
            ("redirect_uri", REDIRECT),
            ("scope", "children"),
            ("code_challenge", &challenge_s),
            ("code_challenge_method", "S256"),
            ("family", "sample-b"),
            ("approve", "yes"),
        ]),
    );
    assert_eq!(submitted.status, 302);
    let code = query_param(submitted.header("location").unwrap(), "code").unwrap();
    assert_eq!(p.exchange(&code, VERIFIER).status, 200);

    // A wrong verifier is refused, and the code is then spent.
    let code = p.code("sample-a", "children vaccinations");
    let wrong = p.exchange(
        &code,
        "another-verifier-abcdefghijklmnopqrstuvwxyz-ABCDEFGH",
    );
    assert_eq!(wrong.status, 400);
    assert_eq!(wrong.json()["error"], "invalid_grant");
    assert_eq!(p.exchange(&code, VERIFIER).status, 400);

    // The right verifier gets tokens; a code works only once.
    let code = p.code("sample-a", "children vaccinations");
    let tokens = p.exchange(&code, VERIFIER);
    assert_eq!(tokens.status, 200);
    assert_eq!(tokens.header("cache-control"), Some("no-store"));
    let tokens = tokens.json();
    assert_eq!(tokens["token_type"], "Bearer");
    assert_eq!(tokens["scope"], "children vaccinations");
    assert!(tokens["expires_in"].as_u64().unwrap() > 0);
    assert_eq!(p.exchange(&code, VERIFIER).status, 400);
    let access = token_of(&tokens);
    let children = send(p.data(&access, "children"), None);
    assert_eq!(children.status, 200);
    assert_eq!(children.json()["items"][0]["name"], "サンプル 太郎");

    // Refresh rotates: the new access token works, the old one and the old refresh do not.
    let refresh = tokens["refresh_token"].as_str().unwrap();
    let form = [
        ("grant_type", "refresh_token"),
        ("refresh_token", refresh),
        ("client_id", CLIENT_ID),
    ];
    let renewed = send(p.post("/oauth/token"), Some(&form));
    assert_eq!(renewed.status, 200);
    let renewed = renewed.json();
    let access2 = token_of(&renewed);
    assert_eq!(send(p.data(&access2, "children"), None).status, 200);
    assert_eq!(send(p.data(&access, "children"), None).status, 401);
    assert_eq!(send(p.post("/oauth/token"), Some(&form)).status, 400);

    // Revoking the refresh token ends its access tokens too.
    let refresh2 = renewed["refresh_token"].as_str().unwrap();
    let revoked = send(p.post("/oauth/revoke"), Some(&[("token", refresh2)]));
    assert_eq!(revoked.status, 200);
    let after = send(p.data(&access2, "children"), None);
    assert_eq!(after.status, 401);
    assert!(after
        .header("www-authenticate")
        .unwrap()
        .contains("invalid_token"));

    // A plain (non-S256) challenge, an unknown scope and a foreign redirect are refused.
    let plain = p.authorize("sample-a", "children", VERIFIER, "plain");
    assert_eq!(plain.status, 302);
    assert_eq!(
        query_param(plain.header("location").unwrap(), "error").as_deref(),
        Some("invalid_request")
    );
    let bad_scope = p.authorize("sample-a", "children my-data", &challenge(VERIFIER), "S256");
    assert_eq!(
        query_param(bad_scope.header("location").unwrap(), "error").as_deref(),
        Some("invalid_scope")
    );
    let foreign = send(
        p.authorize_request(
            "http://127.0.0.1.evil.example/cb",
            "children",
            &challenge(VERIFIER),
            "S256",
        )
        .query("family", "sample-a")
        .query("approve", "yes"),
        None,
    );
    assert_eq!(foreign.status, 400);
}

#[test]
fn access_tokens_expire() {
    let p = start(Config {
        access_ttl: Duration::from_secs(1),
        ..Config::default()
    });
    let tokens = p.login("sample-a", "children");
    assert_eq!(tokens["expires_in"], 1);
    let access = token_of(&tokens);
    assert_eq!(send(p.data(&access, "children"), None).status, 200);
    std::thread::sleep(Duration::from_millis(1200));
    let expired = send(p.data(&access, "children"), None);
    assert_eq!(expired.status, 401);
    assert!(expired
        .header("www-authenticate")
        .unwrap()
        .contains("invalid_token"));
    let renewed = send(
        p.post("/oauth/token"),
        Some(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", tokens["refresh_token"].as_str().unwrap()),
            ("client_id", CLIENT_ID),
        ]),
    );
    assert_eq!(renewed.status, 200);
    assert_eq!(
        send(p.data(&token_of(&renewed.json()), "children"), None).status,
        200
    );
}

#[test]
fn only_consented_categories_are_served() {
    let p = start(Config::default());
    let access = token_of(&p.login("sample-b", "children vaccinations"));
    assert_eq!(send(p.data(&access, "children"), None).status, 200);
    assert_eq!(send(p.data(&access, "vaccinations"), None).status, 200);
    for category in ["checkups", "certificates", "benefits", "notices"] {
        let resp = send(p.data(&access, category), None);
        assert_eq!(resp.status, 403, "{category}");
        assert_eq!(resp.json()["error"], "insufficient_scope");
        assert!(resp.header("x-hagukumi-signature").is_none());
    }
    // No token, an unknown token, an unknown category.
    assert_eq!(send(p.get("/v1/children"), None).status, 401);
    assert_eq!(send(p.data("not-a-token", "children"), None).status, 401);
    assert_eq!(send(p.data(&access, "my-numbers"), None).status, 404);
    // Each family sees only its own records.
    let own = send(p.data(&access, "children"), None).json();
    let names: Vec<&str> = own["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["サンプル さくら", "サンプル 蓮"]);
}

#[test]
fn pagination_covers_every_item_exactly_once() {
    let p = start(Config::default());
    let families = hagukumi_portal::sample_families().unwrap();
    for family in &families {
        let access = token_of(&p.login(&family.id, &all_scopes()));
        for category in CATEGORIES {
            let expected: Vec<&str> = family.categories[category]
                .iter()
                .map(|i| i["id"].as_str().unwrap())
                .collect();
            for limit in [1, 2, 5, 200] {
                let (items, pages) = p.pull(&access, category, limit);
                let ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
                assert_eq!(ids, expected, "{} {category} limit {limit}", family.id);
                let unique: HashSet<&str> = ids.iter().copied().collect();
                assert_eq!(unique.len(), ids.len());
                assert_eq!(pages, expected.len().div_ceil(limit).max(1));
            }
        }
    }
    // Bad cursors and limits are refused; a cursor of one category is not valid in another.
    let access = token_of(&p.login("sample-a", &all_scopes()));
    let first = send(p.data(&access, "vaccinations").query("limit", "3"), None).json();
    let cursor = first["next_cursor"].as_str().unwrap();
    assert_eq!(
        send(p.data(&access, "checkups").query("cursor", cursor), None).status,
        400
    );
    assert_eq!(
        send(p.data(&access, "children").query("cursor", "garbage"), None).status,
        400
    );
    for limit in ["0", "201", "x"] {
        assert_eq!(
            send(p.data(&access, "children").query("limit", limit), None).status,
            400
        );
    }
}

#[test]
fn unchanged_pages_answer_304() {
    let p = start(Config::default());
    let access = token_of(&p.login("sample-a", &all_scopes()));
    let first = send(p.data(&access, "vaccinations").query("limit", "5"), None);
    let etag = first.header("etag").unwrap().to_owned();
    assert!(
        etag.starts_with('"') && !etag.starts_with("W/"),
        "strong: {etag}"
    );
    let again = p.if_none_match(&access, "vaccinations", "5", &etag);
    assert_eq!(again.status, 304);
    assert!(again.body.is_empty());
    assert_eq!(again.header("etag"), Some(etag.as_str()));
    // Another page has another ETag, and a stale ETag gets the full page.
    let second = send(
        p.data(&access, "vaccinations")
            .query("limit", "5")
            .query("cursor", first.json()["next_cursor"].as_str().unwrap())
            .set("If-None-Match", &etag),
        None,
    );
    assert_eq!(second.status, 200);
    assert_ne!(second.header("etag").unwrap(), etag);

    // After a complete pull, the next sync of an unchanged category is one 304.
    let (_, _) = p.pull(&access, "notices", 200);
    let done = send(p.data(&access, "notices"), None).json();
    let cursor = done["next_cursor"].as_str().unwrap().to_owned();
    let tail = send(p.data(&access, "notices").query("cursor", &cursor), None);
    assert_eq!(tail.status, 200);
    let tail_json = tail.json();
    assert_eq!(tail_json["items"].as_array().unwrap().len(), 0);
    assert_eq!(tail_json["complete"], true);
    assert_eq!(tail_json["next_cursor"], cursor.as_str());
    let unchanged = send(
        p.data(&access, "notices")
            .query("cursor", &cursor)
            .set("If-None-Match", tail.header("etag").unwrap()),
        None,
    );
    assert_eq!(unchanged.status, 304);
}

#[test]
fn pages_are_signed_with_the_published_key() {
    let p = start(Config::default());
    let key = send(p.get("/v1/key"), None).json();
    assert_eq!(key["key_id"], KEY_ID);
    assert_eq!(key["algorithm"], "Ed25519");
    assert_eq!(key["development_key"], true);
    let public = STANDARD
        .decode(key["public_key"].as_str().unwrap())
        .unwrap();
    // Deterministic: the crate's pinned development key.
    assert_eq!(public, hagukumi_portal::dev_public_key());
    assert_eq!(public.len(), 32);

    let access = token_of(&p.login("sample-b", &all_scopes()));
    for category in CATEGORIES {
        let mut resp = send(p.data(&access, category).query("limit", "2"), None);
        assert_eq!(resp.status, 200);
        assert_eq!(resp.header("x-hagukumi-key-id"), Some(KEY_ID));
        assert!(verifies(&public, &resp), "{category}");
        let last = resp.body.len() / 2;
        resp.body[last] ^= 0x20;
        assert!(!verifies(&public, &resp), "tampered {category}");
    }
}

#[test]
fn every_fault_behaves_as_documented() {
    let slow = Duration::from_millis(300);
    let p = start(Config {
        slow_delay: slow,
        ..Config::default()
    });
    let public = hagukumi_portal::dev_public_key();
    let access = token_of(&p.login("sample-a", &all_scopes()));
    let faulty = |fault: Fault| {
        p.data(&access, "vaccinations")
            .query("limit", "10")
            .set("X-Hagukumi-Fault", fault.as_str())
    };
    let clean = send(p.data(&access, "vaccinations").query("limit", "10"), None);
    assert!(verifies(&public, &clean));

    for fault in Fault::ALL {
        match fault {
            Fault::DropMidPage => {
                // Status and headers arrive; the body stops half-way.
                let resp = faulty(fault).call().expect("the headers arrive");
                assert_eq!(resp.status(), 200);
                assert!(resp.header("x-hagukumi-signature").is_some());
                let mut body = Vec::new();
                let read = resp.into_reader().read_to_end(&mut body);
                assert!(read.is_err(), "the body must not read to its end");
                assert!(body.len() < clean.body.len());
            }
            Fault::Status500 => {
                let resp = send(faulty(fault), None);
                assert_eq!(resp.status, 500);
                assert!(resp.header("x-hagukumi-signature").is_none());
            }
            Fault::Slow => {
                let started = Instant::now();
                let resp = send(faulty(fault), None);
                assert!(started.elapsed() >= slow);
                assert_eq!(content(&resp), content(&clean));
                assert!(verifies(&public, &resp));
            }
            Fault::TruncatedJson => {
                let resp = send(faulty(fault), None);
                assert_eq!(resp.status, 200);
                assert!(resp.body.len() < clean.body.len());
                assert!(serde_json::from_slice::<Value>(&resp.body).is_err());
                assert!(verifies(&public, &resp), "signed over the bytes sent");
            }
            Fault::BadSignature => {
                let resp = send(faulty(fault), None);
                assert_eq!(content(&resp), content(&clean));
                assert!(resp.header("x-hagukumi-signature").is_some());
                assert!(!verifies(&public, &resp));
            }
            Fault::NoSignature => {
                let resp = send(faulty(fault), None);
                assert_eq!(content(&resp), content(&clean));
                assert!(resp.header("x-hagukumi-signature").is_none());
                assert!(resp.header("x-hagukumi-key-id").is_none());
            }
            Fault::ExpiredToken => {
                let resp = send(faulty(fault), None);
                assert_eq!(resp.status, 401);
                assert!(resp
                    .header("www-authenticate")
                    .unwrap()
                    .contains("invalid_token"));
                // The token itself still works without the fault.
                assert_eq!(send(p.data(&access, "children"), None).status, 200);
            }
            Fault::ClockSkew => {
                let resp = send(faulty(fault), None);
                assert!(verifies(&public, &resp));
                let date = httpdate::parse_http_date(resp.header("date").unwrap()).unwrap();
                let ahead = date.duration_since(SystemTime::now()).unwrap();
                assert!(ahead > Duration::from_secs(2 * 3600), "{ahead:?}");
                let normal = httpdate::parse_http_date(clean.header("date").unwrap()).unwrap();
                assert!(normal <= SystemTime::now() + Duration::from_secs(5));
            }
            Fault::OversizedPage => {
                let resp = send(faulty(fault), None);
                assert_eq!(resp.status, 200);
                assert_eq!(resp.body.len(), hagukumi_portal::OVERSIZED_BYTES);
                assert!(resp.header("content-length").is_none(), "streamed");
                assert!(verifies(&public, &resp), "correctly signed");
                assert_eq!(content(&resp), content(&clean), "only padded");
            }
            Fault::Unsigned304 => {
                let resp = send(faulty(fault).set("If-None-Match", "\"stale\""), None);
                assert_eq!(resp.status, 304);
                assert_eq!(resp.header("etag"), Some("\"stale\""));
                assert!(resp.header("x-hagukumi-signature").is_none());
                assert!(resp.header("x-hagukumi-issued-at").is_none());
            }
            Fault::RateLimited | Fault::Unavailable => {
                let resp = send(faulty(fault), None);
                let (status, code) = if fault == Fault::RateLimited {
                    (429, "rate_limited")
                } else {
                    (503, "temporarily_unavailable")
                };
                assert_eq!(resp.status, status);
                assert_eq!(resp.header("retry-after"), Some("1"));
                assert_eq!(resp.json()["error"], code);
                assert!(resp.header("x-hagukumi-signature").is_none());
                // After the token checks: no token is still 401, no consent still 403.
                let anonymous = send(
                    p.get("/v1/vaccinations")
                        .set("X-Hagukumi-Fault", fault.as_str()),
                    None,
                );
                assert_eq!(anonymous.status, 401);
            }
        }
    }
    let unknown = send(
        p.data(&access, "children")
            .set("X-Hagukumi-Fault", "meteor"),
        None,
    );
    assert_eq!(unknown.status, 400);

    // The startup option applies the fault to every data request.
    let always = start(Config {
        fault: Some(Fault::Status500),
        ..Config::default()
    });
    let access = token_of(&always.login("sample-a", "children"));
    assert_eq!(send(always.data(&access, "children"), None).status, 500);
}

fn individual_number_like(v: &Value) -> Option<String> {
    match v {
        Value::Object(map) => map.iter().find_map(|(k, v)| {
            if hagukumi_portal::is_individual_number_name(k) {
                Some(format!("key {k}"))
            } else {
                individual_number_like(v)
            }
        }),
        Value::Array(items) => items.iter().find_map(individual_number_like),
        Value::String(s) => {
            let digits: String = s.chars().filter(char::is_ascii_digit).collect();
            let only_number = s
                .chars()
                .all(|c| c.is_ascii_digit() || c == '-' || c == ' ');
            ((only_number && digits.len() == 12) || hagukumi_portal::has_individual_number_shape(s))
                .then(|| format!("string {s}"))
        }
        Value::Number(n) => {
            (n.to_string().trim_start_matches('-').len() == 12).then(|| format!("number {n}"))
        }
        _ => None,
    }
}

#[test]
fn no_my_number_anywhere() {
    let p = start(Config::default());
    let mut bodies = vec![send(p.get("/v1/key"), None).body];
    for family in hagukumi_portal::sample_families().unwrap() {
        let tokens = p.login(&family.id, &all_scopes());
        bodies.push(serde_json::to_vec(&tokens).unwrap());
        let access = token_of(&tokens);
        for category in CATEGORIES {
            let (items, _) = p.pull(&access, category, 3);
            bodies.push(serde_json::to_vec(&items).unwrap());
            bodies.push(send(p.data(&access, category), None).body);
        }
    }
    for body in &bodies {
        let v: Value = serde_json::from_slice(body).unwrap();
        assert_eq!(individual_number_like(&v), None);
    }

    // No endpoint accepts one: in the query, a form body, a header, or under any name.
    let access = token_of(&p.login("sample-a", "children"));
    let refused = |resp: Resp| {
        assert_eq!(resp.status, 400);
        assert_eq!(resp.json()["error"], "my_number_refused");
    };
    for path in ["/", "/v1/key", "/v1/children", "/oauth/authorize"] {
        refused(send(p.get(path).query("q", "123456789012"), None));
        refused(send(p.get(path).query("my_number", "x"), None));
        refused(send(
            p.get(path).set("X-Individual", "1234-5678-9012"),
            None,
        ));
    }
    refused(send(
        p.data(&access, "children")
            .query("cursor", "1234 5678 9012"),
        None,
    ));
    for path in ["/oauth/token", "/oauth/authorize", "/oauth/revoke"] {
        refused(send(
            p.post(path),
            Some(&[("client_id", CLIENT_ID), ("individual_number", "1")]),
        ));
        refused(send(
            p.post(path),
            Some(&[("client_id", CLIENT_ID), ("token", "123456789012")]),
        ));
    }
    // Shorter public numbers (受給者番号, 公費負担者番号) and dates are fine.
    assert!(!hagukumi_portal::has_individual_number_shape(
        "88139999 9999001 2025-06-10"
    ));
    assert!(hagukumi_portal::has_individual_number_shape(
        "番号:1234-5678-9012"
    ));
}

#[test]
fn sample_data_is_clearly_labelled() {
    let families = hagukumi_portal::sample_families().unwrap();
    assert!((2..=3).contains(&families.len()));
    for family in &families {
        assert!(family.guardian_name.starts_with("サンプル "));
        assert!(family.label.contains("サンプル"));
        for category in CATEGORIES {
            for item in &family.categories[category] {
                assert_eq!(item["sample"], true);
                if let Some(name) = item.get("name").and_then(Value::as_str) {
                    assert!(name.starts_with("サンプル "), "{name}");
                }
            }
        }
    }
    // Vaccine ids and doses are those of assets/schedules/vaccines-jp.json,
    // dated on or after the child's birth.
    let known = known_doses();
    for family in &families {
        let births: Vec<(&str, &str)> = family.categories["children"]
            .iter()
            .map(|c| (c["id"].as_str().unwrap(), c["birth_date"].as_str().unwrap()))
            .collect();
        for v in &family.categories["vaccinations"] {
            let pair = (
                v["vaccine_id"].as_str().unwrap().to_owned(),
                v["dose"].as_u64().unwrap(),
            );
            assert!(known.contains(&pair), "{v}");
            let birth = births
                .iter()
                .find(|(id, _)| *id == v["child_id"])
                .map(|(_, birth)| *birth)
                .expect("a child of the family");
            assert!(v["date"].as_str().unwrap() >= birth, "{v}");
        }
    }
}

/// Every (vaccine id, dose number) of assets/schedules/vaccines-jp.json, over all series.
fn known_doses() -> HashSet<(String, u64)> {
    let schedule: Value =
        serde_json::from_str(include_str!("../../../assets/schedules/vaccines-jp.json")).unwrap();
    let mut known = HashSet::new();
    for vaccine in schedule["vaccines"].as_array().unwrap() {
        let id = vaccine["id"].as_str().unwrap();
        for series in vaccine["series"].as_array().unwrap() {
            for dose in series["doses"].as_array().unwrap() {
                known.insert((id.to_owned(), dose["dose"].as_u64().unwrap()));
            }
        }
    }
    assert!(known.len() > 30);
    known
}

#[test]
fn the_api_document_is_served_and_names_every_fault_and_category() {
    let p = start(Config::default());
    let doc = send(p.get("/openapi.yaml"), None);
    assert_eq!(doc.status, 200);
    let text = String::from_utf8(doc.body).unwrap();
    assert!(text.starts_with("openapi: 3.1"));
    for fault in Fault::ALL {
        assert!(text.contains(fault.as_str()), "{}", fault.as_str());
    }
    for category in CATEGORIES.iter().chain(&WRITE_SCOPES) {
        assert!(text.contains(category), "{category}");
    }
    for name in [
        "sample-bulk",
        "Idempotency-Key",
        "Idempotent-Replayed",
        "invalid_idempotency_key",
        "idempotency_key_reused",
        "invalid_questionnaire",
        "Retry-After",
    ] {
        assert!(text.contains(name), "{name}");
    }
    for path in [
        "/v1/questionnaires:",
        "/v1/key:",
        "/v1/{category}:",
        "/oauth/authorize:",
        "/oauth/token:",
        "/oauth/revoke:",
    ] {
        assert!(text.contains(path), "{path}");
    }
}

// ---------------------------------------------------------------- control handle

#[test]
fn the_handle_names_the_running_portal() {
    let (p, handle) = start_handle(Config::default());
    assert!(handle.addr().ip().is_loopback());
    assert_eq!(
        handle.base_url(),
        format!("http://127.0.0.1:{}", handle.addr().port())
    );
    assert_eq!(send(p.get("/v1/key"), None).status, 200);
    // `spawn` still answers with the address alone.
    let other = start(Config::default());
    assert_eq!(send(other.get("/v1/key"), None).status, 200);
}

#[test]
fn appended_items_reach_the_next_pull_and_change_the_last_etag() {
    let (p, handle) = start_handle(Config::default());
    let access = token_of(&p.login("sample-a", "children vaccinations"));

    // A complete pull, then the tail page at the stored cursor is unchanged (304).
    let (before, _) = p.pull(&access, "vaccinations", 5);
    let last = send(p.data(&access, "vaccinations").query("limit", "200"), None);
    let last_etag = last.header("etag").unwrap().to_owned();
    let cursor = last.json()["next_cursor"].as_str().unwrap().to_owned();
    let tail = send(
        p.data(&access, "vaccinations").query("cursor", &cursor),
        None,
    );
    let tail_etag = tail.header("etag").unwrap().to_owned();
    let unchanged = send(
        p.data(&access, "vaccinations")
            .query("cursor", &cursor)
            .set("If-None-Match", &tail_etag),
        None,
    );
    assert_eq!(unchanged.status, 304);

    let new = serde_json::json!({
        "id": "sample-a-vac-new-1",
        "sample": true,
        "child_id": "a-child-1",
        "vaccine_id": "pcv",
        "dose": 4,
        "date": "2026-06-16",
        "lot": "SMP-PCV-0904",
        "facility": "サンプル小児科クリニック",
    });
    handle
        .append("sample-a", "vaccinations", new.clone())
        .unwrap();

    // The next sync from the stored cursor gets exactly the new item.
    let next = send(
        p.data(&access, "vaccinations")
            .query("cursor", &cursor)
            .set("If-None-Match", &tail_etag),
        None,
    );
    assert_eq!(next.status, 200);
    assert_ne!(next.header("etag").unwrap(), tail_etag);
    assert!(verifies(&hagukumi_portal::dev_public_key(), &next));
    let page = next.json();
    assert_eq!(page["items"], serde_json::json!([new]));
    assert_eq!(page["complete"], true);
    assert_ne!(page["next_cursor"], cursor.as_str());
    // The last page from the start has changed too, and a full pull has one more item.
    let last_again = p.if_none_match(&access, "vaccinations", "200", &last_etag);
    assert_eq!(last_again.status, 200);
    assert_ne!(last_again.header("etag").unwrap(), last_etag);
    let (after, _) = p.pull(&access, "vaccinations", 5);
    assert_eq!(after.len(), before.len() + 1);
    assert_eq!(after.last(), Some(&new));

    // A new child can be appended too; other families do not see it.
    let child = serde_json::json!({
        "id": "a-child-2", "sample": true, "name": "サンプル 次郎", "birth_date": "2026-01-20"
    });
    handle
        .append("sample-a", "children", child.clone())
        .unwrap();
    let (children, _) = p.pull(&access, "children", 200);
    assert_eq!(children.last(), Some(&child));
    let other = token_of(&p.login("sample-b", "children"));
    let (theirs, _) = p.pull(&other, "children", 200);
    assert!(!theirs.contains(&child));

    // What is refused.
    let item = |v: Value| handle.append("sample-a", "notices", v);
    assert!(
        item(serde_json::json!({"id": "n-x"})).is_err(),
        "no sample mark"
    );
    assert!(item(serde_json::json!({"id": "n-x", "sample": false})).is_err());
    assert!(item(serde_json::json!({"id": 7, "sample": true})).is_err());
    assert!(item(serde_json::json!({"sample": true})).is_err());
    assert!(item(serde_json::json!(["n-x"])).is_err());
    assert!(item(serde_json::json!({"id": "n-x", "sample": true, "my_number": "x"})).is_err());
    assert!(
        item(serde_json::json!({"id": "n-x", "sample": true, "body": "1234 5678 9012"})).is_err()
    );
    assert!(
        handle
            .append("sample-a", "vaccinations", new.clone())
            .is_err(),
        "duplicate id"
    );
    assert!(handle
        .append(
            "sample-z",
            "notices",
            serde_json::json!({"id": "n-x", "sample": true})
        )
        .is_err());
    assert!(handle
        .append(
            "sample-a",
            "questionnaires",
            serde_json::json!({"id": "n-x", "sample": true})
        )
        .is_err());
    assert!(item(serde_json::json!({"id": "n-x", "sample": true})).is_ok());
}

#[test]
fn scheduled_faults_count_down_and_the_header_wins() {
    let (p, handle) = start_handle(Config::default());
    let access = token_of(&p.login("sample-b", &all_scopes()));
    let get = || send(p.data(&access, "children"), None);
    assert_eq!(handle.faults_pending(), 0);

    handle.fail_next(Fault::Status500, 2);
    assert_eq!(handle.faults_pending(), 2);
    assert_eq!(get().status, 500);
    assert_eq!(handle.faults_pending(), 1);
    // A request naming its own fault gets that one and leaves the schedule alone.
    let named = send(
        p.data(&access, "children")
            .set("X-Hagukumi-Fault", "no-signature"),
        None,
    );
    assert_eq!(named.status, 200);
    assert!(named.header("x-hagukumi-signature").is_none());
    assert_eq!(handle.faults_pending(), 1);
    assert_eq!(get().status, 500);
    assert_eq!(handle.faults_pending(), 0);
    let clean = get();
    assert_eq!(clean.status, 200);
    assert!(verifies(&hagukumi_portal::dev_public_key(), &clean));

    // A new schedule replaces the old one; zero clears it.
    handle.fail_next(Fault::RateLimited, 5);
    handle.fail_next(Fault::Unavailable, 1);
    let unavailable = get();
    assert_eq!(unavailable.status, 503);
    assert_eq!(unavailable.header("retry-after"), Some("1"));
    assert_eq!(get().status, 200);
    handle.fail_next(Fault::ExpiredToken, 3);
    handle.fail_next(Fault::ExpiredToken, 0);
    assert_eq!(handle.faults_pending(), 0);
    assert_eq!(get().status, 200);

    // Scheduled faults reach the client that never sends the header, on every category.
    handle.fail_next(Fault::RateLimited, CATEGORIES.len());
    for category in CATEGORIES {
        let resp = send(p.data(&access, category), None);
        assert_eq!(resp.status, 429, "{category}");
        assert_eq!(resp.header("retry-after"), Some("1"));
        assert_eq!(resp.json()["error"], "rate_limited");
    }
    handle.fail_next(Fault::DropMidPage, 1);
    let cut = p.data(&access, "vaccinations").call().unwrap();
    assert!(cut.into_reader().read_to_end(&mut Vec::new()).is_err());
    assert_eq!(get().status, 200);
}

#[test]
fn request_count_counts_data_requests() {
    let (p, handle) = start_handle(Config::default());
    assert_eq!(handle.request_count(), 0);
    let access = token_of(&p.login("sample-c", &format!("{} questionnaires", all_scopes())));
    send(p.get("/v1/key"), None);
    send(p.get("/openapi.yaml"), None);
    send(p.get("/"), None);
    assert_eq!(
        handle.request_count(),
        0,
        "OAuth and meta requests are not counted"
    );

    // A full pull costs one request per page.
    let before = handle.request_count();
    let (_, pages) = p.pull(&access, "checkups", 2);
    assert_eq!(handle.request_count() - before, pages);

    // The next sync of an unchanged category costs one request: a 304.
    let done = send(p.data(&access, "checkups").query("limit", "200"), None).json();
    let cursor = done["next_cursor"].as_str().unwrap().to_owned();
    let tail = send(p.data(&access, "checkups").query("cursor", &cursor), None);
    let before = handle.request_count();
    let unchanged = send(
        p.data(&access, "checkups")
            .query("cursor", &cursor)
            .set("If-None-Match", tail.header("etag").unwrap()),
        None,
    );
    assert_eq!(unchanged.status, 304);
    assert_eq!(handle.request_count() - before, 1);

    // Refused and faulty data requests count; writes and their listing count.
    let before = handle.request_count();
    assert_eq!(send(p.get("/v1/children"), None).status, 401);
    assert_eq!(send(p.data(&access, "nothing"), None).status, 404);
    handle.fail_next(Fault::Status500, 1);
    assert_eq!(send(p.data(&access, "children"), None).status, 500);
    let posted = post_questionnaire(
        &p,
        &access,
        "count-key-abcdefghij",
        &questionnaire("c-child-1"),
    );
    assert_eq!(posted.status, 422, "sample-c has no child c-child-1");
    assert_eq!(
        send(
            p.get("/v1/questionnaires")
                .set("Authorization", &format!("Bearer {access}")),
            None
        )
        .status,
        200
    );
    assert_eq!(handle.request_count() - before, 5);
    // The My Number guard answers before the data endpoints: not counted.
    let before = handle.request_count();
    send(p.data(&access, "children").query("q", "123456789012"), None);
    assert_eq!(handle.request_count(), before);
}

// ---------------------------------------------------------------- questionnaires

fn questionnaire(child_id: &str) -> Value {
    serde_json::json!({
        "child_id": child_id,
        "vaccine_id": "mr",
        "planned_date": "2026-06-15",
        "temperature_c": 36.6,
        "answers": {
            "fever_today": false,
            "ill_last_month": false,
            "previous_reaction": false,
            "family_consent": true,
        },
        "note": "SAMPLE: 特記事項なし",
    })
}

fn post_questionnaire(p: &Portal, token: &str, key: &str, body: &Value) -> Resp {
    try_send_json(
        p.post("/v1/questionnaires")
            .set("Authorization", &format!("Bearer {token}"))
            .set("Idempotency-Key", key),
        &serde_json::to_vec(body).unwrap(),
    )
    .expect("a complete response")
}

fn list_questionnaires(p: &Portal, token: &str) -> Resp {
    send(
        p.get("/v1/questionnaires")
            .set("Authorization", &format!("Bearer {token}")),
        None,
    )
}

const KEY_A: &str = "outbox-key-AAAAAAAAAAAAAAAA";
const KEY_B: &str = "outbox-key-BBBBBBBBBBBBBBBB";

#[test]
fn a_questionnaire_takes_effect_once() {
    let (p, handle) = start_handle(Config::default());
    let public = hagukumi_portal::dev_public_key();
    let access = token_of(&p.login("sample-a", "children questionnaires"));
    let body = questionnaire("a-child-1");

    let first = post_questionnaire(&p, &access, KEY_A, &body);
    assert_eq!(
        first.status,
        201,
        "{}",
        String::from_utf8_lossy(&first.body)
    );
    assert!(first.header("idempotent-replayed").is_none());
    assert!(verifies(&public, &first));
    let receipt = first.json();
    assert!(receipt["id"].as_str().unwrap().starts_with("q-"));
    assert_eq!(receipt["status"], "received");
    let received_at = receipt["received_at"].as_str().unwrap();
    assert_eq!(received_at.len(), 20, "{received_at}");
    assert!(received_at.ends_with('Z') && received_at.as_bytes()[10] == b'T');

    // The same key and body again: the very same answer, marked as a replay; no second effect.
    let again = post_questionnaire(&p, &access, KEY_A, &body);
    assert_eq!(again.status, 201);
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(again.body, first.body);
    assert!(verifies(&public, &again));
    // The same JSON value written differently is the same body.
    let reordered = format!(
        "{{ \"note\": \"SAMPLE: 特記事項なし\", \"answers\": {}, \"temperature_c\": 36.60, \"planned_date\": \"2026-06-15\", \"vaccine_id\": \"mr\", \"child_id\": \"a-child-1\" }}",
        body["answers"]
    );
    let respaced = try_send_json(
        p.post("/v1/questionnaires")
            .set("Authorization", &format!("Bearer {access}"))
            .set("Idempotency-Key", KEY_A),
        reordered.as_bytes(),
    )
    .unwrap();
    assert_eq!(respaced.status, 201);
    assert_eq!(respaced.body, first.body);
    assert_eq!(handle.questionnaires("sample-a").len(), 1);

    // The same key with another body is refused, and changes nothing.
    let mut other = body.clone();
    other["temperature_c"] = serde_json::json!(37.4);
    let reused = post_questionnaire(&p, &access, KEY_A, &other);
    assert_eq!(reused.status, 422);
    assert_eq!(reused.json()["error"], "idempotency_key_reused");
    let stored = handle.questionnaires("sample-a");
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0]["temperature_c"], 36.6);
    assert_eq!(stored[0]["id"], receipt["id"]);
    assert_eq!(stored[0]["idempotency_key"], KEY_A);
    assert_eq!(stored[0]["child_id"], "a-child-1");
    assert_eq!(stored[0]["sample"], true);

    // Another key is another questionnaire.
    let second = post_questionnaire(&p, &access, KEY_B, &other);
    assert_eq!(second.status, 201);
    assert_ne!(second.json()["id"], receipt["id"]);
    assert_eq!(handle.questionnaires("sample-a").len(), 2);

    // Keys belong to a family: another family may use the same key.
    let b = token_of(&p.login("sample-b", "questionnaires"));
    let theirs = post_questionnaire(&p, &b, KEY_A, &questionnaire("b-child-2"));
    assert_eq!(theirs.status, 201);
    assert!(theirs.header("idempotent-replayed").is_none());
    assert_eq!(handle.questionnaires("sample-b").len(), 1);
    assert_eq!(handle.questionnaires("sample-a").len(), 2);
    assert!(handle.questionnaires("sample-c").is_empty());

    // GET /v1/questionnaires lists the family's questionnaires as a signed page.
    let listed = list_questionnaires(&p, &access);
    assert_eq!(listed.status, 200);
    assert!(verifies(&public, &listed));
    let page = listed.json();
    assert_eq!(page["complete"], true);
    assert_eq!(
        page["items"],
        Value::Array(handle.questionnaires("sample-a"))
    );
    let etag = listed.header("etag").unwrap();
    let unchanged = send(
        p.get("/v1/questionnaires")
            .set("Authorization", &format!("Bearer {access}"))
            .set("If-None-Match", etag),
        None,
    );
    assert_eq!(unchanged.status, 304);
    let paged = send(
        p.get("/v1/questionnaires")
            .query("limit", "1")
            .set("Authorization", &format!("Bearer {access}")),
        None,
    )
    .json();
    assert_eq!(paged["items"].as_array().unwrap().len(), 1);
    assert_eq!(paged["complete"], false);
}

#[test]
fn a_dropped_answer_after_commit_is_recovered_by_resending() {
    let (p, handle) = start_handle(Config::default());
    let access = token_of(&p.login("sample-b", "questionnaires"));
    let body = questionnaire("b-child-1");

    // The client never sends the fault header: the portal is told to cut the next answer.
    handle.fail_next(Fault::DropMidPage, 1);
    let cut = try_send_json(
        p.post("/v1/questionnaires")
            .set("Authorization", &format!("Bearer {access}"))
            .set("Idempotency-Key", KEY_A),
        &serde_json::to_vec(&body).unwrap(),
    );
    assert!(
        cut.is_err(),
        "the answer must not arrive whole: {:?}",
        cut.map(|r| r.status)
    );
    // The effect happened before the cut.
    let stored = handle.questionnaires("sample-b");
    assert_eq!(stored.len(), 1);

    // Resending with the same key gets the answer; still one questionnaire.
    let resent = post_questionnaire(&p, &access, KEY_A, &body);
    assert_eq!(resent.status, 201);
    assert_eq!(resent.header("idempotent-replayed"), Some("true"));
    assert_eq!(resent.json()["id"], stored[0]["id"]);
    assert_eq!(resent.json()["received_at"], stored[0]["received_at"]);
    assert_eq!(handle.questionnaires("sample-b"), stored);

    // The header works too, on a new key.
    let cut = try_send_json(
        p.post("/v1/questionnaires")
            .set("Authorization", &format!("Bearer {access}"))
            .set("Idempotency-Key", KEY_B)
            .set("X-Hagukumi-Fault", "drop-mid-page"),
        &serde_json::to_vec(&body).unwrap(),
    );
    assert!(cut.is_err());
    assert_eq!(handle.questionnaires("sample-b").len(), 2);
    assert_eq!(post_questionnaire(&p, &access, KEY_B, &body).status, 201);
    assert_eq!(handle.questionnaires("sample-b").len(), 2);
}

#[test]
fn refusing_faults_store_nothing() {
    let slow = Duration::from_millis(300);
    let (p, handle) = start_handle(Config {
        slow_delay: slow,
        ..Config::default()
    });
    let access = token_of(&p.login("sample-a", "questionnaires"));
    let body = questionnaire("a-child-1");
    let faulty = |fault: &str| {
        try_send_json(
            p.post("/v1/questionnaires")
                .set("Authorization", &format!("Bearer {access}"))
                .set("Idempotency-Key", KEY_A)
                .set("X-Hagukumi-Fault", fault),
            &serde_json::to_vec(&body).unwrap(),
        )
        .unwrap()
    };
    for (fault, status, retry_after) in [
        ("status-500", 500, None),
        ("rate-limited", 429, Some("1")),
        ("unavailable", 503, Some("1")),
        ("expired-token", 401, None),
    ] {
        let resp = faulty(fault);
        assert_eq!(resp.status, status, "{fault}");
        assert_eq!(resp.header("retry-after"), retry_after, "{fault}");
        assert!(resp.header("x-hagukumi-signature").is_none());
        assert!(handle.questionnaires("sample-a").is_empty(), "{fault}");
    }
    handle.fail_next(Fault::Unavailable, 2);
    assert_eq!(post_questionnaire(&p, &access, KEY_A, &body).status, 503);
    assert_eq!(post_questionnaire(&p, &access, KEY_A, &body).status, 503);
    assert!(handle.questionnaires("sample-a").is_empty());

    // Then the first real attempt takes effect (not a replay: nothing was stored before).
    let started = Instant::now();
    let resp = faulty("slow");
    assert!(started.elapsed() >= slow);
    assert_eq!(resp.status, 201);
    assert!(resp.header("idempotent-replayed").is_none());
    assert_eq!(handle.questionnaires("sample-a").len(), 1);
    // Body faults spoil only the answer of a replay.
    let truncated = faulty("truncated-json");
    assert_eq!(truncated.status, 201);
    assert!(serde_json::from_slice::<Value>(&truncated.body).is_err());
    assert_eq!(
        faulty("bad-signature").header("idempotent-replayed"),
        Some("true")
    );
    assert_eq!(handle.questionnaires("sample-a").len(), 1);
}

#[test]
fn questionnaires_need_consent_a_key_and_a_valid_body() {
    let (p, handle) = start_handle(Config::default());
    let body = questionnaire("a-child-1");

    // `questionnaires` is a scope of its own, not a pulled category.
    assert!(!CATEGORIES.contains(&"questionnaires"));
    assert_eq!(WRITE_SCOPES, ["questionnaires"]);
    let pull_only = token_of(&p.login("sample-a", &all_scopes()));
    for resp in [
        post_questionnaire(&p, &pull_only, KEY_A, &body),
        list_questionnaires(&p, &pull_only),
    ] {
        assert_eq!(resp.status, 403);
        assert_eq!(resp.json()["error"], "insufficient_scope");
    }
    let tokens = p.login("sample-a", "questionnaires");
    assert_eq!(tokens["scope"], "questionnaires");
    let access = token_of(&tokens);
    assert_eq!(send(p.data(&access, "children"), None).status, 403);
    let anonymous = try_send_json(
        p.post("/v1/questionnaires").set("Idempotency-Key", KEY_A),
        &serde_json::to_vec(&body).unwrap(),
    )
    .unwrap();
    assert_eq!(anonymous.status, 401);

    // The Idempotency-Key is required and well formed.
    let without_key = try_send_json(
        p.post("/v1/questionnaires")
            .set("Authorization", &format!("Bearer {access}")),
        &serde_json::to_vec(&body).unwrap(),
    )
    .unwrap();
    assert_eq!(without_key.status, 400);
    assert_eq!(without_key.json()["error"], "invalid_idempotency_key");
    for key in [
        "short-key",
        "has space in it here",
        "has+plus+and=equals",
        &"k".repeat(201),
    ] {
        let resp = post_questionnaire(&p, &access, key, &body);
        assert_eq!(resp.status, 400, "{key}");
        assert_eq!(resp.json()["error"], "invalid_idempotency_key");
    }
    assert_eq!(
        post_questionnaire(&p, &access, &"k".repeat(16), &body).status,
        201
    );
    assert_eq!(
        post_questionnaire(&p, &access, &"k".repeat(200), &body).status,
        201
    );
    assert_eq!(handle.questionnaires("sample-a").len(), 2);

    // Unknown children (another family's included) and malformed bodies are 422.
    let invalid = |resp: Resp| {
        assert_eq!(resp.status, 422, "{}", String::from_utf8_lossy(&resp.body));
        let e = resp.json();
        assert_eq!(e["error"], "invalid_questionnaire");
        assert!(!e["error_description"].as_str().unwrap().is_empty());
    };
    let mut n = 0;
    let mut key = || {
        n += 1;
        format!("malformed-key-{n:04}-xxxxxx")
    };
    invalid(post_questionnaire(
        &p,
        &access,
        &key(),
        &questionnaire("b-child-1"),
    ));
    let unknown_child = post_questionnaire(&p, &access, &key(), &questionnaire("nobody"));
    assert!(unknown_child.json()["error_description"]
        .as_str()
        .unwrap()
        .contains("child_id"));
    invalid(unknown_child);
    for (field, value) in [
        ("vaccine_id", serde_json::json!("smallpox")),
        ("planned_date", serde_json::json!("2026-13-01")),
        ("planned_date", serde_json::json!("2024-01-01")),
        ("temperature_c", serde_json::json!("36.5")),
        ("answers", serde_json::json!({"fever_today": "no"})),
        ("answers", serde_json::json!({})),
        ("note", serde_json::json!(42)),
        ("unexpected", serde_json::json!(true)),
    ] {
        let mut bad = body.clone();
        bad[field] = value;
        invalid(post_questionnaire(&p, &access, &key(), &bad));
    }
    let mut missing = body.clone();
    missing.as_object_mut().unwrap().remove("temperature_c");
    invalid(post_questionnaire(&p, &access, &key(), &missing));
    invalid(
        try_send_json(
            p.post("/v1/questionnaires")
                .set("Authorization", &format!("Bearer {access}"))
                .set("Idempotency-Key", &key()),
            b"{not json",
        )
        .unwrap(),
    );
    // A questionnaire for a child appended at run time is accepted.
    handle
        .append(
            "sample-a",
            "children",
            serde_json::json!({"id": "a-child-9", "sample": true, "name": "サンプル 九郎", "birth_date": "2026-01-05"}),
        )
        .unwrap();
    assert_eq!(
        post_questionnaire(&p, &access, &key(), &questionnaire("a-child-9")).status,
        201
    );

    // The My Number guard still refuses a body carrying one, under any name or as a value.
    let refused = |resp: Resp| {
        assert_eq!(resp.status, 400);
        assert_eq!(resp.json()["error"], "my_number_refused");
    };
    let mut named = body.clone();
    named["answers"]["my_number_card"] = serde_json::json!(true);
    refused(post_questionnaire(&p, &access, &key(), &named));
    let mut valued = body.clone();
    valued["note"] = serde_json::json!("番号 1234 5678 9012");
    refused(post_questionnaire(&p, &access, &key(), &valued));
    assert_eq!(handle.questionnaires("sample-a").len(), 3);
}

// ---------------------------------------------------------------- bulk family

#[test]
fn the_bulk_family_has_exactly_n_valid_items() {
    const N: usize = 45;
    let p = start(Config {
        bulk: Some(N),
        ..Config::default()
    });
    let access = token_of(&p.login("sample-bulk", &all_scopes()));
    let (children, _) = p.pull(&access, "children", 200);
    let (vaccinations, _) = p.pull(&access, "vaccinations", 7);
    assert_eq!(children.len(), N.div_ceil(20));
    assert_eq!(vaccinations.len(), N);
    for category in ["checkups", "certificates", "benefits", "notices"] {
        assert!(p.pull(&access, category, 200).0.is_empty(), "{category}");
    }
    // Exactly the crate's own description of it, in order.
    let family = hagukumi_portal::bulk_family(N);
    assert_eq!(family.id, hagukumi_portal::BULK_FAMILY_ID);
    assert_eq!(children, family.categories["children"]);
    assert_eq!(vaccinations, family.categories["vaccinations"]);
    check_bulk(&family, N);

    // Deterministic: another portal serves the same bytes.
    let (q, _) = start_handle(Config {
        bulk: Some(N),
        ..Config::default()
    });
    let other = token_of(&q.login("sample-bulk", "vaccinations"));
    let a = send(p.data(&access, "vaccinations").query("limit", "200"), None);
    let b = send(q.data(&other, "vaccinations").query("limit", "200"), None);
    assert_eq!(content(&a), content(&b));
    assert_eq!(a.header("etag"), b.header("etag"));

    // The consent page names it as SAMPLE data; without --bulk it does not exist.
    let page = p.consent_page("vaccinations");
    let html = String::from_utf8(page.body).unwrap();
    assert!(html.contains("sample-bulk") && html.contains("サンプル 大家族"));
    let plain = start(Config::default());
    let denied = plain.authorize("sample-bulk", "children", &challenge(VERIFIER), "S256");
    assert_eq!(
        query_param(denied.header("location").unwrap(), "error").as_deref(),
        Some("access_denied")
    );
}

#[test]
fn bulk_families_of_any_size_are_valid_and_deterministic() {
    for n in [0, 1, 19, 20, 21, 40, 999, 5000] {
        let family = hagukumi_portal::bulk_family(n);
        check_bulk(&family, n);
        assert_eq!(family, hagukumi_portal::bulk_family(n), "{n}");
    }
    // A larger family starts like a smaller one.
    let small = hagukumi_portal::bulk_family(30);
    let large = hagukumi_portal::bulk_family(300);
    assert_eq!(
        small.categories["vaccinations"][..],
        large.categories["vaccinations"][..30]
    );
}

/// Every rule a bulk family must keep for the app to accept it.
fn check_bulk(family: &hagukumi_portal::Family, n: usize) {
    let known = known_doses();
    assert!(family.label.contains("サンプル"));
    assert_eq!(family.guardian_name, "サンプル 大家族");
    let children = &family.categories["children"];
    let vaccinations = &family.categories["vaccinations"];
    assert_eq!(vaccinations.len(), n);
    assert_eq!(children.len(), n.div_ceil(20));
    for category in ["checkups", "certificates", "benefits", "notices"] {
        assert!(family.categories[category].is_empty());
    }
    let mut births = std::collections::HashMap::new();
    for (k, child) in children.iter().enumerate() {
        let id = format!("bulk-child-{:04}", k + 1);
        assert_eq!(child["id"], id.as_str());
        assert_eq!(child["sample"], true);
        let name = child["name"].as_str().unwrap();
        assert_eq!(name, format!("サンプル 子{:04}", k + 1));
        assert!(name.chars().count() <= 50);
        let birth = child["birth_date"].as_str().unwrap();
        assert_eq!(birth.len(), 10);
        assert!(("2008-01-01"..="2025-01-01").contains(&birth), "{birth}");
        births.insert(id, birth.to_owned());
    }
    let mut ids = HashSet::new();
    let mut per_child: std::collections::HashMap<&str, HashSet<(String, u64)>> =
        std::collections::HashMap::new();
    for (i, v) in vaccinations.iter().enumerate() {
        let id = v["id"].as_str().unwrap();
        assert_eq!(id, format!("bulk-vac-{:06}", i + 1));
        assert!(ids.insert(id));
        assert_eq!(v["sample"], true);
        let pair = (
            v["vaccine_id"].as_str().unwrap().to_owned(),
            v["dose"].as_u64().unwrap(),
        );
        assert!(known.contains(&pair), "{v}");
        let child_id = v["child_id"].as_str().unwrap();
        assert!(
            per_child.entry(child_id).or_default().insert(pair),
            "a dose twice: {v}"
        );
        let birth = &births[child_id];
        let date = v["date"].as_str().unwrap();
        assert_eq!(date.len(), 10);
        assert!(date >= birth.as_str() && date <= "2026-01-01", "{v}");
        for field in ["lot", "facility"] {
            let text = v[field].as_str().unwrap();
            assert!(!text.is_empty() && text.chars().count() <= 100, "{v}");
        }
    }
    assert!(per_child.values().all(|doses| doses.len() <= 20));
    assert_eq!(
        individual_number_like(&Value::Array(children.clone())),
        None
    );
    assert_eq!(
        individual_number_like(&Value::Array(vaccinations.clone())),
        None
    );
}

#[test]
fn pages_and_304s_are_signed_for_the_account_request_and_time_they_answer() {
    let (p, handle) = start_handle(Config::default());
    let public = hagukumi_portal::dev_public_key();
    let tokens = p.login("sample-a", &all_scopes());
    assert_eq!(tokens["account"], "sample-a");
    let access = token_of(&tokens);
    let first = send(p.data(&access, "vaccinations").query("limit", "5"), None);
    assert!(verifies(&public, &first));
    let page = first.json();
    assert_eq!(page["account"], "sample-a");
    assert_eq!(page["category"], "vaccinations");
    assert_eq!(page["cursor"], "");
    let issued = page["issued_at"].as_str().unwrap();
    assert_eq!(issued.len(), "2026-12-03T09:30:00.123Z".len(), "{issued}");
    let cursor = page["next_cursor"].as_str().unwrap().to_owned();
    let second = send(
        p.data(&access, "vaccinations")
            .query("limit", "5")
            .query("cursor", &cursor),
        None,
    );
    assert_eq!(second.json()["cursor"], cursor.as_str());
    assert!(second.json()["issued_at"].as_str().unwrap() >= issued);

    // The ETag names the content: the same page asked again is a 304,
    // signed over what it answers.
    let etag = first.header("etag").unwrap().to_owned();
    let again = p.if_none_match(&access, "vaccinations", "5", &etag);
    assert_eq!(again.status, 304);
    let issued_at = again.header("x-hagukumi-issued-at").unwrap();
    let sig = STANDARD
        .decode(again.header("x-hagukumi-signature").unwrap())
        .unwrap();
    let message = not_modified_message("sample-a", "vaccinations", "", &etag, issued_at);
    assert!(UnparsedPublicKey::new(&ED25519, &public)
        .verify(&message, &sig)
        .is_ok());
    let other = not_modified_message("sample-b", "vaccinations", "", &etag, issued_at);
    assert!(UnparsedPublicKey::new(&ED25519, &public)
        .verify(&other, &sig)
        .is_err());

    // What was sent can be replayed as is (a party in the middle), once,
    // to a request of the same category.
    let sent = handle.sent_pages();
    let captured = sent
        .iter()
        .find(|s| s.category == "vaccinations" && s.cursor.is_empty())
        .unwrap()
        .clone();
    assert_eq!(captured.body, first.body);
    handle.replay_next(captured);
    let b = token_of(&p.login("sample-b", &all_scopes()));
    let children = send(p.data(&b, "children"), None);
    assert_eq!(
        children.json()["account"],
        "sample-b",
        "another category: not replayed"
    );
    let replayed = send(p.data(&b, "vaccinations"), None);
    assert_eq!(replayed.body, first.body);
    assert_eq!(replayed.json()["account"], "sample-a");
    let honest = send(p.data(&b, "vaccinations"), None);
    assert_eq!(honest.json()["account"], "sample-b");

    // A correction moves the item to the end of the change order.
    handle
        .correct(
            "sample-a",
            "vaccinations",
            serde_json::json!({"id": "sample-a-vac-001", "sample": true, "child_id": "a-child-1",
                "vaccine_id": "hepb", "dose": 1, "date": "2025-08-12", "lot": "FIXED",
                "facility": "サンプル小児科クリニック"}),
        )
        .unwrap();
    let (all, _) = p.pull(&access, "vaccinations", 200);
    assert_eq!(all.last().unwrap()["lot"], "FIXED");
    assert_eq!(
        all.iter().filter(|i| i["id"] == "sample-a-vac-001").count(),
        1
    );
    assert!(handle
        .correct(
            "sample-a",
            "vaccinations",
            serde_json::json!({"id": "nope", "sample": true})
        )
        .is_err());
}

#[test]
fn a_published_rules_bundle_is_served_signed_in_an_envelope_naming_what_it_is() {
    let (portal, handle) = start_handle(Config::default());
    let none = send(portal.get("/v1/rules/bundle"), None);
    assert_eq!(none.status, 404);
    assert_eq!(none.json()["error"], "no_rules");

    let bundle = r#"{"format":1,"version":5,"as_of":"2026-10-01","files":{}}"#;
    handle.publish_rules(bundle).unwrap();
    let resp = send(portal.get("/v1/rules/bundle"), None);
    assert_eq!(resp.status, 200);
    assert!(verifies(&hagukumi_portal::dev_public_key(), &resp));
    assert_eq!(resp.header("x-hagukumi-key-id"), Some(KEY_ID));
    let envelope = resp.json();
    assert_eq!(envelope["kind"], hagukumi_portal::RULES_KIND);
    assert_eq!(envelope["version"], 5);
    assert_eq!(envelope["as_of"], "2026-10-01");
    assert_eq!(envelope["bundle"], bundle);
    let digest = ring::digest::digest(&ring::digest::SHA256, bundle.as_bytes());
    assert_eq!(envelope["sha256"], URL_SAFE_NO_PAD.encode(digest.as_ref()));
    assert!(envelope["issued_at"].as_str().unwrap().ends_with('Z'));

    // Unchanged: 304 for its ETag.
    let etag = resp.header("etag").unwrap().to_owned();
    let again = send(
        portal.get("/v1/rules/bundle").set("If-None-Match", &etag),
        None,
    );
    assert_eq!(again.status, 304);

    // A test can serve bytes that are not the ones signed.
    let mut changed = resp.body.clone();
    let at = changed.len() / 2;
    changed[at] ^= 0x01;
    handle.publish_rules_raw(changed, Some(resp.body.clone()));
    let tampered = send(portal.get("/v1/rules/bundle"), None);
    assert_eq!(tampered.status, 200);
    assert!(!verifies(&hagukumi_portal::dev_public_key(), &tampered));
}
