//! Booking and applying from the nursery screen: the picked facility's
//! visit slots (見学) and its municipality's consultation slots (保活相談),
//! booked through the shell (`nursery_book`; queued, sent by a sync), the
//! bookings with their state (pending, confirmed, declined, cancelling,
//! cancelled) and a cancel button while held; the application's ordered
//! preference list (an ordered list of (municipality, facility id), picked
//! from the results), the child and the intake, sent with `nursery_apply`,
//! and each application's decision after a sync. Polled while something
//! is on its way.

use crate::poll::use_polled;
use crate::TextField;
use crate::{
    error_text, on_submit, select_setter, setter, status_line, submit, use_tr, FormState, Invalid,
};
use hagukumi_core::benefits::SendState;
use hagukumi_core::nursery::booking::{
    ApplicationView, Booking as Held, BookingState, DecisionStatus, Preference, Slot, SlotKind,
};
use hagukumi_core::nursery::{BookmarksView, FacilityRow};
use hagukumi_core::{Child, Date};
use hagukumi_i18n::booking as words;
use hagukumi_i18n::{Localizer, Value};
use serde::Serialize;
use yew::prelude::*;

/// A facility picked from the search results.
#[derive(Debug, Clone, PartialEq)]
pub struct Picked {
    pub municipality: String,
    pub facility: String,
    pub name: String,
}

