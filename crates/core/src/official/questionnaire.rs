//! The pre-visit questionnaire (予診票) a parent sends through the portal:
//! its questions, checks and the JSON the portal receives.

use crate::Date;
use serde::{Deserialize, Serialize};

/// The questions of the pre-visit questionnaire (予診票), in order, each
/// answered yes or no; words in `locales/*/portal.ftl` (`questionnaire-<id>`).
/// Modelled on the common items of the standard 予防接種予診票 (MHLW's
/// 予防接種ガイドライン 様式); not a replacement for the clinic's own form.
pub const QUESTIONNAIRE_QUESTIONS: [&str; 5] = [
    "feels-well",
    "ill-last-month",
    "vaccinated-last-month",
    "reaction-before",
    "seizures",
];

/// Body temperature range accepted on the questionnaire (°C).
pub const TEMPERATURE_C: (f64, f64) = (34.0, 42.0);

/// How far ahead a questionnaire may be sent (days).
pub const QUESTIONNAIRE_DAYS_AHEAD: i64 = 90;

/// A pre-visit questionnaire as the form sends it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionnaireInput {
    pub vaccine: String,
    pub planned_date: String,
    pub temperature_c: String,
    /// Question id → "yes" / "no".
    pub answers: Vec<(String, String)>,
    #[serde(default)]
    pub note: String,
}

/// A checked questionnaire, ready for the outbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Questionnaire {
    pub vaccine_id: String,
    pub planned_date: Date,
    pub temperature_c: f64,
    pub answers: std::collections::BTreeMap<String, bool>,
    pub note: Option<String>,
}

impl QuestionnaireInput {
    /// Checks every field; a visit today up to 90 days ahead.
    pub fn validate(&self, today: Date) -> Result<Questionnaire, crate::ValidationErrors> {
        use crate::{ErrorCode, Field, FieldError};
        let mut errors: Vec<FieldError> = Vec::new();
        let fail =
            |errors: &mut Vec<FieldError>, field, code| errors.push(FieldError { field, code });
        let vaccine = self.vaccine.trim();
        let vaccine_ok = !vaccine.is_empty()
            && vaccine.len() <= 40
            && vaccine
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if vaccine.is_empty() {
            fail(&mut errors, Field::Vaccine, ErrorCode::Required);
        } else if !vaccine_ok {
            fail(&mut errors, Field::Vaccine, ErrorCode::UnknownChoice);
        }
        let planned = match crate::validate::parse_date(&self.planned_date) {
            Err(code) => {
                fail(&mut errors, Field::Date, code);
                None
            }
            Ok(d) if d < today || (d - today).num_days() > QUESTIONNAIRE_DAYS_AHEAD => {
                fail(&mut errors, Field::Date, ErrorCode::OutOfRange);
                None
            }
            Ok(d) => Some(d),
        };
        let t = self.temperature_c.trim().replace('．', ".");
        let temperature = match t.parse::<f64>() {
            _ if t.is_empty() => {
                fail(&mut errors, Field::Temperature, ErrorCode::Required);
                None
            }
            Ok(x) if x.is_finite() && (TEMPERATURE_C.0..=TEMPERATURE_C.1).contains(&x) => Some(x),
            Ok(_) => {
                fail(&mut errors, Field::Temperature, ErrorCode::OutOfRange);
                None
            }
            Err(_) => {
                fail(&mut errors, Field::Temperature, ErrorCode::MalformedNumber);
                None
            }
        };
        let mut answers = std::collections::BTreeMap::new();
        let mut answers_ok = true;
        for (q, a) in &self.answers {
            let value = match a.trim() {
                "yes" => true,
                "no" => false,
                _ => {
                    answers_ok = false;
                    continue;
                }
            };
            if !QUESTIONNAIRE_QUESTIONS.contains(&q.as_str()) {
                fail(&mut errors, Field::Answers, ErrorCode::NotInChecklist);
                answers_ok = false;
            } else if answers.insert(q.clone(), value).is_some() {
                fail(&mut errors, Field::Answers, ErrorCode::AnsweredTwice);
                answers_ok = false;
            }
        }
        if answers_ok && answers.len() != QUESTIONNAIRE_QUESTIONS.len() {
            fail(&mut errors, Field::Answers, ErrorCode::Required);
            answers_ok = false;
        } else if !answers_ok && !errors.iter().any(|e| e.field == Field::Answers) {
            fail(&mut errors, Field::Answers, ErrorCode::UnknownChoice);
        }
        let note = self.note.trim();
        if note.chars().count() > crate::records::MAX_TEXT_CHARS {
            fail(&mut errors, Field::Text, ErrorCode::TooLong);
        } else if note.chars().any(|c| c.is_control() && c != '\n') {
            fail(&mut errors, Field::Text, ErrorCode::ControlCharacters);
        }
        if !errors.is_empty() {
            return Err(crate::ValidationErrors(errors));
        }
        match (planned, temperature, answers_ok) {
            (Some(planned_date), Some(temperature_c), true) => Ok(Questionnaire {
                vaccine_id: vaccine.to_owned(),
                planned_date,
                temperature_c,
                answers,
                note: (!note.is_empty()).then(|| note.to_owned()),
            }),
            _ => unreachable!("every missing value was reported"),
        }
    }
}

impl Questionnaire {
    /// The body sent to the portal for the portal child `child_id`.
    pub fn to_portal_json(&self, child_id: &str) -> serde_json::Value {
        let mut v = serde_json::json!({
            "child_id": child_id,
            "vaccine_id": self.vaccine_id,
            "planned_date": self.planned_date.format("%Y-%m-%d").to_string(),
            "temperature_c": self.temperature_c,
            "answers": self.answers,
        });
        if let Some(note) = &self.note {
            v["note"] = serde_json::Value::String(note.clone());
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn a_questionnaire_needs_every_answer_a_plausible_temperature_and_a_near_date() {
        let today = d("2026-11-25");
        let all = |a: &str| {
            QUESTIONNAIRE_QUESTIONS
                .iter()
                .map(|q| (q.to_string(), a.to_string()))
                .collect::<Vec<_>>()
        };
        let ok = QuestionnaireInput {
            vaccine: "mr".into(),
            planned_date: "2026-12-01".into(),
            temperature_c: "36.6".into(),
            answers: all("no"),
            note: String::new(),
        };
        let q = ok.validate(today).unwrap();
        assert_eq!(q.answers.len(), 5);
        assert_eq!(q.to_portal_json("c1")["child_id"], "c1");

        let mut bad = ok.clone();
        bad.temperature_c = "45".into();
        bad.planned_date = "2026-11-24".into();
        bad.answers.pop();
        let e = bad.validate(today).unwrap_err();
        assert_eq!(
            e.for_field(crate::Field::Temperature),
            Some(crate::ErrorCode::OutOfRange)
        );
        assert_eq!(
            e.for_field(crate::Field::Date),
            Some(crate::ErrorCode::OutOfRange)
        );
        assert_eq!(
            e.for_field(crate::Field::Answers),
            Some(crate::ErrorCode::Required)
        );
    }
}
