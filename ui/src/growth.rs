//! The growth chart on a child's screen: the percentile bands of the
//! child's chosen reference (the Japanese 2023 curves by default, or WHO)
//! with the child's measurements, drawn by `Tables::chart_svg` with the
//! growth tables of the rules in use: the built-in tables this build
//! carries with those of a rules bundle (sent by the shell for the child's
//! sex only, `ChildView::growth_tables`) laid over them.

use crate::{ipc, use_tr};
use hagukumi_core::api::CommandError;
use hagukumi_core::child_records::{growth_values, GROWTH_HEAD, GROWTH_HEIGHT, GROWTH_WEIGHT};
use hagukumi_core::growth::{
    age_for_growth, tables, Assessment, ChartLabels, ChartPoint, ChartSpec, Indicator, Position,
    Reference, Sex, Tables, DAYS_PER_MONTH,
};
use hagukumi_core::model::RecordId;
use hagukumi_core::records::{Record, RecordData};
use hagukumi_core::{Child, Date, GestationalAge};
use hagukumi_i18n::{Localizer, Value};
use serde::Serialize;
use yew::prelude::*;

const INDICATORS: [Indicator; 3] = [
    Indicator::WeightForAge,
    Indicator::LengthHeightForAge,
    Indicator::HeadCircumferenceForAge,
];

#[derive(Properties, PartialEq)]
pub struct GrowthProps {
    pub child: Child,
    pub today: Date,
    pub records: Vec<Record>,
    /// The reference the parent chose for this child (default Japanese).
    pub reference: Reference,
    /// The growth tables a rules bundle in use brought (`None`: the
    /// built-in ones are the rules').
    #[prop_or_default]
    pub bundle_tables: Option<Tables>,
    /// Called after the sex or the reference was set, to reload the screen.
    pub on_changed: Callback<()>,
}

/// The gestational age at birth, from the child's live birth record.
fn gestation(records: &[Record]) -> Option<GestationalAge> {
    records
        .iter()
        .filter(|r| r.deleted_at.is_none())
        .find_map(|r| match &r.data {
            RecordData::Birth(b) => b.gestation,
            _ => None,
        })
}

/// Whether the chart shows corrected ages (修正月齢): a preterm birth and a
/// point, or today, before the second birthday.
fn corrected(child: &Child, records: &[Record], today: Date) -> bool {
    let gestation = gestation(records);
    let is_corrected =
        |on: Date| age_for_growth(child.birth_date, gestation, on).is_some_and(|a| a.corrected);
    is_corrected(today)
        || records
            .iter()
            .filter(|r| r.deleted_at.is_none())
            .filter_map(|r| growth_values(&r.data))
            .any(|(date, _)| is_corrected(date))
}

/// (age in days, date, value) of every live measurement, checkup and birth
/// value of `indicator`; ages corrected for a preterm birth (the birth
/// record's gestation).
fn points(child: &Child, records: &[Record], indicator: Indicator) -> Vec<(f64, Date, f64)> {
    let gestation = gestation(records);
    let slot = match indicator {
        Indicator::WeightForAge => GROWTH_WEIGHT,
        Indicator::LengthHeightForAge => GROWTH_HEIGHT,
        Indicator::HeadCircumferenceForAge => GROWTH_HEAD,
        Indicator::BmiForAge => return Vec::new(),
    };
    let mut out: Vec<(f64, Date, f64)> = records
        .iter()
        .filter(|r| r.deleted_at.is_none())
        .filter_map(|r| {
            let (date, values) = growth_values(&r.data)?;
            let value = values[slot]?;
            let age = age_for_growth(child.birth_date, gestation, date)?;
            Some((age.days as f64, date, value))
        })
        .collect();
    out.sort_by_key(|p| p.1);
    out
}