impl Picked {
    pub fn of(f: &FacilityRow) -> Picked {
        Picked {
            municipality: Preference::of(&f.id).municipality,
            facility: f.id.clone(),
            name: f.name.clone(),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct BookingProps {
    pub picked: Option<Picked>,
    pub children: Vec<Child>,
    /// The intake the search is for (the application's default).
    pub intake: Option<Date>,
    /// The bookmarks in the parent's preference order (希望順位), the
    /// application's list in one tap.
    pub bookmarks: Option<BookmarksView>,
}

#[derive(Serialize)]
struct SlotsArgs {
    municipality: String,
    facility: Option<String>,
}

#[derive(Serialize)]
struct BookArgs {
    slot_id: String,
}

#[derive(Serialize)]
struct CancelArgs {
    id: i64,
}

#[derive(Serialize)]
struct ApplyArgs {
    child_id: i64,
    intake: String,
    preferences: Vec<Preference>,
}

// `use_polled` takes a `fn(&T)`: here `T` is the command's `Vec`.
#[allow(clippy::ptr_arg)]
fn on_the_way(list: &Vec<Held>) -> bool {
    list.iter()
        .any(|b| matches!(b.state, BookingState::Pending | BookingState::Cancelling))
}

#[allow(clippy::ptr_arg)]
fn undecided(list: &Vec<ApplicationView>) -> bool {
    list.iter().any(|a| {
        a.sending == SendState::Pending
            || (a.sending == SendState::Sent
                && a.decision
                    .as_ref()
                    .is_none_or(|d| d.status == DecisionStatus::Received))
    })
}

/// Runs a booking's `command` (book, cancel), then asks for the bookings
/// again.
fn change<A: Serialize + 'static>(
    state: &UseStateHandle<FormState>,
    reload: &Callback<()>,
    command: &'static str,
) -> Callback<A> {
    let (state, reload) = (state.clone(), reload.clone());
    Callback::from(move |args: A| {
        let reload = reload.clone();
        submit(
            &state,
            command,
            args,
            Invalid::AsFailure,
            move |_: Vec<Held>| {
                reload.emit(());
                None
            },
        );
    })
}

#[function_component(Booking)]
pub fn booking(props: &BookingProps) -> Html {
    let tr = use_tr();
    let (bookings, reload_bookings) =
        use_polled::<Vec<Held>>("nursery_bookings", on_the_way, 1500, 40);
    let (applications, reload_applications) =
        use_polled::<Vec<ApplicationView>>("nursery_applications", undecided, 1500, 40);
    let slots = use_state(Vec::<Slot>::new);
    let state = use_state(FormState::default);
    {
        // The picked facility's visits and its municipality's consultations.
        let (slots, state) = (slots.clone(), state.clone());
        use_effect_with(props.picked.clone(), move |picked| {
            if let Some(p) = picked.clone() {
                let args = SlotsArgs {
                    municipality: p.municipality.clone(),
                    facility: None,
                };
                submit(
                    &state,
                    "nursery_slots",
                    args,
                    Invalid::AsFailure,
                    move |all: Vec<Slot>| {
                        slots.set(
                            all.into_iter()
                                .filter(|s| {
                                    s.kind == SlotKind::Consult
                                        || s.facility.as_deref() == Some(p.facility.as_str())
                                })
                                .collect(),
                        );
                        None
                    },
                );
            }
        });
    }
    let book =
        change(&state, &reload_bookings, "nursery_book").reform(|slot_id| BookArgs { slot_id });
    let cancel = change(&state, &reload_bookings, "nursery_cancel").reform(|id| CancelArgs { id });
    let syncing = use_state(|| false);
    let on_sync = {
        let (syncing, a, b, state) = (
            syncing.clone(),
            reload_applications.clone(),
            reload_bookings.clone(),
            state.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (syncing, a, b, state) = (syncing.clone(), a.clone(), b.clone(), state.clone());
            syncing.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let synced =
                    crate::ipc::invoke::<_, hagukumi_core::api::PortalView>("portal_sync_now", &())
                        .await;
                if let Err(e) = synced {
                    state.set(FormState {
                        failure: Some(e),
                        ..FormState::default()
                    });
                }
                a.emit(());
                b.emit(());
                syncing.set(false);
            });
        })
    };
    let held: Vec<Held> = match &*bookings {
        Some(Ok(list)) => list.clone(),
        _ => Vec::new(),
    };
    html! {
        <>
            <section class="card nursery-booking" id="nursery-booking" aria-labelledby="nursery-booking-title">
                <h3 id="nursery-booking-title">{ tr.text("booking-title") }</h3>
                if let Some(p) = &props.picked {
                    <h4 id="nursery-picked">{ &p.name }</h4>
                    { slot_list(&tr, &slots, &held, &book) }
                    if !slots.is_empty() {
                        <p class="muted">{ tr.text("booking-sample") }</p>
                    }
                } else {
                    <p class="muted" id="nursery-pick-hint">{ tr.text("booking-pick-hint") }</p>
                }
                { status_line(&tr, "nursery-booking-status", &state) }
                <button type="button" class="chip secondary" id="nursery-sync" disabled={*syncing} onclick={on_sync}>
                    { if *syncing { tr.text("portal-syncing") } else { tr.text("portal-sync-now") } }
                </button>
                <h4>{ tr.text("booking-list-title") }</h4>
                if let Some(Err(e)) = &*bookings {
                    <p class="error">{ error_text(&tr, e) }</p>
                }
                if held.is_empty() {
                    <p class="muted" id="nursery-bookings-none">{ tr.text("booking-none") }</p>
                }
                <ul class="nursery-bookings" id="nursery-bookings">
                    { for held.iter().map(|b| booking_row(&tr, b, &cancel)) }
                </ul>
            </section>
            <Apply picked={props.picked.clone()} children={props.children.clone()} intake={props.intake}
                bookmarks={props.bookmarks.clone()}
                applications={(*applications).clone().and_then(Result::ok).unwrap_or_default()}
                on_sent={reload_applications} />
        </>
    }
}

fn slot_list(tr: &Localizer, slots: &[Slot], held: &[Held], book: &Callback<String>) -> Html {
    if slots.is_empty() {
        return html! { <p class="muted" id="nursery-no-slots">{ tr.text("booking-no-slots") }</p> };
    }
    html! {
        <ul class="nursery-slots" id="nursery-slots">
            { for slots.iter().map(|s| {
                let booked = held.iter().any(|b| b.slot.id == s.id && b.state.is_held());
                let onclick = {
                    let (book, id) = (book.clone(), s.id.clone());
                    Callback::from(move |_: MouseEvent| book.emit(id.clone()))
                };
                html! {
                    <li class="nursery-slot" data-slot={s.id.clone()} data-kind={format!("{:?}", s.kind).to_lowercase()}>
                        <span>{ words::kind(tr, s) }{ " · " }{ words::when(tr, s) }</span>
                        <button type="button" class="chip slot-book" disabled={booked} {onclick}>
                            { tr.text(if booked { "booking-booked" } else { "booking-book" }) }
                        </button>
                    </li>
                }
            }) }
        </ul>
    }
}

