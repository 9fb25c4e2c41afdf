//! The development signing key, signed answers with strong ETags, and the
//! pages remembered as sent (for replays).

use std::io;
use std::time::Duration;

use crate::faults::Fault;
use crate::state::{lock, Portal, SentPage, SENT_PAGES_KEPT};
use crate::{KEY_ID, KEY_ID_HEADER, SIGNATURE_HEADER};
use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;

pub(crate) fn strong_etag(body: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, body);
    // base64url rather than hex: hex would often contain a 12-digit run, which
    // the My Number guard refuses when the client echoes it in If-None-Match.
    format!("\"{}\"", URL_SAFE_NO_PAD.encode(&digest.as_ref()[..18]))
}

pub(crate) fn if_none_match(headers: &HeaderMap, etag: &str) -> bool {
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

/// A signed JSON answer with the body faults applied (`truncated-json`,
/// `bad-signature`, `no-signature`, `drop-mid-page`); with a strong ETag of
/// the bytes sent when `with_etag`.
pub(crate) fn signed(
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

/// A page sent before, exactly as it went out.
pub(crate) fn replayed(page: SentPage) -> Response {
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
pub(crate) fn remember(
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
