//! Booking a nursery visit (見学) or a municipal consultation (保活相談), and
//! the nursery application (希望順位 → 内定 / 保留): what the slots are, what
//! a booking's state is, what an application holds, and the decision the
//! portal sends back as an official item of the `nursery` category.
//!
//! Pure: the slots come from the municipality's `slots` catalogue (signed,
//! kept by the store), the bookings and the application go through the
//! outbox with an idempotency key (`crates/sync/src/nursery.rs`); nothing
//! here reads the clock.

use super::search::age_class;
use crate::schedule::reminders::{Reminder, ReminderKind};
use crate::schedule::Reason;
use crate::validate::parse_date;
use crate::Date;
use chrono::{Datelike, NaiveDateTime};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

pub use super::request::RequestError;
pub use crate::official::nursery::{Adjustment, DecisionStatus, NurseryDecision, Outcome};

/// The outbox kinds of this module (see `crate::writes`).
pub const BOOKING_KIND: &str = "nursery-booking";
pub const CANCEL_KIND: &str = "nursery-booking-cancel";
pub const APPLICATION_KIND: &str = "nursery-application";

/// Most preferences in one application.
pub const MAX_PREFERENCES: usize = 20;

/// What a slot is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SlotKind {
    /// 見学: a visit to a facility.
    Visit,
    /// 保活相談: a consultation with the municipality.
    Consult,
}

/// Where it takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SlotMode {
    /// At the facility.
    OnSite,
    /// At the municipality's counter.
    Counter,
    Online,
}

/// A bookable slot, as the municipality's `slots` catalogue publishes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    pub id: String,
    pub kind: SlotKind,
    pub municipality: String,
    /// The facility's id (`<municipality>-<NO>`) for a visit.
    #[serde(default)]
    pub facility: Option<String>,
    /// The facility's or the counter's name.
    pub place: String,
    pub starts: NaiveDateTime,
    pub minutes: u32,
    pub mode: SlotMode,
    /// How many families a slot takes.
    pub capacity: u32,
    #[serde(default)]
    pub sample: bool,
}

impl Slot {
    /// The slot of a kept catalogue item (`{"kind": "record", "record": …}`);
    /// `None` for the file header or an item that is not a slot.
    pub fn from_item(item: &Value) -> Option<Slot> {
        serde_json::from_value(item.get("record")?.clone()).ok()
    }

    pub fn ends(&self) -> NaiveDateTime {
        self.starts + chrono::Duration::minutes(i64::from(self.minutes))
    }

    /// The body of a booking: the slot as published (the portal declines
    /// it when its slot has changed since).
    pub fn booking_body(&self) -> Value {
        json!({ "slot": self })
    }
}

/// The time in Japan (UTC+9, no daylight saving) at UTC `utc`: slots are
/// published in the municipality's local time.
pub fn japan_time(utc: NaiveDateTime) -> NaiveDateTime {
    utc + chrono::Duration::hours(9)
}

/// The body of a cancellation of the family's booking of `slot_id`.
pub fn cancel_body(slot_id: &str) -> Value {
    json!({ "slot": slot_id })
}

crate::by_name::choices! {
    /// Where a booking stands, as the parent sees it.
    pub enum BookingState: serde messages "nursery-booking-" {
        /// Queued, not answered yet.
        Pending = "pending",
        Confirmed = "confirmed",
        /// The portal declined it (`reason`: `slot_full`, …).
        Declined = "declined",
        /// A cancellation is queued.
        Cancelling = "cancelling",
        Cancelled = "cancelled",
        /// The portal refused the request for good.
        Refused = "refused",
    }
}

impl BookingState {
    /// Whether it belongs in the timeline, the reminders and the calendar.
    pub fn is_held(self) -> bool {
        matches!(self, BookingState::Pending | BookingState::Confirmed)
    }
}

/// A booking made from here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Booking {
    /// The outbox entry of the booking (what `cancel` names).
    pub id: i64,
    pub slot: Slot,
    pub state: BookingState,
    /// The portal's booking id, once confirmed.
    pub portal_id: Option<String>,
    /// Why it was declined or refused (the portal's code).
    pub reason: Option<String>,
    pub queued_at: String,
}

