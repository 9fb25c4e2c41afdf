//! 保活 bookings and the nursery application against the real reference
//! portal on 127.0.0.1: the municipality's slots come with a sync; a
//! booking, its cancellation and the application each take effect once
//! across a kill between queuing and sending, a lost answer and a second
//! send with the same key; a full slot is declined; the decision (内定 /
//! 保留, the 利用調整 result) comes back through a sync.

mod support;

use hagukumi_core::benefits::SendState;
use hagukumi_core::chrono::Utc;
use hagukumi_core::nursery::booking::{
    ApplicationInput, BookingState, DecisionStatus, Outcome, Preference, SlotKind,
};
use hagukumi_core::programs;
use hagukumi_core::writes::write_kind;
use hagukumi_portal::{Config, Fault};
use hagukumi_store::official::OutboxState;
use hagukumi_store::Store;
use hagukumi_sync::nursery::{self, NurseryError};
use hagukumi_sync::{MemoryVault, Portal, TokenVault};
use support::*;

const KOTO: &str = "131083";

fn now() -> hagukumi_core::chrono::NaiveDateTime {
    Utc::now().naive_utc()
}

fn in_koto(store: &mut Store) {
    let registry = programs::load_embedded();
    store
        .set_municipality(registry.municipality(KOTO).unwrap())
        .unwrap();
}

/// Sends `entry` again by hand, as a crash between the answer and our
/// commit would.
fn send_again(h: &Connected, id: i64) -> serde_json::Value {
    let entry = h.store.outbox(Some(id)).unwrap().remove(0);
    let body: serde_json::Value = serde_json::from_str(&entry.payload).unwrap();
    let tokens = h.vault.load().unwrap().unwrap();
    h.portal
        .post(
            &tokens.access_token,
            write_kind(&entry.kind).unwrap().path,
            &entry.idempotency_key,
            &body,
        )
        .unwrap()
}

#[test]
fn a_booking_and_its_cancellation_happen_once_across_a_kill_a_lost_answer_and_a_second_send() {
    let mut h = connected(Config::default(), "sample-a");
    in_koto(&mut h.store);
    let report = h.sync().unwrap();
    assert!(report.municipal.unwrap().slots.items > 0);
    let slots = nursery::slots(&h.store, KOTO, Some("131083-1"), now()).unwrap();
    assert_eq!(slots.len(), 2, "{slots:?}");
    assert!(slots.iter().all(|s| s.sample && s.kind == SlotKind::Visit));
    let slot = slots[0].clone();
    assert_eq!(slot.place, "サンプル豊洲ひかり保育園");

    let booking = nursery::book(&h.store, &slot.id, now()).unwrap();
    assert_eq!(booking.state, BookingState::Pending);
    // A second tap books nothing more.
    assert!(matches!(
        nursery::book(&h.store, &slot.id, now()),
        Err(NurseryError::AlreadyBooked)
    ));
    // A slot the portal never published is not booked.
    assert!(matches!(
        nursery::book(
            &h.store,
            &format!(
                "visit:131083-1:{}-01-18T09:00:00",
                hagukumi_portal::slots_year()
            ),
            now()
        ),
        Err(NurseryError::UnknownSlot(_))
    ));

    // Killed between queuing and sending; the booking waits in the handbook.
    let mut h = h.reopened();
    assert_eq!(h.store.sync_status().unwrap().pending_writes, 1);
    assert_eq!(h.handle.slot_holders(&slot.id), 0);

    // The portal books, the connection drops before the answer: the retry
    // carries the same key and gets the same answer.
    h.handle.fail_next(Fault::DropMidPage, 1);
    let report = h.sync().unwrap();
    assert_eq!(report.writes_sent, 1, "{report:?}");
    assert_eq!(h.handle.faults_pending(), 0, "the drop happened");
    assert_eq!(h.handle.nursery_bookings("sample-a").len(), 1);
    assert_eq!(h.handle.slot_holders(&slot.id), 1);
    let list = nursery::bookings(&h.store).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].state, BookingState::Confirmed);
    let portal_id = list[0].portal_id.clone().unwrap();
    assert!(portal_id.starts_with("nb-"));

    // The same write sent again: the same answer, still one booking.
    let again = send_again(&h, booking.id);
    assert_eq!(again["booking"], portal_id.as_str());
    assert_eq!(again["status"], "confirmed");
    assert_eq!(h.handle.nursery_bookings("sample-a").len(), 1);
    assert_eq!(h.handle.slot_holders(&slot.id), 1);
    assert_eq!(h.sync().unwrap().writes_sent, 0);

    // Cancelled the same way: killed, lost answer, sent twice; one effect.
    let cancelling = nursery::cancel(&h.store, booking.id, now()).unwrap();
    assert_eq!(cancelling.state, BookingState::Cancelling);
    let cancel_entry = h.store.pending_writes().unwrap().remove(0);
    let mut h = h.reopened();
    h.handle.fail_next(Fault::DropMidPage, 1);
    assert_eq!(h.sync().unwrap().writes_sent, 1);
    assert_eq!(h.handle.slot_holders(&slot.id), 0);
    assert_eq!(
        nursery::bookings(&h.store).unwrap()[0].state,
        BookingState::Cancelled
    );
    let again = send_again(&h, cancel_entry.id);
    assert_eq!(again["status"], "cancelled");
    assert_eq!(again["booking"], portal_id.as_str());
    assert_eq!(h.handle.slot_holders(&slot.id), 0);
    // A cancelled booking cannot be cancelled again, and its slot can be
    // booked again (a new booking).
    assert!(matches!(
        nursery::cancel(&h.store, booking.id, now()),
        Err(NurseryError::NotCancellable(_))
    ));
    let rebooked = nursery::book(&h.store, &slot.id, now()).unwrap();
    h.sync().unwrap();
    let list = nursery::bookings(&h.store).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].state, BookingState::Cancelled);
    assert_eq!(list[1].id, rebooked.id);
    assert_eq!(list[1].state, BookingState::Confirmed);
    assert_eq!(h.handle.slot_holders(&slot.id), 1);
}

