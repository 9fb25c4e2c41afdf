//! Words about a child's records, shared by the window and `hagu`: the
//! kind's name and one summary of a record, in the window's row wording or
//! as a terminal line (see [`Style`]). The pregnancy's twin is
//! [`crate::pregnancy`].

use crate::{Localizer, Value};
use hagukumi_core::records::{Funding, RecordData, RecordKind};

/// Where a summary is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// A record's row in the window: names in words, notes, lots and
    /// funding, parts joined by " · ", a value never split from its unit.
    Row,
    /// A line of `hagu record list`: the essentials, vaccines by id, free
    /// text on one line, parts joined by `record-line-separator`.
    Line,
}

/// The name of a record kind, e.g. 計測.
pub fn kind_name(l: &Localizer, kind: RecordKind) -> String {
    l.text(&format!("record-kind-{}", kind.as_str()))
}

/// One line describing a child's record (without its kind and date).
pub fn summary(l: &Localizer, data: &RecordData, style: Style) -> String {
    let row = style == Style::Row;
    // Free text: as typed in the window, on one line in a terminal.
    let text = |t: &str| if row { t.to_owned() } else { one_line(t) };
    // "text — note" in the window, the text alone in a terminal.
    let with_note = |t: &str, note: &Option<String>| match note {
        Some(n) if row => format!("{t} — {n}"),
        _ => text(t),
    };
    // A measured value with its short label ("体重 7.2 kg"); `together`:
    // in the window the value never splits from its unit (birth, checkup).
    let measure = |label: &str, v: Option<f64>, together: bool| {
        let (short, unit, line) = match label {
            "weight" => ("field-weight-short", "unit-kg", "record-line-weight"),
            "height" => ("field-height-short", "unit-cm", "record-line-height"),
            "head" => (
                "field-head-circumference-short",
                "unit-cm",
                "record-line-head",
            ),
            _ => (
                "field-chest-circumference-short",
                "unit-cm",
                "record-line-chest",
            ),
        };
        v.map(|v| match style {
            Style::Row => {
                let value = number(l, unit, v);
                let value = if together {
                    value.replace(' ', "\u{a0}")
                } else {
                    value
                };
                format!("{} {value}", l.text(short))
            }
            Style::Line => l.format(line, &[("value", Value::from(v.to_string()))]),
        })
    };
    let parts: Vec<String> = match data {
        RecordData::Vaccination(v) if row => {
            let mut parts = vec![
                l.text(&format!("schedule-vaccine-{}", v.vaccine)),
                l.format("record-dose", &[("dose", Value::from(v.dose))]),
            ];
            if let Some(f) = v.funding {
                parts.push(l.text(match f {
                    Funding::Public => "funding-public",
                    Funding::SelfPaid => "funding-self-paid",
                }));
            }
            if let Some(lot) = &v.lot {
                parts.push(l.format("record-lot", &[("lot", Value::from(lot.as_str()))]));
            }
            parts
        }
        RecordData::Vaccination(v) => vec![l.format(
            "record-line-vaccination",
            &[
                ("vaccine", Value::from(v.vaccine.as_str())),
                ("dose", Value::from(v.dose)),
            ],
        )],
        RecordData::Measurement(m) => [
            measure("weight", m.weight_kg, false),
            measure("height", m.height_cm, false),
            measure("head", m.head_cm, false),
            measure("chest", m.chest_cm, false),
        ]
        .into_iter()
        .flatten()
        .collect(),
        RecordData::Milestone(m) => vec![with_note(&m.what, &m.note)],
        RecordData::Note(n) => vec![text(&n.text)],
        RecordData::Allergy(a) => vec![with_note(&a.substance, &a.reaction)],
        RecordData::Illness(i) => vec![with_note(&i.name, &i.note)],
        RecordData::Birth(b) => {
            let apgar = match (b.apgar_1min, b.apgar_5min) {
                (None, None) => None,
                (one, five) => Some(l.format(
                    "record-apgar",
                    &[
                        (
                            "one",
                            Value::from(one.map_or("–".into(), |a| a.to_string())),
                        ),
                        (
                            "five",
                            Value::from(five.map_or("–".into(), |a| a.to_string())),
                        ),
                    ],
                )),
            };
            let born_at = b
                .time
                .as_ref()
                .map(|t| l.format("record-born-at", &[("time", Value::from(t.as_str()))]));
            [
                b.gestation.map(|g| {
                    l.format(
                        "record-gestation",
                        &[
                            ("weeks", Value::from(g.weeks)),
                            ("days", Value::from(g.days)),
                        ],
                    )
                }),
                b.weight_g
                    .map(|w| l.format("record-birth-weight", &[("value", Value::from(w))])),
                measure("height", b.length_cm, true),
                // The head, Apgar scores and time of birth in the window only.
                measure("head", b.head_cm, true).filter(|_| row),
                b.delivery.map(|x| l.text(&x.message_id())),
                apgar.filter(|_| row),
                born_at.filter(|_| row),
            ]
            .into_iter()
            .flatten()
            .collect()
        }
        RecordData::Checkup(c) => {
            let mut parts = vec![l.text(&c.checkup.message_id())];
            parts.extend(
                [
                    measure("weight", c.weight_kg, true),
                    measure("height", c.height_cm, true),
                    measure("head", c.head_cm, true),
                    measure("chest", c.chest_cm, true),
                ]
                .into_iter()
                .flatten(),
            );
            if !c.answers.is_empty() {
                parts.push(l.format(
                    "record-answered",
                    &[("count", Value::from(c.answers.len()))],
                ));
            }
            if row {
                parts.extend(c.findings.clone());
            }
            parts
        }
        RecordData::Dental(x) => {
            let mut parts = vec![l.format("record-teeth", &[("count", Value::from(x.teeth))])];
            if let Some(n) = x.caries {
                parts.push(l.format("record-caries", &[("count", Value::from(n))]));
            }
            match x.fluoride {
                Some(true) => parts.push(l.text("record-fluoride-yes")),
                Some(false) => parts.push(l.text("record-fluoride-no")),
                None => {}
            }
            if row {
                parts.extend(x.note.clone());
            }
            parts
        }
        RecordData::Screening(s) => {
            let mut parts = vec![l.text(&s.test.message_id()), l.text(&s.result.message_id())];
            if row {
                parts.extend(s.note.clone());
            }
            parts
        }
        RecordData::Medicine(m) => {
            let mut parts = vec![with_note(&m.name, &m.instructions)];
            if let Some(end) = m.end {
                parts.push(l.format("record-until", &[("date", Value::from(l.date(end)))]));
            }
            parts
        }
    };
    let separator = match style {
        Style::Row => " · ".to_owned(),
        Style::Line => l.text("record-line-separator"),
    };
    parts.join(&separator)
}