#[allow(clippy::too_many_arguments)]
fn chart(
    tables: &Tables,
    tr: &Localizer,
    child: &Child,
    sex: Sex,
    today: Date,
    records: &[Record],
    indicator: Indicator,
    reference: Reference,
) -> String {
    let unit = indicator.unit().symbol();
    let name = tr.text(indicator.message_id());
    let pts = points(child, records, indicator);
    let age_months = hagukumi_core::age::age_on(child.birth_date, today)
        .map(|a| a.total_months())
        .unwrap_or(0);
    // Show the child's age plus a little room ahead, in half-years.
    let max_months = (age_months + 3).div_ceil(6).clamp(1, 10) * 6;
    let spec = ChartSpec {
        reference,
        indicator,
        sex,
        points: pts
            .iter()
            .map(|(days, date, value)| ChartPoint {
                age_days: *days,
                value: *value,
                label: Some(tr.format(
                    "growth-chart-point",
                    &[
                        ("age", Value::from(tr.date(*date))),
                        ("value", Value::from(*value)),
                        ("unit", Value::from(unit)),
                    ],
                )),
            })
            .collect(),
        width: 640,
        height: 420,
        max_months,
        labels: ChartLabels {
            title: tr.format(
                "growth-chart-title",
                &[
                    ("indicator", Value::from(name.clone())),
                    ("sex", Value::from(tr.text(sex.message_id()))),
                ],
            ),
            description: tr.format(
                "growth-chart-desc",
                &[
                    ("reference", Value::from(tr.text(reference.message_id()))),
                    ("count", Value::from(pts.len())),
                ],
            ),
            x_axis: tr.text("growth-chart-axis-age"),
            y_axis: tr.format(
                "growth-chart-axis-value",
                &[
                    ("indicator", Value::from(name)),
                    ("unit", Value::from(unit)),
                ],
            ),
        },
    };
    tables.chart_svg(&spec)
}

/// One point of the chart with where it sits on the reference (`None`
/// where the reference has no curve at that age).
struct Assessed {
    days: f64,
    date: Date,
    value: f64,
    at: Option<Assessment>,
}

/// Every point of `indicator`, oldest first, assessed on `reference`.
fn assessed(
    tables: &Tables,
    child: &Child,
    sex: Sex,
    records: &[Record],
    (indicator, reference): (Indicator, Reference),
) -> Vec<Assessed> {
    points(child, records, indicator)
        .into_iter()
        .map(|(days, date, value)| Assessed {
            days,
            date,
            value,
            at: tables.assess(reference, indicator, sex, days, value),
        })
        .collect()
}

