//! 保活 at the reference portal: the bookable slots of each SAMPLE
//! municipality (the `slots` catalogue of `GET
//! /v1/municipalities/{code}/slots`), bookings and their cancellations, and
//! the nursery application with its decision. The writes are idempotent on
//! the `Idempotency-Key` like the questionnaires (`questionnaire::Write`,
//! scope `nursery`): the same key and body give one effect and the same
//! answer.
//!
//! The rules, deterministic so tests and the demo can rely on them:
//!
//! ```text
//! slots     visits: each facility's 見学枠 column of assets/nurseries/*.csv,
//!           30 minutes at the facility, 2 families a slot;
//!           consultations (保活相談): CONSULT_DAYS at 10:00 at the counter
//!           and 14:00 online, 45 minutes, 1 family a slot
//! booking   confirmed, or declined with a reason, checked in this order:
//!           unknown_slot (no such slot), slot_changed (the slot sent differs
//!           from the one published), slot_past (it has started),
//!           already_booked (this family holds it), slot_full (capacity
//!           reached); a body that is not a booking: 422 invalid_booking
//! cancel    the family's booking of the slot is cancelled (its place free
//!           again); none held: answered "not-booked"
//! apply     received; `PortalHandle::decide_nursery` is the office's
//!           利用調整: preferences in order, the first facility with an
//!           opening left for the child's class (the CSV's 空き column, less
//!           the places offered before) is offered (内定), else 保留
//! ```

use std::collections::HashMap;
use std::sync::Arc;
use std::time::SystemTime;

use crate::benefits::only;
use crate::dates::{self, format_date, parse_date};
use crate::questionnaire::Write;
use crate::slots::{facilities, Facility, MUNICIPALITIES};
use crate::state::{lock, Outbox, Portal};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use serde_json::{json, Value};

const MAX_PREFERENCES: usize = 20;

/// The published slot `id` (any municipality).
fn published(portal: &Portal, id: &str) -> Option<Value> {
    let catalogues = lock(&portal.catalogues);
    let item_id = format!("slot:{id}");
    catalogues
        .iter()
        .filter(|((c, _), _)| c == "slots")
        .flat_map(|(_, items)| items.iter())
        .filter(|i| i.get("id").and_then(Value::as_str) == Some(&item_id))
        .last()
        .and_then(|i| i.get("record").cloned())
}

/// `{"slot": …}` of a booking (an object with an `id`) or a cancellation
/// (the slot's id).
fn slot_of(body: &Value, object: bool) -> Result<(String, Option<&Value>), String> {
    let fields = body.as_object().ok_or("the body must be a JSON object")?;
    only(fields, &["slot"], "the body")?;
    let slot = fields.get("slot").ok_or("`slot` is missing")?;
    let id = if object {
        slot.get("id").and_then(Value::as_str)
    } else {
        slot.as_str()
    };
    match id {
        Some(id) if !id.is_empty() && id.len() <= 200 => {
            Ok((id.to_owned(), object.then_some(slot)))
        }
        _ => Err("`slot` must name a slot".into()),
    }
}

fn book(
    portal: &Portal,
    family: &str,
    request: &Value,
    outbox: &mut Outbox,
) -> Result<(Value, Value), String> {
    let (id, sent) = slot_of(request, true)?;
    let decline =
        |reason: &str| json!({"slot": id, "booking": null, "status": "declined", "reason": reason});
    let answer = match published(portal, &id) {
        None => decline("unknown_slot"),
        Some(slot) if Some(&slot) != sent => decline("slot_changed"),
        Some(slot) => {
            let starts = slot["starts"].as_str().unwrap_or("");
            let capacity = slot["capacity"].as_u64().unwrap_or(0) as usize;
            let held = outbox.held.entry(id.clone()).or_default();
            if starts <= dates::now_local().as_str() {
                decline("slot_past")
            } else if held.iter().any(|(f, _)| f == family) {
                decline("already_booked")
            } else if held.len() >= capacity {
                decline("slot_full")
            } else {
                outbox.last_booking += 1;
                let booking = format!("nb-{:06}", outbox.last_booking);
                held.push((family.to_owned(), booking.clone()));
                json!({"slot": id, "booking": booking, "status": "confirmed", "reason": null})
            }
        }
    };
    Ok((answer.clone(), answer))
}