/// A value in its unit (`unit-kg`, `unit-cm`).
fn number(l: &Localizer, unit: &str, value: f64) -> String {
    l.format(unit, &[("value", Value::from(value))])
}

/// Free text on one line of the terminal.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::records::{Measurement, Milestone, Vaccination};
    use hagukumi_core::Language;

    fn date() -> hagukumi_core::Date {
        "2025-03-28".parse().unwrap()
    }

    #[test]
    fn a_measurement_in_the_window_and_in_a_terminal() {
        let data = RecordData::Measurement(Measurement {
            date: date(),
            weight_kg: Some(4.21),
            height_cm: Some(54.5),
            head_cm: None,
            chest_cm: Some(36.0),
        });
        let ja = Localizer::new(Language::Ja);
        let en = Localizer::new(Language::En);
        assert_eq!(
            summary(&ja, &data, Style::Row),
            "体重 4.21 kg · 身長 54.5 cm · 胸囲 36 cm"
        );
        assert_eq!(
            summary(&ja, &data, Style::Line),
            "体重 4.21 kg、身長 54.5 cm、胸囲 36 cm"
        );
        assert_eq!(
            summary(&en, &data, Style::Line),
            "weight 4.21 kg, height 54.5 cm, chest 36 cm"
        );
    }

    #[test]
    fn a_vaccination_is_named_in_the_window_and_by_id_in_a_terminal() {
        let data = RecordData::Vaccination(Vaccination {
            vaccine: "hib".into(),
            dose: 2,
            date: date(),
            manufacturer: None,
            lot: Some("A12".into()),
            facility: None,
            funding: Some(Funding::Public),
        });
        let ja = Localizer::new(Language::Ja);
        let row = summary(&ja, &data, Style::Row);
        assert_eq!(
            row,
            format!(
                "{} · 2回目 · 定期接種（公費） · ロット A12",
                ja.text("schedule-vaccine-hib")
            )
        );
        assert_eq!(summary(&ja, &data, Style::Line), "hib 2回目");
        assert_eq!(
            kind_name(&ja, RecordKind::Vaccination),
            ja.text("record-kind-vaccination")
        );
    }

    #[test]
    fn free_text_keeps_its_note_in_the_window_and_one_line_in_a_terminal() {
        let data = RecordData::Milestone(Milestone {
            date: date(),
            what: "first\n steps".into(),
            note: Some("at the park".into()),
        });
        let ja = Localizer::new(Language::Ja);
        assert_eq!(
            summary(&ja, &data, Style::Row),
            "first\n steps — at the park"
        );
        assert_eq!(summary(&ja, &data, Style::Line), "first steps");
    }
}
