//! The record form's fields and the list's summaries for the birth, child
//! checkups (with the guardian checklist of the chosen age), dental
//! checkups, screenings and medicines.

use super::Draft;
use crate::form::yes_no;
use crate::records::FormCtx;
use crate::TextField;
use hagukumi_core::child_records::checklists::{AnswerType, ChecklistItem};
use hagukumi_core::child_records::{
    AnswerInput, ChildCheckup, Delivery, ScreeningResult, ScreeningTest,
};
use hagukumi_core::records::{RecordInput, RecordKind};
use hagukumi_core::{Date, Field};
use hagukumi_i18n::Value;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use yew::prelude::*;

/// The fields of the new kinds, all as typed and named as their inputs'
/// (measurements, date, facility and note are the form's shared ones).
#[derive(Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub(super) struct HandbookDraft {
    time: String,
    gestation_weeks: String,
    gestation_days: String,
    delivery: String,
    weight_g: String,
    length_cm: String,
    apgar_1min: String,
    apgar_5min: String,
    complications: String,
    checkup: String,
    findings: String,
    /// Checklist item → (its page, はい/いいえ pressed, date typed); the
    /// input's answers are read and written by [`fill_answers`] and
    /// [`HandbookDraft::answer_inputs`].
    #[serde(skip)]
    answers: BTreeMap<String, (String, Option<bool>, String)>,
    teeth: String,
    caries: String,
    fluoride: String,
    test: String,
    result: String,
    end: String,
    medicine: String,
    instructions: String,
}

impl HandbookDraft {
    /// The answers to the chosen checkup's questions, as sent (a date is
    /// typed only where the question asks "when").
    pub(super) fn answer_inputs(&self) -> Vec<AnswerInput> {
        self.answers
            .iter()
            .filter(|(_, (page, _, _))| *page == self.checkup)
            .filter_map(|(item, (_, pressed, date))| {
                let answer = match (pressed, date.trim()) {
                    (Some(false), _) => "no".to_owned(),
                    (_, date) if !date.is_empty() => date.to_owned(),
                    (Some(true), _) => "yes".to_owned(),
                    (None, _) => return None,
                };
                Some(AnswerInput {
                    item: item.clone(),
                    answer,
                })
            })
            .collect()
    }
}

/// A stored checkup's answers into the checklist (to edit it).
pub(super) fn fill_answers(input: &RecordInput, d: &mut Draft) {
    let RecordInput::Checkup(c) = input else {
        return;
    };
    d.handbook.answers = c
        .answers
        .iter()
        .map(|a| {
            let value = match a.answer.as_str() {
                "yes" => (c.checkup.clone(), Some(true), String::new()),
                "no" => (c.checkup.clone(), Some(false), String::new()),
                date => (c.checkup.clone(), Some(true), date.to_owned()),
            };
            (a.item.clone(), value)
        })
        .collect();
}

/// What the fields need from the form (its own through `Deref`).
pub(super) struct Ctx<'a> {
    pub form: &'a FormCtx<'a, Draft>,
    /// The shared date field (`record-date`).
    pub date_field: Html,
    pub birth_date: Date,
    /// The guardian-record questions of the rules in use.
    pub questions: &'a [ChecklistItem],
}

impl<'a> std::ops::Deref for Ctx<'a> {
    type Target = FormCtx<'a, Draft>;
    fn deref(&self) -> &FormCtx<'a, Draft> {
        self.form
    }
}

/// Weight, height, head and chest (a measurement's, a checkup's) in the
/// grid of `class`.
pub(super) fn measurements(cx: &FormCtx<'_, Draft>, class: &'static str) -> Html {
    html! {
        <div class={class}>
            { cx.field("record-weight", Field::Weight, true, |d| &mut d.weight_kg) }
            { cx.field("record-height", Field::Height, true, |d| &mut d.height_cm) }
            { cx.field("record-head", Field::HeadCircumference, true, |d| &mut d.head_cm) }
            { cx.field("record-chest", Field::ChestCircumference, true, |d| &mut d.chest_cm) }
        </div>
    }
}

