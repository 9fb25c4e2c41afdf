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
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
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
                    { handbook::measurements(cx, "grid-2") }
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
            RecordKind::Milestone
            | RecordKind::Note
            | RecordKind::Allergy
            | RecordKind::Illness => {
                // What (a note has none) and a note, as the kind names them.
                let (what, text) = match current {
                    RecordKind::Allergy => (
                        Some("record-allergy-substance"),
                        Some("record-allergy-reaction"),
                    ),
                    RecordKind::Illness => (Some("record-illness-name"), None),
                    _ => (None, None),
                };
                html! {
                    <>
                        { date_field }
                        if current != RecordKind::Note {
                            { cx.text("record-what", Field::What, what, false, |d| &mut d.what) }
                        }
                        { cx.text("record-text", Field::Text, text, false, |d| &mut d.text) }
                    </>
                }
            }
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
        }
    }
}

/// The form's fields, all as typed, named as the inputs' fields (a kind
/// whose input names one otherwise: [`renamed`]).
#[derive(Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub(super) date: String,
    pub(super) weight_kg: String,
    pub(super) height_cm: String,
    pub(super) head_cm: String,
    pub(super) chest_cm: String,
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
    #[serde(flatten)]
    pub(super) handbook: handbook::HandbookDraft,
}

/// The fields a kind's input names otherwise than the draft, which keeps
/// one field for what several kinds ask alike: (the input's, the draft's).
fn renamed(kind: RecordKind) -> &'static [(&'static str, &'static str)] {
    match kind {
        RecordKind::Milestone | RecordKind::Dental | RecordKind::Screening => &[("note", "text")],
        RecordKind::Allergy => &[("substance", "what"), ("reaction", "text")],
        RecordKind::Illness => &[("name", "what"), ("note", "text")],
        RecordKind::Medicine => &[("name", "medicine")],
        _ => &[],
    }
}

/// `value`'s fields by name, with those `kind` names otherwise under the
/// draft's names (`to_draft`) or the input's. A birth's date is the
/// child's: the form does not carry it.
fn fields(value: &impl Serialize, kind: RecordKind, to_draft: bool) -> Map<String, Value> {
    let Ok(Value::Object(mut fields)) = serde_json::to_value(value) else {
        return Map::new();
    };
    if kind == RecordKind::Birth {
        fields.remove("date");
    }
    for &(input, draft) in renamed(kind) {
        let (from, to) = if to_draft {
            (input, draft)
        } else {
            (draft, input)
        };
        if let Some(v) = fields.remove(from) {
            fields.insert(to.into(), v);
        }
    }
    fields
}

impl crate::records::Draft for Draft {
    type Book = hagukumi_core::records::ChildBook;

    fn from_input(input: &RecordInput) -> Draft {
        let fields = fields(input, input.kind(), true);
        let mut d: Draft = serde_json::from_value(fields.into()).unwrap_or_default();
        handbook::fill_answers(input, &mut d);
        d
    }

    fn input(&self, kind: RecordKind) -> Value {
        let mut fields = fields(self, kind, false);
        fields.insert("kind".into(), kind.as_str().into());
        if kind == RecordKind::Checkup {
            let answers = serde_json::to_value(self.handbook.answer_inputs());
            fields.insert("answers".into(), answers.expect("answers are strings"));
        }
        fields.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::tests::{every_kind_reads_back, sent};
    use crate::records::Draft as _;
    use hagukumi_core::child_records::AnswerInput;
    use hagukumi_core::records::{
        BirthInput, CheckupInput, DentalInput, MedicineInput, ScreeningInput,
    };

    /// Each kind's input, every field the form asks given, comes back from
    /// the draft as it went in; a value the form shares between two kinds
    /// stays when the kind changes.
    #[test]
    fn every_kind_reads_back_from_the_draft() {
        let s = String::from;
        let inputs = [
            RecordInput::Vaccination {
                vaccine: s("hib"),
                dose: s("2"),
                date: s("2026-03-01"),
                manufacturer: s("KM"),
                lot: s("L1"),
                facility: s("みなと小児科"),
                funding: s("public"),
            },
            RecordInput::Measurement {
                date: s("2026-03-02"),
                weight_kg: s("6.1"),
                height_cm: s("61"),
                head_cm: s("40"),
                chest_cm: s("41"),
            },
            RecordInput::Milestone {
                date: s("2026-03-03"),
                what: s("寝返り"),
                note: s("右へ"),
            },
            RecordInput::Note {
                date: s("2026-03-04"),
                text: s("よく笑う"),
            },
            RecordInput::Allergy {
                date: s("2026-03-05"),
                substance: s("卵"),
                reaction: s("じんましん"),
            },
            RecordInput::Illness {
                date: s("2026-03-06"),
                name: s("突発性発疹"),
                note: s("3日で解熱"),
            },
            RecordInput::Birth(BirthInput {
                date: s(""),
                time: s("10:30"),
                gestation_weeks: s("39"),
                gestation_days: s("2"),
                delivery: s("vaginal"),
                weight_g: s("3100"),
                length_cm: s("49"),
                head_cm: s("33"),
                chest_cm: s("32"),
                apgar_1min: s("8"),
                apgar_5min: s("9"),
                complications: s("なし"),
                facility: s("みなと産院"),
            }),
            RecordInput::Checkup(CheckupInput {
                checkup: s("m3-4"),
                date: s("2026-03-07"),
                weight_kg: s("6.5"),
                height_cm: s("62"),
                head_cm: s("41"),
                chest_cm: s("42"),
                findings: s("異常なし"),
                facility: s("保健センター"),
                answers: vec![
                    AnswerInput {
                        item: s("a"),
                        answer: s("no"),
                    },
                    AnswerInput {
                        item: s("b"),
                        answer: s("2026-02-20"),
                    },
                    AnswerInput {
                        item: s("c"),
                        answer: s("yes"),
                    },
                ],
            }),
            RecordInput::Dental(DentalInput {
                date: s("2026-03-08"),
                teeth: s("8"),
                caries: s("0"),
                fluoride: s("yes"),
                note: s("歯みがき上手"),
            }),
            RecordInput::Screening(ScreeningInput {
                date: s("2026-03-09"),
                test: s("vision"),
                result: s("pass"),
                note: s("再検査なし"),
            }),
            RecordInput::Medicine(MedicineInput {
                date: s("2026-03-10"),
                end: s("2026-03-14"),
                name: s("アモキシシリン"),
                instructions: s("1日3回"),
            }),
        ];
        every_kind_reads_back::<Draft>(&inputs, RecordKind::ALL.len(), RecordInput::kind);
        let draft = Draft::from_input(&RecordInput::Note {
            date: s("2026-03-04"),
            text: s("よく笑う"),
        });
        let RecordInput::Dental(dental) = sent(&draft, RecordKind::Dental) else {
            panic!("a dental checkup");
        };
        assert_eq!((dental.date, dental.note), (s("2026-03-04"), s("よく笑う")));
    }
}
