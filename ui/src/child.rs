//! One child's screen: age, latest measurements, the growth chart, the
//! plan, the records (the generic list and form of `crate::records`, with
//! the child's [`ChildBook`]) and the 予診票.

use crate::records::{more, record_list, use_records, use_shown, RecordForm};
use crate::{error_text, ipc, use_tr, Load};
use hagukumi_core::api::{ChildView, CommandError, OfficialItemView};
use hagukumi_core::book::Page;
use hagukumi_core::child_records::checklists::checklists;
use hagukumi_core::model::RecordId;
use hagukumi_core::records::Record;
use hagukumi_i18n::{Localizer, Value};
use serde::Serialize;
use std::rc::Rc;
use yew::prelude::*;

mod book;
mod handbook;

pub use book::ChildBook;
use book::Draft;

/// The arguments of a command about one child.
#[derive(Serialize)]
struct Args {
    child_id: RecordId,
}

#[derive(Properties, PartialEq)]
pub struct ChildScreenProps {
    pub child_id: RecordId,
    pub on_back: Callback<()>,
}

#[function_component(ChildScreen)]
pub fn child_screen(props: &ChildScreenProps) -> Html {
    let tr = use_tr();
    let load = use_state(|| Load::<ChildView>::Loading);
    let show_summary = use_state(|| false);
    // The clinic summary's records, read when it is opened (the screen's
    // load reads only what its head shows).
    let summary = use_state(|| None::<Result<Vec<Record>, CommandError>>);
    // How many times the screen was loaded: what the chart and the open
    // summary are read again after.
    let loads = use_state(|| 0u32);
    // The clinic card, shown instead of the screen while open.
    let show_card = use_state(|| false);
    let child_id = props.child_id;

    let plan = use_state(Vec::<hagukumi_core::schedule::PlanItem>::new);
    // The live rows shown: a window of them, more as the parent scrolls.
    let shown = use_shown();
    // Official items about this child (provenance of records, checkups).
    let official = use_state(Vec::<OfficialItemView>::new);
    let reload = {
        let (load, plan, official) = (load.clone(), plan.clone(), official.clone());
        let (shown, loads) = (shown.clone(), loads.clone());
        Callback::from(move |()| {
            let (load, plan, official) = (load.clone(), plan.clone(), official.clone());
            let loads = loads.clone();
            #[derive(Serialize)]
            struct Screen {
                child_id: RecordId,
                rows: usize,
            }
            let rows = shown.borrow().rows;
            wasm_bindgen_futures::spawn_local(async move {
                let screen = Screen { child_id, rows };
                match ipc::invoke::<_, ChildView>("load_child", &screen).await {
                    Ok(view) => {
                        load.set(Load::Ready(view));
                        loads.set(*loads + 1);
                    }
                    Err(e) => load.set(Load::Failed(e)),
                }
                #[derive(Serialize)]
                struct Items {
                    child_id: Option<RecordId>,
                }
                let items = Items {
                    child_id: Some(child_id),
                };
                if let Ok(items) = ipc::invoke("official_items", &items).await {
                    official.set(items);
                }
                // The plan follows the records; without it the screen still works.
                if let Ok(items) = ipc::invoke("load_plan", &Args { child_id }).await {
                    plan.set(items);
                }
            });
        })
    };
    {
        let (reload, shown) = (reload.clone(), shown.clone());
        use_effect_with(child_id, move |_| {
            shown.borrow_mut().reset();
            reload.emit(())
        });
    }

    {
        let summary = summary.clone();
        use_effect_with(
            (child_id, *show_summary, *loads),
            move |(child_id, open, _)| {
                if *open {
                    let child_id = *child_id;
                    wasm_bindgen_futures::spawn_local(async move {
                        let read = ipc::invoke("child_summary_records", &Args { child_id }).await;
                        summary.set(Some(read));
                    });
                } else {
                    summary.set(None);
                }
            },
        );
    }

    let records = use_records::<ChildBook>(reload.clone());

    let body = match &*load {
        Load::Loading => html! { <p class="loading">{ tr.text("app-loading") }</p> },
        Load::Failed(e) => html! {
            <p class="card fatal" id="child-error" role="alert">{ error_text(&tr, e) }</p>
        },
        Load::Ready(view) => {
            let append = {
                let (load, view) = (load.clone(), view.clone());
                Callback::from(move |page: Page<Record>| {
                    let mut view = view.clone();
                    view.records.extend(page.records);
                    view.next = page.next;
                    load.set(Load::Ready(view));
                })
            };
            let more = more::<ChildBook>(child_id, view.next, &shown, append);
            let age = view
                .child
                .age_on(view.today)
                .map(|a| tr.age(a))
                .unwrap_or_default();
            let book = ChildBook {
                child_id,
                birth_date: view.child.birth_date,
                has_birth: view.head.has_birth,
                official: Rc::new((*official).clone()),
                questions: Rc::new(view.checklist.clone().unwrap_or_else(|| {
                    checklists().map(|l| l.items().to_vec()).unwrap_or_default()
                })),
            };
            html! {
                <>
                    <section class="card child-head">
                        <h2 id="child-title">{ &view.child.name }</h2>
                        <p class="child-age" id="child-age">{ age }</p>
                        { latest_measurement(&tr, &view.head.latest_growth) }
                        <button type="button" class="chip summary-toggle" id="open-summary"
                            aria-expanded={show_summary.to_string()}
                            onclick={{ let s = show_summary.clone(); Callback::from(move |_| s.set(!*s)) }}>
                            { tr.text("summary-open") }
                        </button>
                        <button type="button" class="chip" id="open-clinic-card"
                            onclick={{ let c = show_card.clone(); Callback::from(move |_| c.set(true)) }}>
                            { tr.text("child-open-clinic-card") }
                        </button>
                    </section>
                    if let (true, Some(Err(e))) = (*show_summary, &*summary) {
                        <p class="card error" role="alert">{ error_text(&tr, e) }</p>
                    }
                    if let (true, Some(Ok(summary_records))) = (*show_summary, &*summary) {
                        <section class="card summary" id="clinic-summary">
                            { Html::from_html_unchecked(AttrValue::from(hagukumi_report::clinic_summary_body(
                                &tr,
                                &hagukumi_report::ClinicSummary {
                                    child: &view.child,
                                    today: view.today,
                                    records: summary_records,
                                    next_due: &next_due(&tr, &plan),
                                    rules: view.rules,
                                },
                            ))) }
                            <button type="button" class="chip" id="print-summary"
                                onclick={Callback::from(|_| { if let Some(w) = web_sys::window() { let _ = w.print(); } })}>
                                { tr.text("summary-print") }
                            </button>
                        </section>
                    }
                    <crate::growth::GrowthSection
                        child={view.child.clone()}
                        loads={*loads}
                        reference={view.growth_reference}
                        rules={view.rules}
                        on_changed={reload.clone()}
                    />
                    <crate::timeline::Plan
                        owner={crate::timeline::PlanOwner::Child(child_id)}
                        today={view.today}
                        items={(*plan).clone()}
                        on_recorded={reload.clone()}
                    />
                    // Above the rows, which grow as the parent scrolls.
                    { crate::portal::child_checkups(&tr, &official) }
                    { record_list(&tr, &book, &view.records, view.deleted, &view.photo_counts, &records, more) }
                    <div class="forms">
                        <RecordForm<ChildBook> owner={book} on_saved={records.on_saved.clone()}
                            editing={(*records.editing).clone()} on_cancel={records.on_cancel.clone()} />
                        <crate::portal::QuestionnaireForm child_id={child_id} />
                    </div>
                </>
            }
        }
    };
    if *show_card {
        let close = {
            let c = show_card.clone();
            Callback::from(move |()| c.set(false))
        };
        return html! { <crate::clinic_card::ClinicCardScreen {child_id} on_back={close} /> };
    }
    html! {
        <>
            { crate::nav::back_crumb(&tr, &props.on_back) }
            { body }
        </>
    }
}

