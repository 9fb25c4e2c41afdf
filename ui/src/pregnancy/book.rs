//! A pregnancy's records as a record owner: commands, words, the week on
//! each row, the EPDS hint and the form's fields of each kind.

use crate::photos::PhotoOf;
use crate::records::{select_value, FormCtx, Owner};
use crate::vaccines::PREGNANCY_VACCINES;
use crate::TextField;
use hagukumi_core::model::RecordId;
use hagukumi_core::pregnancy::gestational_age_on;
use hagukumi_core::pregnancy_records::{
    Edema, ExpectedDateMethod, FetalHeart, PostnatalTiming, PregnancyHistoryEntry, PregnancyRecord,
    PregnancyRecordData, PregnancyRecordInput, PregnancyRecordKind, UrineTest,
};
use hagukumi_core::validate::parse_date;
use hagukumi_core::{Date, Field};
use hagukumi_i18n::pregnancy::{kind_name, summary, week};
use hagukumi_i18n::{Localizer, Value};
use yew::prelude::*;

/// A pregnancy, as the owner of records.
#[derive(Clone, PartialEq)]
pub struct PregnancyBook {
    pub pregnancy_id: RecordId,
    /// The expected date: the week of each record.
    pub expected: Date,
}

impl crate::history::Entry for PregnancyHistoryEntry {
    fn change(&self) -> &str {
        &self.change
    }

    fn changed_at(&self) -> &str {
        &self.changed_at
    }

    fn before(&self, tr: &Localizer) -> String {
        let date = tr.date(self.previous.date());
        match summary(tr, &self.previous) {
            text if text.is_empty() => date,
            text => format!("{date} {text}"),
        }
    }
}

impl Owner for PregnancyBook {
    type Book = hagukumi_core::pregnancy_records::PregnancyBook;
    type Record = PregnancyRecord;
    type Data = PregnancyRecordData;
    type Input = PregnancyRecordInput;
    type Kind = PregnancyRecordKind;
    type History = PregnancyHistoryEntry;
    type Draft = Draft;

    const ADD: &'static str = "add_pregnancy_record";
    const EDIT: &'static str = "edit_pregnancy_record";
    const DELETE: &'static str = "delete_pregnancy_record";
    const RESTORE: &'static str = "restore_pregnancy_record";
    const HISTORY: &'static str = "pregnancy_record_history";
    const OWNER_ARG: &'static str = "pregnancy_id";
    const PAGE: &'static str = "pregnancy_records";
    const DELETED: &'static str = "pregnancy_deleted_records";
    const PHOTOS: PhotoOf = PhotoOf::PregnancyRecord;
    const PREFIX: &'static str = "pregnancy-";
    const DELETED_ROW: &'static str = "deleted-pregnancy-record-";
    const LIST_CLASS: &'static str = "cards single";
    const TITLE: &'static str = "pregnancy-records";
    const EMPTY: &'static str = "pregnancy-no-records";

    fn owner_id(&self) -> RecordId {
        self.pregnancy_id
    }
    fn id(record: &PregnancyRecord) -> RecordId {
        record.id
    }
    fn data(record: &PregnancyRecord) -> &PregnancyRecordData {
        &record.data
    }
    fn kind_name(tr: &Localizer, kind: PregnancyRecordKind) -> String {
        kind_name(tr, kind)
    }
    fn summary(tr: &Localizer, data: &PregnancyRecordData) -> String {
        summary(tr, data)
    }

    /// "· 妊娠26週1日" after kind and date.
    fn meta_extra(&self, tr: &Localizer, r: &PregnancyRecord, _deleted: bool) -> Html {
        match week(tr, &r.data, self.expected) {
            Some(w) => html! {
                <>
                    { " · " }
                    <span class="record-week">{ w }</span>
                </>
            },
            None => html! {},
        }
    }

    /// The follow-up hint of a postnatal checkup's EPDS score.
    fn row_note(&self, tr: &Localizer, r: &PregnancyRecord) -> Html {
        if !r.data.suggests_follow_up() {
            return html! {};
        }
        html! {
            <p class="hint epds-hint" id={format!("epds-hint-{}", r.id)} role="note">
                { tr.text("pregnancy-epds-hint") }
            </p>
        }
    }

