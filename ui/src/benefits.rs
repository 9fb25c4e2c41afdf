//! Benefits (給付の申請と状況): the card on home and the screen behind it:
//! every application with its state in words (a badge with text), the next
//! payment, what was sent from here and is still on its way, the once-only
//! application of 018サポート with 赤ちゃんファースト (pre-filled from the
//! handbook, confirmed, sent; pending while offline), and the applications
//! the parent tracks by hand.
//!
//! The view is the shell's (`load_benefits`, the sync library's
//! `benefits::view`); the words are `hagukumi_i18n::benefits`, shared with
//! `hagu benefits`; every form submits through `crate::form`.

use crate::form::field_setter;
use crate::poll::{use_polled, Loaded};
use crate::{
    error_text, ipc, on_submit, setter, status_line, submit_button, use_tr, FormState, Invalid,
    TextField,
};
use hagukumi_core::api::CommandError;
use hagukumi_core::benefits::{
    Application, BenefitState, BenefitsView, NextPayment, OnceOnlyInput, SendState, Source,
    TrackedInput,
};
use hagukumi_core::model::RecordId;
use hagukumi_core::{Date, Field};
use hagukumi_i18n::benefits as words;
use hagukumi_i18n::{Localizer, Value};
use serde::Serialize;
use yew::prelude::*;

/// Something sent from here is still on its way: worth asking again soon.
fn on_its_way(v: &BenefitsView) -> bool {
    v.connected
        && v.submissions
            .iter()
            .any(|s| matches!(s.state, SendState::Pending | SendState::Sent))
}

/// The view, loaded at mount and polled while an application is on its
/// way (for a minute at most: offline, it waits for a later sync).
#[hook]
fn use_benefits() -> (Loaded<BenefitsView>, Callback<()>) {
    use_polled("load_benefits", on_its_way, 1000, 60)
}

fn badge(tr: &Localizer, a: &Application) -> Html {
    html! {
        <span class={classes!("badge", "benefit-state", a.state.as_str())}>
            { words::state(tr, a) }
        </span>
    }
}

/// The next payment: which program, when, how much.
fn next_payment(tr: &Localizer, n: &NextPayment) -> String {
    tr.format(
        "benefit-next-payment-of",
        &[
            ("program", Value::from(n.program.as_str())),
            ("date", Value::from(tr.date(n.payment.date))),
            (
                "yen",
                Value::from(hagukumi_i18n::programs::yen(n.payment.amount_yen.into())),
            ),
        ],
    )
}

#[derive(Properties, PartialEq)]
pub struct BenefitsCardProps {
    pub on_open: Callback<()>,
}