/// A second handbook, of `family`, at the same portal, in 江東区.
fn second(h: &Connected, family: &str) -> (tempfile::TempDir, Store, MemoryVault, Portal) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open_store(dir.path());
    let vault = MemoryVault::default();
    let portal = consent(&mut store, &h.handle, &vault, family);
    in_koto(&mut store);
    (dir, store, vault, portal)
}

fn sync_second(store: &mut Store, portal: &Portal, vault: &MemoryVault) {
    let pause = Recorder::default();
    hagukumi_sync::sync(store, portal, vault, &options(&pause)).unwrap();
}

#[test]
fn a_full_consultation_slot_is_declined_and_free_again_after_a_cancellation() {
    let mut a = connected(Config::default(), "sample-a");
    in_koto(&mut a.store);
    a.sync().unwrap();
    let (_dir, mut b, b_vault, b_portal) = second(&a, "sample-b");
    sync_second(&mut b, &b_portal, &b_vault);
    let consult = nursery::slots(&a.store, KOTO, None, now())
        .unwrap()
        .into_iter()
        .find(|s| s.kind == SlotKind::Consult)
        .unwrap();
    assert_eq!(consult.capacity, 1);

    let mine = nursery::book(&a.store, &consult.id, now()).unwrap();
    a.sync().unwrap();
    assert_eq!(
        nursery::bookings(&a.store).unwrap()[0].state,
        BookingState::Confirmed
    );
    // The other family asks for the same slot: declined, full.
    nursery::book(&b, &consult.id, now()).unwrap();
    sync_second(&mut b, &b_portal, &b_vault);
    let theirs = nursery::bookings(&b).unwrap();
    assert_eq!(theirs[0].state, BookingState::Declined);
    assert_eq!(theirs[0].reason.as_deref(), Some("slot_full"));
    // A declined booking is not held: it can be asked for again.
    assert!(matches!(
        nursery::cancel(&b, theirs[0].id, now()),
        Err(NurseryError::NotCancellable(_))
    ));
    // Freed by a cancellation, the slot takes them.
    nursery::cancel(&a.store, mine.id, now()).unwrap();
    a.sync().unwrap();
    nursery::book(&b, &consult.id, now()).unwrap();
    sync_second(&mut b, &b_portal, &b_vault);
    let theirs = nursery::bookings(&b).unwrap();
    assert_eq!(theirs[1].state, BookingState::Confirmed);
    assert_eq!(a.handle.slot_holders(&consult.id), 1);
}

fn koto(facility: &str) -> Preference {
    Preference {
        municipality: KOTO.into(),
        facility: facility.into(),
    }
}

fn known(code: &str, id: &str) -> bool {
    hagukumi_core::nursery::load_embedded().has_facility(code, id)
}