fn cancel(
    _: &Portal,
    family: &str,
    request: &Value,
    outbox: &mut Outbox,
) -> Result<(Value, Value), String> {
    let (id, _) = slot_of(request, false)?;
    let held = outbox.held.entry(id.clone()).or_default();
    let answer = match held.iter().position(|(f, _)| f == family) {
        Some(i) => {
            let (_, booking) = held.remove(i);
            json!({"slot": id, "booking": booking, "status": "cancelled"})
        }
        None => json!({"slot": id, "booking": null, "status": "not-booked"}),
    };
    Ok((answer.clone(), answer))
}

/// Checks an application; the facilities' ids of its preferences and the class.
fn check_application(body: &Value) -> Result<(Vec<String>, usize), String> {
    let fields = body.as_object().ok_or("the body must be a JSON object")?;
    only(
        fields,
        &["child", "intake", "class", "preferences"],
        "the body",
    )?;
    let child = fields
        .get("child")
        .and_then(Value::as_object)
        .ok_or("`child` must be an object")?;
    only(child, &["child_id", "birth_date"], "`child`")?;
    child
        .get("birth_date")
        .and_then(Value::as_str)
        .and_then(parse_date)
        .ok_or("`child.birth_date` must be a date written YYYY-MM-DD")?;
    let intake = fields.get("intake").and_then(Value::as_str).unwrap_or("");
    if parse_date(intake).is_none() || !intake.ends_with("-04-01") {
        return Err("`intake` must be an April 1 written YYYY-04-01".into());
    }
    let class = fields
        .get("class")
        .and_then(Value::as_u64)
        .filter(|c| *c <= 5)
        .ok_or("`class` must be 0 to 5")? as usize;
    let prefs = fields
        .get("preferences")
        .and_then(Value::as_array)
        .filter(|p| !p.is_empty() && p.len() <= MAX_PREFERENCES)
        .ok_or(format!(
            "`preferences` must hold 1 to {MAX_PREFERENCES} facilities"
        ))?;
    let mut ids = Vec::new();
    for p in prefs {
        let p = p.as_object().ok_or("each preference must be an object")?;
        only(p, &["municipality", "facility"], "a preference")?;
        let code = p.get("municipality").and_then(Value::as_str).unwrap_or("");
        let id = p.get("facility").and_then(Value::as_str).unwrap_or("");
        if !facilities(code).iter().any(|f| f.id == id) {
            return Err(format!("unknown facility `{id}` in `{code}`"));
        }
        if ids.iter().any(|i| i == id) {
            return Err(format!("`{id}` is named twice"));
        }
        ids.push(id.to_owned());
    }
    Ok((ids, class))
}

fn apply(
    portal: &Portal,
    family_id: &str,
    request: &Value,
    outbox: &mut Outbox,
) -> Result<(Value, Value), String> {
    let (preferences, class) = check_application(request)?;
    outbox.last_nursery_application += 1;
    let id = format!("na-{:06}", outbox.last_nursery_application);
    let today = format_date(crate::benefits::today());
    let mut families = portal.families();
    let family = crate::families::family_mut(&mut families, family_id)?;
    family
        .categories
        .entry("nursery".into())
        .or_default()
        .push(json!({
            "id": id,
            "sample": true,
            "intake": request["intake"],
            "applied_on": today,
            "status": "received",
            "class": class,
            "preferences": preferences,
            "adjustment": [],
        }));
    let receipt =
        json!({"id": id, "status": "received", "received_at": dates::rfc3339(SystemTime::now())});
    Ok((receipt.clone(), receipt))
}