    fn kinds(&self) -> Vec<PregnancyRecordKind> {
        PregnancyRecordKind::ALL.to_vec()
    }
    fn first_kind() -> PregnancyRecordKind {
        PregnancyRecordKind::PrenatalVisit
    }
    fn draft(data: &PregnancyRecordData) -> Draft {
        Draft::from_input(&data.to_input())
    }
    fn input(draft: &Draft, kind: PregnancyRecordKind) -> PregnancyRecordInput {
        draft.input(kind)
    }

    fn fields(&self, cx: &FormCtx<'_, Draft>, current: PregnancyRecordKind) -> Html {
        let tr = cx.tr;
        let draft = cx.draft;
        let error = |f: Field| cx.error(f);
        let set = |f: fn(&mut Draft) -> &mut String| cx.set(f);
        let select = |id: &'static str,
                      f: Field,
                      value: &str,
                      options: Vec<(&'static str, String)>,
                      cb: Callback<String>| {
            let error = error(f);
            html! {
                <div class={classes!("field", error.is_some().then_some("invalid"))}>
                    <label for={id}>{ tr.text(&f.label_id()) }</label>
                    <select id={id} onchange={cb.reform(select_value)}
                        aria-invalid={error.is_some().to_string()}
                        aria-describedby={error.is_some().then(|| format!("{id}-error"))}>
                        <option value="" selected={value.is_empty()}>{ tr.text("form-choose") }</option>
                        { for options.into_iter().map(|(v, label)| html! {
                            <option value={v} selected={value == v}>{ label }</option>
                        }) }
                    </select>
                    if let Some(e) = error {
                        <p class="error" id={format!("{id}-error")} role="alert">{ e }</p>
                    }
                </div>
            }
        };
        let options = |prefix: &str, ids: &mut dyn Iterator<Item = &'static str>, suffix: &str| {
            ids.map(|id| (id, tr.text(&format!("{prefix}-{id}{suffix}"))))
                .collect::<Vec<_>>()
        };
        // The week on the typed date, once it reads as a date (before the birth).
        let date_hint = parse_date(&draft.date)
            .ok()
            .filter(|_| !current.is_postnatal())
            .and_then(|d| gestational_age_on(self.expected, d))
            .map(|ga| {
                tr.format(
                    "pregnancy-date-week",
                    &[("week", Value::from(tr.gestational_age(ga)))],
                )
            })
            .unwrap_or_else(|| tr.text("form-date-hint"));
        let date_field = html! {
            <TextField id="pregnancy-record-date" label={tr.text("field-date")} value={draft.date.clone()}
                placeholder={tr.text("form-date-placeholder")}
                hint={Some(AttrValue::from(date_hint))}
                error={error(Field::Date)} numeric=true oninput={set(|d| &mut d.date)} />
        };
        let blood_pressure = html! {
            <>
                <div class="grid-2 top">
                    { cx.field("pregnancy-record-systolic", Field::Systolic, true, |d| &mut d.systolic) }
                    { cx.field("pregnancy-record-diastolic", Field::Diastolic, true, |d| &mut d.diastolic) }
                </div>
                <p class="hint" id="pregnancy-record-bp-hint">{ tr.text("pregnancy-bp-hint") }</p>
            </>
        };
        let notes = cx.field("pregnancy-record-notes", Field::Text, false, |d| {
            &mut d.notes
        });
        match current {
            PregnancyRecordKind::PrenatalVisit => html! {
                <>
                    { date_field }
                    <div class="grid-2 top">
                        { cx.field("pregnancy-record-weight", Field::Weight, true, |d| &mut d.weight) }
                        { cx.field("pregnancy-record-fundal-height", Field::FundalHeight, true, |d| &mut d.fundal_height) }
                    </div>
                    { blood_pressure }
                    <div class="grid-2 top">
                        { select("pregnancy-record-urine-protein", Field::UrineProtein, &draft.urine_protein,
                            options("pregnancy-urine", &mut UrineTest::ALL.iter().map(|u| u.as_str()), "-option"),
                            set(|d| &mut d.urine_protein)) }
                        { select("pregnancy-record-urine-sugar", Field::UrineSugar, &draft.urine_sugar,
                            options("pregnancy-urine", &mut UrineTest::ALL.iter().map(|u| u.as_str()), "-option"),
                            set(|d| &mut d.urine_sugar)) }
                        { select("pregnancy-record-edema", Field::Edema, &draft.edema,
                            options("pregnancy-edema", &mut Edema::ALL.iter().map(|e| e.as_str()), "-option"),
                            set(|d| &mut d.edema)) }
                        { cx.field("pregnancy-record-abdominal-girth", Field::AbdominalGirth, true, |d| &mut d.abdominal_girth) }
                        { select("pregnancy-record-fetal-heart", Field::FetalHeart, &draft.fetal_heart,
                            options("pregnancy-heart", &mut FetalHeart::ALL.iter().map(|h| h.as_str()), ""),
                            set(|d| &mut d.fetal_heart)) }
                        { cx.field("pregnancy-record-heart-rate", Field::FetalHeartRate, true, |d| &mut d.heart_rate) }
                    </div>
                    { cx.field("pregnancy-record-facility", Field::Facility, false, |d| &mut d.facility) }
                    { notes }
                </>
            },
            PregnancyRecordKind::Notification => html! {
                <>
                    { date_field }
                    { select("pregnancy-record-method", Field::ExpectedDateMethod, &draft.method,
                        options("pregnancy-method", &mut ExpectedDateMethod::ALL.iter().map(|m| m.as_str()), ""),
                        set(|d| &mut d.method)) }
                </>
            },
            PregnancyRecordKind::Vaccination => html! {
                <>
                    { select("pregnancy-record-vaccine", Field::Vaccine, &draft.vaccine,
                        options("schedule-vaccine", &mut PREGNANCY_VACCINES.iter().copied(), ""),
                        set(|d| &mut d.vaccine)) }
                    { date_field }
                    { cx.field("pregnancy-record-lot", Field::Lot, false, |d| &mut d.lot) }
                    { cx.field("pregnancy-record-facility", Field::Facility, false, |d| &mut d.facility) }
                </>
            },
            PregnancyRecordKind::Dental => html! {
                <>
                    { date_field }
                    { cx.field("pregnancy-record-findings", Field::Findings, false, |d| &mut d.findings) }
                </>
            },
            PregnancyRecordKind::Class => html! {
                <>
                    { date_field }
                    { cx.field("pregnancy-record-class-name", Field::ClassName, false, |d| &mut d.class_name) }
                </>
            },
            PregnancyRecordKind::Environment => html! {
                <>
                    { date_field }
                    { cx.field("pregnancy-record-text", Field::Text, false, |d| &mut d.text) }
                </>
            },
            PregnancyRecordKind::PostnatalCheckup => html! {
                <>
                    { select("pregnancy-record-timing", Field::CheckupTiming, &draft.timing,
                        options("pregnancy-timing", &mut PostnatalTiming::ALL.iter().map(|t| t.as_str()), ""),
                        set(|d| &mut d.timing)) }
                    { date_field }
                    { cx.field("pregnancy-record-weight", Field::Weight, true, |d| &mut d.weight) }
                    { blood_pressure }
                    <TextField id="pregnancy-record-epds" label={tr.text("field-epds")} value={draft.epds.clone()}
                        hint={Some(AttrValue::from(tr.text("pregnancy-epds-field-hint")))}
                        error={error(Field::Epds)} numeric=true oninput={set(|d| &mut d.epds)} />
                    { notes }
                </>
            },
        }
    }
}

