//! The child's records as a record owner: commands, words, row badges
//! and the form's fields of each kind.

use super::handbook;
use crate::photos::PhotoOf;
use crate::records::{FormCtx, Owner};
use crate::TextField;
use hagukumi_core::api::OfficialItemView;
use hagukumi_core::child_records::checklists::ChecklistItem;
use hagukumi_core::model::RecordId;
use hagukumi_core::records::{Record, RecordData, RecordInput, RecordKind};
use hagukumi_core::{Date, Field};
use hagukumi_i18n::records::{self, Style};
use hagukumi_i18n::Localizer;
use std::rc::Rc;
use yew::prelude::*;

use crate::select_value;
use crate::vaccines::VACCINES;

/// A child, as the owner of records.
#[derive(Clone, PartialEq)]
pub struct ChildBook {
    pub child_id: RecordId,
    pub birth_date: Date,
    /// The child has a birth record (a child has one): no birth chip.
    pub has_birth: bool,
    /// The portal's items about this child (provenance of its records).
    pub official: Rc<Vec<OfficialItemView>>,
    /// The guardian-record questions of the rules in use.
    pub questions: Rc<Vec<ChecklistItem>>,
}

impl Owner for ChildBook {
    type Book = hagukumi_core::records::ChildBook;
    type Record = Record;
    type Data = RecordData;
    type Input = RecordInput;
    type Kind = RecordKind;
    type Draft = Draft;

    const ADD: &'static str = "add_record";
    const EDIT: &'static str = "edit_record";
    const DELETE: &'static str = "delete_record";
    const RESTORE: &'static str = "restore_record";
    const HISTORY: &'static str = "record_history";
    const OWNER_ARG: &'static str = "child_id";
    const PAGE: &'static str = "child_records";
    const DELETED: &'static str = "child_deleted_records";
    const PHOTOS: PhotoOf = PhotoOf::ChildRecord;
    const PREFIX: &'static str = "";
    const DELETED_ROW: &'static str = "deleted-";
    const LIST_CLASS: &'static str = "cards";
    const TITLE: &'static str = "child-records";
    const EMPTY: &'static str = "child-no-records";

    fn owner_id(&self) -> RecordId {
        self.child_id
    }
    fn id(record: &Record) -> RecordId {
        record.id
    }
    fn data(record: &Record) -> &RecordData {
        &record.data
    }
    fn read_only(record: &Record) -> bool {
        record.official
    }
    fn kind_name(tr: &Localizer, kind: RecordKind) -> String {
        records::kind_name(tr, kind)
    }
    fn summary(tr: &Localizer, data: &RecordData) -> String {
        records::summary(tr, data, Style::Row)
    }
    fn before(tr: &Localizer, previous: &RecordData) -> String {
        let summary = records::summary(tr, previous, Style::Row);
        let date = tr.date(previous.date());
        tr.format(
            "record-before",
            &[("date", date.into()), ("summary", summary.into())],
        )
    }

    /// The 公式 badge, or how the portal's item about the same thing
    /// relates to a parent's own record.
    fn meta_extra(&self, tr: &Localizer, r: &Record, deleted: bool) -> Html {
        if deleted {
            return html! {};
        }
        if r.official {
            return html! { <>{ " " }{ crate::portal::official_badge(tr) }</> };
        }
        let provenance = self
            .official
            .iter()
            .find(|i| i.record.as_ref().is_some_and(|m| m.id == r.id))
            .map(|i| i.state);
        match provenance {
            Some(state) => html! { <>{ " " }{ crate::portal::state_badge(tr, state) }</> },
            None => html! {},
        }
    }

    fn kinds(&self) -> Vec<RecordKind> {
        // Once the birth is recorded, its chip goes (a child has one).
        RecordKind::ALL
            .iter()
            .copied()
            .filter(|&k| !(k == RecordKind::Birth && self.has_birth))
            .collect()
    }
    fn current_kind(&self, chosen: RecordKind) -> RecordKind {
        match chosen {
            RecordKind::Birth if self.has_birth => RecordKind::Measurement,
            k => k,
        }
    }
    fn first_kind() -> RecordKind {
        RecordKind::Measurement
    }

