// tidy: over budget because six record kinds with their inputs, checks and ranges (381 lines of tests); #11 moves the shared `Check` and limits into `validate` and splits by kind.
//! Records of a pregnancy (妊娠中の記録) and of the mother after the birth
//! (産後の記録), kept with the pregnancy that ended in the birth: the
//! pregnancy notification, prenatal visits (妊婦健診), the dental checkup,
//! parent classes, notes about work and daily life, postnatal checkups.
//!
//! As in [`crate::records`], each kind has an *input* (strings, as a form or
//! the CLI sends them) and a validated value; only `validate` builds a
//! [`PregnancyRecordData`]. The gestational age of a visit is never stored:
//! it is computed from the visit's date and the pregnancy's expected date.

use crate::book::{Book, History, Stored};
use crate::check::{date_input as date, optional_input as given, Check};
use crate::model::RecordId;
use crate::pregnancy::{gestational_age_on, TERM_DAYS};
use crate::validate::{ErrorCode, Field, MAX_SHORT_CHARS, MAX_TEXT_CHARS};
use crate::{Date, GestationalAge, ValidationErrors};
use serde::{Deserialize, Serialize};

/// Plausible ranges (inclusive) of the mother's and the baby's values at a
/// checkup: wide enough for every real pregnancy, narrow enough to catch a
/// unit mistake or a swapped field.
pub mod limits {
    pub const WEIGHT_KG: (f64, f64) = (30.0, 200.0);
    /// Blood pressure, upper (systolic), mmHg.
    pub const SYSTOLIC: (f64, f64) = (60.0, 250.0);
    /// Blood pressure, lower (diastolic), mmHg.
    pub const DIASTOLIC: (f64, f64) = (30.0, 150.0);
    /// Fundal height (子宮底長), cm.
    pub const FUNDAL_HEIGHT_CM: (f64, f64) = (5.0, 50.0);
    /// Abdominal girth (腹囲), cm.
    pub const ABDOMINAL_GIRTH_CM: (f64, f64) = (50.0, 150.0);
    /// Fetal heart rate, beats per minute.
    pub const FETAL_HEART_BPM: (f64, f64) = (60.0, 220.0);
    /// Total score of the Edinburgh Postnatal Depression Scale (10 items,
    /// 0–3 points each).
    pub const EPDS: (f64, f64) = (0.0, 30.0);
}

/// How many days before the pregnancy's first day (expected date − 280
/// days) a record may still be dated: the expected date is often corrected
/// after the first ultrasound, which moves the first day by a few weeks.
pub const DATE_SLACK_DAYS: i64 = 28;

/// 42 weeks 0 days: a pregnancy is post-term (過期妊娠) from here and in
/// practice the baby has been born; past it the app shows the days since the
/// expected date instead of a gestational age.
pub const POST_TERM_DAYS: i64 = 294;

/// EPDS total from which a gentle follow-up is suggested (9 points or more).
///
/// Source: the Japanese version of the EPDS was validated with a cut-off of
/// 8/9 (Okano T. et al., 1996, 精神科診断学 7:525–533), and Japan's postnatal
/// checkup programme (産婦健康診査事業, こども家庭庁; 日本産婦人科医会
/// 「妊産婦メンタルヘルスケアマニュアル」, 2017/2021) uses "9 points or more" as
/// the point to offer support. It is a screening threshold, not a diagnosis;
/// the app only suggests talking to someone.
pub const EPDS_FOLLOW_UP_THRESHOLD: u8 = 9;

/// Whether an EPDS total suggests offering the gentle follow-up hint.
pub fn epds_suggests_follow_up(total: u8) -> bool {
    total >= EPDS_FOLLOW_UP_THRESHOLD
}

/// The first day a record of a pregnancy expected on `expected` may have.
pub fn earliest_record_date(expected: Date) -> Date {
    expected - chrono::Duration::days(TERM_DAYS + DATE_SLACK_DAYS)
}

crate::by_name::choices! {
    /// How the expected date was set.
    pub enum ExpectedDateMethod: serde {
        /// From the first day of the last menstrual period (最終月経).
        LastPeriod = "last-period",
        /// From the baby's size on an ultrasound (超音波検査).
        Ultrasound = "ultrasound",
        Other = "other",
    }
}

crate::by_name::choices! {
    /// A dipstick result (尿たんぱく, 尿糖): − ± + ++ +++.
    pub enum UrineTest: serde {
        Negative = "negative",
        Trace = "trace",
        Plus1 = "plus1",
        Plus2 = "plus2",
        Plus3 = "plus3",
    }
}

crate::by_name::choices! {
    /// Swelling (浮腫) as the handbook notes it: − + ++.
    pub enum Edema: serde {
        Negative = "negative",
        Plus1 = "plus1",
        Plus2 = "plus2",
    }
}

crate::by_name::choices! {
    /// The baby's heartbeat at a visit (胎児心拍).
    pub enum FetalHeart: serde {
        Present = "present",
        Absent = "absent",
        NotChecked = "not-checked",
    }
}

