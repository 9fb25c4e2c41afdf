//! OAuth 2.0: authorization code + PKCE (S256), per-category consent,
//! tokens and revocation.

use std::sync::Arc;
use std::time::Instant;

use crate::respond::{error, json_response};
use crate::respond::{Form, Query};
use crate::state::{AccessGrant, AuthState, CodeGrant, Portal, RefreshGrant};
use crate::{APP_REDIRECT, CLIENT_ID};
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::Deserialize;
use serde_json::json;

#[derive(Deserialize, Default)]
pub(crate) struct AuthorizeParams {
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

/// A redirect URI the portal accepts: the app's deep link [`APP_REDIRECT`]
/// exactly (nothing added: no path, query or port), or loopback http
/// (`http://127.0.0.1`, `http://localhost`, `http://[::1]`) with an
/// optional port (0–65535) and path; visible ASCII only (it goes into the
/// `Location` header as it is) and no fragment (RFC 6749 §3.1.2).
/// `openapi.yaml` says the same as a pattern.
fn loopback_or_app_uri(uri: &str) -> bool {
    if !uri.bytes().all(|b| b.is_ascii_graphic() && b != b'#') {
        return false;
    }
    if uri == APP_REDIRECT {
        return true;
    }
    ["http://127.0.0.1", "http://localhost", "http://[::1]"]
        .iter()
        .any(|p| {
            uri.strip_prefix(p).is_some_and(|rest| {
                let path = match rest.strip_prefix(':') {
                    Some(port) => {
                        let digits = port.bytes().take_while(u8::is_ascii_digit).count();
                        if digits == 0 || port[..digits].parse::<u16>().is_err() {
                            return false;
                        }
                        &port[digits..]
                    }
                    None => rest,
                };
                path.is_empty() || path.starts_with('/')
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
        "nursery" => "保育施設の見学・相談の予約と入園申込、その結果の取得",
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

pub(crate) async fn authorize_get(
    State(portal): State<Arc<Portal>>,
    Query(p): Query<AuthorizeParams>,
) -> Response {
    authorize(&portal, p, false)
}

pub(crate) async fn authorize_post(
    State(portal): State<Arc<Portal>>,
    Form(p): Form<AuthorizeParams>,
) -> Response {
    authorize(&portal, p, true)
}

pub(crate) fn authorize(portal: &Portal, p: AuthorizeParams, submitted: bool) -> Response {
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
            "redirect_uri must be a loopback http URI or jp.hagukumi.app://consent",
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
pub(crate) struct TokenParams {
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

pub(crate) async fn token(
    State(portal): State<Arc<Portal>>,
    Form(p): Form<TokenParams>,
) -> Response {
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
pub(crate) struct RevokeParams {
    token: Option<String>,
}

pub(crate) async fn revoke(
    State(portal): State<Arc<Portal>>,
    Form(p): Form<RevokeParams>,
) -> Response {
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

#[cfg(test)]
mod tests {
    use super::loopback_or_app_uri;

    #[test]
    fn redirect_uris_are_loopback_or_the_app_with_a_numeric_port_and_no_fragment() {
        for ok in [
            "jp.hagukumi.app://consent",
            "http://127.0.0.1",
            "http://127.0.0.1:8080/cb?x=1",
            "http://127.0.0.1:65535",
            "http://localhost/cb",
            "http://[::1]:9",
        ] {
            assert!(loopback_or_app_uri(ok), "{ok}");
        }
        // Found by schemathesis: a port that is not a number, a fragment.
        for bad in [
            "",
            "http://127.0.0.1:by$Q",
            "http://127.0.0.1:",
            "http://127.0.0.1:123456",
            "http://127.0.0.1:70459",
            "http://127.0.0.1/cb#frag",
            "http://127.0.0.1.evil",
            "http://localhost/a b",
            "hagukumi://callback",
            "jp.hagukumi.app://consent/",
            "jp.hagukumi.app://consent?x=1",
            "jp.hagukumi.app://consentx",
            "jp.hagukumi.app://other",
            "jp.hagukumi.app://consent\n",
            "https://127.0.0.1",
        ] {
            assert!(!loopback_or_app_uri(bad), "{bad}");
        }
    }
}
