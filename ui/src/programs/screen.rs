//! The programs screen: where the family lives (set once, changeable; a
//! change shows what the move means), then per child and pregnancy what
//! applies now and what begins in the next three months, the other
//! programs of the municipality to ask about, and the sample notice.

use super::{grouped, open_link, use_family_programs, Names, Open};
use crate::nav::back_crumb;
use crate::{error_text, ipc, on_submit, status_line, use_tr, FormState, Invalid};
use hagukumi_core::api::CommandError;
use hagukumi_core::programs::{Check, MunicipalitiesView, Municipality, MunicipalityChanged};
use hagukumi_core::Date;
use hagukumi_i18n::programs as words;
use hagukumi_i18n::{Localizer, Value};
use serde::Serialize;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgramsScreenProps {
    pub on_back: Callback<()>,
    /// Opens the Benefits screen (beside a benefit program).
    pub on_benefits: Callback<()>,
}

fn muni_name(tr: &Localizer, m: &Municipality) -> String {
    words::name(tr, &m.name, m.name_en.as_deref())
}

fn sample_notice(tr: &Localizer, as_of: Option<Date>) -> Html {
    match as_of {
        Some(d) => html! {
            <p class="muted programs-sample" id="programs-sample">
                { tr.format("programs-sample-notice", &[("date", Value::from(tr.date(d)))]) }
            </p>
        },
        None => html! {},
    }
}

