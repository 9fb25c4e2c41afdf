// tidy: over budget because four record kinds, their inputs, validation and the undo rule (247 lines of tests); #11 turns it into the generic record book.
//! Handbook records about a child: vaccinations, growth measurements,
//! milestones ("できた日") and free notes.
//!
//! Each kind has an *input* (strings, as a form or the CLI sends them) and a
//! validated value. Only `validate` builds a [`RecordData`], so the store
//! never receives an implausible weight or a date before birth.

use crate::book::{Book, History, Stored};
use crate::check::{date_input as date, optional_input as given, Check};
use crate::child_records::checklists::{checklists, Checklists};
pub use crate::child_records::{
    Answer, Birth, BirthInput, Checkup, CheckupInput, ChildCheckup, Delivery, Dental, DentalInput,
    GrowthValues, Medicine, MedicineInput, Screening, ScreeningInput, ScreeningResult,
    ScreeningTest,
};
use crate::model::RecordId;
use crate::validate::{ErrorCode, Field, FieldError};
use crate::{Date, ValidationErrors};
use serde::{Deserialize, Serialize};

pub use crate::book::{can_restore, UNDO_DAYS};
pub use crate::child_records::limits;
pub use crate::validate::{MAX_SHORT_CHARS, MAX_TEXT_CHARS};

