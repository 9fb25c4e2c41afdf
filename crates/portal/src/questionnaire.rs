//! Pre-visit questionnaires (予診票) received at `POST /v1/questionnaires`:
//! the checks of the idempotency key and of the body, and the answer to a
//! submission (stored once per key, replayed after).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::SystemTime;

use crate::dates;
use crate::dates::parse_date;
use crate::faults::{refusal, Fault};
use crate::pages::authorized_family;
use crate::pages::data_request;
use crate::respond::error;
use crate::signing::signed;
use crate::state::{Outbox, Portal, Received};
use crate::{IDEMPOTENCY_KEY_HEADER, REPLAYED_HEADER};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use serde_json::{json, Value};

/// Shortest and longest accepted `Idempotency-Key`.
pub const IDEMPOTENCY_KEY_LEN: (usize, usize) = (16, 200);

/// Most answers in one questionnaire, and the longest question id.
const MAX_ANSWERS: usize = 100;
const MAX_QUESTION_ID: usize = 64;
/// Longest `note`, in characters.
const MAX_NOTE_CHARS: usize = 2000;
/// Plausible body temperatures (°C).
const TEMPERATURE_C: (f64, f64) = (34.0, 42.0);

const FIELDS: [&str; 6] = [
    "child_id",
    "vaccine_id",
    "planned_date",
    "temperature_c",
    "answers",
    "note",
];

/// 16..=200 characters of `[A-Za-z0-9_-]`.
pub fn is_valid_idempotency_key(key: &str) -> bool {
    let (min, max) = IDEMPOTENCY_KEY_LEN;
    (min..=max).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Checks a questionnaire against the family's children (the items of its
/// `children` category). `Err` describes the first problem found.
fn check(body: &Value, children: &[Value]) -> Result<(), String> {
    let Some(fields) = body.as_object() else {
        return Err("the body must be a JSON object".into());
    };
    if let Some(unknown) = fields.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        return Err(format!("unknown field `{unknown}`"));
    }
    let text = |name: &str| -> Result<&str, String> {
        fields
            .get(name)
            .and_then(Value::as_str)
            .ok_or_else(|| format!("`{name}` must be a string"))
    };

    let child_id = text("child_id")?;
    let Some(child) = children
        .iter()
        .find(|c| c.get("id").and_then(Value::as_str) == Some(child_id))
    else {
        return Err(format!("unknown child_id `{child_id}`"));
    };

    let vaccine_id = text("vaccine_id")?;
    if !crate::families::known_vaccines().contains_key(vaccine_id) {
        return Err(format!("unknown vaccine_id `{vaccine_id}`"));
    }

    let Some(planned) = parse_date(text("planned_date")?) else {
        return Err("`planned_date` must be a date written YYYY-MM-DD".into());
    };
    let birth = child
        .get("birth_date")
        .and_then(Value::as_str)
        .and_then(parse_date);
    if birth.is_some_and(|birth| planned < birth) {
        return Err("`planned_date` is before the child's birth date".into());
    }

    let (lo, hi) = TEMPERATURE_C;
    match fields.get("temperature_c").and_then(Value::as_f64) {
        Some(t) if (lo..=hi).contains(&t) => {}
        _ => {
            return Err(format!(
                "`temperature_c` must be a number from {lo} to {hi}"
            ))
        }
    }

    let Some(answers) = fields.get("answers").and_then(Value::as_object) else {
        return Err("`answers` must be an object of question id → true/false".into());
    };
    if answers.is_empty() || answers.len() > MAX_ANSWERS {
        return Err(format!("`answers` must hold 1 to {MAX_ANSWERS} answers"));
    }
    for (question, answer) in answers {
        let well_formed = (1..=MAX_QUESTION_ID).contains(&question.len())
            && question
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
        if !well_formed {
            return Err(format!(
                "question id `{question}` must be 1 to {MAX_QUESTION_ID} characters of [a-z0-9_-]"
            ));
        }
        if !answer.is_boolean() {
            return Err(format!("the answer to `{question}` must be true or false"));
        }
    }

    match fields.get("note") {
        None | Some(Value::Null) => {}
        Some(Value::String(note)) => {
            if note.chars().count() > MAX_NOTE_CHARS {
                return Err(format!("`note` is longer than {MAX_NOTE_CHARS} characters"));
            }
            if note
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t')
            {
                return Err("`note` holds control characters".into());
            }
        }
        Some(_) => return Err("`note` must be a string".into()),
    }
    Ok(())
}

