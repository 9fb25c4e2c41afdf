// tidy: over budget because the card, the screen, the item views and the questionnaire form; #11 splits it by job.
//! 公的データ (official data from the portal): the card on home, the screen
//! behind it (consent, sync status, conflicts, certificates, benefits,
//! notices, the mother's checkups), and for a child's screen the provenance
//! badges, the child's official checkups and the 予診票 form.
//!
//! Only the shell's commands are called; consent and sync run in the shell,
//! and this module polls the status while one is in progress.

use crate::{error_text, ipc, use_tr, TextField};
use hagukumi_core::api::{
    CommandError, OfficialItemView, OfficialState, OutboxState, PortalView, QuestionnaireView,
    QuestionnairesView,
};
use hagukumi_core::model::RecordId;
use hagukumi_core::official::{
    Category, OfficialCheckup, OfficialItem, QuestionnaireInput, Subject, QUESTIONNAIRE_QUESTIONS,
};
use hagukumi_core::{Child, ErrorCode, Field, FieldError, ValidationErrors};
use hagukumi_i18n::{Localizer, Value};
use serde::Serialize;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Waits `ms` milliseconds (a browser timer).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A consent or a sync is running: worth asking again soon.
fn in_progress(v: &PortalView) -> bool {
    v.syncing || v.consent_url.is_some()
}

type Status = UseStateHandle<Option<Result<PortalView, CommandError>>>;

/// The portal status, loaded at mount and polled while something runs.
#[hook]
fn use_portal_status() -> (Status, Callback<()>) {
    let status: Status = use_state(|| None);
    let reload = {
        let status = status.clone();
        Callback::from(move |()| {
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(ipc::invoke("portal_status", &()).await));
            });
        })
    };
    {
        let reload = reload.clone();
        use_effect_with((), move |()| reload.emit(()));
    }
    let polling = matches!(&*status, Some(Ok(v)) if in_progress(v));
    {
        let status = status.clone();
        use_effect_with(polling, move |&polling| {
            let alive = Rc::new(Cell::new(true));
            if polling {
                let alive = alive.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    loop {
                        sleep(700).await;
                        if !alive.get() {
                            break;
                        }
                        let r = ipc::invoke::<_, PortalView>("portal_status", &()).await;
                        if !alive.get() {
                            break;
                        }
                        let done = !matches!(&r, Ok(v) if in_progress(v));
                        status.set(Some(r));
                        if done {
                            break;
                        }
                    }
                });
            }
            move || alive.set(false)
        });
    }
    (status, reload)
}

/// When a sync last ended, in the device's time zone.
fn synced_when(tr: &Localizer, v: &PortalView) -> String {
    match &v.status.last_success {
        Some(at) => tr.format(
            "portal-last-synced",
            &[("when", Value::from(crate::history::changed_when(tr, at)))],
        ),
        None => tr.text("portal-never-synced"),
    }
}

/// A sync or consent problem, in plain words (a store error's detail is
/// left out).
fn problem_text(tr: &Localizer, message_id: &str) -> String {
    tr.format(message_id, &[("detail", Value::from(""))])
}

/// Yen with thousands separators.
fn yen(tr: &Localizer, id: &str, amount: u32) -> String {
    let digits = amount.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    tr.format(id, &[("yen", Value::from(grouped))])
}

fn child_name(children: &[Child], id: Option<RecordId>) -> Option<String> {
    let id = id?;
    children.iter().find(|c| c.id == id).map(|c| c.name.clone())
}

// ------------------------------------------------------------------ home

#[derive(Properties, PartialEq)]
pub struct PortalCardProps {
    pub on_open: Callback<()>,
    /// Called when a sync has ended (children or records may be new).
    pub on_synced: Callback<()>,
}