crate::by_name::choices! {
    /// Who paid for a vaccination.
    pub enum Funding: serde {
        /// 定期接種 (publicly funded, routine).
        Public = "public",
        /// 任意接種 / 自費.
        SelfPaid = "self-paid",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Vaccination {
    /// Vaccine id as in `assets/schedules` (e.g. `hib`, `pcv`, `mr`).
    pub vaccine: String,
    pub dose: u8,
    pub date: Date,
    pub manufacturer: Option<String>,
    pub lot: Option<String>,
    pub facility: Option<String>,
    pub funding: Option<Funding>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measurement {
    pub date: Date,
    pub weight_kg: Option<f64>,
    pub height_cm: Option<f64>,
    pub head_cm: Option<f64>,
    pub chest_cm: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    pub date: Date,
    pub what: String,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub date: Date,
    pub text: String,
}

/// An allergy (食物アレルギーなど), known since a date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Allergy {
    pub date: Date,
    pub substance: String,
    pub reaction: Option<String>,
}

/// An illness (かかった病気), e.g. 突発性発しん, with an optional note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Illness {
    pub date: Date,
    pub name: String,
    pub note: Option<String>,
}

crate::book::book_kinds! {
    /// A validated record of any kind.
    pub enum RecordData;
    /// Record kinds, as stored and as named on the command line.
    pub enum RecordKind;
    inputs RecordInput;
    Vaccination(Vaccination) = "vaccination",
    Measurement(Measurement) = "measurement",
    Milestone(Milestone) = "milestone",
    Note(Note) = "note",
    Allergy(Allergy) = "allergy",
    Illness(Illness) = "illness",
    Birth(Birth) = "birth",
    Checkup(Checkup) = "checkup",
    Dental(Dental) = "dental",
    Screening(Screening) = "screening",
    Medicine(Medicine) = "medicine",
}

/// The kinds the child's screen reads in full, whatever page of records
/// it shows: the latest values and the growth chart (measurements,
/// checkups, the birth) and the clinic summary (allergies, vaccinations,
/// illnesses). The rest (notes, milestones, …) is only listed, a page at a
/// time.
pub const SUMMARY_KINDS: [RecordKind; 6] = [
    RecordKind::Measurement,
    RecordKind::Checkup,
    RecordKind::Birth,
    RecordKind::Allergy,
    RecordKind::Vaccination,
    RecordKind::Illness,
];

impl RecordKind {
    /// Whether a child has at most one live record of this kind (the birth).
    pub fn once_per_child(self) -> bool {
        self == RecordKind::Birth
    }
}

impl RecordData {
    /// The strings that validate back to this record (to fill an edit form,
    /// or to check stored data again): for every record,
    /// `data.to_input().validate(birth, today) == Ok(data)` when the record
    /// was valid for that child.
    pub fn to_input(&self) -> RecordInput {
        match self {
            RecordData::Vaccination(v) => RecordInput::Vaccination {
                vaccine: v.vaccine.clone(),
                dose: v.dose.to_string(),
                date: date(&v.date),
                manufacturer: given(&v.manufacturer),
                lot: given(&v.lot),
                facility: given(&v.facility),
                funding: given(&v.funding.map(Funding::as_str)),
            },
            RecordData::Measurement(m) => RecordInput::Measurement {
                date: date(&m.date),
                weight_kg: given(&m.weight_kg),
                height_cm: given(&m.height_cm),
                head_cm: given(&m.head_cm),
                chest_cm: given(&m.chest_cm),
            },
            RecordData::Milestone(m) => RecordInput::Milestone {
                date: date(&m.date),
                what: m.what.clone(),
                note: given(&m.note),
            },
            RecordData::Note(n) => RecordInput::Note {
                date: date(&n.date),
                text: n.text.clone(),
            },
            RecordData::Allergy(a) => RecordInput::Allergy {
                date: date(&a.date),
                substance: a.substance.clone(),
                reaction: given(&a.reaction),
            },
            RecordData::Illness(i) => RecordInput::Illness {
                date: date(&i.date),
                name: i.name.clone(),
                note: given(&i.note),
            },
            RecordData::Birth(b) => RecordInput::Birth(BirthInput {
                date: date(&b.date),
                time: given(&b.time),
                gestation_weeks: given(&b.gestation.map(|g| g.weeks)),
                gestation_days: given(&b.gestation.map(|g| g.days)),
                delivery: b.delivery.map(|d| d.as_str()).unwrap_or_default().into(),
                weight_g: given(&b.weight_g),
                length_cm: given(&b.length_cm),
                head_cm: given(&b.head_cm),
                chest_cm: given(&b.chest_cm),
                apgar_1min: given(&b.apgar_1min),
                apgar_5min: given(&b.apgar_5min),
                complications: given(&b.complications),
                facility: given(&b.facility),
            }),
            RecordData::Checkup(c) => RecordInput::Checkup(CheckupInput {
                checkup: c.checkup.as_str().into(),
                date: date(&c.date),
                weight_kg: given(&c.weight_kg),
                height_cm: given(&c.height_cm),
                head_cm: given(&c.head_cm),
                chest_cm: given(&c.chest_cm),
                findings: given(&c.findings),
                facility: given(&c.facility),
                answers: c
                    .answers
                    .iter()
                    .map(|(item, &answer)| crate::child_records::AnswerInput {
                        item: item.clone(),
                        answer: answer.into(),
                    })
                    .collect(),
            }),
            RecordData::Dental(d) => RecordInput::Dental(DentalInput {
                date: date(&d.date),
                teeth: d.teeth.to_string(),
                caries: given(&d.caries),
                fluoride: match d.fluoride {
                    None => String::new(),
                    Some(true) => "yes".into(),
                    Some(false) => "no".into(),
                },
                note: given(&d.note),
            }),
            RecordData::Screening(s) => RecordInput::Screening(ScreeningInput {
                date: date(&s.date),
                test: s.test.as_str().into(),
                result: s.result.as_str().into(),
                note: given(&s.note),
            }),
            RecordData::Medicine(m) => RecordInput::Medicine(MedicineInput {
                date: date(&m.date),
                end: m.end.as_ref().map(date).unwrap_or_default(),
                name: m.name.clone(),
                instructions: given(&m.instructions),
            }),
        }
    }
}

/// A stored record of a child.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub id: RecordId,
    pub child_id: RecordId,
    #[serde(flatten)]
    pub data: RecordData,
    /// When the record was soft-deleted (UTC, RFC 3339), if it was.
    pub deleted_at: Option<String>,
    /// Synced from the portal: read-only, shown with its provenance.
    /// Written only when true, so a parent's own records read as before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub official: bool,
}

impl GrowthValues for RecordData {
    fn growth_values(&self) -> Option<(Date, [Option<f64>; 4])> {
        match self {
            RecordData::Measurement(m) => {
                Some((m.date, [m.weight_kg, m.height_cm, m.head_cm, m.chest_cm]))
            }
            RecordData::Checkup(c) => {
                Some((c.date, [c.weight_kg, c.height_cm, c.head_cm, c.chest_cm]))
            }
            RecordData::Birth(b) => Some((
                b.date,
                [
                    b.weight_g.map(|g| f64::from(g) / 1000.0),
                    b.length_cm,
                    b.head_cm,
                    b.chest_cm,
                ],
            )),
            _ => None,
        }
    }
}

