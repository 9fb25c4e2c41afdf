//! Tests against the real portal on 127.0.0.1 (port 0, in-process), over plain HTTP.

use std::collections::HashSet;
use std::io::Read;
use std::net::SocketAddr;
use std::time::{Duration, Instant, SystemTime};

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use hagukumi_portal::{Config, Fault, CATEGORIES, CLIENT_ID, KEY_ID};
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

fn start(config: Config) -> Portal {
    let addr: SocketAddr = "127.0.0.1:0".parse().unwrap();
    let bound = hagukumi_portal::spawn(addr, config).expect("portal starts");
    assert!(bound.ip().is_loopback());
    Portal {
        base: format!("http://{bound}"),
        agent: ureq::AgentBuilder::new()
            .redirects(0)
            .timeout(Duration::from_secs(20))
            .build(),
    }
}

/// Sends and reads the whole response; Err when the body cannot be read to its end.
fn try_send(req: ureq::Request, form: Option<&[(&str, &str)]>) -> Result<Resp, String> {
    let result = match form {
        Some(f) => req.send_form(f),
        None => req.call(),
    };
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

    /// Runs the authorization request with auto-approval; returns the redirect Location.
    fn authorize(&self, family: &str, scope: &str, challenge: &str, method: &str) -> Resp {
        send(
            self.get("/oauth/authorize")
                .query("response_type", "code")
                .query("client_id", CLIENT_ID)
                .query("redirect_uri", REDIRECT)
                .query("scope", scope)
                .query("state", "xyz")
                .query("code_challenge", challenge)
                .query("code_challenge_method", method)
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
    let page = send(
        p.get("/oauth/authorize")
            .query("response_type", "code")
            .query("client_id", CLIENT_ID)
            .query("redirect_uri", REDIRECT)
            .query("scope", "children notices")
            .query("code_challenge", &challenge(VERIFIER))
            .query("code_challenge_method", "S256"),
        None,
    );
    assert_eq!(page.status, 200);
    let html = String::from_utf8(page.body).unwrap();
    assert!(html.contains("<form") && html.contains("サンプル 花子"));

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
        p.get("/oauth/authorize")
            .query("response_type", "code")
            .query("client_id", CLIENT_ID)
            .query("redirect_uri", "http://127.0.0.1.evil.example/cb")
            .query("scope", "children")
            .query("code_challenge", &challenge(VERIFIER))
            .query("code_challenge_method", "S256")
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
    let again = send(
        p.data(&access, "vaccinations")
            .query("limit", "5")
            .set("If-None-Match", &etag),
        None,
    );
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
                assert_eq!(resp.body, clean.body);
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
                assert_eq!(resp.body, clean.body);
                assert!(resp.header("x-hagukumi-signature").is_some());
                assert!(!verifies(&public, &resp));
            }
            Fault::NoSignature => {
                let resp = send(faulty(fault), None);
                assert_eq!(resp.body, clean.body);
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
    // Vaccine ids are those of assets/schedules/vaccines-jp.json.
    let schedule: Value =
        serde_json::from_str(include_str!("../../../assets/schedules/vaccines-jp.json")).unwrap();
    let known: HashSet<&str> = schedule["vaccines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["id"].as_str().unwrap())
        .collect();
    for family in &families {
        for v in &family.categories["vaccinations"] {
            assert!(known.contains(v["vaccine_id"].as_str().unwrap()), "{v}");
        }
    }
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
    for category in CATEGORIES {
        assert!(text.contains(category), "{category}");
    }
    for path in [
        "/v1/key:",
        "/v1/{category}:",
        "/oauth/authorize:",
        "/oauth/token:",
        "/oauth/revoke:",
    ] {
        assert!(text.contains(path), "{path}");
    }
}