/// The office's 利用調整 of the family's received applications (see the
/// module's rules); returns how many were decided.
pub(crate) fn decide(portal: &Portal, family_id: &str) -> Result<usize, String> {
    let today = format_date(crate::benefits::today());
    let mut outbox = portal.outbox();
    let mut families = portal.families();
    let family = crate::families::family_mut(&mut families, family_id)?;
    let mut all: HashMap<String, Facility> = HashMap::new();
    for (code, _, _) in MUNICIPALITIES {
        all.extend(facilities(code).into_iter().map(|f| (f.id.clone(), f)));
    }
    Ok(family.advance("nursery", "received", |item| {
        let class = item["class"].as_u64().unwrap_or(0) as u8;
        let prefs: Vec<String> =
            serde_json::from_value(item["preferences"].clone()).unwrap_or_default();
        let mut offered = None;
        let mut lines = Vec::new();
        for (i, id) in prefs.iter().enumerate() {
            let f = all.get(id);
            let outcome = if offered.is_some() {
                "not-reached"
            } else {
                let taken = outbox.offered.entry((id.clone(), class)).or_default();
                let open = f.map_or(0, |f| f.openings[usize::from(class)]);
                if *taken < open {
                    *taken += 1;
                    offered = Some((i + 1, id.clone(), f.map(|f| f.name.clone())));
                    "offered"
                } else {
                    "no-opening"
                }
            };
            lines.push(json!({"rank": i + 1, "facility": id,
                "facility_name": f.map(|f| f.name.clone()), "outcome": outcome}));
        }
        item["adjustment"] = json!(lines);
        item["decided_on"] = json!(today);
        match offered {
            Some((rank, id, name)) => {
                item["status"] = json!("offered");
                item["rank"] = json!(rank);
                item["facility"] = json!(id);
                item["facility_name"] = json!(name);
            }
            None => item["status"] = json!("waitlisted"),
        }
    }))
}

macro_rules! write_route {
    ($name:ident, $ledger:ident, $invalid:literal, $accept:ident) => {
        pub(crate) async fn $name(
            State(portal): State<Arc<Portal>>,
            headers: HeaderMap,
            body: Bytes,
        ) -> Response {
            let write = Write {
                scope: "nursery",
                invalid: $invalid,
                ledger: |outbox| &mut outbox.$ledger,
            };
            write.request(&portal, &headers, &body, $accept).await
        }
    };
}

