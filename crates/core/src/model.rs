//! Records as the handbook keeps them.

use crate::{age, pregnancy, Age, Date, GestationalAge};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Store-assigned identifier of a record.
pub type RecordId = i64;

/// A child in the handbook.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Child {
    pub id: RecordId,
    pub name: String,
    pub birth_date: Date,
    /// Needed for growth charts (the references are split by sex); the
    /// parent may leave it unset.
    #[serde(default)]
    pub sex: Option<crate::growth::Sex>,
}

impl Child {
    pub fn age_on(&self, today: Date) -> Option<Age> {
        age::age_on(self.birth_date, today)
    }
}

/// A pregnancy followed in the handbook.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pregnancy {
    pub id: RecordId,
    /// Optional label chosen by the parent, e.g. "第二子".
    pub label: Option<String>,
    pub expected_date: Date,
}

impl Pregnancy {
    pub fn gestational_age_on(&self, today: Date) -> Option<GestationalAge> {
        pregnancy::gestational_age_on(self.expected_date, today)
    }
}

/// A child that passed validation and may be stored. Only
/// [`crate::ChildInput::validate`] builds one, so the store never sees bad input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewChild {
    pub(crate) name: String,
    pub(crate) birth_date: Date,
    pub(crate) sex: Option<crate::growth::Sex>,
}

impl NewChild {
    pub fn sex(&self) -> Option<crate::growth::Sex> {
        self.sex
    }
    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn birth_date(&self) -> Date {
        self.birth_date
    }
}

/// A pregnancy that passed validation and may be stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewPregnancy {
    pub(crate) label: Option<String>,
    pub(crate) expected_date: Date,
}

impl NewPregnancy {
    pub fn label(&self) -> Option<&str> {
        self.label.as_deref()
    }
    pub fn expected_date(&self) -> Date {
        self.expected_date
    }
}

/// The languages the app speaks. Japanese first; English always complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Ja,
    En,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::Ja, Language::En];

    /// BCP 47 tag, also the folder name under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Ja => "ja",
            Language::En => "en",
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?} (expected \"ja\" or \"en\")")]
pub struct UnknownLanguage(pub String);

impl FromStr for Language {
    type Err = UnknownLanguage;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "ja" => Ok(Language::Ja),
            "en" => Ok(Language::En),
            other => Err(UnknownLanguage(other.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes_roundtrip() {
        for lang in Language::ALL {
            assert_eq!(lang.code().parse::<Language>(), Ok(lang));
            assert_eq!(
                serde_json::to_string(&lang).unwrap(),
                format!("\"{}\"", lang.code())
            );
        }
        assert!("fr".parse::<Language>().is_err());
        assert_eq!(Language::default(), Language::Ja);
    }
}
