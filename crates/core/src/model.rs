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

/// The languages the app speaks: the languages of the handbook's official
/// multilingual editions. Japanese first; English always complete; every
/// other language is unreviewed until a fluent reader checks it and falls
/// back (see [`Language::fallback`]) for any message it lacks.
///
/// `JaEasy` is やさしい日本語 (easy Japanese), tagged `ja-x-easy`: a BCP 47
/// private-use subtag, since the standard has no tag for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Language {
    #[default]
    #[serde(rename = "ja")]
    Ja,
    #[serde(rename = "ja-x-easy")]
    JaEasy,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "ko")]
    Ko,
    #[serde(rename = "vi")]
    Vi,
    #[serde(rename = "pt-BR")]
    PtBr,
    #[serde(rename = "ne")]
    Ne,
    #[serde(rename = "tl")]
    Tl,
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "th")]
    Th,
    #[serde(rename = "es")]
    Es,
}

impl Language {
    pub const ALL: [Language; 12] = [
        Language::Ja,
        Language::JaEasy,
        Language::En,
        Language::ZhHans,
        Language::Ko,
        Language::Vi,
        Language::PtBr,
        Language::Ne,
        Language::Tl,
        Language::Id,
        Language::Th,
        Language::Es,
    ];

    /// BCP 47 tag, also the folder name under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Ja => "ja",
            Language::JaEasy => "ja-x-easy",
            Language::En => "en",
            Language::ZhHans => "zh-Hans",
            Language::Ko => "ko",
            Language::Vi => "vi",
            Language::PtBr => "pt-BR",
            Language::Ne => "ne",
            Language::Tl => "tl",
            Language::Id => "id",
            Language::Th => "th",
            Language::Es => "es",
        }
    }

    /// The language's name in its own script, as the picker shows it
    /// whatever language is current (a reader looks for their own).
    pub fn native_name(self) -> &'static str {
        match self {
            Language::Ja => "日本語",
            Language::JaEasy => "やさしいにほんご",
            Language::En => "English",
            Language::ZhHans => "中文（简体）",
            Language::Ko => "한국어",
            Language::Vi => "Tiếng Việt",
            Language::PtBr => "Português (Brasil)",
            Language::Ne => "नेपाली",
            Language::Tl => "Tagalog",
            Language::Id => "Bahasa Indonesia",
            Language::Th => "ไทย",
            Language::Es => "Español",
        }
    }

    /// Whether a fluent reader has reviewed this language's messages. Only
    /// Japanese and English so far; the picker marks the others.
    pub fn reviewed(self) -> bool {
        matches!(self, Language::Ja | Language::En)
    }

    /// The language a missing message comes from: やさしい日本語 falls back
    /// to Japanese, every other partial language to English; Japanese and
    /// English are complete and have none.
    pub fn fallback(self) -> Option<Language> {
        match self {
            Language::Ja | Language::En => None,
            Language::JaEasy => Some(Language::Ja),
            _ => Some(Language::En),
        }
    }

    /// The complete language (Japanese or English) whose data this one
    /// reads where data rows carry only those two (e.g. a label and its
    /// English label): the end of the fallback chain.
    pub fn base(self) -> Language {
        match self.fallback() {
            Some(next) => next.base(),
            None => self,
        }
    }

    /// The language a BCP 47 tag or POSIX locale names (`ko`, `ko-KR`,
    /// `pt_BR.UTF-8`, `zh-CN`, `ja-x-easy`), case-insensitively; `None` for
    /// a language the app does not speak.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let tag = tag.trim().split('.').next().unwrap_or("");
        let tag = tag.replace('_', "-").to_ascii_lowercase();
        if let Some(lang) = Language::ALL
            .into_iter()
            .find(|l| l.code().to_ascii_lowercase() == tag)
        {
            return Some(lang);
        }
        if tag == "ja-easy" || tag.starts_with("ja-x-easy") {
            return Some(Language::JaEasy);
        }
        let primary = tag.split('-').next().unwrap_or("");
        match primary {
            "ja" => Some(Language::Ja),
            "en" => Some(Language::En),
            "zh" => Some(Language::ZhHans),
            "pt" => Some(Language::PtBr),
            "fil" => Some(Language::Tl),
            "in" => Some(Language::Id),
            _ => Language::ALL.into_iter().find(|l| l.code() == primary),
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?} (expected one of ja, ja-x-easy, en, zh-Hans, ko, vi, pt-BR, ne, tl, id, th, es)")]
pub struct UnknownLanguage(pub String);

impl FromStr for Language {
    type Err = UnknownLanguage;
    /// Exactly one of the codes of [`Language::code`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Language::ALL
            .into_iter()
            .find(|l| l.code() == s)
            .ok_or_else(|| UnknownLanguage(s.to_owned()))
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
        assert_eq!(Language::from_tag("ko_KR.UTF-8"), Some(Language::Ko));
        assert_eq!(Language::from_tag("pt-br"), Some(Language::PtBr));
        assert_eq!(Language::from_tag("zh_CN"), Some(Language::ZhHans));
        assert_eq!(Language::from_tag("ja-x-easy"), Some(Language::JaEasy));
        assert_eq!(Language::from_tag("ja_JP"), Some(Language::Ja));
        assert_eq!(Language::from_tag("fr_FR"), None);
        assert_eq!(Language::JaEasy.base(), Language::Ja);
        assert_eq!(Language::Th.fallback(), Some(Language::En));
        assert_eq!(Language::default(), Language::Ja);
    }
}
