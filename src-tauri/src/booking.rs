//! 保活 bookings and the nursery application: the slots kept from the last
//! sync, a booking or its cancellation and the application queued by the
//! sync library (`hagukumi_sync::nursery`) and sent by the sync that starts
//! right away when connected; the reminders the day before a booking and
//! the notification of a decision for the reminders thread. Thin: the
//! checks are core's, the queue the sync library's; the clock is read here.

use crate::clock::{now, today};
use crate::portal::sync_in_background;
use crate::state::AppState;
use hagukumi_core::api::CommandError;
use hagukumi_core::nursery::booking::{
    booking_reminders, ApplicationInput, ApplicationView, Booking, DecisionStatus, Preference, Slot,
};
use hagukumi_core::Date;
use hagukumi_i18n::Localizer;
use hagukumi_store::Store;
use hagukumi_sync::nursery::{self, NurseryError};
use hagukumi_sync::SyncError;
use tauri::{AppHandle, Manager, State};

fn refused(e: NurseryError) -> CommandError {
    match e {
        NurseryError::Sync(SyncError::Store(s)) => CommandError::from(s),
        other => crate::state::refused(other.message_id()),
    }
}

/// Starts a sync when the handbook is connected (the write goes out now).
fn send_soon(app: &AppHandle, store: &Store) -> Result<(), CommandError> {
    if store.sync_status()?.portal.is_some() {
        sync_in_background(app);
    }
    Ok(())
}

/// The kept slots of a municipality (of one facility when given), from now on.
#[tauri::command(rename_all = "snake_case")]
pub fn nursery_slots(
    state: State<'_, AppState>,
    municipality: String,
    facility: Option<String>,
) -> Result<Vec<Slot>, CommandError> {
    state.with(|store| {
        Ok(nursery::slots(
            store,
            &municipality,
            facility.as_deref(),
            now(),
        )?)
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn nursery_bookings(state: State<'_, AppState>) -> Result<Vec<Booking>, CommandError> {
    state.with(|store| Ok(nursery::bookings(store)?))
}

/// Queues a booking of a kept slot; returns every booking.
#[tauri::command(rename_all = "snake_case")]
pub fn nursery_book(app: AppHandle, slot_id: String) -> Result<Vec<Booking>, CommandError> {
    app.state::<AppState>().with(|store| {
        nursery::book(store, &slot_id, now()).map_err(refused)?;
        send_soon(&app, store)?;
        Ok(nursery::bookings(store)?)
    })
}

/// Queues the cancellation of a booking; returns every booking.
#[tauri::command(rename_all = "snake_case")]
pub fn nursery_cancel(app: AppHandle, id: i64) -> Result<Vec<Booking>, CommandError> {
    app.state::<AppState>().with(|store| {
        nursery::cancel(store, id, now()).map_err(refused)?;
        send_soon(&app, store)?;
        Ok(nursery::bookings(store)?)
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn nursery_applications(
    state: State<'_, AppState>,
) -> Result<Vec<ApplicationView>, CommandError> {
    state.with(|store| Ok(nursery::applications(store)?))
}

/// Queues the application: a child, the intake, the preferences as an
/// ordered list of (municipality, facility id) (from search results now,
/// from ranked bookmarks later); returns every application.
#[tauri::command(rename_all = "snake_case")]
pub fn nursery_apply(
    app: AppHandle,
    child_id: i64,
    intake: String,
    preferences: Vec<Preference>,
) -> Result<Vec<ApplicationView>, CommandError> {
    let input = ApplicationInput {
        child_id,
        intake,
        preferences,
    };
    app.state::<AppState>().with(|store| {
        let data = store.nurseries_in_use()?;
        let known = |code: &str, id: &str| data.has_facility(code, id);
        nursery::apply(store, &input, known, today(), now()).map_err(refused)?;
        send_soon(&app, store)?;
        Ok(nursery::applications(store)?)
    })
}

/// The reminders the day before each held booking and the decisions of
/// applications not notified yet, in words, for the reminders thread.
pub(crate) fn due_notices(
    store: &Store,
    l: &Localizer,
    today: Date,
) -> Result<Vec<crate::notice::Notice>, CommandError> {
    let mut out = Vec::new();
    for r in booking_reminders(&nursery::bookings(store)?, today) {
        if today < r.due || store.reminder_sent(&r.id)? {
            continue;
        }
        out.push(crate::notice::Notice {
            id: r.id.clone(),
            title: l.reason(&r.title),
            body: l.reason(&r.body),
            opens: Some("nursery"),
        });
    }
    for a in nursery::applications(store)? {
        let Some(d) = a.decision.filter(|d| d.status != DecisionStatus::Received) else {
            continue;
        };
        let id = format!("nursery-decision:{}:{:?}", d.id, d.status);
        if store.reminder_sent(&id)? {
            continue;
        }
        out.push(crate::notice::Notice {
            id,
            title: l.text("nursery-decision-notice-title"),
            body: hagukumi_i18n::booking::decision(l, &d),
            opens: Some("nursery"),
        });
    }
    Ok(out)
}