crate::by_name::choices! {
    /// Which postnatal checkup (産後健診).
    pub enum PostnatalTiming: serde {
        /// 産後2週間健診.
        TwoWeeks = "two-weeks",
        /// 産後1か月健診.
        OneMonth = "one-month",
        Other = "other",
    }
}

impl UrineTest {
    /// How the handbook writes it.
    pub fn symbol(self) -> &'static str {
        match self {
            UrineTest::Negative => "−",
            UrineTest::Trace => "±",
            UrineTest::Plus1 => "+",
            UrineTest::Plus2 => "++",
            UrineTest::Plus3 => "+++",
        }
    }
}

impl Edema {
    /// How the handbook writes it.
    pub fn symbol(self) -> &'static str {
        match self {
            Edema::Negative => "−",
            Edema::Plus1 => "+",
            Edema::Plus2 => "++",
        }
    }
}

/// 妊娠届出: the day the pregnancy was notified to the municipality.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notification {
    pub date: Date,
    pub method: Option<ExpectedDateMethod>,
}

/// 妊婦健康診査: one prenatal visit. Every value is optional (not every
/// visit measures everything).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PrenatalVisit {
    pub date: Date,
    pub weight_kg: Option<f64>,
    /// Blood pressure, upper, mmHg; given together with `diastolic`.
    pub systolic: Option<u16>,
    /// Blood pressure, lower, mmHg; below `systolic`.
    pub diastolic: Option<u16>,
    pub urine_protein: Option<UrineTest>,
    pub urine_sugar: Option<UrineTest>,
    pub edema: Option<Edema>,
    pub fundal_height_cm: Option<f64>,
    pub abdominal_girth_cm: Option<f64>,
    pub fetal_heart: Option<FetalHeart>,
    /// Only with `fetal_heart` = present.
    pub fetal_heart_bpm: Option<u16>,
    pub notes: Option<String>,
    pub facility: Option<String>,
}

/// 妊婦歯科健康診査.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DentalCheckup {
    pub date: Date,
    pub findings: Option<String>,
}

/// 両親学級・母親学級: a class attended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParentClass {
    pub date: Date,
    pub name: String,
}

/// 仕事や生活環境のメモ: a note about work and daily life.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EnvironmentNote {
    pub date: Date,
    pub text: String,
}

/// 産後健診: the mother's checkup after the birth.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PostnatalCheckup {
    pub timing: PostnatalTiming,
    pub date: Date,
    pub weight_kg: Option<f64>,
    pub systolic: Option<u16>,
    pub diastolic: Option<u16>,
    /// EPDS total score, 0–30.
    pub epds: Option<u8>,
    pub notes: Option<String>,
}

impl PostnatalCheckup {
    /// Whether to show the gentle follow-up hint (EPDS ≥
    /// [`EPDS_FOLLOW_UP_THRESHOLD`]).
    pub fn suggests_follow_up(&self) -> bool {
        self.epds.is_some_and(epds_suggests_follow_up)
    }
}

/// 妊婦の予防接種: a vaccine given during the pregnancy (the
/// RSウイルス母子免疫ワクチン, `rsv-maternal`), recorded on the pregnancy.
/// Doses of the same vaccine count in date order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MaternalVaccination {
    /// Vaccine id as in `assets/schedules` (`"subject": "pregnancy"`).
    pub vaccine: String,
    pub date: Date,
    pub lot: Option<String>,
    pub facility: Option<String>,
}

crate::book::book_kinds! {
    /// A validated record of a pregnancy, of any kind.
    pub enum PregnancyRecordData;
    /// Pregnancy record kinds, as stored and as named on the command line.
    pub enum PregnancyRecordKind;
    inputs PregnancyRecordInput;
    PrenatalVisit(PrenatalVisit) = "prenatal-visit",
    Notification(Notification) = "notification",
    Dental(DentalCheckup) = "dental",
    Class(ParentClass) = "class",
    Environment(EnvironmentNote) = "environment",
    Vaccination(MaternalVaccination) = "vaccination",
    PostnatalCheckup(PostnatalCheckup) = "postnatal-checkup",
}

impl PregnancyRecordKind {
    /// About the mother after the birth (no gestational age to show).
    pub fn is_postnatal(self) -> bool {
        self == PregnancyRecordKind::PostnatalCheckup
    }
}

impl PregnancyRecordData {
    /// The strings that validate back to this record (see the `From` impl):
    /// `data.to_input().validate(expected, today) == Ok(data)`.
    pub fn to_input(&self) -> PregnancyRecordInput {
        PregnancyRecordInput::from(self)
    }

    /// The gestational age on the record's date, for a pregnancy expected on
    /// `expected`; `None` for records after the birth and for dates before
    /// the pregnancy's first day.
    pub fn gestational_age(&self, expected: Date) -> Option<GestationalAge> {
        if self.kind().is_postnatal() {
            return None;
        }
        gestational_age_on(expected, self.date())
    }

    /// Whether to show the gentle EPDS follow-up hint with this record.
    pub fn suggests_follow_up(&self) -> bool {
        matches!(self, PregnancyRecordData::PostnatalCheckup(p) if p.suggests_follow_up())
    }
}

