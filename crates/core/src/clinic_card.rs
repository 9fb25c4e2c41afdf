//! The clinic card: what a parent shows at a clinic's counter, built from
//! what the handbook already holds, so it needs no network. A child's
//! medical-subsidy certificates (受給者証, official items from the portal),
//! the insurance note the parent typed, allergies and vaccinations.
//!
//! Pure: the shell hands in the child, the certificates, the records, the
//! note and `today`. The note is validated here ([`InsuranceNote::parse`]);
//! it never takes anything that looks like an individual number
//! (マイナンバー: 12 digits).

use crate::official::Certificate;
use crate::records::{Allergy, Record, RecordData};
use crate::{Child, Date};
use chrono::Datelike;
use serde::{Deserialize, Serialize};

/// Longest insurance note, in characters.
pub const MAX_INSURANCE_NOTE_CHARS: usize = 300;

/// The parent's note about the child's health insurance (保険者番号, 記号・番号
/// of the insurance, the family's doctor…), validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct InsuranceNote(String);

/// Why an insurance note was refused (nothing is saved).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "kebab-case")]
pub enum NoteProblem {
    #[error("the note is longer than {MAX_INSURANCE_NOTE_CHARS} characters")]
    TooLong,
    #[error("the note has control characters")]
    ControlCharacters,
    /// A 12-digit number: it could be an individual number, which is never kept.
    #[error("the note holds a 12-digit number, like an individual number")]
    IndividualNumber,
}

impl NoteProblem {
    /// Fluent id of the words for the parent (what to do next).
    pub fn message_id(self) -> &'static str {
        match self {
            NoteProblem::TooLong => "error-insurance-note-too-long",
            NoteProblem::ControlCharacters => "error-control-characters",
            NoteProblem::IndividualNumber => "error-insurance-note-individual-number",
        }
    }
}

impl InsuranceNote {
    /// The note as typed, trimmed; `None` for an empty note (which clears it).
    pub fn parse(text: &str) -> Result<Option<InsuranceNote>, NoteProblem> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        if text.chars().count() > MAX_INSURANCE_NOTE_CHARS {
            return Err(NoteProblem::TooLong);
        }
        if text.chars().any(|c| c.is_control() && c != '\n') {
            return Err(NoteProblem::ControlCharacters);
        }
        if looks_like_individual_number(text) {
            return Err(NoteProblem::IndividualNumber);
        }
        Ok(Some(InsuranceNote(text.to_owned())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether `text` holds a number shaped like an individual number: a run of
/// exactly 12 digits, or three groups of 4 joined by a space or a hyphen
/// (full-width digits and separators count too).
pub fn looks_like_individual_number(text: &str) -> bool {
    fn digit(c: char) -> bool {
        c.is_ascii_digit() || ('０'..='９').contains(&c)
    }
    fn separator(c: char) -> bool {
        matches!(c, ' ' | '\u{3000}' | '-' | '‐' | '－' | '−' | 'ー')
    }
    // Chains of digit runs joined by one separator each.
    let chars: Vec<char> = text.chars().collect();
    let mut runs: Vec<usize> = Vec::new();
    let mut i = 0;
    let suspicious = |runs: &[usize]| runs.contains(&12) || runs.windows(3).any(|w| w == [4, 4, 4]);
    while i < chars.len() {
        if digit(chars[i]) {
            let start = i;
            while i < chars.len() && digit(chars[i]) {
                i += 1;
            }
            runs.push(i - start);
            let joined = i + 1 < chars.len() && separator(chars[i]) && digit(chars[i + 1]);
            if joined {
                i += 1;
                continue;
            }
            if suspicious(&runs) {
                return true;
            }
            runs.clear();
        } else {
            i += 1;
        }
    }
    suspicious(&runs)
}

/// Whether a certificate can be used today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Validity {
    Current,
    NotYet,
    Expired,
}

impl Validity {
    pub fn of(certificate: &Certificate, today: Date) -> Validity {
        if today < certificate.valid_from {
            Validity::NotYet
        } else if today > certificate.valid_to {
            Validity::Expired
        } else {
            Validity::Current
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CardCertificate {
    pub certificate: Certificate,
    pub validity: Validity,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardDose {
    pub dose: u8,
    pub date: Date,
}

/// One vaccine's doses, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardVaccine {
    /// Vaccine id as in `assets/schedules`.
    pub vaccine: String,
    pub doses: Vec<CardDose>,
}

/// Everything the card shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClinicCard {
    pub today: Date,
    pub child: Child,
    /// Usable ones first, then those not valid yet, then expired ones; the
    /// longest valid first within each.
    pub certificates: Vec<CardCertificate>,
    pub insurance_note: Option<InsuranceNote>,
    /// Newest first.
    pub allergies: Vec<Allergy>,
    /// Vaccines in the order they were first given.
    pub vaccinations: Vec<CardVaccine>,
}

/// The card of `child` from its certificates, its records (deleted ones are
/// left out) and the parent's note, on `today`.
pub fn clinic_card(
    child: Child,
    certificates: impl IntoIterator<Item = Certificate>,
    records: &[Record],
    insurance_note: Option<InsuranceNote>,
    today: Date,
) -> ClinicCard {
    let mut certificates: Vec<CardCertificate> = certificates
        .into_iter()
        .map(|certificate| CardCertificate {
            validity: Validity::of(&certificate, today),
            certificate,
        })
        .collect();
    certificates.sort_by(|a, b| {
        a.validity
            .cmp(&b.validity)
            .then(b.certificate.valid_to.cmp(&a.certificate.valid_to))
            .then_with(|| a.certificate.id.cmp(&b.certificate.id))
    });
    let live = || records.iter().filter(|r| r.deleted_at.is_none());
    let mut allergies: Vec<Allergy> = live()
        .filter_map(|r| match &r.data {
            RecordData::Allergy(a) => Some(a.clone()),
            _ => None,
        })
        .collect();
    allergies.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then_with(|| a.substance.cmp(&b.substance))
    });
    let mut doses: Vec<(&str, CardDose)> = live()
        .filter_map(|r| match &r.data {
            RecordData::Vaccination(v) => Some((
                v.vaccine.as_str(),
                CardDose {
                    dose: v.dose,
                    date: v.date,
                },
            )),
            _ => None,
        })
        .collect();
    doses.sort_by_key(|(vaccine, d)| (d.date, *vaccine, d.dose));
    let mut vaccinations: Vec<CardVaccine> = Vec::new();
    for (vaccine, dose) in doses {
        match vaccinations.iter_mut().find(|v| v.vaccine == vaccine) {
            Some(v) => v.doses.push(dose),
            None => vaccinations.push(CardVaccine {
                vaccine: vaccine.to_owned(),
                doses: vec![dose],
            }),
        }
    }
    for v in &mut vaccinations {
        v.doses.sort_by_key(|d| (d.dose, d.date));
    }
    ClinicCard {
        today,
        child,
        certificates,
        insurance_note,
        allergies,
        vaccinations,
    }
}

/// A Japanese era (元号), for dates official forms write in 和暦.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Era {
    Showa,
    Heisei,
    Reiwa,
}

impl Era {
    /// Fluent id of the era's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Era::Showa => "era-showa",
            Era::Heisei => "era-heisei",
            Era::Reiwa => "era-reiwa",
        }
    }
}