/// The fields of one of the new kinds.
pub(super) fn fields(kind: RecordKind, cx: Ctx<'_>) -> Html {
    let d = &**cx.draft;
    let h = &d.handbook;
    match kind {
        RecordKind::Birth => {
            let born = cx.tr.format(
                "record-birth-date",
                &[("date", Value::from(cx.tr.date(cx.birth_date)))],
            );
            html! {
                <>
                    <p class="hint" id="record-birth-date">{ born }</p>
                    if let Some(e) = cx.error(Field::Date) {
                        <p class="error" id="record-date-error" role="alert">{ e }</p>
                    }
                    <div class="grid-2 pair">
                        { cx.field("record-weeks", Field::GestationWeeks, true, |d| &mut d.handbook.gestation_weeks) }
                        { cx.field("record-days", Field::GestationDays, true, |d| &mut d.handbook.gestation_days) }
                        { cx.field("record-weight-g", Field::BirthWeight, true, |d| &mut d.handbook.weight_g) }
                        { cx.field("record-height", Field::Height, true, |d| &mut d.handbook.length_cm) }
                        { cx.field("record-head", Field::HeadCircumference, true, |d| &mut d.head_cm) }
                        { cx.field("record-chest", Field::ChestCircumference, true, |d| &mut d.chest_cm) }
                        { cx.field("record-apgar1", Field::Apgar1, true, |d| &mut d.handbook.apgar_1min) }
                        { cx.field("record-apgar5", Field::Apgar5, true, |d| &mut d.handbook.apgar_5min) }
                    </div>
                    <div class="grid-2">
                        { cx.field("record-time", Field::Time, true, |d| &mut d.handbook.time) }
                        { cx.select("record-delivery", Field::Delivery,
                            Delivery::ALL.iter().map(|x| (x.as_str(), cx.tr.text(&x.message_id()))).collect(),
                            |d| &mut d.handbook.delivery) }
                    </div>
                    { cx.field("record-complications", Field::Complications, false, |d| &mut d.handbook.complications) }
                    { cx.field("record-facility", Field::Facility, false, |d| &mut d.facility) }
                </>
            }
        }
        RecordKind::Checkup => html! {
            <>
                { cx.select("record-checkup", Field::Checkup,
                    ChildCheckup::ALL.iter().map(|c| (c.as_str(), cx.tr.text(&c.message_id()))).collect(),
                    |d| &mut d.handbook.checkup) }
                { cx.date_field.clone() }
                { measurements(&cx, "grid-2 pair") }
                { cx.field("record-findings", Field::Findings, false, |d| &mut d.handbook.findings) }
                { cx.field("record-facility", Field::Facility, false, |d| &mut d.facility) }
                { checklist(&cx) }
            </>
        },
        RecordKind::Dental => html! {
            <>
                { cx.date_field.clone() }
                <div class="grid-2 pair">
                    { cx.field("record-teeth", Field::Teeth, true, |d| &mut d.handbook.teeth) }
                    { cx.field("record-caries", Field::Caries, true, |d| &mut d.handbook.caries) }
                </div>
                { cx.select("record-fluoride", Field::Fluoride,
                    vec![("yes", cx.tr.text("record-answer-yes")), ("no", cx.tr.text("record-answer-no"))],
                    |d| &mut d.handbook.fluoride) }
                { cx.field("record-text", Field::Text, false, |d| &mut d.text) }
            </>
        },
        RecordKind::Screening => html! {
            <>
                { cx.date_field.clone() }
                // One under the other: a test's name (先天性サイトメガロウイルス
                // 検査) is too long for half a row.
                { cx.select("record-test", Field::ScreeningTest,
                    ScreeningTest::ALL.iter().map(|t| (t.as_str(), cx.tr.text(&t.message_id()))).collect(),
                    |d| &mut d.handbook.test) }
                { cx.select("record-result", Field::ScreeningResult,
                    screening_results(&h.test).iter().map(|r| (r.as_str(), cx.tr.text(&r.message_id()))).collect(),
                    |d| &mut d.handbook.result) }
                { cx.text("record-text", Field::Text, Some("record-screening-note"), false, |d| &mut d.text) }
            </>
        },
        _ => html! {
            <>
                { cx.field("record-medicine", Field::Medicine, false, |d| &mut d.handbook.medicine) }
                <div class="grid-2">
                    <TextField id="record-date" label={cx.tr.text("record-medicine-start")} value={d.date.clone()}
                        placeholder={cx.tr.text("form-date-placeholder")}
                        error={cx.error(Field::Date)} numeric=true oninput={cx.set(|d| &mut d.date)} />
                    <TextField id="record-end" label={cx.tr.text("field-end-date")} value={h.end.clone()}
                        placeholder={cx.tr.text("form-date-placeholder")}
                        error={cx.error(Field::EndDate)} numeric=true oninput={cx.set(|d| &mut d.handbook.end)} />
                </div>
                { cx.field("record-instructions", Field::Instructions, false, |d| &mut d.handbook.instructions) }
            </>
        },
    }
}