/// A stored record of a pregnancy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PregnancyRecord {
    pub id: RecordId,
    pub pregnancy_id: RecordId,
    #[serde(flatten)]
    pub data: PregnancyRecordData,
    /// When the record was soft-deleted (UTC, RFC 3339), if it was.
    pub deleted_at: Option<String>,
}

/// An earlier version of a pregnancy record, kept on every edit, deletion
/// and restoration.
pub type PregnancyHistoryEntry = History<PregnancyBook>;

/// A pregnancy's record book (and the mother's after the birth).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PregnancyBook;

impl Book for PregnancyBook {
    const OWNER: &'static str = "pregnancy";
    type Data = PregnancyRecordData;
    type Input = PregnancyRecordInput;
    type Kind = PregnancyRecordKind;
    /// The pregnancy's expected date.
    type Owner = Date;
    type Record = PregnancyRecord;

    fn kind(data: &PregnancyRecordData) -> PregnancyRecordKind {
        data.kind()
    }
    fn kind_id(kind: PregnancyRecordKind) -> &'static str {
        kind.as_str()
    }
    fn date(data: &PregnancyRecordData) -> Date {
        data.date()
    }
    fn validate(
        input: &PregnancyRecordInput,
        expected: &Date,
        today: Date,
    ) -> Result<PregnancyRecordData, ValidationErrors> {
        input.validate(*expected, today)
    }
    fn to_input(data: &PregnancyRecordData) -> PregnancyRecordInput {
        data.to_input()
    }
}

impl From<PregnancyRecord> for Stored<PregnancyBook> {
    fn from(r: PregnancyRecord) -> Self {
        Stored {
            id: r.id,
            owner_id: r.pregnancy_id,
            data: r.data,
            deleted_at: r.deleted_at,
            official: false,
        }
    }
}

impl From<Stored<PregnancyBook>> for PregnancyRecord {
    fn from(s: Stored<PregnancyBook>) -> PregnancyRecord {
        PregnancyRecord {
            id: s.id,
            pregnancy_id: s.owner_id,
            data: s.data,
            deleted_at: s.deleted_at,
        }
    }
}

/// What a form or the CLI sends for a pregnancy record, unchecked. Empty
/// strings mean "not given". Choices are sent as their ids (the urine and
/// edema fields also take the handbook's symbols, e.g. `±`, `++`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum PregnancyRecordInput {
    Notification {
        date: String,
        /// `last-period`, `ultrasound`, `other` or empty.
        #[serde(default)]
        method: String,
    },
    PrenatalVisit {
        date: String,
        #[serde(default)]
        weight_kg: String,
        #[serde(default)]
        systolic: String,
        #[serde(default)]
        diastolic: String,
        #[serde(default)]
        urine_protein: String,
        #[serde(default)]
        urine_sugar: String,
        #[serde(default)]
        edema: String,
        #[serde(default)]
        fundal_height_cm: String,
        #[serde(default)]
        abdominal_girth_cm: String,
        /// `present`, `absent`, `not-checked` or empty.
        #[serde(default)]
        fetal_heart: String,
        #[serde(default)]
        fetal_heart_bpm: String,
        #[serde(default)]
        notes: String,
        #[serde(default)]
        facility: String,
    },
    Dental {
        date: String,
        #[serde(default)]
        findings: String,
    },
    Class {
        date: String,
        name: String,
    },
    Environment {
        date: String,
        text: String,
    },
    PostnatalCheckup {
        /// `two-weeks`, `one-month` or `other`.
        timing: String,
        date: String,
        #[serde(default)]
        weight_kg: String,
        #[serde(default)]
        systolic: String,
        #[serde(default)]
        diastolic: String,
        #[serde(default)]
        epds: String,
        #[serde(default)]
        notes: String,
    },
    Vaccination {
        /// A vaccine id, e.g. `rsv-maternal`.
        vaccine: String,
        date: String,
        #[serde(default)]
        lot: String,
        #[serde(default)]
        facility: String,
    },
}

impl Check {
    /// A date inside the pregnancy's window and not after today.
    fn pregnancy_date(&mut self, s: &str, expected: Date, today: Date) -> Option<Date> {
        self.date_in(
            s,
            earliest_record_date(expected),
            ErrorCode::DateBeforePregnancy,
            today,
        )
    }

    /// A date in the pregnancy's window (`(expected, today)`) and one text
    /// (a dental checkup's findings, a class's name, a note): both, or
    /// `None` with their errors noted.
    fn dated_text(
        &mut self,
        date: &str,
        (expected, today): (Date, Date),
        field: Field,
        text: &str,
        required: bool,
        max: usize,
    ) -> Option<(Date, Option<String>)> {
        let date = self.pregnancy_date(date, expected, today);
        let text = self.text(field, text, required, max);
        Some((date?, text?))
    }