/// The era and its year of `date` (令和 from 2019-05-01, 平成 from
/// 1989-01-08, 昭和 from 1926-12-25); `None` before 昭和.
pub fn wareki(date: Date) -> Option<(Era, i32)> {
    let from = |y, m, d| Date::from_ymd_opt(y, m, d).expect("valid date");
    [
        (Era::Reiwa, from(2019, 5, 1)),
        (Era::Heisei, from(1989, 1, 8)),
        (Era::Showa, from(1926, 12, 25)),
    ]
    .into_iter()
    .find(|(_, start)| date >= *start)
    .map(|(era, start)| (era, date.year() - start.year() + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::official::CopayLimit;
    use crate::test_support::{d, vaccination};

    fn certificate(id: &str, from: &str, to: &str) -> Certificate {
        Certificate {
            id: id.into(),
            child_id: Some("a-child-1".into()),
            certificate_name: format!("乳幼児医療証 {id}"),
            public_payer_number: "88139999".into(),
            recipient_number: "9999001".into(),
            valid_from: d(from),
            valid_to: d(to),
            copay_limit: CopayLimit {
                per_visit_yen: Some(0),
                monthly_yen: None,
                note: None,
            },
        }
    }

    fn record(id: i64, data: RecordData, deleted: bool) -> Record {
        Record {
            id,
            child_id: 1,
            data,
            deleted_at: deleted.then(|| "2026-01-01T00:00:00Z".into()),
            official: false,
        }
    }

    fn allergy(substance: &str, date: &str) -> RecordData {
        RecordData::Allergy(Allergy {
            date: d(date),
            substance: substance.into(),
            reaction: Some("じんましん".into()),
        })
    }

    fn child() -> Child {
        Child {
            id: 1,
            name: "はなこ".into(),
            birth_date: d("2025-06-10"),
            sex: None,
        }
    }

    #[test]
    fn the_card_shows_usable_certificates_first_and_live_records_only() {
        let records = vec![
            record(1, vaccination("pcv", 2, "2025-10-14"), false),
            record(2, vaccination("hepb", 1, "2025-08-12"), false),
            record(3, vaccination("pcv", 1, "2025-08-12"), false),
            record(4, vaccination("hib", 1, "2025-08-12"), true),
            record(5, allergy("卵", "2026-01-05"), false),
            record(6, allergy("牛乳", "2026-02-01"), false),
            record(7, allergy("小麦", "2026-03-01"), true),
        ];
        let card = clinic_card(
            child(),
            [
                certificate("old", "2024-04-01", "2025-03-31"),
                certificate("next", "2027-04-01", "2028-03-31"),
                certificate("now", "2025-06-10", "2031-03-31"),
            ],
            &records,
            InsuranceNote::parse("保険者番号 06139999").unwrap(),
            d("2026-04-01"),
        );
        let certs: Vec<(&str, Validity)> = card
            .certificates
            .iter()
            .map(|c| (c.certificate.id.as_str(), c.validity))
            .collect();
        assert_eq!(
            certs,
            [
                ("now", Validity::Current),
                ("next", Validity::NotYet),
                ("old", Validity::Expired)
            ]
        );
        let allergies: Vec<&str> = card
            .allergies
            .iter()
            .map(|a| a.substance.as_str())
            .collect();
        assert_eq!(
            allergies,
            ["牛乳", "卵"],
            "newest first, the deleted one left out"
        );
        let vaccines: Vec<(&str, Vec<u8>)> = card
            .vaccinations
            .iter()
            .map(|v| (v.vaccine.as_str(), v.doses.iter().map(|d| d.dose).collect()))
            .collect();
        assert_eq!(vaccines, [("hepb", vec![1]), ("pcv", vec![1, 2])]);
        assert_eq!(
            card.insurance_note.as_ref().map(InsuranceNote::as_str),
            Some("保険者番号 06139999")
        );
    }

    #[test]
    fn a_certificate_is_usable_on_its_first_and_last_day() {
        let c = certificate("c", "2025-06-10", "2031-03-31");
        assert_eq!(Validity::of(&c, d("2025-06-09")), Validity::NotYet);
        assert_eq!(Validity::of(&c, d("2025-06-10")), Validity::Current);
        assert_eq!(Validity::of(&c, d("2031-03-31")), Validity::Current);
        assert_eq!(Validity::of(&c, d("2031-04-01")), Validity::Expired);
    }

    #[test]
    fn an_insurance_note_never_takes_an_individual_number() {
        for refused in [
            "123456789012",
            "番号: 1234 5678 9012",
            "1234-5678-9012です",
            "１２３４５６７８９０１２",
            "１２３４　５６７８　９０１２",
        ] {
            assert_eq!(
                InsuranceNote::parse(refused),
                Err(NoteProblem::IndividualNumber),
                "{refused}"
            );
        }
        for kept in [
            "保険者番号 06139999 記号 12 番号 3456",
            "被保険者番号 12345678901",
            "電話 03-1234-5678",
            "1234567890123",
            "12-34-56",
        ] {
            assert!(matches!(InsuranceNote::parse(kept), Ok(Some(_))), "{kept}");
        }
    }

    #[test]
    fn an_insurance_note_is_trimmed_limited_and_cleared_when_empty() {
        assert_eq!(InsuranceNote::parse("  \n "), Ok(None));
        assert_eq!(
            InsuranceNote::parse("  国保 \n").unwrap().unwrap().as_str(),
            "国保"
        );
        let longest = "あ".repeat(MAX_INSURANCE_NOTE_CHARS);
        assert!(InsuranceNote::parse(&longest).is_ok());
        assert_eq!(
            InsuranceNote::parse(&format!("{longest}あ")),
            Err(NoteProblem::TooLong)
        );
        assert_eq!(
            InsuranceNote::parse("国保\u{7}"),
            Err(NoteProblem::ControlCharacters)
        );
        assert_eq!(
            InsuranceNote::parse("一行目\n二行目")
                .unwrap()
                .unwrap()
                .as_str(),
            "一行目\n二行目"
        );
    }

    #[test]
    fn dates_in_the_japanese_era() {
        assert_eq!(wareki(d("2031-03-31")), Some((Era::Reiwa, 13)));
        assert_eq!(wareki(d("2019-05-01")), Some((Era::Reiwa, 1)));
        assert_eq!(wareki(d("2019-04-30")), Some((Era::Heisei, 31)));
        assert_eq!(wareki(d("1989-01-08")), Some((Era::Heisei, 1)));
        assert_eq!(wareki(d("1989-01-07")), Some((Era::Showa, 64)));
        assert_eq!(wareki(d("1926-12-24")), None);
    }
}
