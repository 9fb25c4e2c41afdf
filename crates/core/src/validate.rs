// tidy: over budget because the field and error-code lists of every form (each with its ALL array and names); the field list is to move into its own module.
//! Validation of what a parent types. Every error names the field it belongs
//! to and a stable code; the UI and the CLI turn the code into words through
//! Fluent (`error-<code>` in `locales/*/hagukumi.ftl`).

use crate::pregnancy::TERM_DAYS;
use crate::{Date, NewChild, NewPregnancy};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest free text (notes, milestone descriptions), in characters.
pub const MAX_TEXT_CHARS: usize = 2000;
/// Longest short text (lot number, manufacturer, facility), in characters.
pub const MAX_SHORT_CHARS: usize = 100;

/// Longest name or label accepted, in characters.
pub const MAX_NAME_CHARS: usize = 50;

/// Earliest birth date accepted.
pub fn earliest_birth_date() -> Date {
    Date::from_ymd_opt(1900, 1, 1).expect("valid date")
}

/// How long after its expected date a pregnancy can still be added (days).
pub const EXPECTED_DATE_GRACE_DAYS: i64 = 28;

crate::by_name::choices! {
    /// On the wire by its name ([`Field::wire_name`], `crate::by_name`).
    pub enum Field {
        Name = "name",
        BirthDate = "birth-date",
        Label = "label",
        ExpectedDate = "expected-date",
        // Records (see `records`).
        Date = "date",
        Vaccine = "vaccine",
        Dose = "dose",
        Manufacturer = "manufacturer",
        Lot = "lot",
        Facility = "facility",
        Funding = "funding",
        Weight = "weight",
        Height = "height",
        HeadCircumference = "head-circumference",
        ChestCircumference = "chest-circumference",
        /// The measurement as a whole (e.g. no value given at all).
        Measurements = "measurements",
        What = "what",
        Text = "text",
        Sex = "sex",
        // Pregnancy records (see `pregnancy_records`).
        ExpectedDateMethod = "expected-date-method",
        Systolic = "systolic",
        Diastolic = "diastolic",
        UrineProtein = "urine-protein",
        UrineSugar = "urine-sugar",
        Edema = "edema",
        FundalHeight = "fundal-height",
        AbdominalGirth = "abdominal-girth",
        FetalHeart = "fetal-heart",
        FetalHeartRate = "fetal-heart-rate",
        Findings = "findings",
        ClassName = "class-name",
        CheckupTiming = "checkup-timing",
        Epds = "epds",
        // Child records of birth, checkups, dental, screenings, medicines
        // (see `child_records`).
        Time = "time",
        GestationWeeks = "gestation-weeks",
        GestationDays = "gestation-days",
        Delivery = "delivery",
        BirthWeight = "birth-weight",
        Apgar1 = "apgar-1min",
        Apgar5 = "apgar-5min",
        Complications = "complications",
        Checkup = "checkup",
        /// A checkup's checklist answers as a whole.
        Answers = "answers",
        Teeth = "teeth",
        Caries = "caries",
        Fluoride = "fluoride",
        ScreeningTest = "screening-test",
        ScreeningResult = "screening-result",
        EndDate = "end-date",
        Medicine = "medicine",
        Instructions = "instructions",
        // Reminder settings (see `schedule::reminders`).
        DaysBeforeOpen = "days-before-open",
        DaysBeforeClose = "days-before-close",
        // The pre-visit questionnaire (see `official::QuestionnaireInput`).
        Temperature = "temperature",
        // Benefit applications (see `benefits`).
        Program = "program",
        BenefitState = "benefit-state",
        Deadline = "deadline",
        PaymentDate = "payment-date",
        PaymentAmount = "payment-amount",
        Guardian = "guardian",
        Children = "children",
        // Nursery bookmarks (see `nursery::bookmark`).
        Stars = "stars",
    }
}

crate::by_name::serde_by_name!(Field, wire_name);
crate::by_name::serde_by_name!(ErrorCode, as_str);

impl Field {
    /// The field's name on the wire (`{"field": …, "code": …}`): its
    /// [`Field::as_str`], but for the Apgar scores.
    pub fn wire_name(self) -> &'static str {
        match self {
            Field::Apgar1 => "apgar1",
            Field::Apgar5 => "apgar5",
            _ => self.as_str(),
        }
    }

    /// The Fluent message naming this field (`field-<name>`).
    pub fn label_id(self) -> String {
        format!("field-{}", self.as_str())
    }

    /// Longest text accepted in this field, in characters (for messages).
    pub fn max_chars(self) -> usize {
        match self {
            Field::Text | Field::Findings | Field::Complications | Field::Instructions => {
                MAX_TEXT_CHARS
            }
            Field::Manufacturer
            | Field::Lot
            | Field::Facility
            | Field::What
            | Field::ClassName
            | Field::Medicine => MAX_SHORT_CHARS,
            _ => MAX_NAME_CHARS,
        }
    }
}