    /// Upper and lower blood pressure: both or neither, upper above lower.
    fn blood_pressure(&mut self, systolic: &str, diastolic: &str) -> Option<BloodPressure> {
        let s = self.integer(Field::Systolic, systolic, limits::SYSTOLIC);
        let d = self.integer(Field::Diastolic, diastolic, limits::DIASTOLIC);
        match (s?, d?) {
            (Some(_), None) => {
                self.push(Field::Diastolic, ErrorCode::Required);
                None
            }
            (None, Some(_)) => {
                self.push(Field::Systolic, ErrorCode::Required);
                None
            }
            (Some(s), Some(d)) if s <= d => {
                self.push(Field::Diastolic, ErrorCode::BloodPressureOrder);
                None
            }
            (s, d) => Some((s, d)),
        }
    }
}

/// (systolic, diastolic).
type BloodPressure = (Option<u16>, Option<u16>);

/// The handbook's symbols as parents type them (full-width too).
fn symbols(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '＋' => '+',
            '－' | '−' | 'ー' | '–' | '―' => '-',
            other => other,
        })
        .collect()
}

fn urine_test(s: &str) -> Option<UrineTest> {
    UrineTest::parse(s).or(match symbols(s).as_str() {
        "-" => Some(UrineTest::Negative),
        "±" | "+-" | "+/-" => Some(UrineTest::Trace),
        "+" => Some(UrineTest::Plus1),
        "++" => Some(UrineTest::Plus2),
        "+++" => Some(UrineTest::Plus3),
        _ => None,
    })
}

fn edema(s: &str) -> Option<Edema> {
    Edema::parse(s).or(match symbols(s).as_str() {
        "-" => Some(Edema::Negative),
        "+" => Some(Edema::Plus1),
        "++" => Some(Edema::Plus2),
        _ => None,
    })
}

impl PregnancyRecordInput {
    /// Validates against the pregnancy's expected date and today. Every
    /// problem is reported on its field; nothing is returned half-checked.
    pub fn validate(
        &self,
        expected: Date,
        today: Date,
    ) -> Result<PregnancyRecordData, ValidationErrors> {
        let mut c = Check::default();
        let data = match self {
            PregnancyRecordInput::Notification { date, method } => {
                let date = c.pregnancy_date(date, expected, today);
                let method = c.one_of(Field::ExpectedDateMethod, method, ExpectedDateMethod::parse);
                (|| {
                    Some(PregnancyRecordData::Notification(Notification {
                        date: date?,
                        method: method?,
                    }))
                })()
            }
            PregnancyRecordInput::PrenatalVisit {
                date,
                weight_kg,
                systolic,
                diastolic,
                urine_protein,
                urine_sugar,
                edema: edema_input,
                fundal_height_cm,
                abdominal_girth_cm,
                fetal_heart,
                fetal_heart_bpm,
                notes,
                facility,
            } => {
                let date = c.pregnancy_date(date, expected, today);
                let weight_kg = c.number(Field::Weight, weight_kg, limits::WEIGHT_KG);
                let bp = c.blood_pressure(systolic, diastolic);
                let urine_protein = c.one_of(Field::UrineProtein, urine_protein, urine_test);
                let urine_sugar = c.one_of(Field::UrineSugar, urine_sugar, urine_test);
                let edema = c.one_of(Field::Edema, edema_input, edema);
                let fundal_height_cm = c.number(
                    Field::FundalHeight,
                    fundal_height_cm,
                    limits::FUNDAL_HEIGHT_CM,
                );
                let abdominal_girth_cm = c.number(
                    Field::AbdominalGirth,
                    abdominal_girth_cm,
                    limits::ABDOMINAL_GIRTH_CM,
                );
                let mut fetal_heart = c.one_of(Field::FetalHeart, fetal_heart, FetalHeart::parse);
                let fetal_heart_bpm = c.integer(
                    Field::FetalHeartRate,
                    fetal_heart_bpm,
                    limits::FETAL_HEART_BPM,
                );
                // A heart rate means a heartbeat was heard.
                if let (Some(heart), Some(Some(_))) = (&mut fetal_heart, fetal_heart_bpm) {
                    match heart {
                        None => *heart = Some(FetalHeart::Present),
                        Some(FetalHeart::Present) => {}
                        Some(FetalHeart::Absent | FetalHeart::NotChecked) => {
                            c.push(Field::FetalHeartRate, ErrorCode::HeartRateWithoutHeartbeat)
                        }
                    }
                }
                let notes = c.text(Field::Text, notes, false, MAX_TEXT_CHARS);
                let facility = c.text(Field::Facility, facility, false, MAX_SHORT_CHARS);
                (|| {
                    let (systolic, diastolic) = bp?;
                    Some(PregnancyRecordData::PrenatalVisit(PrenatalVisit {
                        date: date?,
                        weight_kg: weight_kg?,
                        systolic,
                        diastolic,
                        urine_protein: urine_protein?,
                        urine_sugar: urine_sugar?,
                        edema: edema?,
                        fundal_height_cm: fundal_height_cm?,
                        abdominal_girth_cm: abdominal_girth_cm?,
                        fetal_heart: fetal_heart?,
                        fetal_heart_bpm: fetal_heart_bpm?,
                        notes: notes?,
                        facility: facility?,
                    }))
                })()
            }
            PregnancyRecordInput::Vaccination {
                vaccine,
                date,
                lot,
                facility,
            } => {
                let vaccine = c.run(Field::Vaccine, crate::records::vaccine_id(vaccine));
                let date = c.pregnancy_date(date, expected, today);
                let lot = c.text(Field::Lot, lot, false, MAX_SHORT_CHARS);
                let facility = c.text(Field::Facility, facility, false, MAX_SHORT_CHARS);
                (|| {
                    Some(PregnancyRecordData::Vaccination(MaternalVaccination {
                        vaccine: vaccine?,
                        date: date?,
                        lot: lot?,
                        facility: facility?,
                    }))
                })()
            }
            PregnancyRecordInput::Dental { date, findings } => {
                let window = (expected, today);
                c.dated_text(
                    date,
                    window,
                    Field::Findings,
                    findings,
                    false,
                    MAX_TEXT_CHARS,
                )
                .map(|(date, findings)| {
                    PregnancyRecordData::Dental(DentalCheckup { date, findings })
                })
            }
            PregnancyRecordInput::Class { date, name } => {
                let window = (expected, today);
                c.dated_text(date, window, Field::ClassName, name, true, MAX_SHORT_CHARS)
                    .and_then(|(date, name)| {
                        Some(PregnancyRecordData::Class(ParentClass {
                            date,
                            name: name?,
                        }))
                    })
            }
            PregnancyRecordInput::Environment { date, text } => {
                let window = (expected, today);
                c.dated_text(date, window, Field::Text, text, true, MAX_TEXT_CHARS)
                    .and_then(|(date, text)| {
                        Some(PregnancyRecordData::Environment(EnvironmentNote {
                            date,
                            text: text?,
                        }))
                    })
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
                let timing = c.one_of(Field::CheckupTiming, timing, PostnatalTiming::parse);
                let timing = c.required(Field::CheckupTiming, timing);
                let date = c.pregnancy_date(date, expected, today);
                let weight_kg = c.number(Field::Weight, weight_kg, limits::WEIGHT_KG);
                let bp = c.blood_pressure(systolic, diastolic);
                let epds = c.integer(Field::Epds, epds, limits::EPDS);
                let notes = c.text(Field::Text, notes, false, MAX_TEXT_CHARS);
                (|| {
                    let (systolic, diastolic) = bp?;
                    Some(PregnancyRecordData::PostnatalCheckup(PostnatalCheckup {
                        timing: timing?,
                        date: date?,
                        weight_kg: weight_kg?,
                        systolic,
                        diastolic,
                        epds: epds?.map(|x| x as u8),
                        notes: notes?,
                    }))
                })()
            }
        };
        c.finish(data)
    }
}