/// An earlier version of a child's record, kept on every edit and deletion.
pub type HistoryEntry = History<ChildBook>;

/// A child's record book.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChildBook;

impl Book for ChildBook {
    const OWNER: &'static str = "child";
    type Data = RecordData;
    type Input = RecordInput;
    type Kind = RecordKind;
    /// The child's birth date.
    type Owner = Date;
    type Record = Record;

    fn kind(data: &RecordData) -> RecordKind {
        data.kind()
    }
    fn kind_id(kind: RecordKind) -> &'static str {
        kind.as_str()
    }
    fn date(data: &RecordData) -> Date {
        data.date()
    }
    fn validate(
        input: &RecordInput,
        birth: &Date,
        today: Date,
    ) -> Result<RecordData, ValidationErrors> {
        input.validate(*birth, today)
    }
    fn to_input(data: &RecordData) -> RecordInput {
        data.to_input()
    }
    fn once_per_owner(kind: RecordKind) -> bool {
        kind.once_per_child()
    }
}

impl From<Record> for Stored<ChildBook> {
    fn from(r: Record) -> Self {
        Stored {
            id: r.id,
            owner_id: r.child_id,
            data: r.data,
            deleted_at: r.deleted_at,
            official: r.official,
        }
    }
}

impl From<Stored<ChildBook>> for Record {
    fn from(s: Stored<ChildBook>) -> Record {
        Record {
            id: s.id,
            child_id: s.owner_id,
            data: s.data,
            deleted_at: s.deleted_at,
            official: s.official,
        }
    }
}

/// What a form or the CLI sends for a record, unchecked. Empty strings mean
/// "not given".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum RecordInput {
    Vaccination {
        vaccine: String,
        dose: String,
        date: String,
        #[serde(default)]
        manufacturer: String,
        #[serde(default)]
        lot: String,
        #[serde(default)]
        facility: String,
        /// `public`, `self-paid` or empty.
        #[serde(default)]
        funding: String,
    },
    Measurement {
        date: String,
        #[serde(default)]
        weight_kg: String,
        #[serde(default)]
        height_cm: String,
        #[serde(default)]
        head_cm: String,
        #[serde(default)]
        chest_cm: String,
    },
    Milestone {
        date: String,
        what: String,
        #[serde(default)]
        note: String,
    },
    Note {
        date: String,
        text: String,
    },
    Allergy {
        date: String,
        substance: String,
        #[serde(default)]
        reaction: String,
    },
    Illness {
        date: String,
        name: String,
        #[serde(default)]
        note: String,
    },
    Birth(BirthInput),
    Checkup(CheckupInput),
    Dental(DentalInput),
    Screening(ScreeningInput),
    Medicine(MedicineInput),
}

impl Check {
    /// A date on or after birth and not after today.
    pub(crate) fn date(&mut self, s: &str, birth: Date, today: Date) -> Option<Date> {
        self.date_in(s, birth, ErrorCode::DateBeforeBirth, today)
    }
}

/// A vaccine id: lowercase letters, digits and hyphens.
pub(crate) fn vaccine_id(s: &str) -> Result<String, ErrorCode> {
    let s = s.trim();
    if s.is_empty() {
        return Err(ErrorCode::Required);
    }
    if s.len() > 40
        || !s
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(ErrorCode::UnknownChoice);
    }
    Ok(s.to_owned())
}

impl RecordInput {
    /// Validates against the child's birth date and today, a checkup's
    /// answers against the built-in checklists. Every problem is reported on
    /// its field; nothing is returned half-checked.
    pub fn validate(&self, birth: Date, today: Date) -> Result<RecordData, ValidationErrors> {
        self.validate_checked(birth, today, checklists().ok())
    }

    /// [`RecordInput::validate`] with a checkup's answers checked against
    /// `lists`, the checklists of the rules in use
    /// ([`crate::rules_bundle::RuleBundle::checklists`]).
    pub fn validate_with(
        &self,
        birth: Date,
        today: Date,
        lists: &Checklists,
    ) -> Result<RecordData, ValidationErrors> {
        self.validate_checked(birth, today, Some(lists))
    }

