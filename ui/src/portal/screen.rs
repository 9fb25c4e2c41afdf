//! The official-data screen: what is shared and connect, the consent
//! address while consenting, the sync status and its actions, conflicts,
//! and the items the portal sent.

use super::items::{benefit, certificate, checkup, child_name, notice, official_badge, section};
use super::{problem_text, synced_when, use_portal_status};
use crate::poll::use_loaded;
use crate::{error_text, ipc, use_tr};
use hagukumi_core::api::{CommandError, OfficialItemView, OfficialState, PortalView};
use hagukumi_core::model::RecordId;
use hagukumi_core::official::{Category, OfficialItem, Subject};
use hagukumi_core::Child;
use hagukumi_i18n::{Localizer, Value};
use serde::Serialize;
use yew::prelude::*;

// ---------------------------------------------------------------- screen

#[derive(Properties, PartialEq)]
pub struct OfficialScreenProps {
    /// The family's children (for names).
    pub children: Vec<Child>,
    pub on_back: Callback<()>,
}

/// What the last action on the screen did.
#[derive(Clone, PartialEq)]
enum Outcome {
    Done(String),
    Failed(CommandError),
}

#[function_component(OfficialScreen)]
pub fn official_screen(props: &OfficialScreenProps) -> Html {
    let tr = use_tr();
    let (status, reload_status) = use_portal_status();
    let outcome = use_state(|| None::<Outcome>);
    let confirming = use_state(|| false);
    let working = use_state(|| false);
    crate::nav::use_to_top();

    // The items follow each sync's end and each decision.
    let version = match &*status {
        Some(Ok(v)) => (
            v.status.last_attempt.clone(),
            v.status.conflicts,
            v.status.portal.is_some(),
        ),
        _ => (None, 0, false),
    };
    #[derive(Serialize)]
    struct Args {
        child_id: Option<RecordId>,
    }
    let (items, reload_items) = use_loaded::<Vec<OfficialItemView>, _, _>(
        "official_items",
        Args { child_id: None },
        version,
    );

    let call = |command: &'static str, done: Option<&'static str>| {
        let (status, outcome, working, confirming, tr) = (
            status.clone(),
            outcome.clone(),
            working.clone(),
            confirming.clone(),
            tr.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if *working {
                return;
            }
            working.set(true);
            confirming.set(false);
            outcome.set(None);
            let (status, outcome, working, tr) =
                (status.clone(), outcome.clone(), working.clone(), tr.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match ipc::invoke::<_, PortalView>(command, &()).await {
                    Ok(v) => {
                        if let (Some(done), None) = (done, &v.status.last_error) {
                            outcome.set(Some(Outcome::Done(tr.text(done))));
                        }
                        status.set(Some(Ok(v)));
                    }
                    Err(e) => outcome.set(Some(Outcome::Failed(e))),
                }
                working.set(false);
            });
        })
    };
    let on_connect = call("portal_connect", None);
    let on_sync = call("portal_sync_now", Some("portal-synced"));
    let on_disconnect = call("portal_disconnect", Some("portal-disconnected"));

    let on_resolve = {
        let (outcome, reload_status, reload_items, tr) = (
            outcome.clone(),
            reload_status.clone(),
            reload_items.clone(),
            tr.clone(),
        );
        Callback::from(move |(portal_id, resolution): (String, &'static str)| {
            let (outcome, reload_status, reload_items, tr) = (
                outcome.clone(),
                reload_status.clone(),
                reload_items.clone(),
                tr.clone(),
            );
            #[derive(Serialize)]
            struct Args {
                category: Category,
                portal_id: String,
                resolution: &'static str,
            }
            wasm_bindgen_futures::spawn_local(async move {
                let args = Args {
                    category: Category::Vaccinations,
                    portal_id,
                    resolution,
                };
                match ipc::invoke::<_, OfficialItemView>("resolve_conflict", &args).await {
                    Ok(_) => {
                        outcome.set(Some(Outcome::Done(tr.text(if resolution == "keep-mine" {
                            "portal-resolved-kept"
                        } else {
                            "portal-resolved-official"
                        }))))
                    }
                    Err(e) => outcome.set(Some(Outcome::Failed(e))),
                }
                reload_status.emit(());
                reload_items.emit(());
            });
        })
    };

    let connection = match &*status {
        None => html! { <p class="loading">{ tr.text("app-loading") }</p> },
        Some(Err(e)) => html! { <p class="error" role="alert">{ error_text(&tr, e) }</p> },
        Some(Ok(v)) => {
            if let Some(url) = &v.consent_url {
                html! {
                    <div class="portal-consenting" id="portal-consenting">
                        <h3>{ tr.text("portal-consenting-title") }</h3>
                        <p>{ tr.text("portal-consenting-body") }</p>
                        <p class="portal-url" id="portal-consent-url">{ url }</p>
                        <button type="button" class="chip" id="portal-reopen" onclick={on_connect.clone()}>
                            { tr.text("portal-consenting-reopen") }
                        </button>
                        <p class="muted" role="status">{ tr.text("portal-consenting-wait") }</p>
                    </div>
                }
            } else if v.status.portal.is_some() {
                connected(
                    &tr,
                    v,
                    &ConnectedActions {
                        on_sync: on_sync.clone(),
                        on_disconnect: on_disconnect.clone(),
                        confirming: confirming.clone(),
                        working: *working,
                    },
                )
            } else {
                html! {
                    <div class="portal-intro" id="portal-not-connected">
                        <p>{ tr.text("portal-intro") }</p>
                        <h3>{ tr.text("portal-shared-title") }</h3>
                        <ul class="portal-scopes" id="portal-scopes">
                            { for Category::ALL.iter().map(|c| html! {
                                <li>{ tr.text(c.message_id()) }</li>
                            }) }
                            <li>{ tr.text("portal-scope-questionnaires") }</li>
                        </ul>
                        if let Some(e) = &v.consent_error {
                            <p class="portal-note" id="portal-consent-error" role="status">{ problem_text(&tr, e) }</p>
                        }
                        <button type="button" class="primary" id="portal-connect"
                            disabled={*working} onclick={on_connect.clone()}>
                            { tr.text("portal-connect") }
                        </button>
                        <p class="hint">{ tr.text("portal-connect-note") }</p>
                    </div>
                }
            }
        }
    };
    let outcome_line = match &*outcome {
        None => html! {},
        Some(Outcome::Done(text)) => {
            html! { <p class="ok form-status" id="portal-outcome" role="status">{ text }</p> }
        }
        Some(Outcome::Failed(e)) => html! {
            <p class="error form-status" id="portal-outcome" role="alert">{ error_text(&tr, e) }</p>
        },
    };

    let list: Vec<OfficialItemView> = match &*items {
        Some(Ok(list)) => list.clone(),
        _ => Vec::new(),
    };
    let items_error = match &*items {
        Some(Err(e)) => html! { <p class="error" role="alert">{ error_text(&tr, e) }</p> },
        _ => html! {},
    };
    let of = |category: Category| -> Vec<&OfficialItemView> {
        list.iter()
            .filter(|i| i.item.category() == category)
            .collect()
    };
    let conflicts: Vec<&OfficialItemView> = list
        .iter()
        .filter(|i| i.state == OfficialState::Conflict)
        .collect();
    let certificates = of(Category::Certificates);
    let benefits = of(Category::Benefits);
    let notices = of(Category::Notices);
    let checkups: Vec<&OfficialItemView> = of(Category::Checkups)
        .into_iter()
        .filter(|i| matches!(&i.item, OfficialItem::Checkups(c) if c.subject == Subject::Mother))
        .collect();
    let has_data = !(certificates.is_empty()
        && benefits.is_empty()
        && notices.is_empty()
        && checkups.is_empty());
    let children = &props.children;

    html! {
        <>
            { crate::nav::back_crumb(&tr, &props.on_back) }
            <div class={classes!("portal-screen", (!has_data).then_some("single"))}>
                <div class="portal-side">
                    <section class="card portal-connection" id="portal-connection" aria-labelledby="portal-title">
                        <h2 id="portal-title">{ tr.text("portal-title") }</h2>
                        { connection }
                        { outcome_line }
                    </section>
                    if !conflicts.is_empty() {
                        <section class="card portal-conflicts" id="portal-conflicts" aria-labelledby="portal-conflicts-title">
                            <h2 id="portal-conflicts-title">{ tr.text("portal-conflicts-title") }</h2>
                            <p class="hint">{ tr.text("portal-conflicts-intro") }</p>
                            <ul class="official-list">
                                { for conflicts.iter().map(|i| conflict_row(&tr, i, children, &on_resolve)) }
                            </ul>
                        </section>
                    }
                    { items_error }
                </div>
                if has_data {
                    <div class="portal-data">
                        if !certificates.is_empty() {
                            { section(&tr, "portal-certificates", "portal-certificates-title",
                                certificates.iter().map(|i| certificate(&tr, i, children)).collect()) }
                        }
                        if !benefits.is_empty() {
                            { section(&tr, "portal-benefits", "portal-benefits-title",
                                benefits.iter().map(|i| benefit(&tr, i)).collect()) }
                        }
                        if !notices.is_empty() {
                            { section(&tr, "portal-notices", "portal-notices-title",
                                notices.iter().map(|i| notice(&tr, i)).collect()) }
                        }
                        if !checkups.is_empty() {
                            { section(&tr, "portal-checkups", "portal-checkups-title",
                                checkups.iter().map(|i| checkup(&tr, i)).collect()) }
                        }
                    </div>
                }
            </div>
        </>
    }
}

