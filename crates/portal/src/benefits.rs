//! Once-only benefit applications (018サポート and 赤ちゃんファースト applied
//! for together) received at `POST /v1/benefit-applications`: the checks of
//! the body, the eligibility of each child, and the applications it makes
//! in the family's `benefits` category (so their state comes back through
//! a sync). Idempotent on the `Idempotency-Key` like the questionnaires;
//! the My Number guard in front of every route refuses a body holding
//! anything shaped like an individual number before it gets here.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::dates::{self, days_from_civil, format_date, parse_date};
use crate::questionnaire::Write;
use crate::state::{Outbox, Portal};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use serde_json::{json, Map, Value};

/// The programs of a once-only application, their names and SAMPLE amounts
/// as published (018サポート: 5,000 yen a month per child; 赤ちゃんファースト:
/// gift points worth 100,000 yen per child born on or after 2025-04-01).
const PROGRAMS: [(&str, &str, u32); 2] = [
    ("018-support", "018サポート", 5000),
    ("akachan-first", "赤ちゃんファースト", 100_000),
];

/// 赤ちゃんファースト: children born on or after this date.
const AKACHAN_FIRST_FROM: (i64, u32, u32) = (2025, 4, 1);

const MAX_CHILDREN: usize = 10;
const MAX_NAME_CHARS: usize = 50;

pub(crate) fn today() -> i64 {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    i64::try_from(secs / 86_400).unwrap_or(0)
}

fn name(v: Option<&Value>, what: &str) -> Result<String, String> {
    let Some(s) = v.and_then(Value::as_str).map(str::trim) else {
        return Err(format!("`{what}` must be a string"));
    };
    if s.is_empty() || s.chars().count() > MAX_NAME_CHARS || s.chars().any(char::is_control) {
        return Err(format!(
            "`{what}` must be 1 to {MAX_NAME_CHARS} characters without control characters"
        ));
    }
    Ok(s.to_owned())
}

pub(crate) fn only(
    fields: &Map<String, Value>,
    allowed: &[&str],
    what: &str,
) -> Result<(), String> {
    match fields.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(unknown) => Err(format!("unknown field `{unknown}` in {what}")),
        None => Ok(()),
    }
}

/// A child of the application: name, birth date (day number).
struct Child {
    name: String,
    birth: i64,
}

/// The last day 018サポート pays for: the first March 31 after the 18th birthday.
fn support_018_until(birth: i64) -> i64 {
    let (y, m, d) = dates::civil_from_days(birth);
    let year = if (m, d) <= (3, 31) { y + 18 } else { y + 19 };
    days_from_civil(year, 3, 31)
}

/// Checks the body (programs, guardian, children); `Err` describes the
/// first problem.
fn check(body: &Value, family_children: &[Value], today: i64) -> Result<Vec<Child>, String> {
    let Some(fields) = body.as_object() else {
        return Err("the body must be a JSON object".into());
    };
    only(fields, &["programs", "guardian", "children"], "the body")?;
    let programs: Vec<&str> = fields
        .get("programs")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let expected: Vec<&str> = PROGRAMS.iter().map(|(id, _, _)| *id).collect();
    if programs != expected {
        return Err(format!(
            "`programs` must be {expected:?} (applied for together)"
        ));
    }
    let Some(guardian) = fields.get("guardian").and_then(Value::as_object) else {
        return Err("`guardian` must be an object".into());
    };
    only(guardian, &["name"], "`guardian`")?;
    name(guardian.get("name"), "guardian.name")?;
    let Some(children) = fields.get("children").and_then(Value::as_array) else {
        return Err("`children` must be an array".into());
    };
    if children.is_empty() || children.len() > MAX_CHILDREN {
        return Err(format!("`children` must hold 1 to {MAX_CHILDREN} children"));
    }
    let mut out = Vec::new();
    for child in children {
        let Some(c) = child.as_object() else {
            return Err("each child must be an object".into());
        };
        only(c, &["name", "birth_date", "child_id"], "a child")?;
        let child_name = name(c.get("name"), "children[].name")?;
        let Some(birth) = c
            .get("birth_date")
            .and_then(Value::as_str)
            .and_then(parse_date)
        else {
            return Err("`birth_date` must be a date written YYYY-MM-DD".into());
        };
        if birth > today {
            return Err(format!("{child_name}: `birth_date` is in the future"));
        }
        if let Some(id) = c.get("child_id") {
            let known = family_children
                .iter()
                .any(|k| k.get("id") == Some(id) && k.get("birth_date") == c.get("birth_date"));
            if !known {
                return Err(format!("{child_name}: unknown `child_id` {id}"));
            }
        }
        if support_018_until(birth) < today {
            return Err(format!("{child_name} is past 018サポート's age"));
        }
        if out
            .iter()
            .any(|o: &Child| o.name == child_name && o.birth == birth)
        {
            return Err(format!("{child_name} is named twice"));
        }
        out.push(Child {
            name: child_name,
            birth,
        });
    }
    Ok(out)
}

