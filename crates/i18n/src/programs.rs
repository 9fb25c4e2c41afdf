//! Words for child-support programs (`locales/*/programs.ftl`), shared by
//! `hagu programs` / `hagu municipality` and the app's programs screen.

use crate::{Localizer, Value};
use hagukumi_core::programs::{Amount, Match, Per, Person};
use hagukumi_core::schedule::Reason;
use hagukumi_core::{Date, Language};

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
    match (l.language().base(), name_en) {
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

/// The level of a program (`national`, `prefecture`, `municipality`).
pub fn level(l: &Localizer, level: &str) -> String {
    l.text(&format!("programs-level-{level}"))
}

/// The amount as computed, else the registry's own words on it.
pub fn amount_of(l: &Localizer, m: &Match) -> Option<String> {
    match (&m.amount, &m.amount_text) {
        (Some(a), _) => Some(amount(l, a)),
        (None, Some(text)) => Some(text.clone()),
        (None, None) => None,
    }
}

/// The last day of a match: the earlier of its end and its application
/// deadline.
pub fn last_day(m: &Match) -> Option<Date> {
    match (m.ends, m.apply_by) {
        (Some(e), Some(a)) => Some(e.min(a)),
        (e, a) => e.or(a),
    }
}

/// Up to this many days left, a deadline counts the days; further away
/// it names only the date (「あと5597日」 says nothing a parent can use).
pub const DAYS_COUNTED: i64 = 90;

/// "あと10日（2026年12月13日まで）" within [`DAYS_COUNTED`] days,
/// "2041年6月30日まで" beyond, "今日まで" on the last day. The window and
/// `hagu programs` both word deadlines here.
pub fn deadline(l: &Localizer, m: &Match) -> Option<String> {
    let days = m.days_left?;
    if days == 0 {
        return Some(l.text("programs-last-day"));
    }
    let date = Value::from(l.date(last_day(m)?));
    Some(if days <= DAYS_COUNTED {
        l.format(
            "programs-days-left",
            &[("days", Value::from(days)), ("date", date)],
        )
    } else {
        l.format("programs-until-date", &[("date", date)])
    })
}

/// "次の支給月: 2026年12月" from the match's `YYYY-MM`.
pub fn next_payment(l: &Localizer, m: &Match) -> Option<String> {
    let (y, mo) = m.next_payment_month.as_deref()?.split_once('-')?;
    let (y, mo): (i64, i64) = (y.parse().ok()?, mo.parse().ok()?);
    Some(l.format(
        "programs-next-payment",
        &[("year", Value::from(y)), ("month", Value::from(mo))],
    ))
}

/// One reason of a match; the child's name is passed as `name`.
pub fn reason(l: &Localizer, m: &Match, reason: &Reason) -> String {
    match &m.person {
        Person::Child { name, .. } => {
            l.reason_with(reason, &[("name", Value::from(name.as_str()))])
        }
        _ => l.reason(reason),
    }
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

    fn a_match(days_left: Option<i64>, ends: Option<&str>, apply_by: Option<&str>) -> Match {
        let hanako = Person::Child {
            id: 1,
            name: "はなこ".into(),
        };
        Match {
            ends: ends.map(|d| d.parse().unwrap()),
            apply_by: apply_by.map(|d| d.parse().unwrap()),
            days_left,
            next_payment_month: Some("2027-04".into()),
            ..Match::new(
                "p".into(),
                "018サポート".into(),
                "prefecture".into(),
                hanako,
            )
        }
    }

    #[test]
    fn the_deadline_is_the_earlier_day_with_the_days_left() {
        let ja = Localizer::new(Language::Ja);
        let m = a_match(Some(10), Some("2027-03-31"), Some("2026-12-13"));
        assert_eq!(deadline(&ja, &m).unwrap(), "あと10日（2026年12月13日まで）");
        let m = a_match(Some(0), Some("2026-12-03"), None);
        assert_eq!(deadline(&ja, &m).unwrap(), "今日まで");
        assert_eq!(deadline(&ja, &a_match(None, None, None)), None);
        let en = Localizer::new(Language::En);
        let m = a_match(Some(90), Some("2027-03-02"), None);
        assert!(deadline(&en, &m).unwrap().contains("90 days left"));
    }

    #[test]
    fn a_far_deadline_names_the_date_not_thousands_of_days() {
        let ja = Localizer::new(Language::Ja);
        // 018サポート of a newborn: the first 31 March after turning 18.
        let m = a_match(Some(5597), Some("2042-03-31"), None);
        assert_eq!(deadline(&ja, &m).unwrap(), "2042年3月31日まで");
        let m = a_match(Some(91), Some("2027-03-31"), None);
        assert_eq!(deadline(&ja, &m).unwrap(), "2027年3月31日まで");
        let en = Localizer::new(Language::En);
        let text = deadline(&en, &a_match(Some(5597), Some("2042-03-31"), None)).unwrap();
        assert!(
            text.starts_with("until ") && !text.contains("5597"),
            "{text}"
        );
    }

    #[test]
    fn the_next_payment_month_reads_as_a_month() {
        let ja = Localizer::new(Language::Ja);
        assert_eq!(
            next_payment(&ja, &a_match(None, None, None)).unwrap(),
            "次の支給月: 2027年4月"
        );
        let mut m = a_match(None, None, None);
        m.next_payment_month = Some("soon".into());
        assert_eq!(next_payment(&ja, &m), None);
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