/// The official-data card on home: one status line and the way in.
#[function_component(PortalCard)]
pub fn portal_card(props: &PortalCardProps) -> Html {
    let tr = use_tr();
    let (status, _) = use_portal_status();
    let last = match &*status {
        Some(Ok(v)) => v.status.last_attempt.clone(),
        _ => None,
    };
    {
        let seen = use_mut_ref(|| None::<Option<String>>);
        let on_synced = props.on_synced.clone();
        use_effect_with(last, move |last| {
            let before = seen.borrow_mut().replace(last.clone());
            if matches!(before, Some(b) if b != *last) {
                on_synced.emit(());
            }
        });
    }
    let line = match &*status {
        Some(Ok(v)) if v.consent_url.is_some() => {
            html! { <p class="portal-line">{ tr.text("portal-consenting-title") }</p> }
        }
        Some(Ok(v)) if v.status.portal.is_some() => html! {
            <>
                <p class="portal-line">
                    <span class="ok">{ tr.text("portal-card-connected") }</span>
                    { " · " }
                    <span class="muted">{ if v.syncing { tr.text("portal-syncing") } else { synced_when(&tr, v) } }</span>
                </p>
                if v.status.conflicts > 0 {
                    <p class="portal-line portal-attention" id="portal-card-conflicts">
                        { tr.format("portal-card-conflicts", &[("count", Value::from(v.status.conflicts))]) }
                    </p>
                }
            </>
        },
        Some(Err(e)) => html! { <p class="error">{ error_text(&tr, e) }</p> },
        _ => html! { <p class="muted portal-line">{ tr.text("portal-card-intro") }</p> },
    };
    let open = props.on_open.reform(|_| ());
    html! {
        <section class="card portal-card" id="portal-card" aria-labelledby="portal-card-title"
            aria-busy={status.is_none().to_string()}>
            <h2 id="portal-card-title">{ tr.text("portal-card-title") }</h2>
            { line }
            <button type="button" class="chip" id="open-portal" onclick={open}>
                { tr.text("portal-card-open") }{ " ›" }
            </button>
        </section>
    }
}

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
    let items = use_state(|| None::<Result<Vec<OfficialItemView>, CommandError>>);
    let outcome = use_state(|| None::<Outcome>);
    let confirming = use_state(|| false);
    let working = use_state(|| false);
    use_effect_with((), |()| {
        // A new screen starts at its top, not where home was scrolled.
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });

    let reload_items = {
        let items = items.clone();
        Callback::from(move |()| {
            let items = items.clone();
            #[derive(Serialize)]
            struct Args {
                child_id: Option<RecordId>,
            }
            wasm_bindgen_futures::spawn_local(async move {
                items.set(Some(
                    ipc::invoke("official_items", &Args { child_id: None }).await,
                ));
            });
        })
    };
    // The items follow each sync's end and each decision.
    let version = match &*status {
        Some(Ok(v)) => (
            v.status.last_attempt.clone(),
            v.status.conflicts,
            v.status.portal.is_some(),
        ),
        _ => (None, 0, false),
    };
    {
        let reload_items = reload_items.clone();
        use_effect_with(version, move |_| reload_items.emit(()));
    }

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
            <nav class="crumbs">
                <button type="button" id="back" class="link"
                    onclick={props.on_back.reform(|_| ())}>{ tr.text("child-back") }</button>
            </nav>
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
            <ul class="portal-status" id="portal-status" role="status">
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

fn section(tr: &Localizer, id: &str, title: &str, rows: Vec<Html>) -> Html {
    let title_id = format!("{id}-title");
    html! {
        <section class="card official-section" id={id.to_owned()} aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ tr.text(title) }</h2>
            <ul class="official-list">{ for rows }</ul>
        </section>
    }
}

/// The small "official" provenance badge.
pub fn official_badge(tr: &Localizer) -> Html {
    html! {
        <span class="badge official" title={tr.text("portal-badge-official-hint")}>
            { tr.text("portal-badge-official") }
        </span>
    }
}

