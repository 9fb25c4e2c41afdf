//! Plain answers: JSON, OAuth-style errors, bearer challenges.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

pub(crate) fn json_response(status: StatusCode, value: &Value) -> Response {
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

pub(crate) fn error(status: StatusCode, code: &str, description: &str) -> Response {
    json_response(
        status,
        &json!({ "error": code, "error_description": description }),
    )
}

pub(crate) fn bearer_error(status: StatusCode, code: &str, description: &str) -> Response {
    let mut resp = error(status, code, description);
    let challenge = format!(
        "Bearer realm=\"hagukumi-sample-portal\", error=\"{code}\", error_description=\"{description}\""
    );
    if let Ok(v) = HeaderValue::from_str(&challenge) {
        resp.headers_mut().insert(header::WWW_AUTHENTICATE, v);
    }
    resp
}

/// A request the extractors could not read (a malformed query string,
/// path or form, a parameter twice, a form without its content type),
/// answered like every other error: JSON `{error: "invalid_request",
/// error_description}`, 415 for a missing or wrong content type and 400
/// for the rest (RFC 6749 §5.2: `invalid_request` is a 400), never
/// axum's plain-text body.
fn rejected(status: StatusCode, detail: String) -> Response {
    let status = if status.is_client_error() && status != StatusCode::UNSUPPORTED_MEDIA_TYPE {
        StatusCode::BAD_REQUEST
    } else {
        status
    };
    error(status, "invalid_request", &detail)
}

/// Extractors that answer a request they cannot read with [`rejected`].
macro_rules! json_rejecting {
    ($(#[$doc:meta])* $name:ident, $inner:ident, $trait:ident, $method:ident, $input:ty) => {
        $(#[$doc])*
        pub(crate) struct $name<T>(pub T);

        impl<T, S> axum::extract::$trait<S> for $name<T>
        where
            axum::extract::$inner<T>: axum::extract::$trait<S>,
            <axum::extract::$inner<T> as axum::extract::$trait<S>>::Rejection:
                IntoResponse + std::fmt::Display,
            S: Send + Sync,
        {
            type Rejection = Response;

            async fn $method(input: $input, state: &S) -> Result<Self, Response> {
                match axum::extract::$inner::<T>::$method(input, state).await {
                    Ok(axum::extract::$inner(value)) => Ok($name(value)),
                    Err(rejection) => {
                        let detail = rejection.to_string();
                        Err(rejected(rejection.into_response().status(), detail))
                    }
                }
            }
        }
    };
}

json_rejecting!(
    /// `axum::extract::Query`, answering a malformed query string in JSON.
    Query, Query, FromRequestParts, from_request_parts, &mut axum::http::request::Parts
);
json_rejecting!(
    /// `axum::extract::Path`, answering a malformed path in JSON.
    Path, Path, FromRequestParts, from_request_parts, &mut axum::http::request::Parts
);
json_rejecting!(
    /// `axum::Form`, answering a missing content type (415) or a malformed
    /// body (400/422) in JSON.
    Form, Form, FromRequest, from_request, axum::extract::Request
);