/// The Fluent id of a decline's reason (`slot_full` → `nursery-decline-slot_full`).
pub fn decline_message_id(reason: &str) -> &'static str {
    match reason {
        "slot_full" => "nursery-decline-slot-full",
        "slot_changed" => "nursery-decline-slot-changed",
        "unknown_slot" => "nursery-decline-unknown-slot",
        "slot_past" => "nursery-decline-slot-past",
        "already_booked" => "nursery-decline-already-booked",
        _ => "nursery-decline-other",
    }
}

/// Reminders the day before each held booking (id
/// `nursery-booking:<id>:<date>`), due on `today` or later.
pub fn booking_reminders(bookings: &[Booking], today: Date) -> Vec<Reminder> {
    bookings
        .iter()
        .filter(|b| b.state.is_held())
        .filter_map(|b| {
            let day = b.slot.starts.date();
            let due = day.pred_opt()?;
            if today > day {
                return None;
            }
            let words = |id: &str| {
                Reason::new(id)
                    .text("place", &b.slot.place)
                    .date("date", day)
                    .text("time", &b.slot.starts.format("%H:%M").to_string())
                    .text(
                        "kind",
                        match b.slot.kind {
                            SlotKind::Visit => "visit",
                            SlotKind::Consult => "consult",
                        },
                    )
            };
            Some(Reminder {
                id: format!("nursery-booking:{}:{day}", b.id),
                kind: ReminderKind::Opening,
                person: None,
                target: day,
                due,
                title: words("nursery-reminder-title"),
                body: words("nursery-reminder-body"),
                entries: Vec::new(),
            })
        })
        .collect()
}

/// One preference: a facility of a municipality (希望順位 = its place in the list).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preference {
    pub municipality: String,
    /// The facility's id (`<municipality>-<NO>`).
    pub facility: String,
}

impl Preference {
    /// The facility `id` (`<municipality>-<NO>`) as a preference of its municipality.
    pub fn of(id: &str) -> Preference {
        Preference {
            municipality: id.split('-').next().unwrap_or("").to_owned(),
            facility: id.to_owned(),
        }
    }
}

/// The application as the window and `hagu` send it (strings as typed).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationInput {
    pub child_id: crate::model::RecordId,
    /// The intake (`YYYY-04-01`).
    pub intake: String,
    /// In order of preference, the first most wanted.
    pub preferences: Vec<Preference>,
}

/// A checked application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    pub child_id: crate::model::RecordId,
    pub birth: Date,
    pub intake: Date,
    /// The child's class at the intake (0–5, 歳児クラス).
    pub class: u8,
    pub preferences: Vec<Preference>,
}

fn bad(message_id: &'static str, value: &str) -> RequestError {
    RequestError {
        message_id,
        value: value.to_owned(),
    }
}

impl ApplicationInput {
    /// Checks the application of a child born on `birth`: an April 1 intake
    /// not yet past on `today`, a class the child is in on that day, 1 to
    /// [`MAX_PREFERENCES`] facilities, each once, each known
    /// (`known(municipality, facility)`).
    pub fn validate(
        &self,
        birth: Date,
        today: Date,
        known: impl Fn(&str, &str) -> bool,
    ) -> Result<Application, RequestError> {
        let intake = parse_date(self.intake.trim())
            .ok()
            .filter(|d| d.month() == 4 && d.day() == 1)
            .ok_or_else(|| bad("nursery-error-bad-intake", &self.intake))?;
        if intake <= today {
            return Err(bad("nursery-error-intake-past", &self.intake));
        }
        let class = age_class(birth, intake)
            .ok_or_else(|| bad("nursery-error-no-class", &birth.to_string()))?;
        if self.preferences.is_empty() {
            return Err(bad("nursery-error-no-preferences", ""));
        }
        if self.preferences.len() > MAX_PREFERENCES {
            return Err(bad(
                "nursery-error-too-many-preferences",
                &self.preferences.len().to_string(),
            ));
        }
        for (i, p) in self.preferences.iter().enumerate() {
            if self.preferences[..i].contains(p) {
                return Err(bad("nursery-error-preference-twice", &p.facility));
            }
            if !known(&p.municipality, &p.facility) {
                return Err(bad("nursery-error-unknown-facility", &p.facility));
            }
        }
        Ok(Application {
            child_id: self.child_id,
            birth,
            intake,
            class: class.years(),
            preferences: self.preferences.clone(),
        })
    }
}