#[test]
fn the_application_goes_once_and_its_decision_comes_back_with_a_sync() {
    let mut h = connected(Config::default(), "sample-a");
    in_koto(&mut h.store);
    h.sync().unwrap();
    let child = h.store.children().unwrap()[0].clone();
    assert_eq!(child.birth_date.to_string(), "2025-06-10");
    // 131083-1 has no opening for the 1歳児 class, 131083-3 has one.
    let input = ApplicationInput {
        child_id: child.id,
        intake: format!("{}-04-01", hagukumi_portal::slots_year()),
        preferences: vec![koto("131083-1"), koto("131083-3"), koto("131083-4")],
    };
    let queued = nursery::apply(&h.store, &input, known, today(), now()).unwrap();
    assert_eq!(queued.sending, SendState::Pending);
    // A second tap while it waits applies nothing more.
    assert!(matches!(
        nursery::apply(&h.store, &input, known, today(), now()),
        Err(NurseryError::AlreadyPending)
    ));
    // Bad input changes nothing.
    let mut twice = input.clone();
    twice.preferences.push(koto("131083-1"));
    let refused = nursery::apply(&h.store, &twice, known, today(), now()).unwrap_err();
    assert_eq!(refused.message_id(), "nursery-error-preference-twice");
    assert_eq!(nursery::applications(&h.store).unwrap().len(), 1);

    // Killed before sending; then the answer is lost once.
    let mut h = h.reopened();
    h.handle.fail_next(Fault::DropMidPage, 1);
    let report = h.sync().unwrap();
    assert_eq!(report.writes_sent, 1, "{report:?}");
    assert_eq!(h.handle.nursery_applications("sample-a").len(), 1);
    let again = send_again(&h, queued.id);
    assert_eq!(h.handle.nursery_applications("sample-a").len(), 1);
    let list = nursery::applications(&h.store).unwrap();
    assert_eq!(list[0].receipt.as_deref(), again["id"].as_str());
    // Back in the same sync: received, 利用調整 not done yet.
    let d = list[0].decision.clone().unwrap();
    assert_eq!(d.status, DecisionStatus::Received);

    // The office decides; the next sync brings 内定 at the second preference.
    assert_eq!(h.handle.decide_nursery("sample-a").unwrap(), 1);
    h.sync().unwrap();
    let d = nursery::applications(&h.store).unwrap()[0]
        .decision
        .clone()
        .unwrap();
    assert_eq!(d.status, DecisionStatus::Offered);
    assert_eq!(d.facility.as_deref(), Some("131083-3"));
    assert_eq!(d.rank, Some(2));
    let outcomes: Vec<Outcome> = d.adjustment.iter().map(|a| a.outcome).collect();
    assert_eq!(
        outcomes,
        [Outcome::NoOpening, Outcome::Offered, Outcome::NotReached]
    );
    assert_eq!(
        d.facility_name.as_deref(),
        Some("サンプル有明たんぽぽナーサリー")
    );
    assert_eq!(
        h.store.outbox(Some(queued.id)).unwrap()[0].state,
        OutboxState::Sent
    );

    // Another family whose preferences have no opening left for its
    // child's class (2歳児 at 131083-6 and 131083-8): 保留.
    let (_dir, mut b, b_vault, b_portal) = second(&h, "sample-b");
    sync_second(&mut b, &b_portal, &b_vault);
    let child_b = b
        .children()
        .unwrap()
        .into_iter()
        .find(|c| c.birth_date.to_string() == "2025-02-14")
        .unwrap();
    let input_b = ApplicationInput {
        child_id: child_b.id,
        intake: format!("{}-04-01", hagukumi_portal::slots_year()),
        preferences: vec![koto("131083-6"), koto("131083-8")],
    };
    nursery::apply(&b, &input_b, known, today(), now()).unwrap();
    sync_second(&mut b, &b_portal, &b_vault);
    h.handle.decide_nursery("sample-b").unwrap();
    sync_second(&mut b, &b_portal, &b_vault);
    let d = nursery::applications(&b).unwrap()[0]
        .decision
        .clone()
        .unwrap();
    assert_eq!(d.status, DecisionStatus::Waitlisted);
    assert_eq!(d.facility, None);
    let outcomes: Vec<Outcome> = d.adjustment.iter().map(|a| a.outcome).collect();
    assert_eq!(outcomes, [Outcome::NoOpening, Outcome::NoOpening]);
}