#[function_component(ProgramsScreen)]
pub fn programs_screen(props: &ProgramsScreenProps) -> Html {
    let tr = use_tr();
    let (programs, reload) = use_family_programs(0);
    let list = use_state(|| None::<Result<MunicipalitiesView, CommandError>>);
    let code = use_state(String::new);
    let state = use_state(FormState::default);
    // The last change of municipality (its status line and, for a move, its result).
    let changed = use_state(|| None::<MunicipalityChanged>);
    let link = use_state(|| None::<Result<(), CommandError>>);
    {
        let (list, code) = (list.clone(), code.clone());
        use_effect_with((), move |()| {
            crate::nav::to_top();
            wasm_bindgen_futures::spawn_local(async move {
                let answer: Result<MunicipalitiesView, CommandError> =
                    ipc::invoke("municipalities", &()).await;
                if let Ok(v) = &answer {
                    code.set(v.current.clone().unwrap_or_default());
                }
                list.set(Some(answer));
            });
        });
    }
    let on_link = {
        let (link, on_benefits) = (link.clone(), props.on_benefits.clone());
        Callback::from(move |open: Open| match open {
            Open::Link { psid, source } => open_link(psid, source, link.clone()),
            Open::Benefits => on_benefits.emit(()),
        })
    };

    let onsubmit = {
        #[derive(Serialize)]
        struct Args {
            code: String,
        }
        let c = code.clone();
        let args = move || Args { code: (*c).clone() };
        let (changed, reload, list) = (changed.clone(), reload.clone(), list.clone());
        on_submit(
            &state,
            "set_municipality",
            Invalid::AsFailure,
            args,
            move |change: MunicipalityChanged| {
                if let Some(Ok(v)) = &*list {
                    list.set(Some(Ok(MunicipalitiesView {
                        current: Some(change.municipality.code.clone()),
                        ..v.clone()
                    })));
                }
                // Worded when shown, so it follows a change of language.
                changed.set(Some(change));
                reload.emit(());
                None
            },
        )
    };

    let picker = match &*list {
        None => html! {},
        Some(Err(e)) => html! { <p class="error">{ error_text(&tr, e) }</p> },
        Some(Ok(v)) => {
            let onchange = crate::select_setter(&code);
            html! {
                <form class="form" id="municipality-form" {onsubmit} novalidate=true>
                    <div class="field">
                        <label for="municipality-select">{ tr.text("programs-municipality-title") }</label>
                        <select id="municipality-select" {onchange} aria-describedby="municipality-hint">
                            <option value="" selected={code.is_empty()} disabled=true>
                                { tr.text("programs-municipality-choose") }
                            </option>
                            { for v.list.iter().map(|m| html! {
                                <option value={m.code.clone()} selected={*code == m.code}>
                                    { tr.format("municipality-line", &[
                                        ("code", Value::from(m.code.as_str())),
                                        ("name", Value::from(muni_name(&tr, m))),
                                    ]) }
                                </option>
                            }) }
                        </select>
                        <p class="hint" id="municipality-hint">{ tr.text("programs-municipality-hint") }</p>
                    </div>
                    <button type="submit" id="municipality-submit" class="primary"
                        disabled={state.saving || code.is_empty() || v.current.as_deref() == Some(code.as_str())}>
                        { if state.saving { tr.text("programs-municipality-saving") } else { tr.text("programs-municipality-submit") } }
                    </button>
                    if let (None, false, Some(change)) = (&state.failure, state.saving, &*changed) {
                        <p class="ok form-status" id="municipality-status" role="status">
                            { changed_text(&tr, change) }
                        </p>
                    } else {
                        { status_line(&tr, "municipality-status", &state) }
                    }
                </form>
            }
        }
    };

    let moved_html = match &*changed {
        Some(change) => match (&change.previous, &change.moved) {
            (Some(from), Some(mv)) => {
                let names = Names {
                    related: &change.related,
                    expected: &change.expected,
                };
                let (from, to) = (muni_name(&tr, from), muni_name(&tr, &change.municipality));
                html! {
                    <section class="card programs-moved" id="programs-moved" aria-labelledby="programs-moved-title">
                        <h2 id="programs-moved-title">{ tr.text("programs-moved-title") }</h2>
                        <p>{ tr.format("municipality-moved", &[
                            ("from", Value::from(from.clone())),
                            ("to", Value::from(to.clone())),
                            ("date", Value::from(tr.date(change.as_of))),
                        ]) }</p>
                        <h3>{ tr.format("municipality-apply-heading", &[("to", Value::from(to))]) }</h3>
                        { grouped(&tr, names, "programs-moved-apply", &mv.apply, &on_link) }
                        <h3>{ tr.format("municipality-ends-heading", &[("from", Value::from(from))]) }</h3>
                        { grouped(&tr, names, "programs-moved-ends", &mv.ends, &on_link) }
                    </section>
                }
            }
            _ => html! {},
        },
        None => html! {},
    };

    let lists = match &*programs {
        None => html! {},
        Some(Err(e)) => html! { <p class="card error" role="alert">{ error_text(&tr, e) }</p> },
        Some(Ok(view)) => match (&view.municipality, &view.matches) {
            (Some(muni), Some(matches)) => {
                let names = Names {
                    related: &view.related,
                    expected: &view.expected,
                };
                let where_ = muni_name(&tr, muni);
                html! {
                    <>
                        <section class="programs-section" id="programs-now" aria-labelledby="programs-now-title">
                            <h2 id="programs-now-title">{ tr.format("programs-now-heading", &[
                                ("date", Value::from(tr.date(view.today))),
                                ("municipality", Value::from(where_.clone())),
                            ]) }</h2>
                            { grouped(&tr, names, "programs-now-list", &matches.now, &on_link) }
                        </section>
                        <section class="programs-section" id="programs-coming" aria-labelledby="programs-coming-title">
                            <h2 id="programs-coming-title">{ tr.text("programs-coming-heading") }</h2>
                            { grouped(&tr, names, "programs-coming-list", &matches.coming, &on_link) }
                        </section>
                        if !matches.check.is_empty() {
                            <section class="card programs-check" id="programs-check" aria-labelledby="programs-check-title">
                                <h2 id="programs-check-title">{ tr.format("programs-check-heading", &[("municipality", Value::from(where_))]) }</h2>
                                <ul>{ for matches.check.iter().map(|c| check_item(&tr, c)) }</ul>
                            </section>
                        }
                    </>
                }
            }
            // Before a choice: what choosing gives (the picker is beside it).
            _ => html! {
                <p class="card programs-intro" id="programs-intro">{ tr.text("programs-card-intro") }</p>
            },
        },
    };
    let sample = match &*programs {
        Some(Ok(view)) => sample_notice(&tr, view.sample_as_of),
        _ => html! {},
    };
    html! {
        <>
            { back_crumb(&tr, &props.on_back) }
            <div class="programs-screen" id="programs-screen">
                <div class="programs-side">
                    <section class="card programs-municipality" id="programs-municipality"
                        aria-labelledby="programs-screen-title">
                        <h2 id="programs-screen-title">{ tr.text("programs-screen-title") }</h2>
                        { picker }
                    </section>
                    { moved_html }
                    if let Some(outcome) = &*link {
                        <p class={classes!("form-status", if outcome.is_ok() { "ok" } else { "error" })}
                            id="programs-link-status" role="status">
                            { match outcome { Ok(()) => tr.text("programs-link-opened"), Err(e) => error_text(&tr, e) } }
                        </p>
                    }
                    { sample }
                </div>
                <div class="programs-main" aria-busy={programs.is_none().to_string()}>
                    { lists }
                </div>
            </div>
        </>
    }
}

/// "市区町村を江東区（131083）に設定しました。", or that it already was.
fn changed_text(tr: &Localizer, change: &MunicipalityChanged) -> String {
    let code = &change.municipality.code;
    let same = change.previous.as_ref().map(|p| &p.code) == Some(code);
    tr.format(
        if same {
            "municipality-same"
        } else {
            "municipality-set"
        },
        &[
            ("name", Value::from(muni_name(tr, &change.municipality))),
            ("code", Value::from(code.as_str())),
        ],
    )
}

fn check_item(tr: &Localizer, c: &Check) -> Html {
    html! {
        <li class="program-check" data-psid={c.psid.clone()}>
            <span class="program-name">{ words::name(tr, &c.name, c.name_en.as_deref()) }</span>
            { " " }
            <span class="badge level">{ words::level(tr, &c.level) }</span>
            if let Some(note) = &c.note {
                <p class="muted">{ note }</p>
            }
        </li>
    }
}