impl Application {
    /// The body sent to `POST /v1/nursery-applications` (the portal's child
    /// id when the child is linked; never a name or an individual number).
    pub fn to_portal_json(&self, portal_child: Option<String>) -> Value {
        json!({
            "child": { "child_id": portal_child, "birth_date": self.birth },
            "intake": self.intake,
            "class": self.class,
            "preferences": self.preferences,
        })
    }
}

/// Where the application sent from here stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApplicationView {
    /// The outbox entry.
    pub id: i64,
    /// Waiting to be sent, sent, or refused for good.
    pub sending: crate::benefits::SendState,
    pub child_id: Option<crate::model::RecordId>,
    pub intake: Option<Date>,
    /// The preferences in order (municipality, facility).
    pub preferences: Vec<crate::nursery::booking::Preference>,
    /// The portal's receipt id.
    pub receipt: Option<String>,
    /// The portal's decision, once synced (status `received` until the
    /// 利用調整 is done).
    pub decision: Option<NurseryDecision>,
    /// Why the portal refused it, or the last problem sending it.
    pub problem: Option<String>,
    pub queued_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    fn input(prefs: &[&str]) -> ApplicationInput {
        ApplicationInput {
            child_id: 1,
            intake: "2027-04-01".into(),
            preferences: prefs
                .iter()
                .map(|f| Preference {
                    municipality: "131083".into(),
                    facility: (*f).into(),
                })
                .collect(),
        }
    }

    #[test]
    fn an_application_is_checked() {
        let known = |_: &str, f: &str| f.starts_with("131083-");
        let today = d("2026-12-04");
        let ok = input(&["131083-2", "131083-1"])
            .validate(d("2025-06-10"), today, known)
            .unwrap();
        assert_eq!(ok.class, 1);
        assert_eq!(ok.preferences[0].facility, "131083-2");
        let err = |i: ApplicationInput, birth: &str| {
            i.validate(d(birth), today, known).unwrap_err().message_id
        };
        assert_eq!(
            err(input(&[]), "2025-06-10"),
            "nursery-error-no-preferences"
        );
        assert_eq!(
            err(input(&["131083-1", "131083-1"]), "2025-06-10"),
            "nursery-error-preference-twice"
        );
        assert_eq!(
            err(input(&["999999-1"]), "2025-06-10"),
            "nursery-error-unknown-facility"
        );
        let mut late = input(&["131083-1"]);
        late.intake = "2027-05-01".into();
        assert_eq!(err(late, "2025-06-10"), "nursery-error-bad-intake");
        let mut past = input(&["131083-1"]);
        past.intake = "2026-04-01".into();
        assert_eq!(err(past, "2025-06-10"), "nursery-error-intake-past");
        // Born after the intake: in no class yet.
        assert_eq!(
            err(input(&["131083-1"]), "2027-04-02"),
            "nursery-error-no-class"
        );
    }

    fn slot(starts: &str) -> Slot {
        Slot {
            id: "visit:131083-1:2027-01-18T10:00".into(),
            kind: SlotKind::Visit,
            municipality: "131083".into(),
            facility: Some("131083-1".into()),
            place: "サンプル豊洲ひかり保育園".into(),
            starts: NaiveDateTime::parse_from_str(starts, "%Y-%m-%dT%H:%M").unwrap(),
            minutes: 30,
            mode: SlotMode::OnSite,
            capacity: 2,
            sample: true,
        }
    }

    #[test]
    fn a_held_booking_is_reminded_the_day_before() {
        let booking = |state| Booking {
            id: 7,
            slot: slot("2027-01-18T10:00"),
            state,
            portal_id: None,
            reason: None,
            queued_at: "2026-12-04T10:00:00".into(),
        };
        let r = booking_reminders(&[booking(BookingState::Confirmed)], d("2027-01-10"));
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].due, d("2027-01-17"));
        assert_eq!(r[0].id, "nursery-booking:7:2027-01-18");
        for gone in [
            BookingState::Cancelled,
            BookingState::Declined,
            BookingState::Cancelling,
        ] {
            assert!(booking_reminders(&[booking(gone)], d("2027-01-10")).is_empty());
        }
        // After the day: nothing.
        assert!(booking_reminders(&[booking(BookingState::Confirmed)], d("2027-01-19")).is_empty());
    }

    #[test]
    fn held_bookings_join_the_family_next_actions_by_day() {
        use crate::api::{FamilyAction, NextEntry};
        use crate::schedule::{CheckupId, ItemRef, PlanItem, Status};
        let action = |day: &str| {
            let mut item = PlanItem::new(
                ItemRef::Checkup(CheckupId("month-1".into())),
                "schedule-checkup-month-1".into(),
                Status::Upcoming,
                Vec::new(),
            );
            item.earliest = Some(d(day));
            item.suggested = Some(d(day));
            FamilyAction {
                child_id: Some(1),
                pregnancy_id: None,
                name: Some("太郎".into()),
                item,
            }
        };
        let booking = |id, starts: &str, state| Booking {
            id,
            slot: slot(starts),
            state,
            portal_id: None,
            reason: None,
            queued_at: "2026-12-04T10:00:00".into(),
        };
        let bookings = [
            booking(1, "2027-01-18T10:00", BookingState::Confirmed),
            booking(2, "2027-01-12T09:00", BookingState::Pending),
            booking(3, "2027-01-11T09:00", BookingState::Cancelled),
            // Before today: gone from the list.
            booking(4, "2027-01-09T09:00", BookingState::Confirmed),
        ];
        let actions = vec![
            action("2027-01-05"),
            action("2027-01-12"),
            action("2027-02-01"),
        ];
        let entries = NextEntry::merge(actions, &bookings, d("2027-01-10"), 10);
        let days: Vec<(String, bool)> = entries
            .iter()
            .map(|e| (e.date().to_string(), matches!(e, NextEntry::Booking(_))))
            .collect();
        let want = [
            ("2027-01-05", false),
            ("2027-01-12", false),
            ("2027-01-12", true),
            ("2027-01-18", true),
            ("2027-02-01", false),
        ];
        assert_eq!(
            days,
            want.map(|(d, b)| (d.to_string(), b)).to_vec(),
            "{entries:?}"
        );
        let ids: Vec<i64> = entries
            .iter()
            .filter_map(|e| match e {
                NextEntry::Booking(b) => Some(b.id),
                NextEntry::Plan(_) => None,
            })
            .collect();
        assert_eq!(ids, [2, 1]);
        // At most `n` of each: the bookings held are listed even when the
        // plan's first item comes before them.
        let first = NextEntry::merge(
            vec![action("2027-01-05"), action("2027-01-06")],
            &bookings,
            d("2027-01-10"),
            1,
        );
        assert_eq!(first.len(), 2, "{first:?}");
        assert!(matches!(&first[0], NextEntry::Plan(_)));
        assert!(matches!(&first[1], NextEntry::Booking(b) if b.id == 2));
        // The JSON names the entry.
        let first = &first[1..];
        let json = serde_json::to_value(&first[0]).unwrap();
        assert_eq!(json["entry"], "booking");
        assert_eq!(serde_json::from_value::<NextEntry>(json).unwrap(), first[0]);
    }

    #[test]
    fn a_slot_reads_from_its_catalogue_item() {
        let s = slot("2027-01-18T10:00");
        let item =
            json!({"id": format!("slot:{}", s.id), "kind": "record", "file": "slots", "record": s});
        assert_eq!(Slot::from_item(&item), Some(s.clone()));
        assert_eq!(s.ends().format("%H:%M").to_string(), "10:30");
        assert_eq!(Slot::from_item(&json!({"kind": "file"})), None);
    }
}