/// On home: the next payment or what needs the parent, and the way in.
#[function_component(BenefitsCard)]
pub fn benefits_card(props: &BenefitsCardProps) -> Html {
    let tr = use_tr();
    let (view, _) = use_benefits();
    let summary = match &*view {
        Some(Ok(v)) => match &v.next_payment {
            Some(n) => next_payment(&tr, n),
            None if v.applications.is_empty() => tr.text("benefits-none"),
            None => match v
                .applications
                .iter()
                .filter(|a| a.qualifies.is_some())
                .count()
            {
                0 => tr.text("benefits-no-payment"),
                n => tr.format("benefits-to-apply", &[("count", Value::from(n))]),
            },
        },
        _ => String::new(),
    };
    html! {
        <section class="card benefits-card" id="benefits-card" aria-labelledby="benefits-card-title">
            <h2 id="benefits-card-title">{ tr.text("benefits-title") }</h2>
            <p class="muted" id="benefits-card-summary">{ summary }</p>
            { crate::nav::open_chip(&tr, "open-benefits", "benefits-open", &props.on_open) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct BenefitsScreenProps {
    pub on_back: Callback<()>,
}

#[function_component(BenefitsScreen)]
pub fn benefits_screen(props: &BenefitsScreenProps) -> Html {
    let tr = use_tr();
    let (view, _) = use_benefits();
    let syncing = use_state(|| false);
    crate::nav::use_to_top();
    let on_sync = {
        let (view, syncing) = (view.clone(), syncing.clone());
        Callback::from(move |_| {
            let (view, syncing) = (view.clone(), syncing.clone());
            syncing.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let synced =
                    ipc::invoke::<_, hagukumi_core::api::PortalView>("portal_sync_now", &()).await;
                let loaded = ipc::invoke::<_, BenefitsView>("load_benefits", &()).await;
                view.set(Some(synced.and(loaded)));
                syncing.set(false);
            });
        })
    };
    let on_view = {
        let view = view.clone();
        Callback::from(move |v: BenefitsView| view.set(Some(Ok(v))))
    };
    let body = match &*view {
        None => html! { <p class="loading">{ tr.text("app-loading") }</p> },
        Some(Err(e)) => {
            html! { <p class="error" id="benefits-error" role="alert">{ error_text(&tr, e) }</p> }
        }
        Some(Ok(v)) => {
            let today = v.today;
            html! {
                <>
                <div class="benefits-main">
                    <h2 class="benefits-title" id="benefits-title">{ tr.text("benefits-title") }</h2>
                    <section class="card" id="benefits-next" aria-labelledby="benefits-next-title">
                        <h2 id="benefits-next-title">{ tr.text("benefits-next-payment-heading") }</h2>
                        <p id="benefit-next-payment">{
                            match &v.next_payment {
                                Some(n) => next_payment(&tr, n),
                                None => tr.text("benefits-no-payment"),
                            }
                        }</p>
                    </section>
                    <section class="card" id="benefits-list-card" aria-labelledby="benefits-list-title">
                        <h2 id="benefits-list-title">{ tr.text("benefits-list-heading") }</h2>
                        if v.connected {
                            <button type="button" class="chip secondary" id="benefits-sync" disabled={*syncing} onclick={on_sync}>
                                { if *syncing { tr.text("portal-syncing") } else { tr.text("portal-sync-now") } }
                            </button>
                        }
                        if !v.submissions.is_empty() {
                            <ul class="official-list" id="benefit-submissions">
                                { for v.submissions.iter().map(|s| html! {
                                    <li class={classes!("official-item", "benefit-submission", match s.state {
                                        SendState::Pending => "pending",
                                        SendState::Sent => "sent",
                                        SendState::Refused => "rejected",
                                    })} id={format!("benefit-submission-{}", s.id)}>
                                        <p role="status">{ words::submission(&tr, s) }</p>
                                    </li>
                                }) }
                            </ul>
                        }
                        if v.applications.is_empty() && v.submissions.is_empty() {
                            <p class="hint" id="benefits-none">{ tr.text("benefits-none") }</p>
                        }
                        <ul class="official-list" id="benefit-list">
                            { for v.applications.iter().map(|a| application_row(&tr, a, today, &on_view)) }
                        </ul>
                    </section>
                </div>
                <div class="benefits-side">
                    <OnceOnlyForm view={v.clone()} on_view={on_view.clone()} />
                    <TrackForm on_view={on_view} />
                </div>
                </>
            }
        }
    };
    html! {
        <>
            { crate::nav::back_crumb(&tr, &props.on_back) }
            <div class="benefits-screen" id="benefits-screen">
                { body }
            </div>
        </>
    }
}

fn dom_id(key: &str) -> String {
    key.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

fn application_row(
    tr: &Localizer,
    a: &Application,
    today: Date,
    on_view: &Callback<BenefitsView>,
) -> Html {
    let delete = match &a.source {
        Source::Tracked { id } => {
            #[derive(Serialize)]
            struct Args {
                id: RecordId,
            }
            let (id, on_view) = (*id, on_view.clone());
            let onclick = Callback::from(move |_| {
                let on_view = on_view.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(v) =
                        ipc::invoke::<_, BenefitsView>("delete_tracked_benefit", &Args { id }).await
                    {
                        on_view.emit(v);
                    }
                });
            });
            html! {
                <>
                    <span class="badge linked">{ tr.text("benefit-source-tracked") }</span>
                    <button type="button" class="link danger benefit-delete" {onclick}>{ tr.text("benefit-delete") }</button>
                </>
            }
        }
        Source::Official { .. } => crate::portal::official_badge(tr),
        Source::Program { .. } => html! {
            <span class="badge">{ tr.text("benefit-source-registry") }</span>
        },
    };
    html! {
        <li class={classes!("official-item", "benefit", a.state.as_str())} id={format!("benefit-{}", dom_id(&a.key))}>
            <p class="benefit-head">
                <strong class="benefit-program">{ words::program(tr, a) }</strong>
                { " " }{ badge(tr, a) }{ " " }{ delete }
            </p>
            <ul class="benefit-details">
                { for words::details(tr, a, today).into_iter().skip(1).map(|d| html! { <li>{ d }</li> }) }
            </ul>
            if let Some(note) = &a.note {
                <p class="hint benefit-note">{ note }</p>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct OnceOnlyProps {
    view: BenefitsView,
    on_view: Callback<BenefitsView>,
}

/// 018サポート and 赤ちゃんファースト together: pre-filled from the handbook
/// (the guardian entered before, every child), confirmed, then sent.
#[function_component(OnceOnlyForm)]
fn once_only_form(props: &OnceOnlyProps) -> Html {
    let tr = use_tr();
    let v = &props.view;
    let guardian = use_state(|| v.guardian_name.clone().unwrap_or_default());
    let chosen = use_state(|| v.children.iter().map(|c| c.child_id).collect::<Vec<_>>());
    let confirmed = use_state(|| false);
    let state = use_state(FormState::default);
    let onsubmit = {
        #[derive(Serialize)]
        struct Args {
            input: OnceOnlyInput,
        }
        let (g, c) = (guardian.clone(), chosen.clone());
        let args = move || Args {
            input: OnceOnlyInput {
                guardian_name: (*g).clone(),
                children: (*c).clone(),
            },
        };
        let (on_view, tr, confirmed_done) = (props.on_view.clone(), tr.clone(), confirmed.clone());
        let submit = on_submit(
            &state,
            "apply_benefits",
            Invalid::ByField,
            args,
            move |v: BenefitsView| {
                let text = if v.connected {
                    tr.text("once-only-queued")
                } else {
                    tr.text("once-only-not-connected")
                };
                on_view.emit(v);
                confirmed_done.set(false);
                Some(text)
            },
        );
        let (confirmed, state) = (confirmed.clone(), state.clone());
        Callback::from(move |e: SubmitEvent| {
            if *confirmed {
                submit.emit(e);
            } else {
                e.prevent_default();
                state.set(FormState {
                    failure: Some(CommandError::Refused {
                        message_id: "once-only-confirm-needed".into(),
                    }),
                    ..FormState::default()
                });
            }
        })
    };
    let toggle = |id: RecordId| {
        let chosen = chosen.clone();
        Callback::from(move |_| {
            let mut c = (*chosen).clone();
            if let Some(at) = c.iter().position(|x| *x == id) {
                c.remove(at);
            } else {
                c.push(id);
            }
            chosen.set(c);
        })
    };
    let on_confirm = {
        let confirmed = confirmed.clone();
        Callback::from(move |_| confirmed.set(!*confirmed))
    };
    let error = |f: Field| state.error(&tr, f);
    html! {
        <section class="card once-only" id="once-only" aria-labelledby="once-only-title">
            <h2 id="once-only-title">{ tr.text("once-only-title") }</h2>
            <form class="form" id="once-only-form" {onsubmit} novalidate=true>
                <p class="hint">{ tr.text("once-only-intro") }</p>
                <p class="hint" id="once-only-programs">{ tr.text("once-only-programs") }</p>
                <TextField id="once-only-guardian" label={tr.text("field-guardian")}
                    value={(*guardian).clone()} error={error(Field::Guardian)}
                    oninput={setter(&guardian)} />
                <fieldset class={classes!("benefit-choices", error(Field::Children).is_some().then_some("invalid"))} id="once-only-children">
                    <legend>{ tr.text("field-children") }</legend>
                    { for v.children.iter().map(|c| {
                        let id = format!("once-only-child-{}", c.child_id);
                        html! {
                            <label class="check" for={id.clone()}>
                                <input type="checkbox" id={id.clone()}
                                    checked={chosen.contains(&c.child_id)}
                                    onchange={toggle(c.child_id)} />
                                { tr.format("once-only-child", &[
                                    ("name", Value::from(c.name.as_str())),
                                    ("date", Value::from(tr.date(c.birth_date))),
                                ]) }
                            </label>
                        }
                    }) }
                    if let Some(e) = error(Field::Children) {
                        <p class="error" id="once-only-children-error" role="alert">{ e }</p>
                    }
                </fieldset>
                <label class="check" for="once-only-confirm">
                    <input type="checkbox" id="once-only-confirm" checked={*confirmed} onchange={on_confirm} />
                    { tr.text("once-only-confirm") }
                </label>
                { submit_button(&tr, "once-only-send", state.saving, "form-saving", "once-only-send") }
                { status_line(&tr, "once-only-status", &state) }
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct TrackProps {
    on_view: Callback<BenefitsView>,
}

/// An application made at the counter or by post, tracked by the parent.
#[function_component(TrackForm)]
fn track_form(props: &TrackProps) -> Html {
    let tr = use_tr();
    // The fields as typed; the state is the select's, kept when they clear.
    let draft = use_state(TrackedInput::default);
    let benefit_state = use_state(|| BenefitState::Applied.as_str().to_owned());
    let state = use_state(FormState::default);
    let onsubmit = {
        #[derive(Serialize)]
        struct Args {
            input: TrackedInput,
        }
        let (d, s) = (draft.clone(), benefit_state.clone());
        let args = move || Args {
            input: TrackedInput {
                state: (*s).clone(),
                ..(*d).clone()
            },
        };
        let (draft, on_view, tr) = (draft.clone(), props.on_view.clone(), tr.clone());
        on_submit(
            &state,
            "track_benefit",
            Invalid::ByField,
            args,
            move |v: BenefitsView| {
                draft.set(TrackedInput::default());
                on_view.emit(v);
                Some(tr.text("track-saved"))
            },
        )
    };
    let on_state = crate::select_setter(&benefit_state);
    let set = |f: fn(&mut TrackedInput) -> &mut String| field_setter(&draft, f);
    let error = |f: Field| state.error(&tr, f);
    html! {
        <section class="card" id="track" aria-labelledby="track-title">
            <h2 id="track-title">{ tr.text("track-title") }</h2>
            <form class="form" id="track-form" {onsubmit} novalidate=true>
                <p class="hint">{ tr.text("track-intro") }</p>
                <TextField id="track-program" label={tr.text("field-program")}
                    value={draft.program.clone()} error={error(Field::Program)} oninput={set(|d| &mut d.program)} />
                <div class="field">
                    <label for="track-state">{ tr.text("field-benefit-state") }</label>
                    <select id="track-state" onchange={on_state}>
                        { for BenefitState::ALL.iter().map(|s| html! {
                            <option value={s.as_str()} selected={*benefit_state == s.as_str()}>{ tr.text(&s.message_id()) }</option>
                        }) }
                    </select>
                    if let Some(e) = error(Field::BenefitState) {
                        <p class="error" role="alert">{ e }</p>
                    }
                </div>
                <div class="grid-2 pair">
                    <TextField id="track-applied-on" label={tr.text("field-date")}
                        value={draft.applied_on.clone()} placeholder={tr.text("form-date-placeholder")}
                        error={error(Field::Date)} numeric=true oninput={set(|d| &mut d.applied_on)} />
                    <TextField id="track-deadline" label={tr.text("field-deadline")}
                        value={draft.deadline.clone()} placeholder={tr.text("form-date-placeholder")}
                        error={error(Field::Deadline)} numeric=true oninput={set(|d| &mut d.deadline)} />
                </div>
                <div class="grid-2 pair">
                    <TextField id="track-payment-date" label={tr.text("field-payment-date")}
                        value={draft.next_payment_date.clone()} placeholder={tr.text("form-date-placeholder")}
                        error={error(Field::PaymentDate)} numeric=true oninput={set(|d| &mut d.next_payment_date)} />
                    <TextField id="track-payment-yen" label={tr.text("field-payment-amount")}
                        value={draft.next_payment_yen.clone()} placeholder="15000"
                        error={error(Field::PaymentAmount)} numeric=true oninput={set(|d| &mut d.next_payment_yen)} />
                </div>
                { submit_button(&tr, "track-save", state.saving, "form-saving", "track-save") }
                { status_line(&tr, "track-status", &state) }
            </form>
        </section>
    }
}