/// The badge of a parent's record the portal also knows about.
pub fn state_badge(tr: &Localizer, state: OfficialState) -> Html {
    let (class, text, hint) = match state {
        OfficialState::Linked => ("linked", "portal-badge-linked", "portal-badge-linked-hint"),
        OfficialState::Conflict => (
            "conflict",
            "portal-badge-conflict",
            "portal-badge-conflict-hint",
        ),
        _ => return html! {},
    };
    html! {
        <span class={classes!("badge", class)} title={tr.text(hint)}>{ tr.text(text) }</span>
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
    let what = format!(
        "{} {}",
        tr.text(&format!("schedule-vaccine-{}", v.vaccine_id)),
        tr.format("record-dose", &[("dose", Value::from(v.dose))]),
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

fn fact(label: String, value: String) -> Html {
    fact_in("fact", label, value)
}

/// A fact on a row of its own (long values).
fn wide_fact(label: String, value: String) -> Html {
    fact_in("fact wide", label, value)
}

fn fact_in(class: &'static str, label: String, value: String) -> Html {
    html! {
        <div {class}>
            <dt>{ label }</dt>
            <dd>{ value }</dd>
        </div>
    }
}

fn certificate(tr: &Localizer, i: &OfficialItemView, children: &[Child]) -> Html {
    let OfficialItem::Certificates(c) = &i.item else {
        return html! {};
    };
    let mut copay = Vec::new();
    if let Some(n) = c.copay_limit.per_visit_yen {
        copay.push(yen(tr, "portal-copay-per-visit", n));
    }
    if let Some(n) = c.copay_limit.monthly_yen {
        copay.push(yen(tr, "portal-copay-monthly", n));
    }
    if let Some(note) = &c.copay_limit.note {
        copay.push(note.clone());
    }
    html! {
        <li class="official-item certificate" id={format!("certificate-{}", c.id)}>
            <p class="official-title">{ &c.certificate_name }{ " " }{ official_badge(tr) }</p>
            if let Some(name) = child_name(children, i.child_id) {
                <p class="muted">{ tr.format("portal-for-child", &[("name", Value::from(name))]) }</p>
            }
            <dl class="facts">
                { fact(tr.text("portal-certificate-payer"), c.public_payer_number.clone()) }
                { fact(tr.text("portal-certificate-recipient"), c.recipient_number.clone()) }
                { wide_fact(tr.text("portal-certificate-valid"), tr.format("portal-certificate-valid-range", &[
                    ("from", Value::from(tr.date(c.valid_from))),
                    ("to", Value::from(tr.date(c.valid_to))),
                ])) }
                if !copay.is_empty() {
                    { wide_fact(tr.text("portal-certificate-copay"), copay.join(" · ")) }
                }
            </dl>
        </li>
    }
}

fn benefit(tr: &Localizer, i: &OfficialItemView) -> Html {
    let OfficialItem::Benefits(b) = &i.item else {
        return html! {};
    };
    let mut dates = vec![tr.format(
        "portal-benefit-applied",
        &[("date", Value::from(tr.date(b.applied_on)))],
    )];
    if let Some(d) = b.status_updated_on {
        dates.push(tr.format(
            "portal-benefit-updated",
            &[("date", Value::from(tr.date(d)))],
        ));
    }
    let status = b.status.message_id();
    html! {
        <li class="official-item benefit" id={format!("benefit-{}", b.id)}>
            <p class="official-title">
                { &b.program_name }{ " " }
                <span class={classes!("status", status.trim_start_matches("portal-benefit-").to_owned())}>{ tr.text(status) }</span>
            </p>
            <p class="muted">{ dates.join(" · ") }</p>
            if let Some(amount) = b.amount_yen {
                <p class="benefit-amount">{ yen(tr, "portal-yen", amount) }</p>
            }
            if let Some(note) = &b.note {
                <p class="muted">{ note }</p>
            }
        </li>
    }
}

fn notice(tr: &Localizer, i: &OfficialItemView) -> Html {
    let OfficialItem::Notices(n) = &i.item else {
        return html! {};
    };
    html! {
        <li class="official-item notice-item" id={format!("notice-{}", n.id)}>
            <p class="muted">{ format!("{} · {}", n.municipality, tr.date(n.published_on)) }</p>
            <p class="official-title">{ &n.title }</p>
            <p class="notice-body">{ &n.body }</p>
            if let Some(url) = &n.url {
                <p class="portal-url">{ url }</p>
            }
        </li>
    }
}

/// The name of an official checkup's kind, e.g. 3〜4か月児健診.
fn checkup_name(tr: &Localizer, c: &OfficialCheckup) -> String {
    let id = match c.subject {
        Subject::Child => format!("schedule-checkup-child-{}", c.kind),
        Subject::Mother => format!("schedule-checkup-{}", c.kind),
    };
    let name = tr.text(&id);
    if name == id {
        tr.text("schedule-checkup-other")
    } else {
        name
    }
}

fn checkup(tr: &Localizer, i: &OfficialItemView) -> Html {
    let OfficialItem::Checkups(c) = &i.item else {
        return html! {};
    };
    let number = |label: &str, unit: &str, value: f64| {
        format!(
            "{} {}",
            tr.text(label),
            tr.format(unit, &[("value", Value::from(value))])
        )
    };
    let mut values = Vec::new();
    if let Some(w) = c.gestation_weeks {
        values.push(tr.format("portal-gestation-weeks", &[("weeks", Value::from(w))]));
    }
    if let Some(kg) = c.weight_kg.or(c.weight_g.map(|g| f64::from(g) / 1000.0)) {
        values.push(number("field-weight-short", "unit-kg", kg));
    }
    if let Some(cm) = c.length_cm {
        values.push(number("field-height-short", "unit-cm", cm));
    }
    if let Some(cm) = c.head_cm {
        values.push(number("field-head-circumference-short", "unit-cm", cm));
    }
    if let Some(cm) = c.chest_cm {
        values.push(number("field-chest-circumference-short", "unit-cm", cm));
    }
    if let Some(bp) = &c.blood_pressure {
        values.push(tr.format(
            "portal-blood-pressure",
            &[("value", Value::from(bp.as_str()))],
        ));
    }
    if let Some(epds) = c.epds_total {
        values.push(tr.format("portal-epds", &[("value", Value::from(epds))]));
    }
    html! {
        <li class="official-item checkup-item" id={format!("official-checkup-{}", c.id)}>
            <p class="record-meta muted">{ tr.date(c.date) }</p>
            <p class="official-title">{ checkup_name(tr, c) }{ " " }{ official_badge(tr) }</p>
            if !values.is_empty() {
                <p>{ values.join(" · ") }</p>
            }
            if let Some(f) = &c.findings {
                <p>{ tr.format("portal-findings", &[("findings", Value::from(f.as_str()))]) }</p>
            }
            if let Some(f) = &c.facility {
                <p class="muted">{ tr.format("portal-facility", &[("facility", Value::from(f.as_str()))]) }</p>
            }
        </li>
    }
}

// ----------------------------------------------------------- child screen

/// A child's official checkups (the child screen), newest first.
pub fn child_checkups(tr: &Localizer, items: &[OfficialItemView]) -> Html {
    let rows: Vec<Html> = items
        .iter()
        .filter(|i| i.item.category() == Category::Checkups)
        .map(|i| checkup(tr, i))
        .collect();
    if rows.is_empty() {
        return html! {};
    }
    section(
        tr,
        "child-official-checkups",
        "portal-child-checkups-title",
        rows,
    )
}

#[derive(Properties, PartialEq)]
pub struct QuestionnaireProps {
    pub child_id: RecordId,
}

#[derive(Clone, Default, PartialEq)]
struct QuestionnaireDraft {
    vaccine: String,
    date: String,
    temperature: String,
    answers: Vec<(String, Option<bool>)>,
    note: String,
}

/// The 予診票 form of a child linked to the portal, and the questionnaires
/// already queued or sent.
#[function_component(QuestionnaireForm)]
pub fn questionnaire_form(props: &QuestionnaireProps) -> Html {
    let tr = use_tr();
    let view = use_state(|| None::<QuestionnairesView>);
    let draft = use_state(|| QuestionnaireDraft {
        answers: QUESTIONNAIRE_QUESTIONS
            .iter()
            .map(|q| (q.to_string(), None))
            .collect(),
        ..QuestionnaireDraft::default()
    });
    let errors = use_state(|| None::<ValidationErrors>);
    let status = use_state(|| None::<Result<String, CommandError>>);
    let saving = use_state(|| false);
    let child_id = props.child_id;

    let reload = {
        let view = view.clone();
        Callback::from(move |()| {
            let view = view.clone();
            #[derive(Serialize)]
            struct Args {
                child_id: RecordId,
            }
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(v) = ipc::invoke("questionnaires", &Args { child_id }).await {
                    view.set(Some(v));
                }
            });
        })
    };
    {
        let reload = reload.clone();
        use_effect_with(child_id, move |_| reload.emit(()));
    }
    // While a sync runs, a pending questionnaire may be on its way.
    let polling = view.as_ref().is_some_and(|v| v.syncing);
    {
        let view = view.clone();
        use_effect_with(polling, move |&polling| {
            let alive = Rc::new(Cell::new(true));
            if polling {
                let alive = alive.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    #[derive(Serialize)]
                    struct Args {
                        child_id: RecordId,
                    }
                    loop {
                        sleep(700).await;
                        if !alive.get() {
                            break;
                        }
                        let Ok(v) = ipc::invoke::<_, QuestionnairesView>(
                            "questionnaires",
                            &Args { child_id },
                        )
                        .await
                        else {
                            break;
                        };
                        if !alive.get() {
                            break;
                        }
                        let done = !v.syncing;
                        view.set(Some(v));
                        if done {
                            break;
                        }
                    }
                });
            }
            move || alive.set(false)
        });
    }

    let Some(v) = (*view).clone() else {
        return html! {};
    };
    if !v.linked && v.entries.is_empty() {
        return html! {};
    }

    let onsubmit = {
        let (draft, errors, status, saving, reload, tr) = (
            draft.clone(),
            errors.clone(),
            status.clone(),
            saving.clone(),
            reload.clone(),
            tr.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *saving {
                return;
            }
            saving.set(true);
            status.set(None);
            let d = (*draft).clone();
            #[derive(Serialize)]
            struct Args {
                child_id: RecordId,
                input: QuestionnaireInput,
            }
            let args = Args {
                child_id,
                input: QuestionnaireInput {
                    vaccine: d.vaccine.clone(),
                    planned_date: d.date.clone(),
                    temperature_c: d.temperature.clone(),
                    answers: d
                        .answers
                        .iter()
                        .filter_map(|(q, a)| {
                            a.map(|yes| (q.clone(), if yes { "yes" } else { "no" }.to_owned()))
                        })
                        .collect(),
                    note: d.note.clone(),
                },
            };
            let (draft, errors, status, saving, reload, tr) = (
                draft.clone(),
                errors.clone(),
                status.clone(),
                saving.clone(),
                reload.clone(),
                tr.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match ipc::invoke::<_, QuestionnaireView>("queue_questionnaire", &args).await {
                    Ok(_) => {
                        errors.set(None);
                        draft.set(QuestionnaireDraft {
                            answers: QUESTIONNAIRE_QUESTIONS
                                .iter()
                                .map(|q| (q.to_string(), None))
                                .collect(),
                            ..QuestionnaireDraft::default()
                        });
                        status.set(Some(Ok(tr.text("questionnaire-queued"))));
                        reload.emit(());
                    }
                    Err(CommandError::Invalid { errors: e }) => errors.set(Some(e)),
                    Err(e) => status.set(Some(Err(e))),
                }
                saving.set(false);
            });
        })
    };

    let error = |field: Field| -> Option<String> {
        let code = errors.as_ref()?.for_field(field)?;
        Some(match (field, code) {
            (Field::Date, ErrorCode::OutOfRange) => tr.text("questionnaire-date-range"),
            (Field::Temperature, ErrorCode::OutOfRange) => {
                tr.text("questionnaire-temperature-range")
            }
            (Field::Answers, _) => tr.text("questionnaire-answer-all"),
            _ => tr.field_error(&FieldError { field, code }),
        })
    };
    let set = |f: fn(&mut QuestionnaireDraft) -> &mut String| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut d = (*draft).clone();
            *f(&mut d) = value;
            draft.set(d);
        })
    };
    let press = |index: usize, value: bool| {
        let draft = draft.clone();
        Callback::from(move |_| {
            let mut d = (*draft).clone();
            let answer = &mut d.answers[index].1;
            *answer = if *answer == Some(value) {
                None
            } else {
                Some(value)
            };
            draft.set(d);
        })
    };
    let on_vaccine = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let mut d = (*draft).clone();
            d.vaccine = select.value();
            draft.set(d);
        })
    };

    let form = html! {
        <form class="form questionnaire-form" id="questionnaire-form" onsubmit={onsubmit} novalidate=true>
            <p class="hint">{ tr.text("questionnaire-intro") }</p>
            <div class={classes!("field", error(Field::Vaccine).is_some().then_some("invalid"))}>
                <label for="questionnaire-vaccine">{ tr.text("field-vaccine") }</label>
                <select id="questionnaire-vaccine" onchange={on_vaccine}
                    aria-invalid={error(Field::Vaccine).is_some().to_string()}>
                    <option value="" selected={draft.vaccine.is_empty()}>{ tr.text("form-choose") }</option>
                    { for crate::vaccines::VACCINES.iter().filter(|v| **v != "other").map(|v| html! {
                        <option value={*v} selected={draft.vaccine == *v}>{ tr.text(&format!("schedule-vaccine-{v}")) }</option>
                    }) }
                </select>
                if let Some(e) = error(Field::Vaccine) {
                    <p class="error" id="questionnaire-vaccine-error" role="alert">{ e }</p>
                }
            </div>
            <div class="grid-2 pair">
                <TextField id="questionnaire-date" label={tr.text("questionnaire-date")}
                    value={draft.date.clone()} placeholder={tr.text("form-date-placeholder")}
                    hint={Some(AttrValue::from(tr.text("questionnaire-date-hint")))}
                    error={error(Field::Date)} numeric=true oninput={set(|d| &mut d.date)} />
                <TextField id="questionnaire-temperature" label={tr.text("field-temperature")}
                    value={draft.temperature.clone()} placeholder="36.5"
                    error={error(Field::Temperature)} numeric=true
                    oninput={set(|d| &mut d.temperature)} />
            </div>
            <fieldset class="checklist" id="questionnaire-questions">
                <legend>{ tr.text("questionnaire-questions") }</legend>
                <ol class="questions">
                    { for draft.answers.iter().enumerate().map(|(index, (q, answer))| {
                        let question_id = format!("qn-{q}");
                        let button = |value: bool, label: &str| {
                            let on = *answer == Some(value);
                            html! {
                                <button type="button"
                                    id={format!("qa-{q}-{}", if value { "yes" } else { "no" })}
                                    class={classes!("chip", on.then_some("active"))}
                                    aria-pressed={on.to_string()}
                                    onclick={press(index, value)}>
                                    { tr.text(label) }
                                </button>
                            }
                        };
                        html! {
                            <li class="question">
                                <p class="question-text" id={question_id.clone()}>{ tr.text(&format!("questionnaire-{q}")) }</p>
                                <div class="kinds answers" role="group" aria-labelledby={question_id}>
                                    { button(true, "record-answer-yes") }
                                    { button(false, "record-answer-no") }
                                </div>
                            </li>
                        }
                    }) }
                </ol>
                if let Some(e) = error(Field::Answers) {
                    <p class="error" id="questionnaire-answers-error" role="alert">{ e }</p>
                }
            </fieldset>
            <TextField id="questionnaire-note" label={tr.text("questionnaire-note")}
                value={draft.note.clone()} error={error(Field::Text)}
                oninput={set(|d| &mut d.note)} />
            <button type="submit" class="primary" id="questionnaire-submit" disabled={*saving}>
                { if *saving { tr.text("form-saving") } else { tr.text("questionnaire-submit") } }
            </button>
            { match &*status {
                Some(Ok(text)) => html! { <p class="ok form-status" id="questionnaire-status" role="status">{ text }</p> },
                Some(Err(e)) => html! { <p class="error form-status" id="questionnaire-status" role="alert">{ error_text(&tr, e) }</p> },
                None => html! {},
            } }
        </form>
    };

    html! {
        <section class="card questionnaire" id="questionnaire" aria-labelledby="questionnaire-title">
            <h2 id="questionnaire-title">{ tr.text("questionnaire-title") }</h2>
            if v.linked {
                { form }
            } else {
                <p class="hint">{ tr.text("questionnaire-not-linked") }</p>
            }
            if !v.entries.is_empty() {
                <h3>{ tr.text("questionnaire-list-title") }</h3>
                <ul class="official-list" id="questionnaires">
                    { for v.entries.iter().map(|q| questionnaire_row(&tr, q)) }
                </ul>
            }
        </section>
    }
}

fn questionnaire_row(tr: &Localizer, q: &QuestionnaireView) -> Html {
    let (class, text) = match q.state {
        OutboxState::Pending => ("pending", "questionnaire-pending"),
        OutboxState::Sent => ("sent", "questionnaire-sent"),
        OutboxState::Rejected => ("rejected", "questionnaire-rejected"),
    };
    let date = q.planned_date.map(|d| tr.date(d)).unwrap_or_default();
    html! {
        <li class={classes!("official-item", "questionnaire-entry", class)} id={format!("questionnaire-{}", q.id)}>
            <p>
                { tr.format("questionnaire-entry", &[
                    ("vaccine", Value::from(tr.text(&format!("schedule-vaccine-{}", q.vaccine_id)))),
                    ("date", Value::from(date)),
                ]) }
                { " " }
                <span class={classes!("status", "questionnaire-state", class)}>{ tr.text(text) }</span>
            </p>
        </li>
    }
}
