//! The 保育指数 simulator (reached from the nursery search): one question
//! at a time, as a chat. The municipality first (one per published table),
//! then what the table asks of each guardian and of the household
//! (`core::nursery::index::flow::next` replays the answers against the
//! table; nothing is hard-coded per municipality), then the family's points
//! with a line per rule, the "what if"s and the tie-break order
//! (`hoiku/result.rs`), and the municipality's April intake checklist
//! (`hoiku/checklist.rs`). The points are computed here from core's
//! embedded tables, offline; only the checklist's ticks go to the shell.

mod checklist;
mod result;

use crate::use_tr;
use hagukumi_core::nursery::index::flow::{next, Answer, Question, Step};
use hagukumi_core::nursery::index::{adjustment_message, embedded_tables, Adjustment, Table};
use hagukumi_i18n::hoiku as words;
use hagukumi_i18n::nursery::{signed, title};
use hagukumi_i18n::{Localizer, Value};
use std::rc::Rc;
use yew::prelude::*;

/// The way in from the nursery search: a link that opens the simulator
/// over the search (its own back closes it).
#[function_component(SimulatorLink)]
pub fn simulator_link() -> Html {
    let tr = use_tr();
    let open = use_state(|| false);
    if *open {
        let on_back = {
            let open = open.clone();
            Callback::from(move |()| open.set(false))
        };
        return html! {
            <div class="hoiku-overlay" id="hoiku-overlay">
                <div class="hoiku-page"><HoikuScreen {on_back} /></div>
            </div>
        };
    }
    let on_open = Callback::from(move |()| open.set(true));
    html! {
        <p class="hoiku-link">
            { crate::nav::open_chip(&tr, "open-hoiku", "hoiku-sim-link", &on_open) }
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct HoikuScreenProps {
    pub on_back: Callback<()>,
}

#[function_component(HoikuScreen)]
pub fn hoiku_screen(props: &HoikuScreenProps) -> Html {
    let tr = use_tr();
    let tables = use_memo((), |()| embedded_tables().map(Rc::new));
    let chosen = use_state(|| None::<usize>);
    let given = use_state(Vec::<Answer>::new);
    crate::nav::use_to_top();
    // Back to the nursery search under this layer (home's `#back` is there).
    let back = crate::nav::crumb(&tr, "hoiku-back", "hoiku-back", &props.on_back);
    let tables = match &*tables {
        Ok(t) => t.clone(),
        Err(e) => {
            return html! {
                <>
                    { back }
                    <p class="error" role="alert">
                        { tr.format("hoiku-error-table", &[("detail", Value::from(e.to_string()))]) }
                    </p>
                </>
            }
        }
    };
    let table = (*chosen).and_then(|i| tables.get(i));
    let restart = {
        let (chosen, given) = (chosen.clone(), given.clone());
        Callback::from(move |_| {
            chosen.set(None);
            given.set(Vec::new());
        })
    };
    let step_back = {
        let (chosen, given) = (chosen.clone(), given.clone());
        Callback::from(move |_| {
            let mut g = (*given).clone();
            if g.pop().is_none() {
                chosen.set(None);
            }
            given.set(g);
        })
    };
    let answer = {
        let given = given.clone();
        Callback::from(move |a: Answer| {
            let mut g = (*given).clone();
            g.push(a);
            given.set(g);
        })
    };
    html! {
        <>
            { back }
            <div class="hoiku-screen" id="hoiku-screen">
                <section class="card hoiku-chat-card" aria-labelledby="hoiku-title">
                    <h2 id="hoiku-title">{ tr.text("hoiku-sim-title") }</h2>
                    <p class="muted">{ tr.text("hoiku-sim-intro") }</p>
                    <ol class="hoiku-chat" id="hoiku-chat">
                        <li class="hoiku-q">{ tr.text("hoiku-q-municipality") }</li>
                        {
                            match table {
                                None => municipality_choice(&tr, &tables, &chosen),
                                Some(t) => html! {
                                    <>
                                        <li class="hoiku-a">{ municipality_name(&tr, t) }</li>
                                        { chat(&tr, t, &given, &answer) }
                                    </>
                                },
                            }
                        }
                    </ol>
                    if chosen.is_some() {
                        <div class="hoiku-steps">
                            <button type="button" class="link" id="hoiku-step-back" onclick={step_back}>
                                { tr.text("hoiku-back-step") }
                            </button>
                            <button type="button" class="link" id="hoiku-restart" onclick={restart}>
                                { tr.text("hoiku-restart") }
                            </button>
                        </div>
                    }
                </section>
                if let Some(t) = table {
                    if let Ok(Step::Done(answers)) = next(t, &given) {
                        <result::PointsResult table={Rc::new(t.clone())} answers={Rc::new(answers)} />
                    }
                    <checklist::Checklist code={t.municipality.code.clone()} />
                }
            </div>
        </>
    }
}

fn municipality_name(tr: &Localizer, t: &Table) -> String {
    let m = &t.municipality;
    let name = hagukumi_i18n::programs::name(tr, &m.name, Some(m.name_en.as_str()));
    tr.format(
        "hoiku-municipality-option",
        &[
            ("municipality", Value::from(name)),
            ("year", Value::from(t.fiscal_year_label.as_str())),
        ],
    )
}

fn municipality_choice(
    tr: &Localizer,
    tables: &[Table],
    chosen: &UseStateHandle<Option<usize>>,
) -> Html {
    html! {
        <li class="hoiku-choices" id="hoiku-municipalities">
            { for tables.iter().enumerate().map(|(i, t)| {
                let chosen = chosen.clone();
                html! {
                    <button type="button" class="chip" data-code={t.municipality.code.clone()}
                        onclick={Callback::from(move |_| chosen.set(Some(i)))}>
                        { municipality_name(tr, t) }
                    </button>
                }
            }) }
        </li>
    }
}

/// The questions answered so far with their answers, then the next one.
fn chat(tr: &Localizer, t: &Table, given: &[Answer], answer: &Callback<Answer>) -> Html {
    let mut out = Vec::new();
    for i in 0..given.len() {
        if let Ok(Step::Ask(q)) = next(t, &given[..i]) {
            out.push(html! { <li class="hoiku-q">{ question_text(tr, &q) }</li> });
            out.push(html! { <li class="hoiku-a">{ answer_text(tr, &q, &given[i]) }</li> });
        }
    }
    match next(t, given) {
        Ok(Step::Ask(q)) => {
            out.push(html! { <li class="hoiku-q hoiku-current" id="hoiku-question">{ question_text(tr, &q) }</li> });
            out.push(html! { <li class="hoiku-input"><AnswerInput question={q} on_answer={answer.clone()} /></li> });
        }
        Ok(Step::Done(_)) => {}
        Err(e) => out.push(html! { <li class="error" role="alert">{ tr.text(e.message_id) }</li> }),
    }
    out.into_iter().collect()
}

fn question_text(tr: &Localizer, q: &Question) -> String {
    let who = |id: &str, guardian: usize, s| {
        tr.format(
            id,
            &[
                ("guardian", Value::from(guardian)),
                ("situation", Value::from(words::situation(tr, s))),
            ],
        )
    };
    match q {
        Question::Guardians => tr.text("hoiku-q-guardians"),
        Question::Situation { guardian, .. } => {
            tr.format("hoiku-q-situation", &[("guardian", Value::from(*guardian))])
        }
        Question::HoursPerWeek {
            guardian,
            situation,
        } => who("hoiku-q-hours", *guardian, *situation),
        Question::DaysPerMonth {
            guardian,
            situation,
        } => who("hoiku-q-days", *guardian, *situation),
        Question::Detail {
            guardian,
            situation,
            ..
        } => who("hoiku-q-detail", *guardian, *situation),
        Question::Household { .. } => tr.text("hoiku-q-household"),
    }
}

fn answer_text(tr: &Localizer, q: &Question, a: &Answer) -> String {
    match a {
        Answer::Guardians(1) => tr.text("hoiku-guardians-one"),
        Answer::Guardians(_) => tr.text("hoiku-guardians-two"),
        Answer::Situation(s) => words::situation(tr, *s),
        Answer::HoursPerWeek(h) => tr.format(
            "hoiku-answer-hours",
            &[("hours", Value::from(words::hours(*h)))],
        ),
        Answer::DaysPerMonth(d) => tr.format("hoiku-answer-days", &[("days", Value::from(*d))]),
        Answer::Detail(d) => match q {
            Question::Detail { options, .. } => options
                .iter()
                .find(|o| &o.detail == d)
                .map_or_else(|| d.clone(), |o| title(tr, &o.title)),
            _ => d.clone(),
        },
        Answer::Household(items) if items.is_empty() => tr.text("hoiku-answer-none"),
        Answer::Household(items) => {
            let Question::Household { options } = q else {
                return String::new();
            };
            options
                .iter()
                .filter(|o| items.contains(&o.adjustment))
                .map(|o| {
                    o.title.as_ref().map_or_else(
                        || tr.text(&adjustment_message(o.adjustment)),
                        |t| title(tr, t),
                    )
                })
                .collect::<Vec<_>>()
                .join("、")
        }
    }
}

#[derive(Properties, PartialEq)]
struct AnswerInputProps {
    question: Question,
    on_answer: Callback<Answer>,
}

/// The controls for one question: choices as buttons, a number with its
/// "next", or the household's boxes.
#[function_component(AnswerInput)]
fn answer_input(props: &AnswerInputProps) -> Html {
    let tr = use_tr();
    let text = use_state(String::new);
    let picked = use_state(Vec::<Adjustment>::new);
    let error = use_state(|| None::<&'static str>);
    let send = |a: Answer| {
        let on = props.on_answer.clone();
        Callback::from(move |_| on.emit(a.clone()))
    };
    let not_in_table =
        html! { <span class="badge hoiku-missing">{ tr.text("hoiku-option-not-in-table") }</span> };
    match &props.question {
        Question::Guardians => html! {
            <div class="hoiku-choices" id="hoiku-choices">
                <button type="button" class="chip" data-answer="1" onclick={send(Answer::Guardians(1))}>{ tr.text("hoiku-guardians-one") }</button>
                <button type="button" class="chip" data-answer="2" onclick={send(Answer::Guardians(2))}>{ tr.text("hoiku-guardians-two") }</button>
            </div>
        },
        Question::Situation { options, .. } => html! {
            <div class="hoiku-choices" id="hoiku-choices">
                { for options.iter().map(|o| html! {
                    <button type="button" class="chip" data-answer={o.situation.id()}
                        onclick={send(Answer::Situation(o.situation))}>
                        { words::situation(&tr, o.situation) }
                        if !o.in_table { { " " }{ not_in_table.clone() } }
                    </button>
                }) }
            </div>
        },
        Question::Detail { options, .. } => html! {
            <div class="hoiku-choices hoiku-details" id="hoiku-choices">
                { for options.iter().map(|o| html! {
                    <button type="button" class="chip" data-answer={o.detail.clone()}
                        onclick={send(Answer::Detail(o.detail.clone()))}>
                        { title(&tr, &o.title) }
                    </button>
                }) }
            </div>
        },
        Question::HoursPerWeek { .. } | Question::DaysPerMonth { .. } => {
            let hours = matches!(props.question, Question::HoursPerWeek { .. });
            let onsubmit = {
                let (text, error, on) = (text.clone(), error.clone(), props.on_answer.clone());
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    let t = text.trim();
                    let answer = if hours {
                        t.parse::<f64>()
                            .ok()
                            .filter(|h| h.is_finite() && (0.0..=168.0).contains(h))
                            .map(Answer::HoursPerWeek)
                            .ok_or("hoiku-error-hours")
                    } else {
                        t.parse::<u32>()
                            .ok()
                            .filter(|d| *d <= 31)
                            .map(Answer::DaysPerMonth)
                            .ok_or("hoiku-error-days")
                    };
                    match answer {
                        Ok(a) => {
                            error.set(None);
                            text.set(String::new());
                            on.emit(a);
                        }
                        Err(id) => error.set(Some(id)),
                    }
                })
            };
            let oninput = {
                let text = text.clone();
                Callback::from(move |e: InputEvent| {
                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                    text.set(input.value());
                })
            };
            let label = tr.text(if hours {
                "hoiku-hours-label"
            } else {
                "hoiku-days-label"
            });
            html! {
                <form class="hoiku-number" id="hoiku-number-form" {onsubmit} novalidate=true>
                    <label for="hoiku-number">{ label }</label>
                    <input id="hoiku-number" type="text" inputmode="decimal" value={(*text).clone()} {oninput}
                        aria-invalid={error.is_some().to_string()} />
                    <button type="submit" class="primary" id="hoiku-next">{ tr.text("hoiku-next") }</button>
                    if let Some(id) = *error {
                        <p class="error" id="hoiku-number-error" role="alert">{ tr.text(id) }</p>
                    }
                </form>
            }
        }
        Question::Household { options } => {
            let none_in_table = options.iter().all(|o| o.points.is_none());
            let next = {
                let (picked, on) = (picked.clone(), props.on_answer.clone());
                Callback::from(move |_| on.emit(Answer::Household((*picked).clone())))
            };
            html! {
                <div class="hoiku-household" id="hoiku-household">
                    if none_in_table {
                        <p class="hoiku-warning" id="hoiku-household-missing">{ tr.text("hoiku-household-none-in-table") }</p>
                    }
                    { for options.iter().map(|o| {
                        let a = o.adjustment;
                        let checked = picked.contains(&a);
                        let onchange = {
                            let picked = picked.clone();
                            Callback::from(move |_| {
                                let mut p = (*picked).clone();
                                if let Some(i) = p.iter().position(|x| *x == a) { p.remove(i); } else { p.push(a); }
                                picked.set(p);
                            })
                        };
                        let id = format!("hoiku-household-{}", a.id());
                        html! {
                            <label class="check" for={id.clone()}>
                                <input type="checkbox" id={id} {checked} {onchange} />
                                { o.title.as_ref().map_or_else(|| tr.text(&adjustment_message(a)), |t| title(&tr, t)) }
                                if let Some(p) = o.points {
                                    <span class="muted">{ tr.format("hoiku-option-points", &[("signed", Value::from(signed(p)))]) }</span>
                                } else {
                                    { " " }{ not_in_table.clone() }
                                }
                            </label>
                        }
                    }) }
                    <button type="button" class="primary" id="hoiku-next" onclick={next}>{ tr.text("hoiku-next") }</button>
                </div>
            }
        }
    }
}