struct ConnectedActions {
    on_sync: Callback<MouseEvent>,
    on_disconnect: Callback<MouseEvent>,
    confirming: UseStateHandle<bool>,
    working: bool,
}

/// The status line and the buttons of a connected handbook.
fn connected(tr: &Localizer, v: &PortalView, a: &ConnectedActions) -> Html {
    let ask = {
        let confirming = a.confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let keep = {
        let confirming = a.confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    let busy = a.working || v.syncing;
    html! {
        <div class="portal-connected" id="portal-connected">
            <p class="ok portal-line">{ tr.text("portal-card-connected") }</p>
            // The live region wraps the list: a list keeps its own role.
            <div role="status">
            <ul class="portal-status" id="portal-status">
                <li id="portal-last-synced">
                    { if v.syncing { tr.text("portal-syncing") } else { synced_when(tr, v) } }
                </li>
                if v.status.pending_writes > 0 {
                    <li id="portal-pending">
                        { tr.format("portal-pending-writes", &[("count", Value::from(v.status.pending_writes))]) }
                    </li>
                }
                if let Some(portal) = &v.status.portal {
                    <li class="muted portal-where">
                        { tr.format("portal-connected-to", &[("portal", Value::from(portal.as_str()))]) }
                    </li>
                }
            </ul>
            </div>
            if let (Some(e), false) = (&v.status.last_error, v.syncing) {
                <div class="portal-note" id="portal-last-error">
                    <p>{ problem_text(tr, e) }</p>
                    if e == "sync-error-offline" || e == "sync-error-interrupted" {
                        <p class="muted">{ tr.text("portal-offline-note") }</p>
                    }
                </div>
            }
            <div class="portal-actions">
                <button type="button" class="primary" id="portal-sync-now" disabled={busy}
                    onclick={a.on_sync.clone()}>
                    { if busy { tr.text("portal-syncing") } else { tr.text("portal-sync-now") } }
                </button>
                if !*a.confirming {
                    <button type="button" class="link" id="portal-disconnect" onclick={ask}>
                        { tr.text("portal-disconnect") }
                    </button>
                }
            </div>
            if *a.confirming {
                <div class="portal-confirm" id="portal-disconnect-confirm" role="alertdialog"
                    aria-labelledby="portal-disconnect-question">
                    <p id="portal-disconnect-question">{ tr.text("portal-disconnect-confirm") }</p>
                    <div class="portal-actions">
                        <button type="button" class="chip" id="portal-disconnect-yes"
                            disabled={a.working} onclick={a.on_disconnect.clone()}>
                            { tr.text("portal-disconnect-yes") }
                        </button>
                        <button type="button" class="chip" id="portal-disconnect-no" onclick={keep}>
                            { tr.text("portal-disconnect-no") }
                        </button>
                    </div>
                </div>
            }
        </div>
    }
}

fn conflict_row(
    tr: &Localizer,
    i: &OfficialItemView,
    children: &[Child],
    on_resolve: &Callback<(String, &'static str)>,
) -> Html {
    let OfficialItem::Vaccinations(v) = &i.item else {
        return html! {};
    };
    let what = tr.format(
        "portal-vaccine-dose",
        &[
            (
                "vaccine",
                tr.text(&format!("schedule-vaccine-{}", v.vaccine_id))
                    .into(),
            ),
            (
                "dose",
                tr.format("record-dose", &[("dose", Value::from(v.dose))])
                    .into(),
            ),
        ],
    );
    let mine = i.record.as_ref().map(|r| r.data.date());
    let press = |resolution: &'static str| {
        let (on_resolve, id) = (on_resolve.clone(), v.id.clone());
        Callback::from(move |_| on_resolve.emit((id.clone(), resolution)))
    };
    let mut details = Vec::new();
    if let Some(f) = &v.facility {
        details.push(tr.format("portal-facility", &[("facility", Value::from(f.as_str()))]));
    }
    if let Some(lot) = &v.lot {
        details.push(tr.format("record-lot", &[("lot", Value::from(lot.as_str()))]));
    }
    html! {
        <li class="official-item conflict-item" id={format!("conflict-{}", v.id)}>
            if let Some(name) = child_name(children, i.child_id) {
                <p class="muted">{ tr.format("portal-for-child", &[("name", Value::from(name))]) }</p>
            }
            <p class="official-title">{ what }</p>
            <dl class="conflict-dates">
                if let Some(mine) = mine {
                    <div class="conflict-mine">
                        <dd>{ tr.format("portal-conflict-mine", &[("date", Value::from(tr.date(mine)))]) }</dd>
                    </div>
                }
                <div class="conflict-official">
                    <dd>
                        { tr.format("portal-conflict-official", &[("date", Value::from(tr.date(v.date)))]) }
                        { " " }{ official_badge(tr) }
                    </dd>
                    if !details.is_empty() {
                        <dd class="muted">{ details.join(" · ") }</dd>
                    }
                </div>
            </dl>
            <div class="portal-actions">
                <button type="button" class="chip keep-mine" onclick={press("keep-mine")}>
                    { tr.text("portal-keep-mine") }
                </button>
                <button type="button" class="chip use-official" onclick={press("use-official")}>
                    { tr.text("portal-use-official") }
                </button>
            </div>
        </li>
    }
}
