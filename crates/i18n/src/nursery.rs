//! Words for nurseries (`locales/*/nursery.ftl`): facility types and the
//! 保育指数's explanation lines, for `hagu` and the app.

use crate::{Localizer, Value};
use hagukumi_core::nursery::index::{Line, Title};
use hagukumi_core::nursery::{
    BookmarkRow, CompareColumn, Comparison, DatasetLine, FacilityType, Label, Origin,
};
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

/// A dataset's label (the SAMPLE notice) in this language: English where
/// the language reads English data words and the dataset has an English
/// label, else the Japanese as published.
pub fn label<'a>(l: &Localizer, label: &'a Label) -> &'a str {
    crate::materials::pick(l, &label.ja, label.en.as_deref())
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

/// A star rating as stars (`★★★☆☆`), or the words for none.
pub fn stars(l: &Localizer, stars: Option<u8>) -> String {
    match stars {
        Some(n) => {
            let n = usize::from(n.min(5));
            format!("{}{}", "★".repeat(n), "☆".repeat(5 - n))
        }
        None => l.text("nursery-stars-none"),
    }
}

/// The words for yes, no or unknown (一時預かり, 病児保育).
fn offered(l: &Localizer, v: Option<bool>) -> String {
    l.text(match v {
        Some(true) => "nursery-compare-yes",
        Some(false) => "nursery-compare-no",
        None => "nursery-compare-unknown",
    })
}

/// A facility's name as a comparison's heading: with a mark when it is no
/// longer in the data.
pub fn column_name(l: &Localizer, c: &CompareColumn) -> String {
    bookmark_name(l, &c.bookmark)
}

/// A bookmark's name, with a mark when the facility is no longer in the
/// data.
pub fn bookmark_name(l: &Localizer, b: &BookmarkRow) -> String {
    if b.missing {
        l.format(
            "nursery-bookmark-missing-name",
            &[("name", Value::from(b.name.as_str()))],
        )
    } else {
        b.name.clone()
    }
}

/// One row of the comparison table: its label and one cell per facility.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// A stable id for the row (`type`, `hours`, …): tests and the window
    /// name rows by it.
    pub id: &'static str,
    pub label: String,
    pub cells: Vec<String>,
}