    fn fields(&self, cx: &FormCtx<'_, Draft>, current: RecordKind) -> Html {
        let tr = cx.tr;
        let draft = cx.draft;
        let error = |f: Field| cx.error(f);
        let set = |f: fn(&mut Draft) -> &mut String| cx.set(f);
        let date_field = html! {
            <TextField id="record-date" label={tr.text("field-date")} value={draft.date.clone()}
                placeholder={tr.text("form-date-placeholder")}
                hint={Some(AttrValue::from(tr.text("form-date-hint")))}
                error={error(Field::Date)} numeric=true oninput={set(|d| &mut d.date)} />
        };
        match current {
            RecordKind::Measurement => html! {
                <>
                    { date_field }
                    <div class="grid-2">
                        { cx.field("record-weight", Field::Weight, true, |d| &mut d.weight) }
                        { cx.field("record-height", Field::Height, true, |d| &mut d.height) }
                        { cx.field("record-head", Field::HeadCircumference, true, |d| &mut d.head) }
                        { cx.field("record-chest", Field::ChestCircumference, true, |d| &mut d.chest) }
                    </div>
                    if let Some(e) = error(Field::Measurements) {
                        <p class="error" id="record-measurements-error" role="alert">{ e }</p>
                    }
                </>
            },
            RecordKind::Vaccination => {
                let vaccine_cb = set(|d| &mut d.vaccine);
                let funding_cb = set(|d| &mut d.funding);
                html! {
                    <>
                        <div class={classes!("field", error(Field::Vaccine).is_some().then_some("invalid"))}>
                            <label for="record-vaccine">{ tr.text("field-vaccine") }</label>
                            <select id="record-vaccine" onchange={vaccine_cb.reform(select_value)}>
                                <option value="" selected={draft.vaccine.is_empty()}>{ tr.text("form-choose") }</option>
                                { for VACCINES.iter().map(|v| html! {
                                    <option value={*v} selected={draft.vaccine == *v}>{ tr.text(&format!("schedule-vaccine-{v}")) }</option>
                                }) }
                            </select>
                            if let Some(e) = error(Field::Vaccine) {
                                <p class="error" id="record-vaccine-error" role="alert">{ e }</p>
                            }
                        </div>
                        <div class="grid-2">
                            { cx.field("record-dose", Field::Dose, true, |d| &mut d.dose) }
                            { date_field }
                            { cx.field("record-lot", Field::Lot, false, |d| &mut d.lot) }
                            { cx.field("record-facility", Field::Facility, false, |d| &mut d.facility) }
                        </div>
                        <div class="field">
                            <label for="record-funding">{ tr.text("field-funding") }</label>
                            <select id="record-funding" onchange={funding_cb.reform(select_value)}>
                                <option value="" selected={draft.funding.is_empty()}>{ tr.text("form-choose") }</option>
                                <option value="public" selected={draft.funding == "public"}>{ tr.text("funding-public") }</option>
                                <option value="self-paid" selected={draft.funding == "self-paid"}>{ tr.text("funding-self-paid") }</option>
                            </select>
                        </div>
                    </>
                }
            }
            RecordKind::Milestone => html! {
                <>
                    { date_field }
                    { cx.field("record-what", Field::What, false, |d| &mut d.what) }
                    { cx.field("record-text", Field::Text, false, |d| &mut d.text) }
                </>
            },
            RecordKind::Note => html! {
                <>
                    { date_field }
                    { cx.field("record-text", Field::Text, false, |d| &mut d.text) }
                </>
            },
            RecordKind::Birth
            | RecordKind::Checkup
            | RecordKind::Dental
            | RecordKind::Screening
            | RecordKind::Medicine => handbook::fields(
                current,
                handbook::Ctx {
                    form: cx,
                    date_field,
                    birth_date: self.birth_date,
                    questions: &self.questions,
                },
            ),
            RecordKind::Allergy | RecordKind::Illness => {
                let (what, text) = if current == RecordKind::Allergy {
                    ("record-allergy-substance", "record-allergy-reaction")
                } else {
                    ("record-illness-name", "field-text")
                };
                html! {
                    <>
                        { date_field }
                        <TextField id="record-what" label={tr.text(what)} value={draft.what.clone()}
                            error={error(Field::What)} oninput={set(|d| &mut d.what)} />
                        <TextField id="record-text" label={tr.text(text)} value={draft.text.clone()}
                            error={error(Field::Text)} oninput={set(|d| &mut d.text)} />
                    </>
                }
            }
        }
    }
}