/// The results the chosen test records (every result before a test is
/// chosen; the form's validation names a mismatch).
fn screening_results(test: &str) -> &'static [ScreeningResult] {
    ScreeningTest::ALL
        .iter()
        .find(|t| t.as_str() == test)
        .map_or(&ScreeningResult::ALL, |t| t.results())
}

/// The chosen checkup's questions, each with はい / いいえ and, where the
/// handbook asks "when", a date.
fn checklist(cx: &Ctx<'_>) -> Html {
    let h = &cx.draft.handbook;
    let Some(checkup) = ChildCheckup::parse(&h.checkup) else {
        return html! {};
    };
    let page = checkup.as_str();
    let questions = || cx.questions.iter().filter(move |i| i.page == checkup);
    let tr = cx.tr;
    let answered = |item: &str| {
        let (draft, item) = (cx.draft.clone(), item.to_owned());
        Callback::from(move |answer: Option<bool>| {
            let mut d = (*draft).clone();
            let entry = d.handbook.answers.entry(item.clone()).or_default();
            entry.0 = page.to_owned();
            entry.1 = answer;
            draft.set(d);
        })
    };
    let typed = |item: &str| {
        let (draft, item) = (cx.draft.clone(), item.to_owned());
        Callback::from(move |v: String| {
            let mut d = (*draft).clone();
            let entry = d.handbook.answers.entry(item.clone()).or_default();
            entry.0 = page.to_owned();
            entry.2 = v;
            draft.set(d);
        })
    };
    html! {
        <fieldset class="checklist" id="record-checklist" aria-describedby="record-checklist-hint">
            <legend>{ tr.format("record-checklist-title", &[("page", tr.text(&checkup.page_message_id()).into())]) }</legend>
            <p class="hint" id="record-checklist-hint">{ tr.text("record-checklist-hint") }</p>
            if questions().next().is_none() {
                <p class="hint" id="record-checklist-none">{ tr.text("record-checklist-none") }</p>
            }
            <ol class="questions">
                { for questions().map(|item| {
                    let (_, pressed, date) = h.answers.get(&item.id).cloned().unwrap_or_default();
                    let question_id = format!("question-{}", item.id);
                    html! {
                        <li class="question" id={format!("item-{}", item.id)}>
                            <p class="question-text" id={question_id.clone()}>{ tr.text(&item.message) }</p>
                            { yes_no(tr, &format!("answer-{}", item.id), question_id, pressed, &answered(&item.id)) }
                            if item.answer == AnswerType::YesNoDate && pressed != Some(false) {
                                <TextField id={format!("answer-{}-date", item.id)}
                                    label={tr.text("record-answer-when")} value={date}
                                    placeholder={tr.text("form-date-placeholder")}
                                    numeric=true oninput={typed(&item.id)} />
                            }
                        </li>
                    }
                }) }
            </ol>
            if let Some(e) = cx.error(Field::Answers) {
                <p class="error" id="record-answers-error" role="alert">{ e }</p>
            }
        </fieldset>
    }
}