/// The chart as text: a table of every point with its age, value and
/// percentile on `reference` (WCAG 1.1.1: the chart's text alternative).
fn points_table(
    tr: &Localizer,
    indicator: Indicator,
    reference: Reference,
    pts: &[Assessed],
) -> Html {
    if pts.is_empty() {
        return Html::default();
    }
    let name = tr.text(indicator.message_id());
    let unit = indicator.unit().symbol();
    let where_ = |at: &Option<Assessment>| match at {
        None => tr.text("growth-table-no-percentile"),
        Some(a) => match a.position {
            Position::Below => tr.text("growth-table-below"),
            Position::Above => tr.text("growth-table-above"),
            Position::Within => tr.format(
                "growth-table-percentile-value",
                &[("percentile", Value::from(a.percentile.round()))],
            ),
        },
    };
    html! {
        <details class="growth-table" id="growth-table">
            <summary>{ tr.text("growth-table-show") }</summary>
            <table>
                <caption>{ tr.format(
                    "growth-table-caption",
                    &[
                        ("indicator", Value::from(name.clone())),
                        ("reference", Value::from(tr.text(reference.message_id()))),
                    ],
                ) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ tr.text("growth-table-date") }</th>
                        <th scope="col">{ tr.text("growth-chart-axis-age") }</th>
                        <th scope="col">{ tr.format(
                            "growth-chart-axis-value",
                            &[("indicator", Value::from(name)), ("unit", Value::from(unit))],
                        ) }</th>
                        <th scope="col">{ tr.text("growth-table-percentile") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for pts.iter().rev().map(|p| html! {
                        <tr>
                            <th scope="row">{ tr.date(p.date) }</th>
                            <td>{ format!("{:.1}", p.days / DAYS_PER_MONTH) }</td>
                            <td>{ p.value }</td>
                            <td>{ where_(&p.at) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </details>
    }
}

/// What the latest point means, softly worded.
fn latest_assessment(tr: &Localizer, pts: &[Assessed]) -> Option<String> {
    let a = pts.last()?.at.as_ref()?;
    let args: Vec<(&str, Value)> = a
        .message
        .args
        .iter()
        .map(|(k, v)| (*k, Value::from(*v)))
        .collect();
    Some(tr.format(a.message.id, &args))
}

#[function_component(GrowthSection)]
pub fn growth_section(props: &GrowthProps) -> Html {
    let tr = use_tr();
    let indicator = use_state(|| Indicator::WeightForAge);
    let failure = use_state(|| None::<CommandError>);
    // The rules' tables, laid over once per screen load (shared rows).
    let rules_tables = use_memo(props.bundle_tables.clone(), |over| {
        let builtin = tables().cloned().unwrap_or_default();
        match over {
            Some(over) => builtin.overlaid(over),
            None => builtin,
        }
    });
    let Some(sex) = props.child.sex else {
        let choose = |sex: Sex| {
            let (on_changed, failure, child_id) =
                (props.on_changed.clone(), failure.clone(), props.child.id);
            Callback::from(move |_| {
                let (on_changed, failure) = (on_changed.clone(), failure.clone());
                #[derive(Serialize)]
                struct Args {
                    child_id: RecordId,
                    sex: Option<Sex>,
                }
                wasm_bindgen_futures::spawn_local(async move {
                    match ipc::invoke::<_, ()>(
                        "set_child_sex",
                        &Args {
                            child_id,
                            sex: Some(sex),
                        },
                    )
                    .await
                    {
                        Ok(()) => on_changed.emit(()),
                        Err(e) => failure.set(Some(e)),
                    }
                });
            })
        };
        return html! {
            <section class="card growth" id="growth">
                <h2>{ tr.text("growth-title") }</h2>
                <p>{ tr.text("growth-needs-sex") }</p>
                <div class="kinds">
                    <button type="button" class="chip" id="sex-female" onclick={choose(Sex::Female)}>{ tr.text("growth-sex-female") }</button>
                    <button type="button" class="chip" id="sex-male" onclick={choose(Sex::Male)}>{ tr.text("growth-sex-male") }</button>
                </div>
                if let Some(e) = &*failure {
                    <p class="error" role="alert">{ crate::error_text(&tr, e) }</p>
                }
            </section>
        };
    };
    let reference = rules_tables.reference_for(props.reference, *indicator, sex);
    let svg = chart(
        &rules_tables,
        &tr,
        &props.child,
        sex,
        props.today,
        &props.records,
        *indicator,
        reference,
    );
    let pts = assessed(
        &rules_tables,
        &props.child,
        sex,
        &props.records,
        (*indicator, reference),
    );
    let assessment = latest_assessment(&tr, &pts);
    let choose_reference = |chosen: Reference| {
        let (on_changed, failure, child_id) =
            (props.on_changed.clone(), failure.clone(), props.child.id);
        Callback::from(move |_| {
            let (on_changed, failure) = (on_changed.clone(), failure.clone());
            #[derive(Serialize)]
            struct Args {
                child_id: RecordId,
                reference: Reference,
            }
            wasm_bindgen_futures::spawn_local(async move {
                match ipc::invoke::<_, ()>(
                    "set_growth_reference",
                    &Args {
                        child_id,
                        reference: chosen,
                    },
                )
                .await
                {
                    Ok(()) => on_changed.emit(()),
                    Err(e) => failure.set(Some(e)),
                }
            });
        })
    };
    html! {
        <section class="card growth" id="growth">
            <h2>{ tr.text("growth-title") }</h2>
            <div class="kinds" role="group" aria-label={tr.text("growth-reference-choose")}>
                { for Reference::ALL.iter().map(|&r| {
                    let pressed = props.reference == r;
                    html! {
                        <button type="button" id={format!("growth-reference-{}", r.data_id())}
                            class={classes!("chip", pressed.then_some("active"))}
                            aria-pressed={pressed.to_string()}
                            onclick={choose_reference(r)}>
                            { tr.text(r.message_id()) }
                        </button>
                    }
                }) }
            </div>
            <div class="kinds" role="group" aria-label={tr.text("growth-title")}>
                { for INDICATORS.iter().map(|&i| {
                    let state = indicator.clone();
                    let pressed = *indicator == i;
                    html! {
                        <button type="button" id={format!("growth-{}", i.id())}
                            class={classes!("chip", pressed.then_some("active"))}
                            aria-pressed={pressed.to_string()}
                            onclick={Callback::from(move |_| state.set(i))}>
                            { tr.text(i.message_id()) }
                        </button>
                    }
                }) }
            </div>
            <div class="chart" id="growth-chart">{ Html::from_html_unchecked(AttrValue::from(svg)) }</div>
            { points_table(&tr, *indicator, reference, &pts) }
            if let Some(text) = assessment {
                <p class="growth-assessment" id="growth-assessment">{ text }</p>
            }
            if corrected(&props.child, &props.records, props.today) {
                <p class="muted" id="growth-corrected">{ tr.text("growth-chart-corrected") }</p>
            }
            if reference == props.reference {
                <p class="muted" id="growth-reference">{ tr.text(reference.message_id()) }</p>
            } else {
                <p class="muted" id="growth-reference">{ tr.format(
                    "growth-reference-fallback",
                    &[
                        ("indicator", Value::from(tr.text(indicator.message_id()))),
                        ("chosen", Value::from(tr.text(props.reference.message_id()))),
                        ("used", Value::from(tr.text(reference.message_id()))),
                    ],
                ) }</p>
            }
            if let Some(e) = &*failure {
                <p class="error" role="alert">{ crate::error_text(&tr, e) }</p>
            }
        </section>
    }
}