crate::by_name::choices! {
    /// On the wire by its name ([`ErrorCode::as_str`], `crate::by_name`);
    /// its words are Fluent's `error-<id>` ([`ErrorCode::message_id`]).
    pub enum ErrorCode messages "error-" {
        Required = "required",
        TooLong = "too-long",
        ControlCharacters = "control-characters",
        MalformedDate = "malformed-date",
        BirthInFuture = "birth-in-future",
        BirthBefore1900 = "birth-before1900" => "error-birth-before-1900",
        ExpectedTooFar = "expected-too-far",
        ExpectedLongPast = "expected-long-past",
        DateInFuture = "date-in-future",
        DateBeforeBirth = "date-before-birth",
        MalformedNumber = "malformed-number",
        OutOfRange = "out-of-range",
        NoMeasurement = "no-measurement",
        UnknownChoice = "unknown-choice",
        /// Blood pressure: the lower (diastolic) value is not below the upper.
        BloodPressureOrder = "blood-pressure-order",
        /// A pregnancy record dated before the pregnancy began.
        DateBeforePregnancy = "date-before-pregnancy",
        /// A fetal heart rate with "no heartbeat" or "not checked".
        HeartRateWithoutHeartbeat = "heart-rate-without-heartbeat",
        /// A time of day not written as HH:MM.
        MalformedTime = "malformed-time",
        /// A birth record dated on another day than the child's birth date.
        NotTheBirthDate = "not-the-birth-date",
        /// A checkup answer to a question that is not on that checkup's checklist.
        NotInChecklist = "not-in-checklist",
        /// The same checklist question answered twice.
        AnsweredTwice = "answered-twice",
        /// More decayed teeth than teeth.
        MoreThanTeeth = "more-than-teeth",
        /// An end date before the start date.
        EndBeforeStart = "end-before-start",
        /// A reminder's advance notice outside 0–60 days.
        DaysOutOfRange = "days-out-of-range",
        /// Text shaped like an individual number (マイナンバー), never kept.
        IndividualNumber = "individual-number",
        /// A star rating other than 1–5.
        StarsOutOfRange = "stars-out-of-range",
    }
}

/// One problem with one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: Field,
    pub code: ErrorCode,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field.as_str(), self.code.message_id())
    }
}

/// All problems found in one form; never empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(transparent)]
#[error("invalid input: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "))]
pub struct ValidationErrors(pub Vec<FieldError>);

impl ValidationErrors {
    pub fn for_field(&self, field: Field) -> Option<ErrorCode> {
        self.0.iter().find(|e| e.field == field).map(|e| e.code)
    }
}

/// `input` as parents type it, trimmed, full-width digits made ASCII and
/// every other character through `sign` (their full-width punctuation).
pub(crate) fn half_width(input: &str, sign: impl Fn(char) -> char) -> String {
    input
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            other => sign(other),
        })
        .collect()
}

/// Parses a date as parents write it: `2026-04-01`, `2026/4/1` or `2026.04.01`,
/// with surrounding spaces and full-width digits (２０２６／０４／０１) accepted.
pub fn parse_date(input: &str) -> Result<Date, ErrorCode> {
    let normalized = half_width(input, |c| match c {
        '／' | '/' | '.' | '－' | 'ー' => '-',
        other => other,
    });
    if normalized.is_empty() {
        return Err(ErrorCode::Required);
    }
    let parts: Vec<&str> = normalized.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(ErrorCode::MalformedDate);
    };
    let all_digits = |s: &str, max: usize| {
        !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit())
    };
    if y.len() != 4 || !all_digits(y, 4) || !all_digits(m, 2) || !all_digits(d, 2) {
        return Err(ErrorCode::MalformedDate);
    }
    let (y, m, d) = (
        y.parse().map_err(|_| ErrorCode::MalformedDate)?,
        m.parse().map_err(|_| ErrorCode::MalformedDate)?,
        d.parse().map_err(|_| ErrorCode::MalformedDate)?,
    );
    Date::from_ymd_opt(y, m, d).ok_or(ErrorCode::MalformedDate)
}

/// Parses a decimal number as parents type it: `3.25`, `3,25`, `３．２５`.
pub fn parse_number(input: &str) -> Result<f64, ErrorCode> {
    let normalized = half_width(input, |c| match c {
        '．' | ',' | '，' => '.',
        other => other,
    });
    if normalized.is_empty() {
        return Err(ErrorCode::Required);
    }
    let well_formed = normalized.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && normalized.bytes().filter(|&b| b == b'.').count() <= 1
        && normalized.bytes().any(|b| b.is_ascii_digit())
        && normalized.len() <= 12;
    if !well_formed {
        return Err(ErrorCode::MalformedNumber);
    }
    normalized.parse().map_err(|_| ErrorCode::MalformedNumber)
}