/// The next three open items of the plan, worded for the clinic summary.
fn next_due(
    tr: &Localizer,
    plan: &[hagukumi_core::schedule::PlanItem],
) -> Vec<hagukumi_report::DueItem> {
    let mut open: Vec<_> = plan.iter().filter(|i| i.status.is_open()).collect();
    open.sort_by_key(|i| i.suggested.unwrap_or(hagukumi_core::Date::MAX));
    open.into_iter()
        .take(3)
        .map(|i| hagukumi_report::DueItem {
            what: tr.plan_item_title(i),
            when: crate::timeline::item_when(tr, i),
        })
        .collect()
}

fn number(tr: &Localizer, id: &str, value: f64) -> String {
    tr.format(id, &[("value", Value::from(value))])
}

/// The most recent weight, height and head circumference, each with its
/// date (measurements, checkups and the birth, as the clinic summary
/// counts them).
fn latest_measurement(tr: &Localizer, latest: &[Option<(f64, hagukumi_core::Date)>; 3]) -> Html {
    let items: Vec<Html> = latest
        .iter()
        .zip([
            ("field-weight-short", "unit-kg"),
            ("field-height-short", "unit-cm"),
            ("field-head-circumference-short", "unit-cm"),
        ])
        .filter_map(|(v, (label, unit))| {
            v.map(|(v, d)| {
                html! {
                    <div class="stat">
                        <dt>{ tr.text(label) }</dt>
                        <dd>{ number(tr, unit, v) }<span class="muted stat-date">{ tr.date(d) }</span></dd>
                    </div>
                }
            })
        })
        .collect();
    if items.is_empty() {
        return html! {};
    }
    html! { <dl class="stats" id="latest-measurements">{ for items }</dl> }
}