pub(crate) async fn submit_questionnaire(
    State(portal): State<Arc<Portal>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let write = Write {
        scope: "questionnaires",
        invalid: "invalid_questionnaire",
        ledger: |outbox| &mut outbox.received,
    };
    write
        .request(
            &portal,
            &headers,
            &body,
            |portal, family_id, request, outbox| {
                {
                    let families = portal.families();
                    let children = families
                        .iter()
                        .find(|f| f.id == family_id)
                        .and_then(|f| f.categories.get("children"))
                        .map_or(&[][..], Vec::as_slice);
                    check(request, children)?;
                }
                outbox.last_id += 1;
                let id = format!("q-{:06}", outbox.last_id);
                let received_at = dates::rfc3339(SystemTime::now());
                let receipt = json!({ "id": id, "received_at": received_at, "status": "received" });
                let mut item = request.clone();
                if let Some(fields) = item.as_object_mut() {
                    fields.insert("id".into(), json!(id));
                    fields.insert("received_at".into(), json!(received_at));
                    fields.insert("status".into(), json!("received"));
                    fields.insert("sample".into(), json!(true));
                }
                Ok((receipt, item))
            },
        )
        .await
}

/// A write endpoint taking an `Idempotency-Key`: what it needs of the
/// token, the error code of a refused body, and where its writes are kept.
pub(crate) struct Write {
    pub(crate) scope: &'static str,
    pub(crate) invalid: &'static str,
    pub(crate) ledger: fn(&mut Outbox) -> &mut HashMap<String, Vec<Received>>,
}

impl Write {
    /// A data request (faults, counters) answered by [`Write::submit`].
    pub(crate) async fn request(
        &self,
        portal: &Portal,
        headers: &HeaderMap,
        body: &[u8],
        accept: impl FnOnce(&Portal, &str, &Value, &mut Outbox) -> Result<(Value, Value), String>,
    ) -> Response {
        data_request(portal, headers, |fault| {
            self.submit(portal, headers, body, fault, accept)
        })
        .await
    }

    /// Authorizes, checks the key and the JSON, replays the stored answer
    /// of an earlier request with the same key (the same body only), else
    /// runs `accept` (the body's checks and effects; `Err` refuses it with
    /// a description and changes nothing) and keeps its receipt for
    /// replays. One lock from the look-up to the store: two requests with
    /// the same key cannot both take effect.
    pub(crate) fn submit(
        &self,
        portal: &Portal,
        headers: &HeaderMap,
        body: &[u8],
        fault: Option<Fault>,
        accept: impl FnOnce(&Portal, &str, &Value, &mut Outbox) -> Result<(Value, Value), String>,
    ) -> Response {
        let family_id = match authorized_family(portal, headers, self.scope, fault) {
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
                    self.invalid,
                    &format!("the body is not JSON: {e}"),
                )
            }
        };
        let mut outbox = portal.outbox();
        if let Some(earlier) = (self.ledger)(&mut outbox)
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
        let (receipt, mut item) = match accept(portal, &family_id, &request, &mut outbox) {
            Ok(accepted) => accepted,
            Err(description) => {
                return error(StatusCode::UNPROCESSABLE_ENTITY, self.invalid, &description)
            }
        };
        if let Some(fields) = item.as_object_mut() {
            fields.insert("idempotency_key".into(), json!(key));
        }
        let response = serde_json::to_vec(&receipt).expect("a Value serialises");
        (self.ledger)(&mut outbox)
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn children() -> Vec<Value> {
        vec![json!({"id": "a-child-1", "birth_date": "2025-06-10", "sample": true})]
    }

    fn valid() -> Value {
        json!({
            "child_id": "a-child-1",
            "vaccine_id": "mr",
            "planned_date": "2026-06-15",
            "temperature_c": 36.6,
            "answers": {"fever_today": false, "ill_last_month": false},
            "note": "特になし",
        })
    }

    #[test]
    fn keys() {
        assert!(is_valid_idempotency_key("abcdefghijklmnop"));
        assert!(is_valid_idempotency_key(&"a-_Z".repeat(50)));
        assert!(!is_valid_idempotency_key("abcdefghijklmno"));
        assert!(!is_valid_idempotency_key(&"a".repeat(201)));
        assert!(!is_valid_idempotency_key("abcdefghijklmnop="));
        assert!(!is_valid_idempotency_key("abcdefgh ijklmnop"));
    }

    #[test]
    fn bodies() {
        assert_eq!(check(&valid(), &children()), Ok(()));
        let mut no_note = valid();
        no_note.as_object_mut().unwrap().remove("note");
        assert_eq!(check(&no_note, &children()), Ok(()));
        let with = |field: &str, value: Value| {
            let mut v = valid();
            v[field] = value;
            check(&v, &children())
        };
        assert_eq!(with("note", Value::Null), Ok(()));
        for (field, value) in [
            ("child_id", json!("b-child-1")),
            ("child_id", json!(1)),
            ("vaccine_id", json!("smallpox")),
            ("planned_date", json!("2026-02-30")),
            ("planned_date", json!("2025-06-09")),
            ("temperature_c", json!(45)),
            ("temperature_c", json!("36.5")),
            ("answers", json!({})),
            ("answers", json!({"fever_today": "no"})),
            ("answers", json!({"Fever Today": true})),
            ("answers", json!([true])),
            ("note", json!(3)),
            ("note", json!("a\u{7}b")),
            ("extra", json!(true)),
        ] {
            assert!(with(field, value.clone()).is_err(), "{field} = {value}");
        }
        assert!(check(&json!([1]), &children()).is_err());
    }
}