impl From<&PregnancyRecordData> for PregnancyRecordInput {
    /// A stored record written back as the strings that validate to it
    /// (to fill an edit form or to keep the values an edit does not change).
    fn from(data: &PregnancyRecordData) -> Self {
        match data {
            PregnancyRecordData::Notification(n) => PregnancyRecordInput::Notification {
                date: date(&n.date),
                method: given(&n.method.map(ExpectedDateMethod::as_str)),
            },
            PregnancyRecordData::PrenatalVisit(v) => PregnancyRecordInput::PrenatalVisit {
                date: date(&v.date),
                weight_kg: given(&v.weight_kg),
                systolic: given(&v.systolic),
                diastolic: given(&v.diastolic),
                urine_protein: given(&v.urine_protein.map(UrineTest::as_str)),
                urine_sugar: given(&v.urine_sugar.map(UrineTest::as_str)),
                edema: given(&v.edema.map(Edema::as_str)),
                fundal_height_cm: given(&v.fundal_height_cm),
                abdominal_girth_cm: given(&v.abdominal_girth_cm),
                fetal_heart: given(&v.fetal_heart.map(FetalHeart::as_str)),
                fetal_heart_bpm: given(&v.fetal_heart_bpm),
                notes: given(&v.notes),
                facility: given(&v.facility),
            },
            PregnancyRecordData::Vaccination(v) => PregnancyRecordInput::Vaccination {
                vaccine: v.vaccine.clone(),
                date: date(&v.date),
                lot: given(&v.lot),
                facility: given(&v.facility),
            },
            PregnancyRecordData::Dental(d) => PregnancyRecordInput::Dental {
                date: date(&d.date),
                findings: given(&d.findings),
            },
            PregnancyRecordData::Class(c) => PregnancyRecordInput::Class {
                date: date(&c.date),
                name: c.name.clone(),
            },
            PregnancyRecordData::Environment(e) => PregnancyRecordInput::Environment {
                date: date(&e.date),
                text: e.text.clone(),
            },
            PregnancyRecordData::PostnatalCheckup(p) => PregnancyRecordInput::PostnatalCheckup {
                timing: p.timing.as_str().to_owned(),
                date: date(&p.date),
                weight_kg: given(&p.weight_kg),
                systolic: given(&p.systolic),
                diastolic: given(&p.diastolic),
                epds: given(&p.epds),
                notes: given(&p.notes),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }
    /// Due 2027-03-01: the pregnancy's first day is 2026-05-25, and records
    /// may start 28 days before it, on 2026-04-27.
    const EXPECTED: &str = "2027-03-01";
    const TODAY: &str = "2026-11-24";

    fn check(input: PregnancyRecordInput) -> Result<PregnancyRecordData, ValidationErrors> {
        input.validate(d(EXPECTED), d(TODAY))
    }

    fn visit(date: &str, weight: &str, sys: &str, dia: &str) -> PregnancyRecordInput {
        PregnancyRecordInput::PrenatalVisit {
            date: date.into(),
            weight_kg: weight.into(),
            systolic: sys.into(),
            diastolic: dia.into(),
            urine_protein: "negative".into(),
            urine_sugar: "±".into(),
            edema: "".into(),
            fundal_height_cm: "24.5".into(),
            abdominal_girth_cm: "".into(),
            fetal_heart: "".into(),
            fetal_heart_bpm: "142".into(),
            notes: "".into(),
            facility: "さくら産婦人科".into(),
        }
    }

    fn postnatal(timing: &str, epds: &str) -> PregnancyRecordInput {
        PregnancyRecordInput::PostnatalCheckup {
            timing: timing.into(),
            date: "2026-11-20".into(),
            weight_kg: "55,2".into(),
            systolic: "118".into(),
            diastolic: "72".into(),
            epds: epds.into(),
            notes: "".into(),
        }
    }

    #[test]
    fn a_prenatal_visit_with_its_week_computed_from_the_date() {
        let data = check(visit("2026-11-24", "58.4", "112", "70")).unwrap();
        let PregnancyRecordData::PrenatalVisit(v) = &data else {
            panic!("{data:?}")
        };
        assert_eq!(v.weight_kg, Some(58.4));
        assert_eq!((v.systolic, v.diastolic), (Some(112), Some(70)));
        assert_eq!(v.urine_protein, Some(UrineTest::Negative));
        assert_eq!(v.urine_sugar, Some(UrineTest::Trace));
        assert_eq!(v.fundal_height_cm, Some(24.5));
        // A heart rate implies a heartbeat.
        assert_eq!(v.fetal_heart, Some(FetalHeart::Present));
        assert_eq!(v.fetal_heart_bpm, Some(142));
        assert_eq!(
            data.gestational_age(d(EXPECTED)),
            Some(GestationalAge { weeks: 26, days: 1 })
        );
    }

    #[test]
    fn blood_pressure_needs_both_values_upper_above_lower() {
        let e = check(visit("2026-11-24", "", "80", "90")).unwrap_err();
        assert_eq!(
            e.for_field(Field::Diastolic),
            Some(ErrorCode::BloodPressureOrder)
        );
        assert_eq!(e.for_field(Field::Systolic), None);
        let e = check(visit("2026-11-24", "", "90", "90")).unwrap_err();
        assert_eq!(
            e.for_field(Field::Diastolic),
            Some(ErrorCode::BloodPressureOrder)
        );
        let e = check(visit("2026-11-24", "", "120", "")).unwrap_err();
        assert_eq!(e.for_field(Field::Diastolic), Some(ErrorCode::Required));
        let e = check(visit("2026-11-24", "", "", "70")).unwrap_err();
        assert_eq!(e.for_field(Field::Systolic), Some(ErrorCode::Required));
        // Ranges: 60–250 over 30–150, whole numbers.
        assert!(check(visit("2026-11-24", "", "60", "30")).is_ok());
        assert!(check(visit("2026-11-24", "", "250", "150")).is_ok());
        let e = check(visit("2026-11-24", "", "251", "29")).unwrap_err();
        assert_eq!(e.for_field(Field::Systolic), Some(ErrorCode::OutOfRange));
        assert_eq!(e.for_field(Field::Diastolic), Some(ErrorCode::OutOfRange));
        let e = check(visit("2026-11-24", "", "120.5", "70")).unwrap_err();
        assert_eq!(
            e.for_field(Field::Systolic),
            Some(ErrorCode::MalformedNumber)
        );
        // Neither is fine: not every visit measures it.
        assert!(check(visit("2026-11-24", "", "", "")).is_ok());
    }

    #[test]
    fn visit_dates_stay_inside_the_pregnancy() {
        // 280 + 28 days before the expected date is the first accepted day.
        assert_eq!(earliest_record_date(d(EXPECTED)), d("2026-04-27"));
        assert!(check(visit("2026-04-27", "", "", "")).is_ok());
        let e = check(visit("2026-04-26", "", "", "")).unwrap_err();
        assert_eq!(
            e.for_field(Field::Date),
            Some(ErrorCode::DateBeforePregnancy)
        );
        let e = check(visit("2026-11-25", "", "", "")).unwrap_err();
        assert_eq!(e.for_field(Field::Date), Some(ErrorCode::DateInFuture));
        let e = check(visit("", "", "", "")).unwrap_err();
        assert_eq!(e.for_field(Field::Date), Some(ErrorCode::Required));
    }

    #[test]
    fn visit_values_are_checked_against_plausible_ranges() {
        // 58400 (grams) in the kilogram field.
        let e = check(visit("2026-11-24", "58400", "", "")).unwrap_err();
        assert_eq!(e.for_field(Field::Weight), Some(ErrorCode::OutOfRange));
        assert!(check(visit("2026-11-24", "30", "", "")).is_ok());
        assert!(check(visit("2026-11-24", "200", "", "")).is_ok());
        assert!(check(visit("2026-11-24", "29.9", "", "")).is_err());
        let with = |f: &dyn Fn(&mut PregnancyRecordInput)| {
            let mut input = visit("2026-11-24", "", "", "");
            f(&mut input);
            check(input)
        };
        let e = with(&|i| {
            if let PregnancyRecordInput::PrenatalVisit {
                fundal_height_cm,
                abdominal_girth_cm,
                urine_protein,
                edema,
                fetal_heart_bpm,
                ..
            } = i
            {
                *fundal_height_cm = "245".into();
                *abdominal_girth_cm = "49".into();
                *urine_protein = "++++".into();
                *edema = "+++".into();
                *fetal_heart_bpm = "230".into();
            }
        })
        .unwrap_err();
        assert_eq!(
            e.for_field(Field::FundalHeight),
            Some(ErrorCode::OutOfRange)
        );
        assert_eq!(
            e.for_field(Field::AbdominalGirth),
            Some(ErrorCode::OutOfRange)
        );
        assert_eq!(
            e.for_field(Field::UrineProtein),
            Some(ErrorCode::UnknownChoice)
        );
        assert_eq!(e.for_field(Field::Edema), Some(ErrorCode::UnknownChoice));
        assert_eq!(
            e.for_field(Field::FetalHeartRate),
            Some(ErrorCode::OutOfRange)
        );
        // No heart rate when no heartbeat was heard or it was not checked.
        for status in ["absent", "not-checked"] {
            let e = with(&|i| {
                if let PregnancyRecordInput::PrenatalVisit { fetal_heart, .. } = i {
                    *fetal_heart = status.into();
                }
            })
            .unwrap_err();
            assert_eq!(
                e.for_field(Field::FetalHeartRate),
                Some(ErrorCode::HeartRateWithoutHeartbeat)
            );
        }
        let ok = with(&|i| {
            if let PregnancyRecordInput::PrenatalVisit {
                fetal_heart,
                fetal_heart_bpm,
                edema,
                urine_protein,
                ..
            } = i
            {
                *fetal_heart = "not-checked".into();
                *fetal_heart_bpm = "".into();
                *edema = "＋＋".into();
                *urine_protein = "plus3".into();
            }
        })
        .unwrap();
        let PregnancyRecordData::PrenatalVisit(v) = ok else {
            panic!()
        };
        assert_eq!(v.fetal_heart, Some(FetalHeart::NotChecked));
        assert_eq!(v.edema, Some(Edema::Plus2));
        assert_eq!(v.urine_protein, Some(UrineTest::Plus3));
    }

    #[test]
    fn symbols_read_as_the_handbook_writes_them() {
        for (s, expected) in [
            ("-", UrineTest::Negative),
            ("−", UrineTest::Negative),
            ("±", UrineTest::Trace),
            ("+-", UrineTest::Trace),
            ("+", UrineTest::Plus1),
            ("＋＋", UrineTest::Plus2),
            ("+++", UrineTest::Plus3),
        ] {
            assert_eq!(urine_test(s), Some(expected), "{s}");
        }
        for u in UrineTest::ALL {
            assert_eq!(urine_test(u.as_str()), Some(u));
            assert_eq!(urine_test(u.symbol()), Some(u));
        }
        for e in Edema::ALL {
            assert_eq!(edema(e.as_str()), Some(e));
            assert_eq!(edema(e.symbol()), Some(e));
        }
        assert_eq!(edema("±"), None);
    }

    #[test]
    fn postnatal_checkups_and_the_epds_range() {
        let data = check(postnatal("two-weeks", "8")).unwrap();
        let PregnancyRecordData::PostnatalCheckup(p) = &data else {
            panic!()
        };
        assert_eq!(p.timing, PostnatalTiming::TwoWeeks);
        assert_eq!(p.weight_kg, Some(55.2));
        assert_eq!(p.epds, Some(8));
        assert!(!data.suggests_follow_up());
        assert_eq!(data.gestational_age(d(EXPECTED)), None, "after the birth");
        assert!(check(postnatal("one-month", "0")).is_ok());
        assert!(check(postnatal("other", "30")).is_ok());
        assert!(check(postnatal("other", "")).is_ok());
        let e = check(postnatal("one-month", "31")).unwrap_err();
        assert_eq!(e.for_field(Field::Epds), Some(ErrorCode::OutOfRange));
        let e = check(postnatal("one-month", "9.5")).unwrap_err();
        assert_eq!(e.for_field(Field::Epds), Some(ErrorCode::MalformedNumber));
        let e = check(postnatal("one-month", "-1")).unwrap_err();
        assert_eq!(e.for_field(Field::Epds), Some(ErrorCode::MalformedNumber));
        let e = check(postnatal("", "5")).unwrap_err();
        assert_eq!(e.for_field(Field::CheckupTiming), Some(ErrorCode::Required));
        let e = check(postnatal("three-months", "5")).unwrap_err();
        assert_eq!(
            e.for_field(Field::CheckupTiming),
            Some(ErrorCode::UnknownChoice)
        );
        let mut bad_bp = postnatal("two-weeks", "");
        if let PregnancyRecordInput::PostnatalCheckup { diastolic, .. } = &mut bad_bp {
            *diastolic = "130".into();
        }
        assert_eq!(
            check(bad_bp).unwrap_err().for_field(Field::Diastolic),
            Some(ErrorCode::BloodPressureOrder)
        );
    }

    #[test]
    fn the_epds_hint_starts_at_nine_points() {
        assert_eq!(EPDS_FOLLOW_UP_THRESHOLD, 9);
        assert!(!epds_suggests_follow_up(0));
        assert!(!epds_suggests_follow_up(8));
        assert!(epds_suggests_follow_up(9));
        assert!(epds_suggests_follow_up(30));
        assert!(check(postnatal("one-month", "9"))
            .unwrap()
            .suggests_follow_up());
        assert!(!check(postnatal("one-month", ""))
            .unwrap()
            .suggests_follow_up());
    }

    #[test]
    fn the_other_kinds() {
        let n = check(PregnancyRecordInput::Notification {
            date: "2026-07-10".into(),
            method: "ultrasound".into(),
        })
        .unwrap();
        assert_eq!(
            n,
            PregnancyRecordData::Notification(Notification {
                date: d("2026-07-10"),
                method: Some(ExpectedDateMethod::Ultrasound),
            })
        );
        let e = check(PregnancyRecordInput::Notification {
            date: "2026-07-10".into(),
            method: "guess".into(),
        })
        .unwrap_err();
        assert_eq!(
            e.for_field(Field::ExpectedDateMethod),
            Some(ErrorCode::UnknownChoice)
        );
        assert!(check(PregnancyRecordInput::Dental {
            date: "2026-09-01".into(),
            findings: "".into(),
        })
        .is_ok());
        let e = check(PregnancyRecordInput::Class {
            date: "2026-10-01".into(),
            name: " ".into(),
        })
        .unwrap_err();
        assert_eq!(e.for_field(Field::ClassName), Some(ErrorCode::Required));
        let e = check(PregnancyRecordInput::Environment {
            date: "2026-10-01".into(),
            text: "あ".repeat(MAX_TEXT_CHARS + 1),
        })
        .unwrap_err();
        assert_eq!(e.for_field(Field::Text), Some(ErrorCode::TooLong));
        for kind in PregnancyRecordKind::ALL {
            assert_eq!(PregnancyRecordKind::parse(kind.as_str()), Some(kind));
        }
    }

    #[test]
    fn stored_records_read_back_as_the_same_input() {
        let inputs = [
            visit("2026-11-24", "58.4", "112", "70"),
            postnatal("two-weeks", "12"),
            PregnancyRecordInput::Notification {
                date: "2026-07-10".into(),
                method: "last-period".into(),
            },
            PregnancyRecordInput::Dental {
                date: "2026-09-01".into(),
                findings: "歯肉炎ぎみ".into(),
            },
            PregnancyRecordInput::Class {
                date: "2026-10-01".into(),
                name: "両親学級（沐浴）".into(),
            },
            PregnancyRecordInput::Environment {
                date: "2026-10-02".into(),
                text: "立ち仕事。12月から産休".into(),
            },
        ];
        for input in inputs {
            let data = check(input).unwrap();
            let again = PregnancyRecordInput::from(&data);
            assert_eq!(check(again).unwrap(), data);
            assert_eq!(data.to_input().validate(d(EXPECTED), Date::MAX), Ok(data));
        }
    }

    #[test]
    fn records_travel_as_json_with_their_kind() {
        let input: PregnancyRecordInput = serde_json::from_str(
            r#"{"kind":"prenatal-visit","date":"2026-11-24","weight_kg":"58.4","systolic":"112","diastolic":"70","urine_protein":"negative"}"#,
        )
        .unwrap();
        let data = check(input).unwrap();
        let json = serde_json::to_string(&data).unwrap();
        assert_eq!(
            json,
            r#"{"kind":"prenatal-visit","date":"2026-11-24","weight_kg":58.4,"systolic":112,"diastolic":70,"urine_protein":"negative","urine_sugar":null,"edema":null,"fundal_height_cm":null,"abdominal_girth_cm":null,"fetal_heart":null,"fetal_heart_bpm":null,"notes":null,"facility":null}"#
        );
        assert_eq!(
            serde_json::from_str::<PregnancyRecordData>(&json).unwrap(),
            data
        );
        let record = PregnancyRecord {
            id: 3,
            pregnancy_id: 1,
            data: check(postnatal("one-month", "10")).unwrap(),
            deleted_at: None,
        };
        let json = serde_json::to_value(&record).unwrap();
        assert_eq!(json["kind"], "postnatal-checkup");
        assert_eq!(json["timing"], "one-month");
        assert_eq!(
            serde_json::from_value::<PregnancyRecord>(json).unwrap(),
            record
        );
    }
}
