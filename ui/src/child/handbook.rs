//! The record form's fields and the list's summaries for the birth, child
//! checkups (with the guardian checklist of the chosen age), dental
//! checkups, screenings and medicines.

use super::Draft;
use crate::records::FormCtx;
use crate::TextField;
use hagukumi_core::child_records::checklists::{AnswerType, ChecklistItem};
use hagukumi_core::child_records::{
    AnswerInput, ChildCheckup, Delivery, ScreeningResult, ScreeningTest,
};
use hagukumi_core::records::{
    BirthInput, CheckupInput, DentalInput, MedicineInput, RecordInput, RecordKind, ScreeningInput,
};
use hagukumi_core::{Date, Field};
use hagukumi_i18n::Value;
use std::collections::BTreeMap;
use yew::prelude::*;

/// The fields of the new kinds, all as typed (measurements, date, facility
/// and note are the form's shared ones).
#[derive(Clone, PartialEq, Default)]
pub(super) struct HandbookDraft {
    time: String,
    weeks: String,
    days: String,
    delivery: String,
    weight_g: String,
    length: String,
    apgar1: String,
    apgar5: String,
    complications: String,
    checkup: String,
    findings: String,
    /// Checklist item → (its page, はい/いいえ pressed, date typed).
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
    fn answer_inputs(&self) -> Vec<AnswerInput> {
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

/// The input of one of the new kinds from the form.
pub(super) fn input(kind: RecordKind, d: &Draft) -> RecordInput {
    let h = &d.handbook;
    match kind {
        RecordKind::Birth => RecordInput::Birth(BirthInput {
            date: String::new(),
            time: h.time.clone(),
            gestation_weeks: h.weeks.clone(),
            gestation_days: h.days.clone(),
            delivery: h.delivery.clone(),
            weight_g: h.weight_g.clone(),
            length_cm: h.length.clone(),
            head_cm: d.head.clone(),
            chest_cm: d.chest.clone(),
            apgar_1min: h.apgar1.clone(),
            apgar_5min: h.apgar5.clone(),
            complications: h.complications.clone(),
            facility: d.facility.clone(),
        }),
        RecordKind::Checkup => RecordInput::Checkup(CheckupInput {
            checkup: h.checkup.clone(),
            date: d.date.clone(),
            weight_kg: d.weight.clone(),
            height_cm: d.height.clone(),
            head_cm: d.head.clone(),
            chest_cm: d.chest.clone(),
            findings: h.findings.clone(),
            facility: d.facility.clone(),
            answers: h.answer_inputs(),
        }),
        RecordKind::Dental => RecordInput::Dental(DentalInput {
            date: d.date.clone(),
            teeth: h.teeth.clone(),
            caries: h.caries.clone(),
            fluoride: h.fluoride.clone(),
            note: d.text.clone(),
        }),
        RecordKind::Screening => RecordInput::Screening(ScreeningInput {
            date: d.date.clone(),
            test: h.test.clone(),
            result: h.result.clone(),
            note: d.text.clone(),
        }),
        _ => RecordInput::Medicine(MedicineInput {
            date: d.date.clone(),
            end: h.end.clone(),
            name: h.medicine.clone(),
            instructions: h.instructions.clone(),
        }),
    }
}

/// Fills the form's fields from an input of one of the new kinds (the
/// reverse of [`input`], to edit a stored record).
pub(super) fn fill(input: &RecordInput, d: &mut Draft) {
    let h = &mut d.handbook;
    match input {
        RecordInput::Birth(b) => {
            h.time.clone_from(&b.time);
            h.weeks.clone_from(&b.gestation_weeks);
            h.days.clone_from(&b.gestation_days);
            h.delivery.clone_from(&b.delivery);
            h.weight_g.clone_from(&b.weight_g);
            h.length.clone_from(&b.length_cm);
            d.head.clone_from(&b.head_cm);
            d.chest.clone_from(&b.chest_cm);
            h.apgar1.clone_from(&b.apgar_1min);
            h.apgar5.clone_from(&b.apgar_5min);
            h.complications.clone_from(&b.complications);
            d.facility.clone_from(&b.facility);
        }
        RecordInput::Checkup(c) => {
            h.checkup.clone_from(&c.checkup);
            d.date.clone_from(&c.date);
            d.weight.clone_from(&c.weight_kg);
            d.height.clone_from(&c.height_cm);
            d.head.clone_from(&c.head_cm);
            d.chest.clone_from(&c.chest_cm);
            h.findings.clone_from(&c.findings);
            d.facility.clone_from(&c.facility);
            h.answers = c
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
        RecordInput::Dental(x) => {
            d.date.clone_from(&x.date);
            h.teeth.clone_from(&x.teeth);
            h.caries.clone_from(&x.caries);
            h.fluoride.clone_from(&x.fluoride);
            d.text.clone_from(&x.note);
        }
        RecordInput::Screening(s) => {
            d.date.clone_from(&s.date);
            h.test.clone_from(&s.test);
            h.result.clone_from(&s.result);
            d.text.clone_from(&s.note);
        }
        RecordInput::Medicine(m) => {
            d.date.clone_from(&m.date);
            h.end.clone_from(&m.end);
            h.medicine.clone_from(&m.name);
            h.instructions.clone_from(&m.instructions);
        }
        _ => {}
    }
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

impl Ctx<'_> {
    fn measurements(&self) -> Html {
        html! {
            <div class="grid-2 pair">
                { self.field("record-weight", Field::Weight, true, |d| &mut d.weight) }
                { self.field("record-height", Field::Height, true, |d| &mut d.height) }
                { self.field("record-head", Field::HeadCircumference, true, |d| &mut d.head) }
                { self.field("record-chest", Field::ChestCircumference, true, |d| &mut d.chest) }
            </div>
        }
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
                        { cx.field("record-weeks", Field::GestationWeeks, true, |d| &mut d.handbook.weeks) }
                        { cx.field("record-days", Field::GestationDays, true, |d| &mut d.handbook.days) }
                        { cx.field("record-weight-g", Field::BirthWeight, true, |d| &mut d.handbook.weight_g) }
                        { cx.field("record-height", Field::Height, true, |d| &mut d.handbook.length) }
                        { cx.field("record-head", Field::HeadCircumference, true, |d| &mut d.head) }
                        { cx.field("record-chest", Field::ChestCircumference, true, |d| &mut d.chest) }
                        { cx.field("record-apgar1", Field::Apgar1, true, |d| &mut d.handbook.apgar1) }
                        { cx.field("record-apgar5", Field::Apgar5, true, |d| &mut d.handbook.apgar5) }
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
                { cx.measurements() }
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
    let press = |item: &str, value: bool| {
        let (draft, item) = (cx.draft.clone(), item.to_owned());
        Callback::from(move |_| {
            let mut d = (*draft).clone();
            let entry = d.handbook.answers.entry(item.clone()).or_default();
            entry.0 = page.to_owned();
            // Pressing the pressed answer again takes it back.
            entry.1 = if entry.1 == Some(value) {
                None
            } else {
                Some(value)
            };
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
                    let button = |value: bool, label: &str| {
                        let on = pressed == Some(value);
                        html! {
                            <button type="button"
                                id={format!("answer-{}-{}", item.id, if value { "yes" } else { "no" })}
                                class={classes!("chip", on.then_some("active"))}
                                aria-pressed={on.to_string()}
                                onclick={press(&item.id, value)}>
                                { tr.text(label) }
                            </button>
                        }
                    };
                    html! {
                        <li class="question" id={format!("item-{}", item.id)}>
                            <p class="question-text" id={question_id.clone()}>{ tr.text(&item.message) }</p>
                            <div class="kinds answers" role="group" aria-labelledby={question_id}>
                                { button(true, "record-answer-yes") }
                                { button(false, "record-answer-no") }
                            </div>
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
