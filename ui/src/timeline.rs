//! What is due when: the family's next actions on the home screen (with
//! the 保活 bookings held: 見学 and 保活相談, opening the nursery screen) and a
//! child's or a pregnancy's plan (next items, then month by month) on its
//! screen. A due vaccination is recorded as given in two taps: "given" and
//! "save" (a child's record, or a pregnancy's vaccination record).

use crate::poll::use_loaded;
use crate::{error_text, ipc, use_tr};
use hagukumi_core::api::{CommandError, NextEntry};
use hagukumi_core::model::RecordId;
use hagukumi_core::pregnancy_records::{PregnancyRecord, PregnancyRecordInput};
use hagukumi_core::records::{Record, RecordInput};
use hagukumi_core::schedule::{ItemRef, PlanItem, Status};
use hagukumi_core::Date;
use hagukumi_i18n::booking as booking_words;
use hagukumi_i18n::{Localizer, Value};
use serde::Serialize;
use yew::prelude::*;

/// When to act, in words.
pub fn item_when(tr: &Localizer, item: &PlanItem) -> String {
    let date = |d: Option<Date>| Value::from(d.map(|d| tr.date(d)).unwrap_or_default());
    match item.status {
        Status::Done => tr.format("schedule-when-done", &[("date", date(item.given_on))]),
        Status::DueNow => match item.recommended_by.or(item.funded_until) {
            Some(by) => tr.format("schedule-when-due-by", &[("date", date(Some(by)))]),
            None => tr.text("schedule-when-due"),
        },
        Status::Upcoming => tr.format("schedule-when-from", &[("date", date(item.suggested))]),
        Status::Overdue => match item.funded_until {
            Some(until) => tr.format(
                "schedule-when-overdue-funded",
                &[("date", date(Some(until)))],
            ),
            None => tr.text("schedule-when-overdue"),
        },
        Status::FundedWindowMissed => tr.text("schedule-status-funded-window-missed"),
        Status::NotEligible => tr.text("schedule-status-not-eligible"),
    }
}

fn status_text(tr: &Localizer, s: Status) -> String {
    tr.text(&format!("schedule-status-{}", s.id()))
}

#[derive(Properties, PartialEq)]
pub struct NextActionsProps {
    /// Opens a child's screen.
    pub on_open: Callback<RecordId>,
    /// Opens a pregnancy's screen.
    pub on_open_pregnancy: Callback<RecordId>,
    /// Opens the nursery screen (a booking's line).
    pub on_open_nursery: Callback<()>,
    /// Changes whenever the handbook changed, to refresh.
    pub version: usize,
}

