//! The nursery search (保活): the child's birth date, a type and extended
//! care; the SAMPLE facilities with an opening for the child's class at the
//! next April intake, each with its hours and position. Offline: the shell
//! asks core (`nursery_search`), nothing is stored. A facility picked from
//! the results shows its visit slots, the bookings and the application
//! (`nursery/booking.rs`).

mod booking;

use crate::{
    on_submit, select_setter, setter, status_line, submit, use_tr, FormState, Invalid, TextField,
};
use hagukumi_core::nursery::{FacilityRow, FacilityType, SearchRequest, SearchView};
use hagukumi_i18n::nursery as words;
use hagukumi_i18n::{Localizer, Value};
use serde::Serialize;
use yew::prelude::*;

#[derive(Serialize)]
struct Args {
    request: SearchRequest,
}

#[derive(Properties, PartialEq)]
pub struct NurseryCardProps {
    pub on_open: Callback<()>,
}

/// On home: what the search is, and the way in.
#[function_component(NurseryCard)]
pub fn nursery_card(props: &NurseryCardProps) -> Html {
    crate::nav::entry_card(&use_tr(), "nursery", &props.on_open)
}

#[derive(Properties, PartialEq)]
pub struct NurseryScreenProps {
    pub on_back: Callback<()>,
    /// The handbook's children (the application is for one of them).
    #[prop_or_default]
    pub children: Vec<hagukumi_core::Child>,
}

#[function_component(NurseryScreen)]
pub fn nursery_screen(props: &NurseryScreenProps) -> Html {
    let tr = use_tr();
    let birth = use_state(String::new);
    let kind = use_state(String::new);
    let extended = use_state(|| false);
    let state = use_state(FormState::default);
    let view = use_state(|| None::<SearchView>);
    let picked = use_state(|| None::<booking::Picked>);
    let on_pick = {
        let picked = picked.clone();
        Callback::from(move |p: booking::Picked| {
            picked.set(Some(p));
            booking::scroll_to("nursery-booking");
        })
    };
    {
        // Every facility at first, as `hagu nursery search` with no filter.
        let (state, view) = (state.clone(), view.clone());
        use_effect_with((), move |()| {
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
            let args = Args {
                request: SearchRequest::default(),
            };
            submit(
                &state,
                "nursery_search",
                args,
                Invalid::AsFailure,
                move |v| {
                    view.set(Some(v));
                    None
                },
            );
        });
    }
    let onsubmit = {
        let (b, k, e) = (birth.clone(), kind.clone(), extended.clone());
        let args = move || Args {
            request: SearchRequest {
                birth: Some((*b).clone()),
                types: (!k.is_empty()).then(|| (*k).clone()).into_iter().collect(),
                extended_care: *e,
                ..SearchRequest::default()
            },
        };
        let view = view.clone();
        on_submit(
            &state,
            "nursery_search",
            Invalid::AsFailure,
            args,
            move |v| {
                view.set(Some(v));
                None
            },
        )
    };
    let on_extended = {
        let extended = extended.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            extended.set(input.checked());
        })
    };
    html! {
        <>
            { crate::nav::back_crumb(&tr, &props.on_back) }
            <div class="nursery-screen" id="nursery-screen">
                <form class="card form nursery-form" id="nursery-form" {onsubmit} novalidate=true
                    aria-labelledby="nursery-title">
                    <h2 id="nursery-title">{ tr.text("nursery-screen-title") }</h2>
                    <TextField
                        id="nursery-birth"
                        label={tr.text("nursery-birth-label")}
                        placeholder={tr.text("form-date-placeholder")}
                        hint={Some(AttrValue::from(tr.text("nursery-birth-hint")))}
                        value={(*birth).clone()}
                        numeric=true
                        oninput={setter(&birth)}
                    />
                    <div class="field">
                        <label for="nursery-type">{ tr.text("nursery-type-label") }</label>
                        <select id="nursery-type" onchange={select_setter(&kind)}>
                            <option value="" selected={kind.is_empty()}>{ tr.text("nursery-type-any") }</option>
                            { for FacilityType::ALL.iter().map(|t| html! {
                                <option value={t.id()} selected={*kind == t.id()}>
                                    { words::facility_type(&tr, *t) }
                                </option>
                            }) }
                        </select>
                    </div>
                    <label class="check" for="nursery-extended">
                        <input type="checkbox" id="nursery-extended" checked={*extended} onchange={on_extended} />
                        { tr.text("nursery-extended-label") }
                    </label>
                    <button type="submit" id="nursery-submit" class="primary" disabled={state.saving}>
                        { tr.text("nursery-search-submit") }
                    </button>
                    { status_line(&tr, "nursery-status", &state) }
                </form>
                <section class="card nursery-results" id="nursery-results" aria-busy={state.saving.to_string()}>
                    { results(&tr, view.as_ref(), &on_pick) }
                </section>
                <booking::Booking picked={(*picked).clone()} children={props.children.clone()}
                    intake={view.as_ref().map(|v| v.intake)} />
            </div>
        </>
    }
}

