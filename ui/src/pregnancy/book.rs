//! A pregnancy's records as a record owner: commands, words, the week on
//! each row, the EPDS hint and the form's fields of each kind.

use crate::photos::PhotoOf;
use crate::records::{FormCtx, Owner};
use crate::vaccines::PREGNANCY_VACCINES;
use crate::TextField;
use hagukumi_core::model::RecordId;
use hagukumi_core::pregnancy::gestational_age_on;
use hagukumi_core::pregnancy_records::{
    Edema, ExpectedDateMethod, FetalHeart, PostnatalTiming, PregnancyRecord, PregnancyRecordData,
    PregnancyRecordInput, PregnancyRecordKind, UrineTest,
};
use hagukumi_core::validate::parse_date;
use hagukumi_core::{Date, Field};
use hagukumi_i18n::pregnancy::{kind_name, summary, week};
use hagukumi_i18n::{Localizer, Value};
use serde::{Deserialize, Serialize};
use yew::prelude::*;

/// A pregnancy, as the owner of records.
#[derive(Clone, PartialEq)]
pub struct PregnancyBook {
    pub pregnancy_id: RecordId,
    /// The expected date: the week of each record.
    pub expected: Date,
}

impl Owner for PregnancyBook {
    type Book = hagukumi_core::pregnancy_records::PregnancyBook;
    type Record = PregnancyRecord;
    type Data = PregnancyRecordData;
    type Input = PregnancyRecordInput;
    type Kind = PregnancyRecordKind;
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
    fn before(tr: &Localizer, previous: &PregnancyRecordData) -> String {
        let date = tr.date(previous.date());
        match summary(tr, previous) {
            text if text.is_empty() => date,
            text => format!("{date} {text}"),
        }
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

    fn fields(&self, cx: &FormCtx<'_, Draft>, current: PregnancyRecordKind) -> Html {
        let tr = cx.tr;
        let draft = cx.draft;
        let error = |f: Field| cx.error(f);
        let set = |f: fn(&mut Draft) -> &mut String| cx.set(f);
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
                        { cx.field("pregnancy-record-weight", Field::Weight, true, |d| &mut d.weight_kg) }
                        { cx.field("pregnancy-record-fundal-height", Field::FundalHeight, true, |d| &mut d.fundal_height_cm) }
                    </div>
                    { blood_pressure }
                    <div class="grid-2 top">
                        { cx.select("pregnancy-record-urine-protein", Field::UrineProtein,
                            options("pregnancy-urine", &mut UrineTest::ALL.iter().map(|u| u.as_str()), "-option"),
                            |d| &mut d.urine_protein) }
                        { cx.select("pregnancy-record-urine-sugar", Field::UrineSugar,
                            options("pregnancy-urine", &mut UrineTest::ALL.iter().map(|u| u.as_str()), "-option"),
                            |d| &mut d.urine_sugar) }
                        { cx.select("pregnancy-record-edema", Field::Edema,
                            options("pregnancy-edema", &mut Edema::ALL.iter().map(|e| e.as_str()), "-option"),
                            |d| &mut d.edema) }
                        { cx.field("pregnancy-record-abdominal-girth", Field::AbdominalGirth, true, |d| &mut d.abdominal_girth_cm) }
                        { cx.select("pregnancy-record-fetal-heart", Field::FetalHeart,
                            options("pregnancy-heart", &mut FetalHeart::ALL.iter().map(|h| h.as_str()), ""),
                            |d| &mut d.fetal_heart) }
                        { cx.field("pregnancy-record-heart-rate", Field::FetalHeartRate, true, |d| &mut d.fetal_heart_bpm) }
                    </div>
                    { cx.field("pregnancy-record-facility", Field::Facility, false, |d| &mut d.facility) }
                    { notes }
                </>
            },
            PregnancyRecordKind::Notification => html! {
                <>
                    { date_field }
                    { cx.select("pregnancy-record-method", Field::ExpectedDateMethod,
                        options("pregnancy-method", &mut ExpectedDateMethod::ALL.iter().map(|m| m.as_str()), ""),
                        |d| &mut d.method) }
                </>
            },
            PregnancyRecordKind::Vaccination => html! {
                <>
                    { cx.select("pregnancy-record-vaccine", Field::Vaccine,
                        options("schedule-vaccine", &mut PREGNANCY_VACCINES.iter().copied(), ""),
                        |d| &mut d.vaccine) }
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
                    { cx.field("pregnancy-record-class-name", Field::ClassName, false, |d| &mut d.name) }
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
                    { cx.select("pregnancy-record-timing", Field::CheckupTiming,
                        options("pregnancy-timing", &mut PostnatalTiming::ALL.iter().map(|t| t.as_str()), ""),
                        |d| &mut d.timing) }
                    { date_field }
                    { cx.field("pregnancy-record-weight", Field::Weight, true, |d| &mut d.weight_kg) }
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

/// The form's fields, all as typed (kept when switching kinds), named as
/// the inputs' fields: each kind's input takes those it has.
#[derive(Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    date: String,
    method: String,
    weight_kg: String,
    systolic: String,
    diastolic: String,
    urine_protein: String,
    urine_sugar: String,
    edema: String,
    fundal_height_cm: String,
    abdominal_girth_cm: String,
    fetal_heart: String,
    fetal_heart_bpm: String,
    notes: String,
    facility: String,
    findings: String,
    name: String,
    text: String,
    timing: String,
    epds: String,
    vaccine: String,
    lot: String,
}

impl crate::records::NamedDraft for Draft {
    type Book = hagukumi_core::pregnancy_records::PregnancyBook;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::tests::{every_kind_reads_back, sent};

    /// Each kind's input, every field given, comes back from the draft as
    /// it went in; a value shared by two kinds stays when the kind changes.
    #[test]
    fn every_kind_reads_back_from_the_draft() {
        let s = |x: &str| x.to_owned();
        let inputs = [
            PregnancyRecordInput::Notification {
                date: s("2026-07-10"),
                method: s("ultrasound"),
            },
            PregnancyRecordInput::PrenatalVisit {
                date: s("2026-11-24"),
                weight_kg: s("58.4"),
                systolic: s("112"),
                diastolic: s("70"),
                urine_protein: s("trace"),
                urine_sugar: s("negative"),
                edema: s("plus1"),
                fundal_height_cm: s("26"),
                abdominal_girth_cm: s("84"),
                fetal_heart: s("present"),
                fetal_heart_bpm: s("142"),
                notes: s("順調"),
                facility: s("みなと産院"),
            },
            PregnancyRecordInput::Dental {
                date: s("2026-09-01"),
                findings: s("歯肉炎ぎみ"),
            },
            PregnancyRecordInput::Vaccination {
                vaccine: s("rsv-maternal"),
                date: s("2026-12-01"),
                lot: s("A1"),
                facility: s("みなと産院"),
            },
            PregnancyRecordInput::Class {
                date: s("2026-10-01"),
                name: s("両親学級"),
            },
            PregnancyRecordInput::Environment {
                date: s("2026-10-02"),
                text: s("産休に入った"),
            },
            PregnancyRecordInput::PostnatalCheckup {
                timing: s("two-weeks"),
                date: s("2027-02-20"),
                weight_kg: s("55"),
                systolic: s("110"),
                diastolic: s("68"),
                epds: s("12"),
                notes: s(""),
            },
        ];
        let kinds = PregnancyRecordKind::ALL.len();
        every_kind_reads_back::<Draft>(&inputs, kinds, PregnancyRecordInput::kind);
        let draft = Draft {
            weight_kg: s("58.4"),
            ..Draft::default()
        };
        let PregnancyRecordInput::PostnatalCheckup { weight_kg, .. } =
            sent(&draft, PregnancyRecordKind::PostnatalCheckup)
        else {
            panic!("a postnatal checkup");
        };
        assert_eq!(weight_kg, "58.4");
    }
}
