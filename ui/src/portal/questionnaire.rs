//! The 予診票 (pre-vaccination questionnaire) form of a child linked to
//! the portal, and the questionnaires already queued or sent.

use crate::form::{field_setter, yes_no};
use crate::poll::use_poll;
use crate::{ipc, on_submit, status_line, submit_button, use_tr, FormState, Invalid, TextField};
use hagukumi_core::api::{OutboxState, QuestionnaireView, QuestionnairesView};
use hagukumi_core::model::RecordId;
use hagukumi_core::official::{QuestionnaireInput, QUESTIONNAIRE_QUESTIONS};
use hagukumi_core::{ErrorCode, Field, FieldError};
use hagukumi_i18n::{Localizer, Value};
use serde::Serialize;
use yew::prelude::*;

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

impl QuestionnaireDraft {
    /// An empty form: every question unanswered.
    fn new() -> QuestionnaireDraft {
        QuestionnaireDraft {
            answers: QUESTIONNAIRE_QUESTIONS
                .iter()
                .map(|q| (q.to_string(), None))
                .collect(),
            ..QuestionnaireDraft::default()
        }
    }

    fn input(&self) -> QuestionnaireInput {
        QuestionnaireInput {
            vaccine: self.vaccine.clone(),
            planned_date: self.date.clone(),
            temperature_c: self.temperature.clone(),
            answers: self
                .answers
                .iter()
                .filter_map(|(q, a)| {
                    a.map(|yes| (q.clone(), if yes { "yes" } else { "no" }.to_owned()))
                })
                .collect(),
            note: self.note.clone(),
        }
    }
}

/// The 予診票 form of a child linked to the portal, and the questionnaires
/// already queued or sent.
#[function_component(QuestionnaireForm)]
pub fn questionnaire_form(props: &QuestionnaireProps) -> Html {
    let tr = use_tr();
    let view = use_state(|| None::<QuestionnairesView>);
    let draft = use_state(QuestionnaireDraft::new);
    let state = use_state(FormState::default);
    let child_id = props.child_id;

    #[derive(Serialize)]
    struct Args {
        child_id: RecordId,
    }
    let reload = {
        let view = view.clone();
        Callback::from(move |()| {
            let view = view.clone();
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
    let last = view.clone();
    let args = Args { child_id };
    use_poll(
        polling,
        "questionnaires",
        args,
        700,
        u32::MAX,
        move |r: Result<QuestionnairesView, _>| match r {
            Ok(v) => {
                let done = !v.syncing;
                last.set(Some(v));
                done
            }
            Err(_) => true,
        },
    );

    let Some(v) = (*view).clone() else {
        return html! {};
    };
    if !v.linked && v.entries.is_empty() {
        return html! {};
    }

    let onsubmit = {
        #[derive(Serialize)]
        struct Args {
            child_id: RecordId,
            input: QuestionnaireInput,
        }
        let d = draft.clone();
        let args = move || Args {
            child_id,
            input: d.input(),
        };
        let (draft, reload, tr) = (draft.clone(), reload.clone(), tr.clone());
        on_submit(
            &state,
            "queue_questionnaire",
            Invalid::ByField,
            args,
            move |_: QuestionnaireView| {
                draft.set(QuestionnaireDraft::new());
                reload.emit(());
                Some(tr.text("questionnaire-queued"))
            },
        )
    };

    let error = |field: Field| -> Option<String> {
        let code = state.errors.as_ref()?.for_field(field)?;
        Some(match (field, code) {
            (Field::Date, ErrorCode::OutOfRange) => tr.text("questionnaire-date-range"),
            (Field::Temperature, ErrorCode::OutOfRange) => {
                tr.text("questionnaire-temperature-range")
            }
            (Field::Answers, _) => tr.text("questionnaire-answer-all"),
            _ => tr.field_error(&FieldError { field, code }),
        })
    };
    let set = |f: fn(&mut QuestionnaireDraft) -> &mut String| field_setter(&draft, f);
    let answered = |index: usize| {
        let draft = draft.clone();
        Callback::from(move |answer: Option<bool>| {
            let mut d = (*draft).clone();
            d.answers[index].1 = answer;
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
                        html! {
                            <li class="question">
                                <p class="question-text" id={question_id.clone()}>{ tr.text(&format!("questionnaire-{q}")) }</p>
                                { yes_no(&tr, &format!("qa-{q}"), question_id, *answer, &answered(index)) }
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
            { submit_button(&tr, "questionnaire-submit", state.saving, "form-saving", "questionnaire-submit") }
            { status_line(&tr, "questionnaire-status", &state) }
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
