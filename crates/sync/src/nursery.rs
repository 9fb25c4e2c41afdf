//! 保活 through the outbox: booking a visit (見学) or a consultation (保活相談)
//! from the municipality's kept `slots` catalogue, cancelling it, and the
//! nursery application from an ordered preference list. Each write's body
//! and idempotency key are fixed when it is queued (`Store::queue_write`),
//! so a crash, a retry or a lost answer sends the same write again and the
//! portal acts once. A booking's state is read from its outbox entry and
//! the portal's answer kept there; the application's decision (内定 / 保留,
//! the 利用調整 result) comes back as an official item of `nursery`.

use crate::engine::idempotency_key;
use hagukumi_core::benefits::SendState;
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::municipal::Catalogue;
use hagukumi_core::nursery::booking::{
    cancel_body, japan_time, ApplicationInput, ApplicationView, Booking, BookingState,
    NurseryDecision, RequestError, Slot, APPLICATION_KIND, BOOKING_KIND, CANCEL_KIND,
};
use hagukumi_core::official::{Category, OfficialItem};
use hagukumi_core::Date;
use hagukumi_store::official::{OutboxEntry, OutboxState};
use hagukumi_store::{Store, StoreError};
use serde_json::Value;

/// Why a booking, a cancellation or an application was not queued.
#[derive(Debug, thiserror::Error)]
pub enum NurseryError {
    /// No such slot in the kept catalogue (sync first), or it has started.
    #[error("no such slot: {0}")]
    UnknownSlot(String),
    /// This slot is already booked from here (pending or confirmed).
    #[error("this slot is already booked")]
    AlreadyBooked,
    /// No booking to cancel with this id, or it is not held.
    #[error("no booking {0} to cancel")]
    NotCancellable(i64),
    /// An application is waiting to be sent.
    #[error("an application is already waiting to be sent")]
    AlreadyPending,
    #[error("no child {0}")]
    UnknownChild(hagukumi_core::model::RecordId),
    #[error(transparent)]
    Invalid(#[from] RequestError),
    #[error(transparent)]
    Sync(#[from] crate::SyncError),
}

impl From<StoreError> for NurseryError {
    fn from(e: StoreError) -> Self {
        NurseryError::Sync(e.into())
    }
}

impl NurseryError {
    /// What the message names (`$value`): the slot, the booking, the child,
    /// or the refused input's value.
    pub fn value(&self) -> String {
        match self {
            NurseryError::UnknownSlot(s) => s.clone(),
            NurseryError::NotCancellable(id) | NurseryError::UnknownChild(id) => id.to_string(),
            NurseryError::Invalid(e) => e.value.clone(),
            _ => String::new(),
        }
    }

    /// The Fluent id of the problem (`Invalid` carries its own).
    pub fn message_id(&self) -> &'static str {
        match self {
            NurseryError::UnknownSlot(_) => "nursery-error-unknown-slot",
            NurseryError::AlreadyBooked => "nursery-error-already-booked",
            NurseryError::NotCancellable(_) => "nursery-error-not-cancellable",
            NurseryError::AlreadyPending => "nursery-error-already-pending",
            NurseryError::UnknownChild(_) => "nursery-error-unknown-child",
            NurseryError::Invalid(e) => e.message_id,
            NurseryError::Sync(e) => e.message_id(),
        }
    }
}

/// The slots the handbook keeps for `municipality` (from its last sync),
/// of `facility` when given, starting after `now` (UTC), soonest first.
pub fn slots(
    store: &Store,
    municipality: &str,
    facility: Option<&str>,
    now: NaiveDateTime,
) -> Result<Vec<Slot>, StoreError> {
    let Some(copy) = store.kept_copy(Catalogue::Slots, municipality)? else {
        return Ok(Vec::new());
    };
    let mut out: Vec<Slot> = copy
        .items
        .iter()
        .filter_map(|k| Slot::from_item(&k.item))
        .filter(|s| s.starts > japan_time(now))
        .filter(|s| facility.is_none_or(|f| s.facility.as_deref() == Some(f)))
        .collect();
    out.sort_by(|a, b| (a.starts, &a.id).cmp(&(b.starts, &b.id)));
    Ok(out)
}

fn payload(e: &OutboxEntry) -> Result<Value, StoreError> {
    serde_json::from_str(&e.payload).map_err(|x| StoreError::Corrupt(x.to_string()))
}

fn response(e: &OutboxEntry) -> Option<Value> {
    serde_json::from_str(e.response.as_deref()?).ok()
}

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// Every booking made from here, in the order queued, with its state:
/// pending until the portal answered, then confirmed or declined; a queued
/// cancellation makes it cancelling, an answered one cancelled.
pub fn bookings(store: &Store) -> Result<Vec<Booking>, StoreError> {
    let mut out: Vec<Booking> = Vec::new();
    for e in store.outbox(None)? {
        let body = payload(&e)?;
        if e.kind == BOOKING_KIND {
            let slot: Slot = serde_json::from_value(body["slot"].clone())
                .map_err(|x| StoreError::Corrupt(x.to_string()))?;
            let answer = response(&e);
            let (state, reason) = match (e.state, &answer) {
                (OutboxState::Pending, _) => (BookingState::Pending, e.last_error.clone()),
                (OutboxState::Rejected, _) => (BookingState::Refused, e.last_error.clone()),
                (OutboxState::Sent, Some(a))
                    if text(a, "status").as_deref() == Some("confirmed") =>
                {
                    (BookingState::Confirmed, None)
                }
                (OutboxState::Sent, a) => (
                    BookingState::Declined,
                    a.as_ref().and_then(|a| text(a, "reason")),
                ),
            };
            out.push(Booking {
                id: e.id,
                slot,
                state,
                portal_id: answer.as_ref().and_then(|a| text(a, "booking")),
                reason,
                queued_at: e.created_at,
            });
        } else if e.kind == CANCEL_KIND {
            let slot = text(&body, "slot").unwrap_or_default();
            // The booking of that slot it was queued for: the latest before it.
            let Some(b) = out
                .iter_mut()
                .rev()
                .find(|b| b.slot.id == slot && b.state.is_held())
            else {
                continue;
            };
            b.state = match e.state {
                OutboxState::Pending => BookingState::Cancelling,
                OutboxState::Sent => BookingState::Cancelled,
                // Refused for good: the booking stands as it was.
                OutboxState::Rejected => b.state,
            };
        }
    }
    Ok(out)
}

/// Queues a booking of the kept slot `slot_id` (of the family's
/// municipality or any kept one). Refused for a slot not kept or started,
/// or one already booked from here.
pub fn book(store: &Store, slot_id: &str, now: NaiveDateTime) -> Result<Booking, NurseryError> {
    let slot =
        kept_slot(store, slot_id, now)?.ok_or_else(|| NurseryError::UnknownSlot(slot_id.into()))?;
    if bookings(store)?
        .iter()
        .any(|b| b.slot.id == slot.id && b.state.is_held())
    {
        return Err(NurseryError::AlreadyBooked);
    }
    let entry = store.queue_write(
        BOOKING_KIND,
        None,
        &slot.booking_body(),
        &idempotency_key()?,
        now,
    )?;
    find(store, entry.id)
}

fn kept_slot(store: &Store, slot_id: &str, now: NaiveDateTime) -> Result<Option<Slot>, StoreError> {
    for copy in store.kept_copies(Catalogue::Slots)? {
        let found = copy
            .items
            .iter()
            .filter_map(|k| Slot::from_item(&k.item))
            .find(|s| s.id == slot_id && s.starts > japan_time(now));
        if found.is_some() {
            return Ok(found);
        }
    }
    Ok(None)
}

fn find(store: &Store, id: i64) -> Result<Booking, NurseryError> {
    bookings(store)?
        .into_iter()
        .find(|b| b.id == id)
        .ok_or(NurseryError::NotCancellable(id))
}

/// Queues the cancellation of booking `id` (pending or confirmed).
pub fn cancel(store: &Store, id: i64, now: NaiveDateTime) -> Result<Booking, NurseryError> {
    let booking = find(store, id)?;
    if !booking.state.is_held() {
        return Err(NurseryError::NotCancellable(id));
    }
    store.queue_write(
        CANCEL_KIND,
        None,
        &cancel_body(&booking.slot.id),
        &idempotency_key()?,
        now,
    )?;
    find(store, id)
}

/// The nursery applications sent from here, oldest first, each with the
/// decision the portal sent back.
pub fn applications(store: &Store) -> Result<Vec<ApplicationView>, StoreError> {
    let decisions: Vec<NurseryDecision> = store
        .official_items(None, Some(Category::Nursery))?
        .into_iter()
        .filter_map(|i| match i.item {
            OfficialItem::Nursery(n) => Some(n),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    for e in store.outbox(None)? {
        if e.kind != APPLICATION_KIND {
            continue;
        }
        let body = payload(&e)?;
        let receipt = response(&e).and_then(|r| text(&r, "id"));
        out.push(ApplicationView {
            id: e.id,
            sending: match e.state {
                OutboxState::Pending => SendState::Pending,
                OutboxState::Sent => SendState::Sent,
                OutboxState::Rejected => SendState::Refused,
            },
            child_id: e.child_id,
            intake: serde_json::from_value(body["intake"].clone()).ok(),
            preferences: serde_json::from_value(body["preferences"].clone()).unwrap_or_default(),
            decision: receipt
                .as_ref()
                .and_then(|r| decisions.iter().find(|d| &d.id == r).cloned()),
            receipt,
            problem: e.last_error,
            queued_at: e.created_at,
        });
    }
    Ok(out)
}

/// Queues the application (checked against the child's birth date and the
/// nursery datasets), refused while another is waiting to be sent.
pub fn apply(
    store: &Store,
    input: &ApplicationInput,
    known: impl Fn(&str, &str) -> bool,
    today: Date,
    now: NaiveDateTime,
) -> Result<ApplicationView, NurseryError> {
    let child = store
        .child(input.child_id)?
        .ok_or(NurseryError::UnknownChild(input.child_id))?;
    let application = input.validate(child.birth_date, today, known)?;
    if applications(store)?
        .iter()
        .any(|a| a.sending == SendState::Pending)
    {
        return Err(NurseryError::AlreadyPending);
    }
    let body = application.to_portal_json(store.portal_child_id(child.id)?);
    let entry = store.queue_write(
        APPLICATION_KIND,
        Some(child.id),
        &body,
        &idempotency_key()?,
        now,
    )?;
    applications(store)?
        .into_iter()
        .find(|a| a.id == entry.id)
        .ok_or_else(|| StoreError::Corrupt("outbox entry vanished".into()).into())
}
