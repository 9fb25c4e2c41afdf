//! One pregnancy's screen: week and due date, the latest checkup, the
//! plan and the records (the generic list and form of `crate::records`,
//! with the pregnancy's [`PregnancyBook`]: prenatal visits, the
//! notification, dental checkup, classes, notes, vaccinations, the
//! mother's postnatal checkups).

use crate::records::{more, record_list, use_records, use_shown, RecordForm};
use crate::{error_text, ipc, use_tr, Load};
use hagukumi_core::api::PregnancyView;
use hagukumi_core::book::Page;
use hagukumi_core::model::RecordId;
use hagukumi_core::pregnancy::days_until_expected;
use hagukumi_core::pregnancy_records::{PregnancyRecord, PregnancyRecordData, POST_TERM_DAYS};
use hagukumi_core::{Date, Pregnancy};
use hagukumi_i18n::{Localizer, Value};
use serde::Serialize;
use yew::prelude::*;

mod book;

pub use book::PregnancyBook;

/// What the home card and the screen's head say about a pregnancy today.
pub(crate) struct Facts {
    pub title: String,
    /// `None` once the pregnancy is past 42 weeks (the baby has been born).
    pub week: Option<String>,
    pub expected: String,
    pub countdown: String,
}

impl Facts {
    pub fn new(tr: &Localizer, p: &Pregnancy, today: Date) -> Facts {
        let title = p
            .label
            .clone()
            .unwrap_or_else(|| tr.text("pregnancy-untitled"));
        let week = match p.gestational_age_on(today) {
            Some(ga) if ga.total_days() > POST_TERM_DAYS => None,
            Some(ga) => Some(tr.gestational_age(ga)),
            None => Some(tr.text("pregnancy-not-started")),
        };
        let countdown = match days_until_expected(p.expected_date, today) {
            0 => tr.text("pregnancy-due-today"),
            d if d > 0 => tr.format("pregnancy-days-left", &[("days", Value::from(d))]),
            d => tr.format("pregnancy-past-due", &[("days", Value::from(-d))]),
        };
        let expected = tr.format(
            "pregnancy-expected",
            &[("date", Value::from(tr.date(p.expected_date)))],
        );
        Facts {
            title,
            week,
            expected,
            countdown,
        }
    }

    /// The first character of the title, for the avatar.
    pub fn initial(&self) -> String {
        self.title
            .chars()
            .next()
            .map(String::from)
            .unwrap_or_default()
    }
}

#[derive(Properties, PartialEq)]
pub struct PregnancyScreenProps {
    pub pregnancy_id: RecordId,
    pub on_back: Callback<()>,
}