write_route!(submit_booking, bookings, "invalid_booking", book);
write_route!(
    submit_cancellation,
    cancellations,
    "invalid_booking",
    cancel
);
write_route!(
    submit_application,
    nursery_applications,
    "invalid_application",
    apply
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn applications_are_checked() {
        let ok = json!({"child": {"child_id": null, "birth_date": "2025-06-10"}, "intake": "2027-04-01",
                        "class": 1, "preferences": [{"municipality": "131083", "facility": "131083-2"},
                                                    {"municipality": "131083", "facility": "131083-1"}]});
        assert_eq!(
            check_application(&ok),
            Ok((vec!["131083-2".into(), "131083-1".into()], 1))
        );
        let mut twice = ok.clone();
        twice["preferences"][1]["facility"] = json!("131083-2");
        assert!(check_application(&twice).unwrap_err().contains("twice"));
        let mut unknown = ok.clone();
        unknown["preferences"][0]["facility"] = json!("131083-999");
        assert!(check_application(&unknown)
            .unwrap_err()
            .contains("unknown facility"));
        let mut may = ok.clone();
        may["intake"] = json!("2027-05-01");
        assert!(check_application(&may).is_err());
        let mut none = ok;
        none["preferences"] = json!([]);
        assert!(check_application(&none).is_err());
    }

    #[test]
    fn a_booking_body_names_its_slot() {
        assert_eq!(slot_of(&json!({"slot": "a"}), false).unwrap().0, "a");
        assert!(slot_of(&json!({"slot": {"id": "a"}, "extra": 1}), true).is_err());
        assert!(slot_of(&json!({"slot": 3}), false).is_err());
    }

    fn slot(portal: &Portal, id: &str) -> Value {
        published(portal, id).unwrap()
    }

    fn booked(portal: &Portal, family: &str, body: Value) -> Value {
        let mut outbox = portal.outbox();
        book(portal, family, &body, &mut outbox).unwrap().0
    }

    #[test]
    fn bookings_are_confirmed_or_declined_by_the_documented_rules() {
        let portal = Portal::new(crate::Config::default());
        let year = crate::slots::slots_year();
        let visit = &format!("visit:131083-1:{year}-01-18T10:00:00");
        let consult = &format!("consult:131083:{year}-01-12T10:00:00");
        let body = |id: &str| json!({"slot": slot(&portal, id)});
        let a = booked(&portal, "sample-a", body(visit));
        assert_eq!(a["status"], "confirmed");
        assert_eq!(a["booking"], "nb-000001");
        for (family, id, field, expected) in [
            // The same family again: declined, already booked.
            ("sample-a", visit, "reason", "already_booked"),
            // A visit takes two families, a consultation one.
            ("sample-b", visit, "status", "confirmed"),
            ("sample-c", visit, "reason", "slot_full"),
            ("sample-a", consult, "status", "confirmed"),
            ("sample-b", consult, "reason", "slot_full"),
        ] {
            let answer = booked(&portal, family, body(id));
            assert_eq!(answer[field], expected, "{family} {id}");
        }
        // A slot sent other than published, or one never published.
        let mut changed = slot(&portal, consult);
        changed["capacity"] = json!(9);
        assert_eq!(
            booked(&portal, "sample-c", json!({"slot": changed}))["reason"],
            "slot_changed"
        );
        let mut unknown = slot(&portal, consult);
        unknown["id"] = json!(format!("consult:131083:{year}-01-12T09:00:00"));
        assert_eq!(
            booked(&portal, "sample-c", json!({"slot": unknown}))["reason"],
            "unknown_slot"
        );
        // Not a booking at all: refused (422).
        let mut outbox = portal.outbox();
        assert!(book(&portal, "sample-c", &json!({"slot": 1}), &mut outbox).is_err());
        // Cancelled: the place is free again; nothing held: not booked.
        let c = cancel(&portal, "sample-a", &json!({"slot": consult}), &mut outbox)
            .unwrap()
            .0;
        assert_eq!(c["status"], "cancelled");
        let c = cancel(&portal, "sample-a", &json!({"slot": consult}), &mut outbox)
            .unwrap()
            .0;
        assert_eq!(c["status"], "not-booked");
        drop(outbox);
        assert_eq!(
            booked(&portal, "sample-b", body(consult))["status"],
            "confirmed"
        );
    }

    #[test]
    fn the_office_offers_the_first_preference_with_an_opening_left() {
        let portal = Portal::new(crate::Config::default());
        let application = |prefs: &[&str], class: u8| {
            json!({"child": {"child_id": null, "birth_date": "2025-06-10"}, "intake": "2027-04-01",
                   "class": class,
                   "preferences": prefs.iter().map(|f| json!({"municipality": "131083", "facility": f})).collect::<Vec<_>>()})
        };
        // 131083-3 has one opening for the 1歳児 class, 131083-1 none.
        for family in ["sample-a", "sample-b"] {
            let mut outbox = portal.outbox();
            apply(
                &portal,
                family,
                &application(&["131083-1", "131083-3", "131083-4"], 1),
                &mut outbox,
            )
            .unwrap();
        }
        assert_eq!(decide(&portal, "sample-a").unwrap(), 1);
        assert_eq!(decide(&portal, "sample-b").unwrap(), 1);
        assert_eq!(decide(&portal, "sample-b").unwrap(), 0, "decided once");
        let item = |family: &str| {
            portal
                .families()
                .iter()
                .find(|f| f.id == family)
                .unwrap()
                .categories["nursery"][0]
                .clone()
        };
        let a = item("sample-a");
        assert_eq!(a["status"], "offered");
        assert_eq!(a["facility"], "131083-3");
        assert_eq!(a["rank"], 2);
        let outcomes: Vec<&str> = a["adjustment"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["outcome"].as_str().unwrap())
            .collect();
        assert_eq!(outcomes, ["no-opening", "offered", "not-reached"]);
        // The one place is taken: the next family goes on to 131083-4.
        let b = item("sample-b");
        assert_eq!(b["facility"], "131083-4");
        assert_eq!(b["rank"], 3);
        // No opening anywhere: 保留.
        let mut outbox = portal.outbox();
        apply(
            &portal,
            "sample-c",
            &application(&["131083-6"], 2),
            &mut outbox,
        )
        .unwrap();
        drop(outbox);
        decide(&portal, "sample-c").unwrap();
        assert_eq!(item("sample-c")["status"], "waitlisted");
    }
}