/// The family's next three actions and the 保活 bookings held, at the top of the
/// home screen.
#[function_component(NextActions)]
pub fn next_actions(props: &NextActionsProps) -> Html {
    let tr = use_tr();
    #[derive(Serialize)]
    struct Args {
        count: usize,
    }
    let (actions, _) =
        use_loaded::<Vec<NextEntry>, _, _>("family_next", Args { count: 3 }, props.version);
    let body = match &*actions {
        None => return html! {},
        Some(Err(e)) => html! { <p class="error" role="alert">{ error_text(&tr, e) }</p> },
        Some(Ok(list)) if list.is_empty() => {
            html! { <p class="muted">{ tr.text("schedule-none") }</p> }
        }
        Some(Ok(list)) => html! {
            <ol class="next-list">
                { for list.iter().map(|entry| {
                    let a = match entry {
                        NextEntry::Plan(a) => a,
                        NextEntry::Booking(b) => {
                            let on_open = props.on_open_nursery.clone();
                            let onclick = Callback::from(move |_| on_open.emit(()));
                            let state = b.state.as_str();
                            return html! {
                                <li class={classes!("next-item", "next-booking", state)} data-booking={b.id.to_string()}>
                                    <button type="button" class="next-button" {onclick}>
                                        <span class="next-who">{ booking_words::kind(&tr, &b.slot) }</span>
                                        <span class="next-what">{ &b.slot.place }</span>
                                        <span class="next-when">{ booking_words::when(&tr, &b.slot) }</span>
                                        <span class={classes!("next-state", format!("booking-{state}"))}>{ booking_words::state(&tr, b) }</span>
                                    </button>
                                </li>
                            };
                        }
                    };
                    let who = a.name.clone().unwrap_or_else(|| tr.text("pregnancy-untitled"));
                    let open = match (a.child_id, a.pregnancy_id) {
                        (Some(id), _) => {
                            let on_open = props.on_open.clone();
                            Some(Callback::from(move |_| on_open.emit(id)))
                        }
                        (None, Some(id)) => {
                            let on_open = props.on_open_pregnancy.clone();
                            Some(Callback::from(move |_| on_open.emit(id)))
                        }
                        (None, None) => None,
                    };
                    let disabled = open.is_none();
                    html! {
                        <li class={classes!("next-item", a.item.status.id())}>
                            <button type="button" class="next-button" onclick={open} {disabled}>
                                <span class="next-who">{ who }</span>
                                <span class="next-what">{ tr.plan_item_title(&a.item) }</span>
                                <span class="next-when">{ item_when(&tr, &a.item) }</span>
                                if a.item.closing_soon {
                                    <span class="next-warning">{ tr.text("schedule-closing-soon") }</span>
                                }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        },
    };
    html! {
        <section class="card next" id="next-actions" aria-labelledby="next-title">
            <h2 id="next-title">{ tr.text("schedule-next-title") }</h2>
            { body }
        </section>
    }
}

/// Whose plan it is: where a dose recorded as given goes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PlanOwner {
    Child(RecordId),
    Pregnancy(RecordId),
}

#[derive(Properties, PartialEq)]
pub struct PlanProps {
    pub owner: PlanOwner,
    pub today: Date,
    pub items: Vec<PlanItem>,
    /// Called after a dose was recorded (to reload records and plan).
    pub on_recorded: Callback<()>,
}

/// A child's or a pregnancy's open items: the next ones first, then grouped
/// by month.
#[function_component(Plan)]
pub fn plan(props: &PlanProps) -> Html {
    let tr = use_tr();
    let recording = use_state(|| None::<usize>);
    let mut open: Vec<(usize, &PlanItem)> = props
        .items
        .iter()
        .enumerate()
        .filter(|(_, i)| i.status.is_open())
        .collect();
    open.sort_by_key(|(n, i)| (i.suggested.unwrap_or(Date::MAX), *n));
    if open.is_empty() {
        return html! {
            <section class="card plan" id="plan">
                <h2>{ tr.text("schedule-plan-title") }</h2>
                <p class="muted">{ tr.text("schedule-none") }</p>
            </section>
        };
    }
    let mut months: Vec<(String, Vec<Html>)> = Vec::new();
    for (n, item) in open.iter().take(24) {
        let month = item
            .suggested
            .map(|d| {
                tr.format(
                    "schedule-month",
                    &[
                        ("year", Value::from(d.format("%Y").to_string())),
                        ("month", Value::from(d.format("%-m").to_string())),
                    ],
                )
            })
            .unwrap_or_default();
        let row = plan_row(&tr, *n, item, props, &recording);
        match months.last_mut() {
            Some((m, rows)) if *m == month => rows.push(row),
            _ => months.push((month, vec![row])),
        }
    }
    html! {
        <section class="card plan" id="plan" aria-labelledby="plan-title">
            <h2 id="plan-title">{ tr.text("schedule-plan-title") }</h2>
            { for months.into_iter().map(|(month, rows)| html! {
                <>
                    <h3 class="plan-month">{ month }</h3>
                    <ul class="plan-list">{ for rows }</ul>
                </>
            }) }
        </section>
    }
}

fn plan_row(
    tr: &Localizer,
    n: usize,
    item: &PlanItem,
    props: &PlanProps,
    recording: &UseStateHandle<Option<usize>>,
) -> Html {
    let vaccine = match &item.item {
        ItemRef::Vaccine(v) => Some(v.0.clone()),
        ItemRef::Checkup(_) => None,
    };
    let can_record =
        vaccine.is_some() && item.dose.is_some() && item.earliest.is_some_and(|d| d <= props.today);
    let start = {
        let recording = recording.clone();
        Callback::from(move |_| recording.set(Some(n)))
    };
    html! {
        <li class={classes!("plan-item", item.status.id())} id={format!("plan-{n}")}>
            <div class="plan-main">
                <p class="plan-what">{ tr.plan_item_title(item) }</p>
                <p class="plan-when">
                    <span class={classes!("status", item.status.id())}>{ status_text(tr, item.status) }</span>
                    { " " }{ item_when(tr, item) }
                </p>
                if item.closing_soon {
                    <p class="plan-warning">{ tr.text("schedule-closing-soon") }</p>
                }
                <details class="plan-why">
                    <summary>{ tr.text("schedule-why") }</summary>
                    <ul>{ for item.reasons.iter().map(|r| html! { <li>{ tr.reason(r) }</li> }) }</ul>
                </details>
                if **recording == Some(n) {
                    <GivenForm
                        owner={props.owner}
                        vaccine={vaccine.clone().unwrap_or_default()}
                        dose={item.dose.unwrap_or(1)}
                        funded={item.funded_until.is_some()}
                        today={props.today}
                        on_done={{
                            let (recording, on_recorded) = (recording.clone(), props.on_recorded.clone());
                            Callback::from(move |saved: bool| {
                                recording.set(None);
                                if saved {
                                    on_recorded.emit(());
                                }
                            })
                        }}
                    />
                }
            </div>
            if can_record && **recording != Some(n) {
                <button type="button" class="chip plan-given" onclick={start}>{ tr.text("schedule-record-given") }</button>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct GivenFormProps {
    owner: PlanOwner,
    vaccine: String,
    dose: u8,
    funded: bool,
    today: Date,
    on_done: Callback<bool>,
}

/// "Given on (today) · lot" — saving records the dose as a vaccination.
#[function_component(GivenForm)]
fn given_form(props: &GivenFormProps) -> Html {
    let tr = use_tr();
    let date = use_state(|| props.today.to_string());
    let lot = use_state(String::new);
    let failure = use_state(|| None::<CommandError>);
    let onsubmit = {
        let (date, lot, failure) = (date.clone(), lot.clone(), failure.clone());
        let (owner, vaccine, dose, funded, on_done) = (
            props.owner,
            props.vaccine.clone(),
            props.dose,
            props.funded,
            props.on_done.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            #[derive(Serialize)]
            struct ChildArgs {
                child_id: RecordId,
                input: RecordInput,
            }
            #[derive(Serialize)]
            struct PregnancyArgs {
                pregnancy_id: RecordId,
                input: PregnancyRecordInput,
            }
            let (date, lot) = ((*date).clone(), (*lot).clone());
            let (vaccine, failure, on_done) = (vaccine.clone(), failure.clone(), on_done.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let saved = match owner {
                    PlanOwner::Child(child_id) => {
                        let args = ChildArgs {
                            child_id,
                            input: RecordInput::Vaccination {
                                vaccine,
                                dose: dose.to_string(),
                                date,
                                manufacturer: String::new(),
                                lot,
                                facility: String::new(),
                                funding: if funded {
                                    "public".into()
                                } else {
                                    String::new()
                                },
                            },
                        };
                        ipc::invoke::<_, Record>("add_record", &args)
                            .await
                            .map(|_| ())
                    }
                    // A pregnancy's doses count in date order: no number.
                    PlanOwner::Pregnancy(pregnancy_id) => {
                        let args = PregnancyArgs {
                            pregnancy_id,
                            input: PregnancyRecordInput::Vaccination {
                                vaccine,
                                date,
                                lot,
                                facility: String::new(),
                            },
                        };
                        ipc::invoke::<_, PregnancyRecord>("add_pregnancy_record", &args)
                            .await
                            .map(|_| ())
                    }
                };
                match saved {
                    Ok(()) => on_done.emit(true),
                    Err(e) => failure.set(Some(e)),
                }
            });
        })
    };
    let set = crate::setter;
    let cancel = {
        let on_done = props.on_done.clone();
        Callback::from(move |_| on_done.emit(false))
    };
    html! {
        <form class="given-form" {onsubmit} novalidate=true>
            <div class="grid-2">
                <crate::TextField id="given-date" label={tr.text("field-date")} value={(*date).clone()} numeric=true oninput={set(&date)} />
                <crate::TextField id="given-lot" label={tr.text("field-lot")} value={(*lot).clone()} oninput={set(&lot)} />
            </div>
            if let Some(e) = &*failure {
                <p class="error" role="alert">{ match e {
                    CommandError::Invalid { errors } => errors.0.iter().map(|fe| tr.field_error(fe)).collect::<Vec<_>>().join(" / "),
                    other => error_text(&tr, other),
                } }</p>
            }
            <div class="kinds">
                <button type="submit" class="primary given-save" id="given-save">{ tr.text("schedule-record-save") }</button>
                <button type="button" class="link" onclick={cancel}>{ tr.text("schedule-record-cancel") }</button>
            </div>
        </form>
    }
}