#[function_component(PregnancyScreen)]
pub fn pregnancy_screen(props: &PregnancyScreenProps) -> Html {
    let tr = use_tr();
    let load = use_state(|| Load::<PregnancyView>::Loading);
    let pregnancy_id = props.pregnancy_id;

    // The live rows shown: a window of them, more as the parent scrolls.
    let shown = use_shown();

    let reload = {
        let (load, shown) = (load.clone(), shown.clone());
        Callback::from(move |()| {
            let load = load.clone();
            #[derive(Serialize)]
            struct Args {
                pregnancy_id: RecordId,
                rows: usize,
            }
            let rows = shown.borrow().rows;
            wasm_bindgen_futures::spawn_local(async move {
                let args = Args { pregnancy_id, rows };
                match ipc::invoke::<_, PregnancyView>("load_pregnancy", &args).await {
                    Ok(view) => load.set(Load::Ready(view)),
                    Err(e) => load.set(Load::Failed(e)),
                }
            });
        })
    };
    {
        let (reload, shown) = (reload.clone(), shown.clone());
        use_effect_with(pregnancy_id, move |_| {
            shown.borrow_mut().reset();
            crate::nav::to_top();
            reload.emit(())
        });
    }

    let records = use_records::<PregnancyBook>(reload.clone());

    // The left column (on a desktop) and the form beside it.
    let (column, form) = match &*load {
        Load::Loading => (
            html! { <p class="loading">{ tr.text("app-loading") }</p> },
            html! {},
        ),
        Load::Failed(e) => (
            html! { <p class="card fatal" id="pregnancy-error" role="alert">{ error_text(&tr, e) }</p> },
            html! {},
        ),
        Load::Ready(view) => {
            let append = {
                let (load, view) = (load.clone(), view.clone());
                Callback::from(move |page: Page<PregnancyRecord>| {
                    let mut view = view.clone();
                    view.records.extend(page.records);
                    view.next = page.next;
                    load.set(Load::Ready(view));
                })
            };
            let more = more::<PregnancyBook>(pregnancy_id, view.next, &shown, append);
            let facts = Facts::new(&tr, &view.pregnancy, view.today);
            let book = PregnancyBook {
                pregnancy_id,
                expected: view.pregnancy.expected_date,
            };
            let column = html! {
                <>
                    <section class="card child-head" id="pregnancy-head">
                        <h2 id="pregnancy-title">{ &facts.title }</h2>
                        if let Some(week) = &facts.week {
                            <p class="child-age" id="pregnancy-week">{ week }</p>
                        }
                        <p class="muted" id="pregnancy-due">{ &facts.expected }{ " · " }{ &facts.countdown }</p>
                        { latest_visit(&tr, &view.visits) }
                    </section>
                    <crate::timeline::Plan
                        owner={crate::timeline::PlanOwner::Pregnancy(pregnancy_id)}
                        today={view.today}
                        items={view.plan.clone()}
                        on_recorded={records.on_saved.clone()}
                    />
                    { record_list(&tr, &book, &view.records, view.deleted, &view.photo_counts, &records, more) }
                </>
            };
            let form = html! {
                <div class="forms">
                    <RecordForm<PregnancyBook> owner={book} on_saved={records.on_saved.clone()}
                        editing={(*records.editing).clone()} on_cancel={records.on_cancel.clone()} />
                </div>
            };
            (column, form)
        }
    };
    // One column item, so the tall form beside it never stretches the gaps
    // between the head and the list.
    html! {
        <>
            <div class="screen-column">
                { crate::nav::back_crumb(&tr, &props.on_back) }
                { column }
            </div>
            { form }
        </>
    }
}

/// Weight and blood pressure of the most recent checkup (before or after
/// the birth), each with its date, from the pregnancy's visits and
/// postnatal checkups (`PregnancyView::visits`).
fn latest_visit(tr: &Localizer, records: &[PregnancyRecord]) -> Html {
    let mut weight: Option<(f64, Date)> = None;
    let mut bp: Option<((u16, u16), Date)> = None;
    for r in records {
        let (date, w, s, d) = match &r.data {
            PregnancyRecordData::PrenatalVisit(v) => (v.date, v.weight_kg, v.systolic, v.diastolic),
            PregnancyRecordData::PostnatalCheckup(p) => {
                (p.date, p.weight_kg, p.systolic, p.diastolic)
            }
            _ => continue,
        };
        if let Some(w) = w {
            if weight.is_none_or(|(_, at)| at <= date) {
                weight = Some((w, date));
            }
        }
        if let Some(sd) = s.zip(d) {
            if bp.is_none_or(|(_, at)| at <= date) {
                bp = Some((sd, date));
            }
        }
    }
    let mut items = Vec::new();
    if let Some((w, date)) = weight {
        items.push((
            tr.text("field-weight-short"),
            tr.format("unit-kg", &[("value", Value::from(w))]),
            date,
        ));
    }
    if let Some(((s, d), date)) = bp {
        items.push((
            tr.text("pregnancy-stat-blood-pressure"),
            tr.format(
                "pregnancy-stat-blood-pressure-value",
                &[("systolic", Value::from(s)), ("diastolic", Value::from(d))],
            ),
            date,
        ));
    }
    if items.is_empty() {
        return html! {};
    }
    html! {
        <dl class="stats" id="latest-visit">
            { for items.into_iter().map(|(label, value, date)| html! {
                <div class="stat">
                    <dt>{ label }</dt>
                    <dd>{ value }<span class="muted stat-date">{ tr.date(date) }</span></dd>
                </div>
            }) }
        </dl>
    }
}
