//! The My Number guard: no individual number (マイナンバー) is taken or returned.

use crate::respond::error;
use crate::BODY_LIMIT;
use axum::body::Body;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;
use serde_json::Value;

/// Where a JSON value holds a field named like an individual number or a
/// string shaped like one.
pub(crate) fn individual_number_in(v: &Value) -> Option<String> {
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

pub(crate) fn refused() -> Response {
    error(
        StatusCode::BAD_REQUEST,
        "my_number_refused",
        "This portal never accepts an individual number (My Number).",
    )
}

pub(crate) async fn refuse_my_number(req: Request, next: Next) -> Response {
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
