//! Words for nurseries (`locales/*/nursery.ftl`): facility types and the
//! 保育指数's explanation lines, for `hagu` and the app.

use crate::{Localizer, Value};
use hagukumi_core::nursery::index::{Line, Title};
use hagukumi_core::nursery::{DatasetLine, FacilityType, Origin};
use hagukumi_core::{Date, Language};

/// A facility type's name (`nursery-type-licensed`, …).
pub fn facility_type(l: &Localizer, t: FacilityType) -> String {
    l.text(&format!("nursery-type-{}", t.id()))
}

/// Where a dataset came from and its date (`nursery-origin-portal` with
/// the day the portal signed the copy kept, or `nursery-origin-embedded`).
pub fn origin(l: &Localizer, d: &DatasetLine) -> String {
    let municipality = crate::programs::name(l, &d.municipality, d.municipality_en.as_deref());
    let as_of = Value::from(l.date(d.as_of));
    match &d.origin {
        Origin::Embedded => l.format(
            "nursery-origin-embedded",
            &[
                ("municipality", Value::from(municipality)),
                ("as_of", as_of),
            ],
        ),
        Origin::Portal { issued_at } => {
            let signed = issued_at.as_deref().unwrap_or("");
            let signed = signed
                .get(..10)
                .and_then(|day| day.parse::<Date>().ok())
                .map_or_else(|| signed.to_owned(), |day| l.date(day));
            l.format(
                "nursery-origin-portal",
                &[
                    ("municipality", Value::from(municipality)),
                    ("signed", Value::from(signed)),
                    ("as_of", as_of),
                ],
            )
        }
    }
}

/// A data row's own title in this language.
pub fn title(l: &Localizer, t: &Title) -> String {
    match l.language().base() {
        Language::En => t.en.clone(),
        _ => t.ja.clone(),
    }
}

/// One explanation line of a family's points, with the row's title as
/// `rule`.
pub fn line(l: &Localizer, line: &Line) -> String {
    let rule = line.rule.as_ref().map(|t| title(l, t)).unwrap_or_default();
    l.reason_with(&line.reason, &[("rule", Value::from(rule))])
}

/// A difference with its sign: "+2", "-1", "0".
pub fn signed(n: i32) -> String {
    if n > 0 {
        format!("+{n}")
    } else {
        n.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::nursery::index::{embedded_tables, points, Answers};

    #[test]
    fn every_type_and_every_line_has_words_in_both_languages() {
        let tables = embedded_tables().unwrap();
        let koto = tables
            .iter()
            .find(|t| t.municipality.code == "131083")
            .unwrap();
        let answers: Answers = serde_json::from_str(
            r#"{"guardians": [{"situation": "work", "hours_per_week": 40, "days_per_month": 20},
                              {"situation": "care"}],
                "household": ["single_parent", "sibling_enrolled", "unlicensed_care",
                              "parental_leave_return", "small_scale_graduate", "nursery_teacher"]}"#,
        )
        .unwrap();
        let hachioji = tables
            .iter()
            .find(|t| t.municipality.code == "132012")
            .unwrap();
        for lang in Language::ALL {
            let l = Localizer::new(lang);
            for t in FacilityType::ALL {
                let text = facility_type(&l, t);
                assert!(!text.starts_with("nursery-type-"), "{lang}: {text}");
            }
            for table in [koto, hachioji] {
                for line_ in &points(table, &answers).lines {
                    let text = line(&l, line_);
                    assert!(!text.contains("hoiku-"), "{lang}: {text}");
                    assert!(!text.contains('{'), "{lang}: {text}");
                }
            }
        }
        let ja = Localizer::new(Language::Ja);
        let p = points(koto, &answers);
        assert_eq!(
            line(&ja, &p.lines[0]),
            "保護者1: 就労 月20日以上かつ週40時間以上の就労を常態 … 12点"
        );
        assert_eq!(
            line(&ja, &p.lines[1]),
            "保護者2: 介護・看護 … この表にありません（見つからなかった行です）"
        );
        let en = Localizer::new(Language::En);
        assert_eq!(
            line(&en, &p.lines[2]),
            "Adjustment: Single-parent household … 12 points"
        );
    }

    #[test]
    fn signs() {
        assert_eq!(signed(2), "+2");
        assert_eq!(signed(-1), "-1");
        assert_eq!(signed(0), "0");
    }
}
