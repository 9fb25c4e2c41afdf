//! Incremental data pages: cursors, authorization of a data request, and
//! the page answers.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Instant, SystemTime};

use crate::dates;
use crate::faults::{refusal, Fault, OVERSIZED_BYTES};
use crate::respond::{bearer_error, error};
use crate::respond::{Path, Query};
use crate::signing::{
    if_none_match, not_modified_message, remember, replayed, signed, strong_etag,
};
use crate::state::{lock, Portal};
use crate::{
    CATEGORIES, DEFAULT_LIMIT, ISSUED_AT_HEADER, KEY_ID, KEY_ID_HEADER, MAX_LIMIT,
    SIGNATURE_HEADER, WRITE_SCOPES,
};
use crate::{CLOCK_SKEW, FAULT_HEADER};
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Deserialize)]
pub(crate) struct PageParams {
    pub(crate) cursor: Option<String>,
    pub(crate) limit: Option<String>,
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

/// Why a data request was not authorized.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Denied {
    /// The `expired-token` fault, or a token past its lifetime.
    Expired,
    NoToken,
    UnknownToken,
    /// The token does not hold the scope.
    Scope,
}

impl Denied {
    pub(crate) fn response(self) -> Response {
        use StatusCode as S;
        let (status, error, description) = match self {
            Denied::Expired => (S::UNAUTHORIZED, "invalid_token", "The access token expired"),
            Denied::NoToken => (S::UNAUTHORIZED, "invalid_request", "Bearer token required"),
            Denied::UnknownToken => (
                S::UNAUTHORIZED,
                "invalid_token",
                "Unknown or revoked access token",
            ),
            Denied::Scope => (
                S::FORBIDDEN,
                "insufficient_scope",
                "The user did not consent to this category",
            ),
        };
        bearer_error(status, error, description)
    }
}

/// The family of the request's bearer token, if the token is valid and holds `scope`.
pub(crate) fn authorized_family(
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

/// The captured page to answer a request for `category` with, if a test
/// scheduled one ([`PortalHandle::replay_next`]).
pub(crate) fn take_replay(portal: &Portal, category: &str) -> Option<Response> {
    let captured = {
        let mut replay = lock(&portal.replay);
        match replay.as_ref() {
            Some(page) if page.category == category => replay.take(),
            _ => None,
        }
    }?;
    portal.requests.fetch_add(1, Ordering::SeqCst);
    Some(replayed(captured))
}

pub(crate) async fn page(
    State(portal): State<Arc<Portal>>,
    Path(category): Path<String>,
    Query(params): Query<PageParams>,
    headers: HeaderMap,
) -> Response {
    if let Some(resp) = take_replay(&portal, &category) {
        return resp;
    }
    data_request(&portal, &headers, |fault| {
        page_response(&portal, &category, &params, &headers, fault)
    })
    .await
}

pub(crate) async fn questionnaire_page(
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
pub(crate) fn window<'a>(
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
    let (after, limit) = match cursor_and_limit(category, params) {
        Ok(v) => v,
        Err(resp) => return *resp,
    };
    let Some((items, end, complete)) = page_items(portal, &family_id, category, after, limit)
    else {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "server_error",
            "unknown family",
        );
    };
    let cursor = params.cursor.as_deref().unwrap_or("");
    let window = Window {
        account: &family_id,
        category,
        cursor,
        items,
        end,
        complete,
    };
    signed_page(portal, window, headers, fault)
}

/// The cursor a request asks for and the page size, or the error answer.
pub(crate) fn cursor_and_limit(
    category: &str,
    params: &PageParams,
) -> Result<(usize, usize), Box<Response>> {
    let after = match params.cursor.as_deref() {
        None | Some("") => 0,
        Some(c) => match decode_cursor(category, c) {
            Some(seq) => seq,
            None => {
                return Err(Box::new(error(
                    StatusCode::BAD_REQUEST,
                    "invalid_cursor",
                    "unknown cursor",
                )))
            }
        },
    };
    let limit = match params.limit.as_deref() {
        None | Some("") => DEFAULT_LIMIT,
        Some(l) => match l.parse::<usize>() {
            Ok(n) if (1..=MAX_LIMIT).contains(&n) => n,
            _ => {
                return Err(Box::new(error(
                    StatusCode::BAD_REQUEST,
                    "invalid_request",
                    "limit must be 1..=200",
                )))
            }
        },
    };
    Ok((after, limit))
}

/// One window of items, for the account, category and cursor it answers.
pub(crate) struct Window<'a> {
    pub(crate) account: &'a str,
    pub(crate) category: &'a str,
    pub(crate) cursor: &'a str,
    pub(crate) items: Vec<Value>,
    pub(crate) end: usize,
    pub(crate) complete: bool,
}

/// A window as a signed page (or a signed 304 when the request's ETag
/// matches), with the body faults applied; a fault-free page is remembered
/// as sent.
pub(crate) fn signed_page(
    portal: &Portal,
    window: Window<'_>,
    headers: &HeaderMap,
    fault: Option<Fault>,
) -> Response {
    let Window {
        account: family_id,
        category,
        cursor,
        items,
        end,
        complete,
    } = window;
    let family_id = family_id.to_owned();
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
pub(crate) async fn data_request(
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