/// The form's fields, all as typed (kept when switching kinds).
#[derive(Clone, PartialEq, Default)]
pub struct Draft {
    date: String,
    method: String,
    weight: String,
    systolic: String,
    diastolic: String,
    urine_protein: String,
    urine_sugar: String,
    edema: String,
    fundal_height: String,
    abdominal_girth: String,
    fetal_heart: String,
    heart_rate: String,
    notes: String,
    facility: String,
    findings: String,
    class_name: String,
    text: String,
    timing: String,
    epds: String,
    vaccine: String,
    lot: String,
}

impl Draft {
    /// The form filled with a stored record's values (to edit it).
    pub(super) fn from_input(input: &PregnancyRecordInput) -> Draft {
        let mut d = Draft::default();
        match input.clone() {
            PregnancyRecordInput::Notification { date, method } => {
                d.date = date;
                d.method = method;
            }
            PregnancyRecordInput::PrenatalVisit {
                date,
                weight_kg,
                systolic,
                diastolic,
                urine_protein,
                urine_sugar,
                edema,
                fundal_height_cm,
                abdominal_girth_cm,
                fetal_heart,
                fetal_heart_bpm,
                notes,
                facility,
            } => {
                d.date = date;
                d.weight = weight_kg;
                d.systolic = systolic;
                d.diastolic = diastolic;
                d.urine_protein = urine_protein;
                d.urine_sugar = urine_sugar;
                d.edema = edema;
                d.fundal_height = fundal_height_cm;
                d.abdominal_girth = abdominal_girth_cm;
                d.fetal_heart = fetal_heart;
                d.heart_rate = fetal_heart_bpm;
                d.notes = notes;
                d.facility = facility;
            }
            PregnancyRecordInput::Dental { date, findings } => {
                d.date = date;
                d.findings = findings;
            }
            PregnancyRecordInput::Vaccination {
                vaccine,
                date,
                lot,
                facility,
            } => {
                d.vaccine = vaccine;
                d.date = date;
                d.lot = lot;
                d.facility = facility;
            }
            PregnancyRecordInput::Class { date, name } => {
                d.date = date;
                d.class_name = name;
            }
            PregnancyRecordInput::Environment { date, text } => {
                d.date = date;
                d.text = text;
            }
            PregnancyRecordInput::PostnatalCheckup {
                timing,
                date,
                weight_kg,
                systolic,
                diastolic,
                epds,
                notes,
            } => {
                d.timing = timing;
                d.date = date;
                d.weight = weight_kg;
                d.systolic = systolic;
                d.diastolic = diastolic;
                d.epds = epds;
                d.notes = notes;
            }
        }
        d
    }