pub(crate) async fn submit_application(
    State(portal): State<Arc<Portal>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    // Applying is part of the benefits the parent shares: the same consent.
    let write = Write {
        scope: "benefits",
        invalid: "invalid_application",
        ledger: |outbox| &mut outbox.applications,
    };
    write.request(&portal, &headers, &body, accept).await
}

/// Makes the applications of a checked body in the family's `benefits`.
fn accept(
    portal: &Portal,
    family_id: &str,
    request: &Value,
    outbox: &mut Outbox,
) -> Result<(Value, Value), String> {
    let today = today();
    let mut families = portal.families();
    let family = families
        .iter_mut()
        .find(|f| f.id == family_id)
        .ok_or("unknown family")?;
    let known = family
        .categories
        .get("children")
        .map_or(&[][..], Vec::as_slice);
    let children = check(request, known, today)?;
    outbox.last_application += 1;
    let receipt_id = format!("ba-{:06}", outbox.last_application);
    let (y, m, d) = AKACHAN_FIRST_FROM;
    let akachan_from = days_from_civil(y, m, d);
    let mut made = Vec::new();
    let benefits = family.categories.entry("benefits".into()).or_default();
    for (i, child) in children.iter().enumerate() {
        for (program, program_name, yen) in PROGRAMS {
            if program == "akachan-first" && child.birth < akachan_from {
                continue;
            }
            let id = format!("{receipt_id}-{}-{program}", i + 1);
            benefits.push(json!({
                "id": id,
                "sample": true,
                "program": program,
                "program_name": program_name,
                "applied_on": format_date(today),
                "status": "submitted",
                "status_updated_on": format_date(today),
                "amount_yen": yen,
                "note": format!("{}（サンプル）", child.name),
            }));
            made.push(id);
        }
    }
    let received_at = dates::rfc3339(SystemTime::now());
    let receipt = json!({
        "id": receipt_id,
        "received_at": received_at,
        "status": "received",
        "applications": made,
    });
    Ok((receipt.clone(), receipt))
}

/// What the office does next with a family's applications: each one
/// submitted goes under review (returns how many moved), as the reference
/// portal's stand-in for the office's work.
pub(crate) fn advance(portal: &Portal, family_id: &str) -> Result<usize, String> {
    let today = format_date(today());
    let mut families = portal.families();
    let family = crate::families::family_mut(&mut families, family_id)?;
    Ok(family.advance("benefits", "submitted", |item| {
        item["status"] = json!("under-review");
        item["status_updated_on"] = json!(today);
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> i64 {
        parse_date(s).unwrap()
    }

    fn valid() -> Value {
        json!({
            "programs": ["018-support", "akachan-first"],
            "guardian": {"name": "サンプル 花子"},
            "children": [{"name": "サンプル 太郎", "birth_date": "2025-06-10", "child_id": "a-child-1"}],
        })
    }

    fn known() -> Vec<Value> {
        vec![json!({"id": "a-child-1", "birth_date": "2025-06-10"})]
    }

    #[test]
    fn eighteen_ends_at_the_first_march_31_after() {
        assert_eq!(
            format_date(support_018_until(day("2008-06-10"))),
            "2027-03-31"
        );
        assert_eq!(
            format_date(support_018_until(day("2008-03-31"))),
            "2026-03-31"
        );
        assert_eq!(
            format_date(support_018_until(day("2008-04-01"))),
            "2027-03-31"
        );
    }

    #[test]
    fn bodies() {
        let today = day("2026-12-04");
        assert_eq!(check(&valid(), &known(), today).unwrap().len(), 1);
        let with = |path: &str, value: Value| {
            let mut v = valid();
            *v.pointer_mut(path).unwrap() = value;
            check(&v, &known(), today)
        };
        for (path, value) in [
            ("/programs", json!(["018-support"])),
            ("/programs", json!(["akachan-first", "018-support"])),
            ("/guardian/name", json!("")),
            ("/guardian", json!({"name": "x", "address": "y"})),
            ("/children", json!([])),
            ("/children/0/birth_date", json!("2026-12-05")),
            ("/children/0/birth_date", json!("2026/01/01")),
            ("/children/0/child_id", json!("b-child-1")),
            ("/children/0/birth_date", json!("2000-01-01")),
        ] {
            assert!(with(path, value.clone()).is_err(), "{path} = {value}");
        }
        assert!(check(&json!([1]), &known(), today).is_err());
    }
}
