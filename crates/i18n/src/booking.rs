//! Words for 保活 bookings and the nursery application
//! (`locales/*/booking.ftl`), for `hagu` and the app.

use crate::{Localizer, Value};
use hagukumi_core::nursery::booking::{
    decline_message_id, Booking, BookingState, NurseryDecision, Slot, SlotKind, SlotMode,
};

/// "2027年1月18日 10:00–10:30".
pub fn when(l: &Localizer, slot: &Slot) -> String {
    l.format(
        "booking-when",
        &[
            ("date", Value::from(l.date(slot.starts.date()))),
            ("from", Value::from(slot.starts.format("%H:%M").to_string())),
            ("to", Value::from(slot.ends().format("%H:%M").to_string())),
        ],
    )
}

/// What the slot is: "見学" / "保活相談（窓口）" / "保活相談（オンライン）".
pub fn kind(l: &Localizer, slot: &Slot) -> String {
    l.text(match (slot.kind, slot.mode) {
        (SlotKind::Visit, _) => "booking-kind-visit",
        (SlotKind::Consult, SlotMode::Online) => "booking-kind-consult-online",
        (SlotKind::Consult, _) => "booking-kind-consult-counter",
    })
}

/// One slot's line: what, where, when.
pub fn slot_line(l: &Localizer, slot: &Slot) -> String {
    l.format(
        "booking-slot-line",
        &[
            ("kind", Value::from(kind(l, slot))),
            ("place", Value::from(slot.place.as_str())),
            ("when", Value::from(when(l, slot))),
        ],
    )
}

/// A booking's state in words, with the decline's reason.
pub fn state(l: &Localizer, b: &Booking) -> String {
    let state = l.text(b.state.message_id());
    match (&b.state, &b.reason) {
        (BookingState::Declined, Some(r)) => l.format(
            "booking-state-with-reason",
            &[
                ("state", Value::from(state)),
                ("reason", Value::from(l.text(decline_message_id(r)))),
            ],
        ),
        _ => state,
    }
}

/// The decision in words: received, 内定 at the facility (its rank), 保留.
pub fn decision(l: &Localizer, d: &NurseryDecision) -> String {
    match (&d.facility, d.rank) {
        (Some(f), Some(rank)) => l.format(
            "nursery-decision-offered-at",
            &[
                (
                    "facility",
                    Value::from(d.facility_name.clone().unwrap_or_else(|| f.clone())),
                ),
                ("rank", Value::from(rank)),
            ],
        ),
        _ => l.text(d.status.message_id()),
    }
}

/// One line of the 利用調整 result.
pub fn adjustment(l: &Localizer, a: &hagukumi_core::nursery::booking::Adjustment) -> String {
    l.format(
        "nursery-adjustment-line",
        &[
            ("rank", Value::from(a.rank)),
            (
                "facility",
                Value::from(
                    a.facility_name
                        .clone()
                        .unwrap_or_else(|| a.facility.clone()),
                ),
            ),
            ("outcome", Value::from(l.text(a.outcome.message_id()))),
        ],
    )
}