pub(crate) fn check_text(
    value: &str,
    required: bool,
    max_chars: usize,
) -> Result<Option<String>, ErrorCode> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return if required {
            Err(ErrorCode::Required)
        } else {
            Ok(None)
        };
    }
    if trimmed
        .chars()
        .any(|c| c.is_control() && !(max_chars > MAX_NAME_CHARS && (c == '\n' || c == '\t')))
    {
        return Err(ErrorCode::ControlCharacters);
    }
    if trimmed.chars().count() > max_chars {
        return Err(ErrorCode::TooLong);
    }
    Ok(Some(trimmed.to_owned()))
}

/// What the "add child" form (or `hagu child add`) sends, unchecked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildInput {
    pub name: String,
    pub birth_date: String,
    /// `female`, `male` or empty (not given).
    #[serde(default)]
    pub sex: String,
}

impl ChildInput {
    pub fn validate(&self, today: Date) -> Result<NewChild, ValidationErrors> {
        let mut errors = Vec::new();
        let name = check_text(&self.name, true, MAX_NAME_CHARS)
            .map_err(|code| {
                errors.push(FieldError {
                    field: Field::Name,
                    code,
                })
            })
            .ok()
            .flatten();
        let birth_date = parse_date(&self.birth_date)
            .and_then(|date| {
                if date > today {
                    Err(ErrorCode::BirthInFuture)
                } else if date < earliest_birth_date() {
                    Err(ErrorCode::BirthBefore1900)
                } else {
                    Ok(date)
                }
            })
            .map_err(|code| {
                errors.push(FieldError {
                    field: Field::BirthDate,
                    code,
                })
            })
            .ok();
        let sex = match self.sex.trim() {
            "" => None,
            "female" => Some(crate::growth::Sex::Female),
            "male" => Some(crate::growth::Sex::Male),
            _ => {
                errors.push(FieldError {
                    field: Field::Sex,
                    code: ErrorCode::UnknownChoice,
                });
                None
            }
        };
        match (name, birth_date) {
            (Some(name), Some(birth_date)) if errors.is_empty() => Ok(NewChild {
                name,
                birth_date,
                sex,
            }),
            _ => Err(ValidationErrors(errors)),
        }
    }
}

/// What the "add pregnancy" form sends, unchecked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PregnancyInput {
    #[serde(default)]
    pub label: String,
    pub expected_date: String,
}