/// The form's fields, all as typed.
#[derive(Clone, PartialEq, Default)]
pub struct Draft {
    pub(super) date: String,
    pub(super) weight: String,
    pub(super) height: String,
    pub(super) head: String,
    pub(super) chest: String,
    pub(super) vaccine: String,
    pub(super) dose: String,
    /// Not asked by the form; kept so that an edit does not drop it.
    pub(super) manufacturer: String,
    pub(super) lot: String,
    pub(super) facility: String,
    pub(super) funding: String,
    pub(super) what: String,
    pub(super) text: String,
    /// Birth, checkup, dental, screening, medicine.
    pub(super) handbook: handbook::HandbookDraft,
}

impl crate::records::Draft for Draft {
    type Book = hagukumi_core::records::ChildBook;

    fn from_input(input: &RecordInput) -> Draft {
        let mut d = Draft::default();
        match input {
            RecordInput::Measurement {
                date,
                weight_kg,
                height_cm,
                head_cm,
                chest_cm,
            } => {
                d.date.clone_from(date);
                d.weight.clone_from(weight_kg);
                d.height.clone_from(height_cm);
                d.head.clone_from(head_cm);
                d.chest.clone_from(chest_cm);
            }
            RecordInput::Vaccination {
                vaccine,
                dose,
                date,
                manufacturer,
                lot,
                facility,
                funding,
            } => {
                d.vaccine.clone_from(vaccine);
                d.dose.clone_from(dose);
                d.date.clone_from(date);
                d.manufacturer.clone_from(manufacturer);
                d.lot.clone_from(lot);
                d.facility.clone_from(facility);
                d.funding.clone_from(funding);
            }
            RecordInput::Milestone {
                date,
                what,
                note: text,
            }
            | RecordInput::Allergy {
                date,
                substance: what,
                reaction: text,
            }
            | RecordInput::Illness {
                date,
                name: what,
                note: text,
            } => {
                d.date.clone_from(date);
                d.what.clone_from(what);
                d.text.clone_from(text);
            }
            RecordInput::Note { date, text } => {
                d.date.clone_from(date);
                d.text.clone_from(text);
            }
            RecordInput::Birth(_)
            | RecordInput::Checkup(_)
            | RecordInput::Dental(_)
            | RecordInput::Screening(_)
            | RecordInput::Medicine(_) => handbook::fill(input, &mut d),
        }
        d
    }

    fn input(&self, kind: RecordKind) -> RecordInput {
        let d = self.clone();
        match kind {
            RecordKind::Measurement => RecordInput::Measurement {
                date: d.date,
                weight_kg: d.weight,
                height_cm: d.height,
                head_cm: d.head,
                chest_cm: d.chest,
            },
            RecordKind::Vaccination => RecordInput::Vaccination {
                vaccine: d.vaccine,
                dose: d.dose,
                date: d.date,
                manufacturer: d.manufacturer,
                lot: d.lot,
                facility: d.facility,
                funding: d.funding,
            },
            RecordKind::Milestone => RecordInput::Milestone {
                date: d.date,
                what: d.what,
                note: d.text,
            },
            RecordKind::Note => RecordInput::Note {
                date: d.date,
                text: d.text,
            },
            RecordKind::Allergy => RecordInput::Allergy {
                date: d.date,
                substance: d.what,
                reaction: d.text,
            },
            RecordKind::Illness => RecordInput::Illness {
                date: d.date,
                name: d.what,
                note: d.text,
            },
            RecordKind::Birth
            | RecordKind::Checkup
            | RecordKind::Dental
            | RecordKind::Screening
            | RecordKind::Medicine => handbook::input(kind, self),
        }
    }
}
