//! Words for child-support programs (`locales/*/programs.ftl`), shared by
//! `hagu programs` / `hagu municipality` and, later, the app.

use crate::{Localizer, Value};
use hagukumi_core::programs::{Amount, Match, Per, Person};
use hagukumi_core::schedule::Reason;
use hagukumi_core::Language;

/// A yen amount with thousands separators: 15000 → "15,000".
pub fn yen(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "月15,000円" / "¥15,000 a month", "50,000円×胎児の数".
pub fn amount(l: &Localizer, a: &Amount) -> String {
    let id = match a.per {
        Per::Month => "programs-amount-month",
        Per::Once => "programs-amount-once",
    };
    let text = l.format(id, &[("yen", Value::from(yen(a.yen)))]);
    if a.per_expected_child {
        l.format(
            "programs-amount-per-expected-child",
            &[("amount", Value::from(text))],
        )
    } else {
        text
    }
}

/// The program's name: the registry's (Japanese) name, with the English
/// name first in English when the data has one.
pub fn name(l: &Localizer, name: &str, name_en: Option<&str>) -> String {
    match (l.language(), name_en) {
        (Language::En, Some(en)) => format!("{en} ({name})"),
        _ => name.to_owned(),
    }
}

/// Whom a match is for: the child's name, or the pregnancy.
pub fn person(l: &Localizer, m: &Match, expected: impl Fn(i64) -> Option<String>) -> String {
    match &m.person {
        Person::Child { name, .. } => name.clone(),
        Person::Pregnancy { id, label } => {
            let date = expected(*id).unwrap_or_default();
            match label {
                Some(label) => l.format(
                    "programs-person-pregnancy-label",
                    &[
                        ("label", Value::from(label.as_str())),
                        ("date", Value::from(date)),
                    ],
                ),
                None => l.format("programs-person-pregnancy", &[("date", Value::from(date))]),
            }
        }
    }
}

/// One reason of a match; the child's name is passed as `name`.
pub fn reason(l: &Localizer, m: &Match, reason: &Reason) -> String {
    use hagukumi_core::schedule::ReasonArg;
    let mut args: Vec<(&str, Value<'_>)> = reason
        .args
        .iter()
        .map(|(k, v)| {
            let value = match v {
                ReasonArg::Number(n) => Value::from(*n),
                ReasonArg::Date(d) => Value::from(l.date(*d)),
                ReasonArg::Message(id) => Value::from(l.text(id)),
            };
            (k.as_str(), value)
        })
        .collect();
    if let Person::Child { name, .. } = &m.person {
        args.push(("name", Value::from(name.as_str())));
    }
    l.format(&reason.message_id, &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::programs::ids;

    #[test]
    fn yen_has_thousands_separators() {
        assert_eq!(yen(0), "0");
        assert_eq!(yen(5000), "5,000");
        assert_eq!(yen(500000), "500,000");
        assert_eq!(yen(1234567), "1,234,567");
    }

    #[test]
    fn every_reason_id_uses_its_arguments_in_both_languages() {
        for lang in [Language::Ja, Language::En] {
            let l = Localizer::new(lang);
            for (id, args) in ids::ALL {
                let values: Vec<(&str, Value<'_>)> = args
                    .iter()
                    .map(|a| (*a, Value::from(format!("<{a}>"))))
                    .collect();
                let text = l.format(id, &values);
                assert_ne!(&text, id, "{lang}: {id} missing");
                for a in *args {
                    assert!(
                        text.contains(&format!("<{a}>")),
                        "{lang}: {id} lacks {a}: {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_age_reads_as_the_issue_asks() {
        let l = Localizer::new(Language::Ja);
        let text = l.format(
            ids::CHILD_AGE,
            &[
                ("name", Value::from("はなこ")),
                ("years", Value::from(0)),
                ("months", Value::from(2)),
            ],
        );
        assert_eq!(text, "はなこさんは2か月");
    }
}
