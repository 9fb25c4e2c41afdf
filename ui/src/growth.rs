//! The growth chart on a child's screen: the chart of the chosen indicator
//! as the shell draws it (`growth_chart`: the percentile bands of the
//! child's chosen reference, the Japanese 2023 curves by default or WHO,
//! with the child's measurements, from the growth tables of the rules in
//! use, which the wasm does not carry), with the buttons that choose the
//! indicator, the reference and, first, the child's sex.

use crate::form::pressed_chip;
use crate::{ipc, use_tr};
use hagukumi_core::api::{CommandError, GrowthChart};
use hagukumi_core::growth::{Indicator, Reference, Sex};
use hagukumi_core::model::RecordId;
use hagukumi_core::rules_bundle::RulesVersion;
use hagukumi_core::Child;
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
    /// How many times the child's screen was loaded: the chart is asked
    /// for again after each load (a record added, edited or deleted).
    pub loads: u32,
    /// The reference the parent chose for this child (default Japanese).
    pub reference: Reference,
    /// The rules in use, whose growth tables the chart is drawn with (it
    /// is asked for again when a sync brought newer ones).
    pub rules: Option<RulesVersion>,
    /// Called after the sex or the reference was set, to reload the screen.
    pub on_changed: Callback<()>,
}

/// `{ "child_id": …, "sex": … }` or `{ "child_id": …, "reference": … }`.
#[derive(Serialize)]
struct SettingArgs {
    child_id: RecordId,
    #[serde(flatten)]
    setting: Setting,
}

#[derive(Clone, Copy, Serialize)]
#[serde(rename_all = "lowercase")]
enum Setting {
    Sex(Option<Sex>),
    Reference(Reference),
}

#[function_component(GrowthSection)]
pub fn growth_section(props: &GrowthProps) -> Html {
    let tr = use_tr();
    let indicator = use_state(|| Indicator::WeightForAge);
    let failure = use_state(|| None::<CommandError>);
    // The chart of the indicator shown, asked for again after each load of
    // the screen and when the indicator, the reference, the rules or the
    // language change.
    let chart = use_state(|| None::<GrowthChart>);
    {
        let (chart, failure) = (chart.clone(), failure.clone());
        let deps = (
            props.child.id,
            props.child.sex,
            *indicator,
            props.reference,
            props.rules,
            props.loads,
            tr.language(),
        );
        use_effect_with(deps, move |(child_id, sex, indicator, ..)| {
            #[derive(Serialize)]
            struct Args {
                child_id: RecordId,
                indicator: Indicator,
            }
            let args = Args {
                child_id: *child_id,
                indicator: *indicator,
            };
            if sex.is_some() {
                wasm_bindgen_futures::spawn_local(async move {
                    match ipc::invoke::<_, Option<GrowthChart>>("growth_chart", &args).await {
                        Ok(drawn) => chart.set(drawn),
                        Err(e) => failure.set(Some(e)),
                    }
                });
            }
        });
    }
    // Sets one of the child's growth settings, then reloads the screen.
    let set = |command: &'static str, setting: Setting| {
        let (on_changed, failure, child_id) =
            (props.on_changed.clone(), failure.clone(), props.child.id);
        Callback::from(move |_| {
            let (on_changed, failure) = (on_changed.clone(), failure.clone());
            let args = SettingArgs { child_id, setting };
            wasm_bindgen_futures::spawn_local(async move {
                match ipc::invoke::<_, ()>(command, &args).await {
                    Ok(()) => on_changed.emit(()),
                    Err(e) => failure.set(Some(e)),
                }
            });
        })
    };
    if props.child.sex.is_none() {
        let choose = |sex: Sex| set("set_child_sex", Setting::Sex(Some(sex)));
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
    }
    let choose_reference =
        |chosen: Reference| set("set_growth_reference", Setting::Reference(chosen));
    html! {
        <section class="card growth" id="growth">
            <h2>{ tr.text("growth-title") }</h2>
            <div class="kinds" role="group" aria-label={tr.text("growth-reference-choose")}>
                { for Reference::ALL.iter().map(|&r| pressed_chip(
                    format!("growth-reference-{}", r.data_id()),
                    props.reference == r,
                    choose_reference(r),
                    tr.text(r.message_id()),
                )) }
            </div>
            <div class="kinds" role="group" aria-label={tr.text("growth-title")}>
                { for INDICATORS.iter().map(|&i| {
                    let state = indicator.clone();
                    let onclick = Callback::from(move |_| state.set(i));
                    pressed_chip(format!("growth-{}", i.id()), *indicator == i, onclick, tr.text(i.message_id()))
                }) }
            </div>
            if let Some(chart) = &*chart {
                { drawn(&tr, chart, *indicator, props.reference) }
            }
            if let Some(e) = &*failure {
                <p class="error" role="alert">{ crate::error_text(&tr, e) }</p>
            }
        </section>
    }
}

/// The chart the shell drew, what its latest point means and which
/// reference it is drawn with.
fn drawn(tr: &Localizer, chart: &GrowthChart, indicator: Indicator, chosen: Reference) -> Html {
    let reference = chart.reference;
    html! {
        <>
            <div class="chart" id="growth-chart">{ Html::from_html_unchecked(AttrValue::from(chart.svg.clone())) }</div>
            { points_table(tr, chart, indicator) }
            if let Some(text) = &chart.assessment {
                <p class="growth-assessment" id="growth-assessment">{ text }</p>
            }
            if chart.corrected {
                <p class="muted" id="growth-corrected">{ tr.text("growth-chart-corrected") }</p>
            }
            if reference == chosen {
                <p class="muted" id="growth-reference">{ tr.text(reference.message_id()) }</p>
            } else {
                <p class="muted" id="growth-reference">{ tr.format(
                    "growth-reference-fallback",
                    &[
                        ("indicator", Value::from(tr.text(indicator.message_id()))),
                        ("chosen", Value::from(tr.text(chosen.message_id()))),
                        ("used", Value::from(tr.text(reference.message_id()))),
                    ],
                ) }</p>
            }
        </>
    }
}

/// The chart as text: a table of every point with its date, age, value and
/// percentile (WCAG 1.1.1: the chart's text alternative), newest first.
fn points_table(tr: &Localizer, chart: &GrowthChart, indicator: Indicator) -> Html {
    if chart.rows.is_empty() {
        return Html::default();
    }
    let name = tr.text(indicator.message_id());
    let unit = indicator.unit().symbol();
    html! {
        <details class="growth-table" id="growth-table">
            <summary>{ tr.text("growth-table-show") }</summary>
            <table>
                <caption>{ tr.format(
                    "growth-table-caption",
                    &[
                        ("indicator", Value::from(name.clone())),
                        ("reference", Value::from(tr.text(chart.reference.message_id()))),
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
                    { for chart.rows.iter().rev().map(|r| html! {
                        <tr>
                            <th scope="row">{ tr.date(r.date) }</th>
                            <td>{ format!("{:.1}", r.age_months) }</td>
                            <td>{ r.value }</td>
                            <td>{ r.percentile.clone() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </details>
    }
}