impl PregnancyInput {
    pub fn validate(&self, today: Date) -> Result<NewPregnancy, ValidationErrors> {
        let mut errors = Vec::new();
        let label = check_text(&self.label, false, MAX_NAME_CHARS)
            .map_err(|code| {
                errors.push(FieldError {
                    field: Field::Label,
                    code,
                })
            })
            .unwrap_or(None);
        let expected_date = parse_date(&self.expected_date)
            .and_then(|date| {
                let ahead = (date - today).num_days();
                if ahead > TERM_DAYS {
                    Err(ErrorCode::ExpectedTooFar)
                } else if ahead < -EXPECTED_DATE_GRACE_DAYS {
                    Err(ErrorCode::ExpectedLongPast)
                } else {
                    Ok(date)
                }
            })
            .map_err(|code| {
                errors.push(FieldError {
                    field: Field::ExpectedDate,
                    code,
                })
            })
            .ok();
        match expected_date {
            Some(expected_date) if errors.is_empty() => Ok(NewPregnancy {
                label,
                expected_date,
            }),
            _ => Err(ValidationErrors(errors)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        "2026-11-24".parse().unwrap()
    }

    fn child(name: &str, birth: &str) -> Result<NewChild, ValidationErrors> {
        ChildInput {
            name: name.into(),
            birth_date: birth.into(),
            ..Default::default()
        }
        .validate(today())
    }

    #[test]
    fn accepts_a_plain_child_and_trims_the_name() {
        let c = child("  はなこ ", "2025-06-01").unwrap();
        assert_eq!(c.name(), "はなこ");
        assert_eq!(c.birth_date(), "2025-06-01".parse::<Date>().unwrap());
    }

    #[test]
    fn dates_in_the_forms_parents_write() {
        for s in [
            "2025-06-01",
            "2025/6/1",
            "2025.06.01",
            "２０２５／０６／０１",
            " 2025-06-1 ",
        ] {
            assert_eq!(parse_date(s), Ok("2025-06-01".parse().unwrap()), "{s}");
        }
        for s in [
            "2025-02-30",
            "25-06-01",
            "2025-6",
            "June 1",
            "2025-06-01-01",
            "2025--01",
            "+2025-06-01",
        ] {
            assert_eq!(parse_date(s), Err(ErrorCode::MalformedDate), "{s}");
        }
        assert_eq!(parse_date("   "), Err(ErrorCode::Required));
    }

    #[test]
    fn every_problem_is_reported_on_its_field() {
        let errs = child(" ", "2026-13-01").unwrap_err();
        assert_eq!(errs.for_field(Field::Name), Some(ErrorCode::Required));
        assert_eq!(
            errs.for_field(Field::BirthDate),
            Some(ErrorCode::MalformedDate)
        );
        assert_eq!(errs.0.len(), 2);
    }

    #[test]
    fn birth_date_limits() {
        assert_eq!(
            child("a", "2026-11-25")
                .unwrap_err()
                .for_field(Field::BirthDate),
            Some(ErrorCode::BirthInFuture)
        );
        assert!(child("a", "2026-11-24").is_ok(), "born today is fine");
        assert_eq!(
            child("a", "1899-12-31")
                .unwrap_err()
                .for_field(Field::BirthDate),
            Some(ErrorCode::BirthBefore1900)
        );
        assert!(child("a", "1900-01-01").is_ok());
        assert_eq!(
            child("a", "").unwrap_err().for_field(Field::BirthDate),
            Some(ErrorCode::Required)
        );
    }

    #[test]
    fn name_limits() {
        assert!(child(&"あ".repeat(MAX_NAME_CHARS), "2025-01-01").is_ok());
        assert_eq!(
            child(&"あ".repeat(MAX_NAME_CHARS + 1), "2025-01-01")
                .unwrap_err()
                .for_field(Field::Name),
            Some(ErrorCode::TooLong)
        );
        assert_eq!(
            child("a\u{0}b", "2025-01-01")
                .unwrap_err()
                .for_field(Field::Name),
            Some(ErrorCode::ControlCharacters)
        );
    }

    fn pregnancy(label: &str, expected: &str) -> Result<NewPregnancy, ValidationErrors> {
        PregnancyInput {
            label: label.into(),
            expected_date: expected.into(),
        }
        .validate(today())
    }

    #[test]
    fn pregnancy_expected_date_window() {
        let p = pregnancy("", "2027-03-01").unwrap();
        assert_eq!(p.label(), None);
        assert_eq!(
            pregnancy("第二子", "2027-03-01").unwrap().label(),
            Some("第二子")
        );
        // 280 days ahead is the first day of a pregnancy; one more is too far.
        assert!(pregnancy("", "2027-08-31").is_ok());
        assert_eq!(
            pregnancy("", "2027-09-01")
                .unwrap_err()
                .for_field(Field::ExpectedDate),
            Some(ErrorCode::ExpectedTooFar)
        );
        assert!(pregnancy("", "2026-10-27").is_ok());
        assert_eq!(
            pregnancy("", "2026-10-26")
                .unwrap_err()
                .for_field(Field::ExpectedDate),
            Some(ErrorCode::ExpectedLongPast)
        );
        assert_eq!(
            pregnancy("x".repeat(51).as_str(), "nope")
                .unwrap_err()
                .0
                .len(),
            2
        );
    }

    #[test]
    fn errors_serialize_as_field_and_code() {
        let errs = child("", "2026-11-25").unwrap_err();
        assert_eq!(
            serde_json::to_value(&errs).unwrap(),
            serde_json::json!([
                {"field": "name", "code": "required"},
                {"field": "birth-date", "code": "birth-in-future"}
            ])
        );
    }

    #[test]
    fn fields_and_codes_keep_their_names_on_the_wire() {
        let names = |v: serde_json::Value| v.as_str().unwrap().to_owned();
        let fields: Vec<String> = Field::ALL
            .iter()
            .map(|f| names(serde_json::to_value(f).unwrap()))
            .collect();
        assert_eq!(fields[0], "name");
        assert_eq!(fields[38..40], ["apgar1", "apgar5"]);
        let codes: Vec<String> = ErrorCode::ALL
            .iter()
            .map(|c| names(serde_json::to_value(c).unwrap()))
            .collect();
        assert_eq!(codes[5], "birth-before1900");
        for (i, f) in Field::ALL.iter().enumerate() {
            assert_eq!(
                serde_json::from_value::<Field>(fields[i].clone().into()).unwrap(),
                *f
            );
        }
        for (i, c) in ErrorCode::ALL.iter().enumerate() {
            assert_eq!(
                serde_json::from_value::<ErrorCode>(codes[i].clone().into()).unwrap(),
                *c
            );
        }
        assert!(serde_json::from_value::<Field>("apgar-1min".into()).is_err());
        assert!(serde_json::from_value::<ErrorCode>("nope".into()).is_err());
    }
}
