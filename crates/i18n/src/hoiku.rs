//! Words for the 保育指数 simulator's questions and "what if"s and for the
//! April intake checklist (`locales/*/hoiku.ftl`), for the app and `hagu`.

use crate::nursery::{signed, title};
use crate::{Localizer, Value};
use hagukumi_core::nursery::index::flow::Tweak;
use hagukumi_core::nursery::index::{situation_message, Comparison, Line, Situation, Table};
use hagukumi_core::nursery::intake::PeriodView;

/// Hours as a person writes them: "30", "37.5".
pub fn hours(h: f64) -> String {
    if h.fract() == 0.0 {
        format!("{h:.0}")
    } else {
        format!("{h}")
    }
}

/// A situation's name (`hoiku-situation-…`).
pub fn situation(l: &Localizer, s: Situation) -> String {
    l.text(&situation_message(s))
}

/// The source and fiscal year of an explanation line's row ("" for a line
/// that is not in the table).
pub fn line_source(l: &Localizer, table: &Table, line: &Line) -> String {
    let Some(source) = line.source.as_deref().and_then(|id| table.source(id)) else {
        return String::new();
    };
    l.format(
        "hoiku-line-source",
        &[
            ("source", Value::from(source.title)),
            ("year", Value::from(table.fiscal_year_label.as_str())),
        ],
    )
}

/// A "what if" in words.
pub fn tweak(l: &Localizer, t: &Tweak) -> String {
    match t {
        Tweak::Hours { guardian, from, to } => l.format(
            "hoiku-tweak-hours",
            &[
                ("guardian", Value::from(*guardian)),
                ("from", Value::from(hours(*from))),
                ("to", Value::from(hours(*to))),
            ],
        ),
        Tweak::Days { guardian, from, to } => l.format(
            "hoiku-tweak-days",
            &[
                ("guardian", Value::from(*guardian)),
                ("from", Value::from(*from)),
                ("to", Value::from(*to)),
            ],
        ),
        Tweak::Add {
            adjustment,
            title: t,
        } => {
            let rule = t.as_ref().map_or_else(
                || {
                    l.text(&hagukumi_core::nursery::index::adjustment_message(
                        *adjustment,
                    ))
                },
                |t| title(l, t),
            );
            l.format("hoiku-tweak-add", &[("rule", Value::from(rule))])
        }
    }
}

/// The total as answered beside the total with the "what if"s.
pub fn comparison(l: &Localizer, c: &Comparison) -> String {
    l.format(
        "hoiku-whatif-compare",
        &[
            ("before", c.before.total.into()),
            ("after", c.after.total.into()),
            ("difference", c.difference.into()),
            ("signed", Value::from(signed(c.difference))),
        ],
    )
}

/// A period or deadline with its dates and the days left.
pub fn period(l: &Localizer, p: &PeriodView) -> String {
    let t = title(l, &p.period.title);
    let until = Value::from(l.date(p.period.until));
    let dates = match p.period.from {
        Some(from) => l.format(
            "hoiku-checklist-period-range",
            &[
                ("title", Value::from(t)),
                ("from", Value::from(l.date(from))),
                ("until", until),
            ],
        ),
        None => l.format(
            "hoiku-checklist-period-until",
            &[("title", Value::from(t)), ("until", until)],
        ),
    };
    format!("{dates} — {}", days_left(l, p.days_left))
}

/// "12 days left", "last day today", "the deadline has passed".
pub fn days_left(l: &Localizer, days: i64) -> String {
    if days < 0 {
        l.text("hoiku-checklist-passed")
    } else {
        l.format("hoiku-checklist-days-left", &[("days", Value::from(days))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::nursery::index::embedded_tables;
    use hagukumi_core::nursery::index::flow::{next, try_tweaks, tweaks, Answer, Step};
    use hagukumi_core::Language;

    #[test]
    fn a_what_if_and_a_line_with_its_source_in_both_languages() {
        let tables = embedded_tables().unwrap();
        let hachioji = tables
            .iter()
            .find(|t| t.municipality.code == "132012")
            .unwrap();
        let given = [
            Answer::Guardians(1),
            Answer::Situation(Situation::Work),
            Answer::HoursPerWeek(30.0),
            Answer::Household(vec![]),
        ];
        let Ok(Step::Done(answers)) = next(hachioji, &given) else {
            panic!("not done");
        };
        let t = tweaks(hachioji, &answers);
        let c = try_tweaks(hachioji, &answers, &t);
        let p = hagukumi_core::nursery::index::points(hachioji, &answers);
        let ja = Localizer::new(Language::Ja);
        assert_eq!(tweak(&ja, &t[0]), "保護者1が週30時間 → 35時間なら");
        assert_eq!(comparison(&ja, &c), "今の答え 8点 → もしも 9点（+1）");
        assert!(line_source(&ja, hachioji, &p.lines[0]).contains("令和7年度"));
        let en = Localizer::new(Language::En);
        assert_eq!(
            tweak(&en, &t[0]),
            "Guardian 1 at 35 hours a week instead of 30"
        );
        assert!(line_source(&en, hachioji, &p.lines[0]).starts_with("Source: 八王子市"));
        for lang in Language::ALL {
            let l = Localizer::new(lang);
            for d in [-1, 0, 1, 12] {
                assert!(!days_left(&l, d).contains("hoiku-"), "{lang}");
            }
        }
        assert_eq!(hours(37.5), "37.5");
    }
}