    fn validate_checked(
        &self,
        birth: Date,
        today: Date,
        lists: Option<&Checklists>,
    ) -> Result<RecordData, ValidationErrors> {
        let mut c = Check::default();
        let data = match self {
            RecordInput::Vaccination {
                vaccine,
                dose,
                date,
                manufacturer,
                lot,
                facility,
                funding,
            } => {
                let vaccine = c.run(Field::Vaccine, vaccine_id(vaccine));
                let dose = c.integer(Field::Dose, dose, limits::DOSE);
                let dose = c.required(Field::Dose, dose).map(|d| d as u8);
                let date = c.date(date, birth, today);
                let manufacturer =
                    c.text(Field::Manufacturer, manufacturer, false, MAX_SHORT_CHARS);
                let lot = c.text(Field::Lot, lot, false, MAX_SHORT_CHARS);
                let facility = c.text(Field::Facility, facility, false, MAX_SHORT_CHARS);
                let funding = c.one_of(Field::Funding, funding, Funding::parse);
                (|| {
                    Some(RecordData::Vaccination(Vaccination {
                        vaccine: vaccine?,
                        dose: dose?,
                        date: date?,
                        manufacturer: manufacturer?,
                        lot: lot?,
                        facility: facility?,
                        funding: funding?,
                    }))
                })()
            }
            RecordInput::Measurement {
                date,
                weight_kg,
                height_cm,
                head_cm,
                chest_cm,
            } => {
                let date = c.date(date, birth, today);
                let weight_kg = c.number(Field::Weight, weight_kg, limits::WEIGHT_KG);
                let height_cm = c.number(Field::Height, height_cm, limits::HEIGHT_CM);
                let head_cm = c.number(Field::HeadCircumference, head_cm, limits::HEAD_CM);
                let chest_cm = c.number(Field::ChestCircumference, chest_cm, limits::CHEST_CM);
                let m = (|| {
                    Some(Measurement {
                        date: date?,
                        weight_kg: weight_kg?,
                        height_cm: height_cm?,
                        head_cm: head_cm?,
                        chest_cm: chest_cm?,
                    })
                })();
                if let Some(m) = &m {
                    if [m.weight_kg, m.height_cm, m.head_cm, m.chest_cm]
                        .iter()
                        .all(Option::is_none)
                    {
                        c.errors.push(FieldError {
                            field: Field::Measurements,
                            code: ErrorCode::NoMeasurement,
                        });
                    }
                }
                m.map(RecordData::Measurement)
            }
            RecordInput::Milestone { date, what, note } => {
                let date = c.date(date, birth, today);
                let what = c.text(Field::What, what, true, MAX_SHORT_CHARS);
                let note = c.text(Field::Text, note, false, MAX_TEXT_CHARS);
                (|| {
                    Some(RecordData::Milestone(Milestone {
                        date: date?,
                        what: what??,
                        note: note?,
                    }))
                })()
            }
            RecordInput::Note { date, text } => {
                let date = c.date(date, birth, today);
                let text = c.text(Field::Text, text, true, MAX_TEXT_CHARS);
                (|| {
                    Some(RecordData::Note(Note {
                        date: date?,
                        text: text??,
                    }))
                })()
            }
            RecordInput::Allergy {
                date,
                substance,
                reaction,
            } => {
                let date = c.date(date, birth, today);
                let substance = c.text(Field::What, substance, true, MAX_SHORT_CHARS);
                let reaction = c.text(Field::Text, reaction, false, MAX_TEXT_CHARS);
                (|| {
                    Some(RecordData::Allergy(Allergy {
                        date: date?,
                        substance: substance??,
                        reaction: reaction?,
                    }))
                })()
            }
            RecordInput::Illness { date, name, note } => {
                let date = c.date(date, birth, today);
                let name = c.text(Field::What, name, true, MAX_SHORT_CHARS);
                let note = c.text(Field::Text, note, false, MAX_TEXT_CHARS);
                (|| {
                    Some(RecordData::Illness(Illness {
                        date: date?,
                        name: name??,
                        note: note?,
                    }))
                })()
            }
            // See `child_records`.
            RecordInput::Birth(input) => input.validate(&mut c, birth).map(RecordData::Birth),
            RecordInput::Checkup(input) => input
                .validate(&mut c, birth, today, lists)
                .map(RecordData::Checkup),
            RecordInput::Dental(input) => {
                input.validate(&mut c, birth, today).map(RecordData::Dental)
            }
            RecordInput::Screening(input) => input
                .validate(&mut c, birth, today)
                .map(RecordData::Screening),
            RecordInput::Medicine(input) => input
                .validate(&mut c, birth, today)
                .map(RecordData::Medicine),
        };
        c.finish(data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{check, d, BIRTH};

    fn measurement(date: &str, w: &str, h: &str, head: &str) -> RecordInput {
        RecordInput::Measurement {
            date: date.into(),
            weight_kg: w.into(),
            height_cm: h.into(),
            head_cm: head.into(),
            chest_cm: String::new(),
        }
    }

    #[test]
    fn a_checkup_measurement() {
        let m = check(measurement("2025-03-28", "4,21", "５４.５", "")).unwrap();
        assert_eq!(
            m,
            RecordData::Measurement(Measurement {
                date: d("2025-03-28"),
                weight_kg: Some(4.21),
                height_cm: Some(54.5),
                head_cm: None,
                chest_cm: None,
            })
        );
    }

    #[test]
    fn unit_mistakes_and_impossible_dates_are_caught() {
        // 4210 typed in the kilogram field, a head of 370 (millimetres).
        let e = check(measurement("2025-03-28", "4210", "54", "370")).unwrap_err();
        assert_eq!(e.for_field(Field::Weight), Some(ErrorCode::OutOfRange));
        assert_eq!(
            e.for_field(Field::HeadCircumference),
            Some(ErrorCode::OutOfRange)
        );
        assert_eq!(e.for_field(Field::Height), None);
        let e = check(measurement("2025-02-27", "3", "", "")).unwrap_err();
        assert_eq!(e.for_field(Field::Date), Some(ErrorCode::DateBeforeBirth));
        let e = check(measurement("2026-11-26", "3", "", "")).unwrap_err();
        assert_eq!(e.for_field(Field::Date), Some(ErrorCode::DateInFuture));
        let e = check(measurement("2026-01-01", "", " ", "")).unwrap_err();
        assert_eq!(
            e.for_field(Field::Measurements),
            Some(ErrorCode::NoMeasurement)
        );
        let e = check(measurement("2026-01-01", "3kg", "", "")).unwrap_err();
        assert_eq!(e.for_field(Field::Weight), Some(ErrorCode::MalformedNumber));
    }

    #[test]
    fn vaccinations() {
        let ok = check(RecordInput::Vaccination {
            vaccine: "hib".into(),
            dose: "2".into(),
            date: "2025-06-01".into(),
            manufacturer: "".into(),
            lot: "AB12".into(),
            facility: "".into(),
            funding: "public".into(),
        })
        .unwrap();
        let RecordData::Vaccination(v) = ok else {
            panic!()
        };
        assert_eq!(
            (v.dose, v.lot.as_deref(), v.funding),
            (2, Some("AB12"), Some(Funding::Public))
        );
        let e = check(RecordInput::Vaccination {
            vaccine: "".into(),
            dose: "1.5".into(),
            date: "2025-06-01".into(),
            manufacturer: "".into(),
            lot: "".into(),
            facility: "".into(),
            funding: "free".into(),
        })
        .unwrap_err();
        assert_eq!(e.for_field(Field::Vaccine), Some(ErrorCode::Required));
        assert_eq!(e.for_field(Field::Dose), Some(ErrorCode::MalformedNumber));
        assert_eq!(e.for_field(Field::Funding), Some(ErrorCode::UnknownChoice));
    }

    #[test]
    fn notes_and_milestones_need_their_text() {
        let e = check(RecordInput::Milestone {
            date: "2025-08-01".into(),
            what: " ".into(),
            note: "".into(),
        })
        .unwrap_err();
        assert_eq!(e.for_field(Field::What), Some(ErrorCode::Required));
        let n = check(RecordInput::Note {
            date: "2025-08-01".into(),
            text: "はじめて笑った".into(),
        })
        .unwrap();
        assert_eq!(n.kind(), RecordKind::Note);
        assert_eq!(n.date(), d("2025-08-01"));
    }

    #[test]
    fn allergies_and_illnesses() {
        let a = check(RecordInput::Allergy {
            date: "2025-09-01".into(),
            substance: "卵".into(),
            reaction: "じんましん".into(),
        })
        .unwrap();
        assert_eq!(a.kind(), RecordKind::Allergy);
        let e = check(RecordInput::Illness {
            date: "2024-01-01".into(),
            name: "".into(),
            note: "".into(),
        })
        .unwrap_err();
        assert_eq!(e.for_field(Field::What), Some(ErrorCode::Required));
        assert_eq!(e.for_field(Field::Date), Some(ErrorCode::DateBeforeBirth));
        for kind in RecordKind::ALL {
            assert_eq!(RecordKind::parse(kind.as_str()), Some(kind));
        }
    }

    #[test]
    fn inputs_and_records_travel_as_json() {
        let input: RecordInput =
            serde_json::from_str(r#"{"kind":"measurement","date":"2025-05-01","weight_kg":"6.1"}"#)
                .unwrap();
        let data = check(input).unwrap();
        let json = serde_json::to_string(&data).unwrap();
        assert_eq!(
            json,
            r#"{"kind":"measurement","date":"2025-05-01","weight_kg":6.1,"height_cm":null,"head_cm":null,"chest_cm":null}"#
        );
        assert_eq!(serde_json::from_str::<RecordData>(&json).unwrap(), data);
    }

    #[test]
    fn every_kind_reads_back_as_the_same_input() {
        let birth_input = RecordInput::Birth(BirthInput {
            time: "９：05".into(),
            gestation_weeks: "38".into(),
            gestation_days: "".into(),
            delivery: "cesarean".into(),
            weight_g: "3120".into(),
            length_cm: "49.5".into(),
            head_cm: "33".into(),
            apgar_1min: "8".into(),
            apgar_5min: "9".into(),
            facility: "さくら産院".into(),
            ..BirthInput::default()
        });
        let inputs = vec![
            RecordInput::Vaccination {
                vaccine: "hib".into(),
                dose: "2".into(),
                date: "2025-06-01".into(),
                manufacturer: "KM".into(),
                lot: "AB12".into(),
                facility: "".into(),
                funding: "self-paid".into(),
            },
            measurement("2025-03-28", "4,21", "５４.５", "37.1"),
            measurement("2025-04-28", "0.3", "", ""),
            RecordInput::Milestone {
                date: "2025-08-01".into(),
                what: "寝返り".into(),
                note: "右へ".into(),
            },
            RecordInput::Note {
                date: "2025-08-02".into(),
                text: " はじめて笑った ".into(),
            },
            RecordInput::Allergy {
                date: "2025-09-01".into(),
                substance: "卵".into(),
                reaction: "".into(),
            },
            RecordInput::Illness {
                date: "2025-10-01".into(),
                name: "突発性発しん".into(),
                note: "高熱3日".into(),
            },
            birth_input,
            RecordInput::Checkup(CheckupInput {
                checkup: "m3-4".into(),
                date: "2025-06-10".into(),
                weight_kg: "6.4".into(),
                height_cm: "61.2".into(),
                findings: "異常なし".into(),
                answers: vec![crate::child_records::AnswerInput {
                    item: "m3-4-head-steady".into(),
                    answer: "2025-06-01".into(),
                }],
                ..CheckupInput::default()
            }),
            RecordInput::Dental(DentalInput {
                date: "2026-09-01".into(),
                teeth: "16".into(),
                caries: "0".into(),
                fluoride: "yes".into(),
                note: "".into(),
            }),
            RecordInput::Screening(ScreeningInput {
                date: "2025-03-01".into(),
                test: "newborn-hearing".into(),
                result: "pass".into(),
                note: "".into(),
            }),
            RecordInput::Medicine(MedicineInput {
                date: "2026-11-20".into(),
                end: "2026-11-27".into(),
                name: "アモキシシリン".into(),
                instructions: "1日3回".into(),
            }),
        ];
        let mut kinds = std::collections::HashSet::new();
        for input in inputs {
            let data = check(input.clone()).unwrap_or_else(|e| panic!("{input:?}: {e:?}"));
            kinds.insert(data.kind());
            assert_eq!(check(data.to_input()), Ok(data.clone()), "{input:?}");
            // And against a far-future today, as an import checks.
            assert_eq!(data.to_input().validate(d(BIRTH), Date::MAX), Ok(data));
        }
        assert_eq!(kinds.len(), RecordKind::ALL.len());
    }

    #[test]
    fn undo_window_is_thirty_days() {
        let t = |s: &str| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        assert!(can_restore(t("2026-11-01 10:00"), t("2026-12-01 10:00")));
        assert!(!can_restore(t("2026-11-01 10:00"), t("2026-12-01 10:01")));
        assert!(!can_restore(t("2026-11-01 10:00"), t("2026-10-31 10:00")));
    }
}