fn results(tr: &Localizer, view: Option<&SearchView>, on_pick: &Callback<booking::Picked>) -> Html {
    let Some(v) = view else {
        return html! {};
    };
    let date = Value::from(tr.date(v.intake));
    html! {
        <>
            if let Some(class) = v.class {
                <p class="nursery-class" id="nursery-class">
                    { tr.format("nursery-search-class", &[("class", class.into()), ("date", date.clone())]) }
                </p>
            }
            <h3 id="nursery-count">
                { tr.format("nursery-search-heading", &[("count", v.facilities.len().into()), ("date", date)]) }
            </h3>
            if v.facilities.is_empty() {
                <p id="nursery-none">{ tr.text("nursery-search-none") }</p>
            }
            <ol class="nursery-list" id="nursery-list">
                { for v.facilities.iter().map(|f| row(tr, f, v.class, on_pick)) }
            </ol>
            { for v.sample_labels.iter().map(|label| html! {
                <p class="muted nursery-sample">{ label }</p>
            }) }
        </>
    }
}

fn row(
    tr: &Localizer,
    f: &FacilityRow,
    class: Option<u8>,
    on_pick: &Callback<booking::Picked>,
) -> Html {
    let pick = {
        let (on_pick, picked) = (on_pick.clone(), booking::Picked::of(f));
        Callback::from(move |_: MouseEvent| on_pick.emit(picked.clone()))
    };
    let municipality =
        hagukumi_i18n::programs::name(tr, &f.municipality, f.municipality_en.as_deref());
    html! {
        <li class="nursery-facility" data-id={f.id.clone()}>
            <p class="nursery-name">{ &f.name }</p>
            <p class="muted">
                { tr.format("nursery-row-kind", &[
                    ("type", Value::from(words::facility_type(tr, f.kind))),
                    ("municipality", Value::from(municipality)),
                ]) }
            </p>
            <p>
                { tr.format("nursery-row-hours", &[
                    ("opens", Value::from(f.opens.as_str())),
                    ("closes", Value::from(f.closes.as_str())),
                ]) }
                if let Some(until) = &f.extended_until {
                    { " " }
                    { tr.format("nursery-row-extended", &[("until", Value::from(until.as_str()))]) }
                }
            </p>
            if let (Some(class), Some(count)) = (class, f.openings) {
                <p class="nursery-openings">
                    { tr.format("nursery-row-openings", &[("class", class.into()), ("count", count.into())]) }
                </p>
            }
            <p class="muted nursery-position">
                { tr.format("nursery-row-position", &[
                    ("lat", Value::from(format!("{:.5}", f.latitude))),
                    ("lon", Value::from(format!("{:.5}", f.longitude))),
                ]) }
            </p>
            <button type="button" class="nursery-pick" onclick={pick}>{ tr.text("booking-pick") }</button>
        </li>
    }
}
