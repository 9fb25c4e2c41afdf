//! Faults the portal injects on its data endpoints: which one a request
//! gets, and the answers of those that refuse it.

use crate::respond::error;
use crate::RETRY_AFTER_SECS;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;

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

/// The answer of a fault that refuses the request (no effect), if `fault` is one.
pub(crate) fn refusal(fault: Option<Fault>) -> Option<Response> {
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