fn booking_row(tr: &Localizer, b: &Held, cancel: &Callback<i64>) -> Html {
    let onclick = {
        let (cancel, id) = (cancel.clone(), b.id);
        Callback::from(move |_: MouseEvent| cancel.emit(id))
    };
    let state = b.state.as_str();
    html! {
        <li class="nursery-booking-row" data-state={state} data-id={b.id.to_string()}>
            <span>{ words::slot_line(tr, &b.slot) }</span>
            <span class={classes!("badge", format!("booking-{state}"))}>{ words::state(tr, b) }</span>
            if b.state.is_held() {
                <button type="button" class="chip booking-cancel" {onclick}>{ tr.text("booking-cancel") }</button>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct ApplyProps {
    picked: Option<Picked>,
    children: Vec<Child>,
    intake: Option<Date>,
    bookmarks: Option<BookmarksView>,
    applications: Vec<ApplicationView>,
    on_sent: Callback<()>,
}

/// The preference list (from picked facilities), the child, the intake,
/// send; then each application with its decision.
#[function_component(Apply)]
fn apply(props: &ApplyProps) -> Html {
    let tr = use_tr();
    let prefs = use_state(Vec::<Picked>::new);
    let child = use_state(|| {
        props
            .children
            .first()
            .map(|c| c.id.to_string())
            .unwrap_or_default()
    });
    let intake = use_state(|| props.intake.map(|d| d.to_string()).unwrap_or_default());
    {
        let intake = intake.clone();
        use_effect_with(props.intake, move |d| {
            if intake.is_empty() {
                if let Some(d) = d {
                    intake.set(d.to_string());
                }
            }
        });
    }
    let state = use_state(FormState::default);
    let add = {
        let (prefs, picked) = (prefs.clone(), props.picked.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(p) = &picked {
                if !prefs.iter().any(|q| q.facility == p.facility) {
                    let mut v = (*prefs).clone();
                    v.push(p.clone());
                    prefs.set(v);
                }
            }
        })
    };
    // The bookmarks in their order, those still in the data.
    let ranked: Vec<Picked> = props
        .bookmarks
        .iter()
        .flat_map(|v| &v.bookmarks)
        .filter(|b| !b.missing)
        .map(|b| Picked {
            municipality: Preference::of(&b.facility_id).municipality,
            facility: b.facility_id.clone(),
            name: b.name.clone(),
        })
        .collect();
    let from_bookmarks = {
        let (prefs, ranked) = (prefs.clone(), ranked.clone());
        Callback::from(move |_: MouseEvent| prefs.set(ranked.clone()))
    };
    let moved = |delta: i64| {
        let prefs = prefs.clone();
        Callback::from(move |i: usize| {
            let mut v = (*prefs).clone();
            let j = i as i64 + delta;
            if delta == 0 {
                v.remove(i);
            } else if j >= 0 && (j as usize) < v.len() {
                v.swap(i, j as usize);
            }
            prefs.set(v);
        })
    };
    let (up, down, remove) = (moved(-1), moved(1), moved(0));
    let reorder = crate::drag::use_reorder({
        let prefs = prefs.clone();
        Callback::from(move |(from, to): (usize, usize)| {
            prefs.set(crate::drag::moved((*prefs).clone(), from, to))
        })
    });
    let onsubmit = {
        let (p, child, intake) = (prefs.clone(), child.clone(), intake.clone());
        let args = move || ApplyArgs {
            child_id: child.parse().unwrap_or_default(),
            intake: (*intake).clone(),
            preferences: p
                .iter()
                .map(|p| Preference {
                    municipality: p.municipality.clone(),
                    facility: p.facility.clone(),
                })
                .collect(),
        };
        let (sent, prefs, tr) = (props.on_sent.clone(), prefs.clone(), tr.clone());
        on_submit(
            &state,
            "nursery_apply",
            Invalid::AsFailure,
            args,
            move |_: Vec<ApplicationView>| {
                sent.emit(());
                prefs.set(Vec::new());
                Some(tr.text("nursery-apply-sent"))
            },
        )
    };
    html! {
        <section class="card nursery-apply" id="nursery-apply" aria-labelledby="nursery-apply-title">
            <h3 id="nursery-apply-title">{ tr.text("nursery-apply-title") }</h3>
            if props.picked.is_some() {
                <button type="button" class="chip" id="nursery-prefer-add" onclick={add}>
                    { tr.format("nursery-prefer-add", &[("facility", Value::from(props.picked.as_ref().map(|p| p.name.clone()).unwrap_or_default()))]) }
                </button>
            }
            if !ranked.is_empty() {
                <button type="button" class="chip" id="nursery-prefs-from-bookmarks" onclick={from_bookmarks}>
                    { tr.format("nursery-prefs-from-bookmarks", &[("count", ranked.len().into())]) }
                </button>
            }
            <form class="form" id="nursery-apply-form" {onsubmit} novalidate=true>
                if prefs.is_empty() {
                    <p class="muted" id="nursery-prefs-none">{ tr.text("nursery-prefs-none") }</p>
                }
                <ol class="nursery-prefs" id="nursery-prefs">
                    { for prefs.iter().enumerate().map(|(i, p)| {
                        let at = |cb: &Callback<usize>| { let cb = cb.clone(); Callback::from(move |_: MouseEvent| cb.emit(i)) };
                        let target = reorder.target(i);
                        html! {
                            <li class={classes!("nursery-pref", target.class)} data-facility={p.facility.clone()}
                                ondragover={target.ondragover} ondragleave={target.ondragleave} ondrop={target.ondrop}>
                                { reorder.handle(i, tr.text("nursery-drag-hint")) }
                                <span class="chip pref-line">{ tr.format("nursery-pref-line", &[("rank", (i + 1).into()), ("facility", Value::from(p.name.clone()))]) }</span>
                                <button type="button" class="chip pref-up" aria-label={tr.text("nursery-pref-up")} onclick={at(&up)}>{ "↑" }</button>
                                <button type="button" class="chip pref-down" aria-label={tr.text("nursery-pref-down")} onclick={at(&down)}>{ "↓" }</button>
                                <button type="button" class="chip pref-remove" aria-label={tr.text("nursery-pref-remove")} onclick={at(&remove)}>{ "×" }</button>
                            </li>
                        }
                    }) }
                </ol>
                <div class="field">
                    <label for="nursery-apply-child">{ tr.text("nursery-apply-child") }</label>
                    <select id="nursery-apply-child" onchange={select_setter(&child)}>
                        { for props.children.iter().map(|c| html! {
                            <option value={c.id.to_string()} selected={*child == c.id.to_string()}>{ &c.name }</option>
                        }) }
                    </select>
                </div>
                <TextField id="nursery-apply-intake" label={tr.text("nursery-apply-intake")}
                    placeholder={"YYYY-04-01"} value={(*intake).clone()} numeric=true oninput={setter(&intake)} />
                <button type="submit" class="primary" id="nursery-apply-submit" disabled={state.saving || prefs.is_empty()}>
                    { tr.text("nursery-apply-submit") }
                </button>
                { status_line(&tr, "nursery-apply-status", &state) }
            </form>
            <ul class="nursery-applications" id="nursery-applications">
                { for props.applications.iter().map(|a| application_row(&tr, a)) }
            </ul>
        </section>
    }
}

fn application_row(tr: &Localizer, a: &ApplicationView) -> Html {
    let (state, text) = match (&a.decision, a.sending) {
        (Some(d), _) => (d.status.as_str(), words::decision(tr, d)),
        (None, SendState::Pending) => ("pending", tr.text("nursery-application-pending")),
        (None, SendState::Sent) => ("received", tr.text("nursery-decision-received")),
        (None, SendState::Refused) => ("refused", tr.text("nursery-application-refused")),
    };

    html! {
        <li class="nursery-application" data-state={state}>
            <p class="nursery-decision">{ text }</p>
            <ul class="nursery-adjustment">
                { for a.decision.iter().flat_map(|d| &d.adjustment).map(|l| html! {
                    <li>{ words::adjustment(tr, l) }</li>
                }) }
            </ul>
        </li>
    }
}
