//! Requests the portal cannot read (found by schemathesis against
//! openapi.yaml) are answered as the document says: JSON errors, 400 for a
//! malformed query or form, 415 for a form without its content type; an
//! unknown `token_type_hint` is ignored (RFC 7009).

use std::net::SocketAddr;

use hagukumi_portal::Config;
use serde_json::Value;

fn start() -> String {
    let addr: SocketAddr = "127.0.0.1:0".parse().unwrap();
    let bound = hagukumi_portal::spawn(addr, Config::default()).expect("portal starts");
    format!("http://{bound}")
}

/// Status, content type and body of an answer, errors included.
fn answer(result: Result<ureq::Response, ureq::Error>) -> (u16, String, String) {
    let resp = match result {
        Ok(r) => r,
        Err(ureq::Error::Status(_, r)) => r,
        Err(e) => panic!("no answer: {e}"),
    };
    let status = resp.status();
    let content_type = resp.header("Content-Type").unwrap_or("").to_owned();
    (status, content_type, resp.into_string().expect("a body"))
}

/// The documented error shape: JSON `{error, error_description}`.
fn error_code(content_type: &str, body: &str) -> String {
    assert!(
        content_type.starts_with("application/json"),
        "JSON error, not {content_type:?}: {body}"
    );
    let v: Value = serde_json::from_str(body).expect("a JSON body");
    assert!(v["error_description"].is_string(), "{v}");
    v["error"].as_str().expect("an error code").to_owned()
}

#[test]
fn a_form_without_its_content_type_is_a_json_415() {
    let base = start();
    for path in ["/oauth/token", "/oauth/revoke", "/oauth/authorize"] {
        let (status, ct, body) = answer(ureq::post(&format!("{base}{path}")).call());
        assert_eq!(status, 415, "{path}: {body}");
        assert_eq!(error_code(&ct, &body), "invalid_request", "{path}");
    }
}

#[test]
fn a_parameter_sent_twice_is_a_json_400() {
    let base = start();
    let (status, ct, body) = answer(
        ureq::post(&format!("{base}/oauth/token"))
            .set("Content-Type", "application/x-www-form-urlencoded")
            .send_string("grant_type=refresh_token&client_id=hagukumi-app&client_id=x"),
    );
    assert_eq!(status, 400, "{body}");
    assert_eq!(error_code(&ct, &body), "invalid_request");
    let (status, ct, body) =
        answer(ureq::get(&format!("{base}/v1/children?limit=1&limit=2")).call());
    assert_eq!(status, 400, "{body}");
    assert_eq!(error_code(&ct, &body), "invalid_request");
    let (status, ct, body) = answer(
        ureq::get(&format!(
            "{base}/v1/municipalities/131083/registry?limit=1&limit=2"
        ))
        .call(),
    );
    assert_eq!(status, 400, "{body}");
    assert_eq!(error_code(&ct, &body), "invalid_request");
}

#[test]
fn an_unknown_token_type_hint_is_ignored() {
    let base = start();
    let (status, _, body) = answer(
        ureq::post(&format!("{base}/oauth/revoke"))
            .send_form(&[("token", "unknown"), ("token_type_hint", "id_token")]),
    );
    assert_eq!(status, 200, "{body}");
    let (status, ct, body) = answer(ureq::post(&format!("{base}/oauth/revoke")).send_form(&[]));
    assert_eq!(status, 400, "{body}");
    assert_eq!(error_code(&ct, &body), "invalid_request");
}