    pub(super) fn input(&self, kind: PregnancyRecordKind) -> PregnancyRecordInput {
        let d = self.clone();
        match kind {
            PregnancyRecordKind::Notification => PregnancyRecordInput::Notification {
                date: d.date,
                method: d.method,
            },
            PregnancyRecordKind::PrenatalVisit => PregnancyRecordInput::PrenatalVisit {
                date: d.date,
                weight_kg: d.weight,
                systolic: d.systolic,
                diastolic: d.diastolic,
                urine_protein: d.urine_protein,
                urine_sugar: d.urine_sugar,
                edema: d.edema,
                fundal_height_cm: d.fundal_height,
                abdominal_girth_cm: d.abdominal_girth,
                fetal_heart: d.fetal_heart,
                fetal_heart_bpm: d.heart_rate,
                notes: d.notes,
                facility: d.facility,
            },
            PregnancyRecordKind::Dental => PregnancyRecordInput::Dental {
                date: d.date,
                findings: d.findings,
            },
            PregnancyRecordKind::Vaccination => PregnancyRecordInput::Vaccination {
                vaccine: d.vaccine,
                date: d.date,
                lot: d.lot,
                facility: d.facility,
            },
            PregnancyRecordKind::Class => PregnancyRecordInput::Class {
                date: d.date,
                name: d.class_name,
            },
            PregnancyRecordKind::Environment => PregnancyRecordInput::Environment {
                date: d.date,
                text: d.text,
            },
            PregnancyRecordKind::PostnatalCheckup => PregnancyRecordInput::PostnatalCheckup {
                timing: d.timing,
                date: d.date,
                weight_kg: d.weight,
                systolic: d.systolic,
                diastolic: d.diastolic,
                epds: d.epds,
                notes: d.notes,
            },
        }
    }
}