/// The comparison as rows (labels in this language), the same for the
/// window and `hagu nursery compare`. The facilities' names are the
/// columns' headings ([`column_name`]); the distance row only when a point
/// was given, the openings row only for a child's class.
pub fn comparison_rows(l: &Localizer, c: &Comparison) -> Vec<Row> {
    let dash = || l.text("nursery-compare-unknown");
    let cells = |f: &dyn Fn(&CompareColumn) -> Option<String>| -> Vec<String> {
        c.columns
            .iter()
            .map(|col| f(col).unwrap_or_else(dash))
            .collect()
    };
    let row = |id: &'static str, label: String, cells: Vec<String>| Row { id, label, cells };
    let mut rows = vec![row(
        "type",
        l.text("nursery-compare-type"),
        cells(&|col| {
            let b = &col.bookmark;
            b.kind.map(|k| {
                let m = b
                    .municipality
                    .as_deref()
                    .map(|m| crate::programs::name(l, m, b.municipality_en.as_deref()));
                match m {
                    Some(m) => l.format(
                        "nursery-row-kind",
                        &[
                            ("type", Value::from(facility_type(l, k))),
                            ("municipality", Value::from(m)),
                        ],
                    ),
                    None => facility_type(l, k),
                }
            })
        }),
    )];
    if c.from_given {
        rows.push(row(
            "distance",
            l.text("nursery-compare-distance"),
            cells(&|col| {
                col.distance_km.map(|km| {
                    l.format(
                        "nursery-compare-km",
                        &[("km", Value::from(format!("{km:.2}")))],
                    )
                })
            }),
        ));
    }
    rows.push(row(
        "hours",
        l.text("nursery-compare-hours"),
        cells(&|col| {
            col.opens
                .as_deref()
                .zip(col.closes.as_deref())
                .map(|(o, c)| {
                    l.format(
                        "nursery-compare-hours-value",
                        &[("opens", Value::from(o)), ("closes", Value::from(c))],
                    )
                })
        }),
    ));
    rows.push(row(
        "extended",
        l.text("nursery-compare-extended"),
        cells(&|col| {
            (!col.bookmark.missing).then(|| match &col.extended_until {
                Some(until) => l.format(
                    "nursery-compare-until",
                    &[("until", Value::from(until.as_str()))],
                ),
                None => l.text("nursery-compare-no"),
            })
        }),
    ));
    if let Some(class) = c.class {
        rows.push(row(
            "openings",
            l.format(
                "nursery-compare-openings",
                &[
                    ("class", class.into()),
                    ("date", Value::from(l.date(c.intake))),
                ],
            ),
            cells(&|col| match (col.takes_class, col.openings) {
                (Some(false), _) => Some(l.text("nursery-compare-class-not-taken")),
                (_, Some(n)) => Some(l.format("nursery-compare-count", &[("count", n.into())])),
                _ => None,
            }),
        ));
    }
    rows.push(row(
        "fees",
        l.text("nursery-compare-fees"),
        cells(&|col| col.fees.clone()),
    ));
    rows.push(row(
        "temporary",
        l.text("nursery-compare-temporary"),
        cells(&|col| (!col.bookmark.missing).then(|| offered(l, col.temporary_care))),
    ));
    rows.push(row(
        "sick",
        l.text("nursery-compare-sick"),
        cells(&|col| (!col.bookmark.missing).then(|| offered(l, col.sick_child_care))),
    ));
    rows.push(row(
        "capacity",
        l.text("nursery-compare-capacity"),
        cells(&|col| {
            col.capacity
                .map(|n| l.format("nursery-compare-people", &[("count", n.into())]))
        }),
    ));
    rows.push(row(
        "stars",
        l.text("nursery-compare-stars"),
        cells(&|col| Some(stars(l, col.bookmark.stars))),
    ));
    rows.push(row(
        "note",
        l.text("nursery-compare-note"),
        cells(&|col| col.bookmark.note.clone()),
    ));
    rows
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
    fn a_comparison_reads_in_both_languages() {
        use hagukumi_core::nursery::{compare, load_embedded, Bookmark, CompareRequest, Ranked};
        let data = load_embedded();
        let marks: Vec<Ranked> = (0..2)
            .map(|i| Ranked {
                id: i + 1,
                rank: i as u32 + 1,
                bookmark: Bookmark::of(&data, &data.facilities[i as usize].id)
                    .unwrap()
                    .with_stars(Some(4))
                    .unwrap(),
                photos: 0,
            })
            .collect();
        let request = CompareRequest {
            starred: true,
            class: Some(1),
            from: Some("35.6727,139.8170".into()),
            ..CompareRequest::default()
        };
        let today = hagukumi_core::Date::from_ymd_opt(2026, 12, 4).unwrap();
        let c = compare(&data, &marks, &request, today).unwrap();
        for lang in Language::ALL {
            let l = Localizer::new(lang);
            let rows = comparison_rows(&l, &c);
            let ids: Vec<&str> = rows.iter().map(|r| r.id).collect();
            assert_eq!(
                ids,
                [
                    "type",
                    "distance",
                    "hours",
                    "extended",
                    "openings",
                    "fees",
                    "temporary",
                    "sick",
                    "capacity",
                    "stars",
                    "note"
                ]
            );
            for r in &rows {
                assert_eq!(r.cells.len(), 2);
                for text in std::iter::once(&r.label).chain(&r.cells) {
                    assert!(!text.contains("nursery-"), "{lang}: {text}");
                    assert!(!text.contains('{'), "{lang}: {text}");
                }
            }
            assert_eq!(rows[9].cells[0], "★★★★☆");
        }
    }

    /// The data carries its words in Japanese and English only (保育指数
    /// rule titles, the checklist's SAMPLE label, a municipality's name):
    /// a language without them reads its fallback's, as its Fluent
    /// messages do (やさしい日本語 → Japanese; every other → English),
    /// never a made-up translation.
    #[test]
    fn data_words_follow_each_languages_fallback() {
        let tables = embedded_tables().unwrap();
        let t = &tables[0].note;
        assert_ne!(t.ja, t.en);
        for lang in Language::ALL {
            let l = Localizer::new(lang);
            let (want, name) = match lang {
                Language::Ja | Language::JaEasy => (&t.ja, "江東区".to_owned()),
                _ => (&t.en, "Koto City (江東区)".to_owned()),
            };
            assert_eq!(&title(&l, t), want, "{lang}");
            assert_eq!(
                crate::programs::name(&l, "江東区", Some("Koto City")),
                name,
                "{lang}"
            );
            let sample = Label {
                ja: "SAMPLE データ".into(),
                en: Some("SAMPLE data".into()),
            };
            assert_eq!(
                label(&l, &sample),
                if lang.base() == Language::En {
                    "SAMPLE data"
                } else {
                    "SAMPLE データ"
                },
                "{lang}"
            );
            assert_eq!(
                crate::materials::pick(&l, "案内", Some("Guide")),
                if lang.base() == Language::En {
                    "Guide"
                } else {
                    "案内"
                },
                "{lang}"
            );
        }
    }

    #[test]
    fn signs() {
        assert_eq!(signed(2), "+2");
        assert_eq!(signed(-1), "-1");
        assert_eq!(signed(0), "0");
    }
}
