//! The clinic summary (受診用サマリー): the child's latest measurements,
//! vaccinations, allergies, illnesses and the next due items on one page.
//!
//! Pure: the caller passes today, the records and the next due items; the
//! result is a self-contained HTML document (inline CSS, no scripts, no
//! remote resources) that prints on one A4 page and opens in any browser.
//! The CLI writes it to a file; the app shows the same content.

pub mod ics;
pub mod recovery;

pub use recovery::{recovery_sheet_body, recovery_sheet_html, RecoverySheet};

use hagukumi_core::markup::{self, Controls};
use hagukumi_core::records::{Record, RecordData};
use hagukumi_core::rules_bundle::RulesVersion;
use hagukumi_core::{Child, Date};
use hagukumi_i18n::{Localizer, Value};
use std::fmt::Write as _;

/// One item the schedule says is due next (already worded by the caller).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueItem {
    pub what: String,
    pub when: String,
}

/// Everything on the page.
pub struct ClinicSummary<'a> {
    pub child: &'a Child,
    pub today: Date,
    pub records: &'a [Record],
    pub next_due: &'a [DueItem],
    /// The rules the due items were planned with, when known.
    pub rules: Option<RulesVersion>,
}

/// Which rules a plan used, in words: version, date, built in or received
/// (the clinic summary and `hagu schedule`).
pub fn rules_line(l: &Localizer, v: &RulesVersion) -> String {
    l.format(
        "summary-rules",
        &[
            ("version", Value::from(v.version.to_string())),
            ("as_of", Value::from(l.date(v.as_of))),
            ("builtin", Value::from(if v.builtin { "yes" } else { "no" })),
        ],
    )
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    markup::escape(s, Controls::Keep)
}

/// The newest value of each measurement with its date, whichever live
/// record (measurement, checkup or birth) it came from: weight (kg), height
/// (cm), head (cm), chest (cm). The same values the child's screen shows.
pub fn latest_measurements(records: &[Record]) -> [Option<(f64, Date)>; 4] {
    hagukumi_core::child_records::latest_growth_values(
        records
            .iter()
            .filter(|r| r.deleted_at.is_none())
            .map(|r| &r.data),
    )
}

const STYLE: &str = "\
body{font-family:'Noto Sans CJK JP','Hiragino Sans','Yu Gothic',sans-serif;color:#222;margin:24px;font-size:14px;line-height:1.5}\
h1{font-size:20px;margin:0 0 4px}h2{font-size:15px;border-bottom:2px solid #d9665b;margin:18px 0 6px;padding-bottom:2px}\
.meta{color:#555;margin:0}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:3px 6px;border-bottom:1px solid #ddd;vertical-align:top}\
th{font-weight:600;color:#444;width:28%}.none{color:#777}.alert{font-weight:700}td.dose{white-space:nowrap}\
@media print{body{margin:12mm}}";

/// Renders the summary as a standalone HTML document in `l`'s language.
pub fn clinic_summary_html(l: &Localizer, s: &ClinicSummary<'_>) -> String {
    let lang = l.language().code();
    let title = l.format(
        "summary-title",
        &[("name", Value::from(s.child.name.as_str()))],
    );
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>{STYLE}</style></head><body>{}</body></html>\n",
        escape(&title),
        clinic_summary_body(l, s)
    )
}

/// The summary's content without the document around it (the app shows
/// this inside its own page and style).
pub fn clinic_summary_body(l: &Localizer, s: &ClinicSummary<'_>) -> String {
    let mut h = String::new();
    let title = l.format(
        "summary-title",
        &[("name", Value::from(s.child.name.as_str()))],
    );
    let age = s
        .child
        .age_on(s.today)
        .map(|a| l.age(a))
        .unwrap_or_default();
    let _ = write!(
        h,
        "<h1>{}</h1><p class=\"meta\">{} · {} · {}</p>",
        escape(&title),
        escape(&l.format(
            "child-born",
            &[("date", Value::from(l.date(s.child.birth_date)))]
        )),
        escape(&age),
        escape(&l.format("summary-as-of", &[("date", Value::from(l.date(s.today)))])),
    );
    let live: Vec<&Record> = s
        .records
        .iter()
        .filter(|r| r.deleted_at.is_none())
        .collect();

    // Allergies first: the one thing a nurse must not miss.
    section(&mut h, &l.text("summary-allergies"));
    let allergies: Vec<_> = live
        .iter()
        .filter_map(|r| match &r.data {
            RecordData::Allergy(a) => Some(a),
            _ => None,
        })
        .collect();
    if allergies.is_empty() {
        none(&mut h, &l.text("summary-none-recorded"));
    } else {
        h.push_str("<table>");
        for a in allergies {
            let _ = write!(
                h,
                "<tr><th class=\"alert\">{}</th><td>{}</td><td>{}</td></tr>",
                escape(&a.substance),
                escape(a.reaction.as_deref().unwrap_or("")),
                escape(&l.format("summary-since", &[("date", Value::from(l.date(a.date)))])),
            );
        }
        h.push_str("</table>");
    }

    section(&mut h, &l.text("summary-measurements"));
    let latest = latest_measurements(s.records);
    if latest.iter().all(Option::is_none) {
        none(&mut h, &l.text("summary-none-recorded"));
    } else {
        h.push_str("<table>");
        for ((value, label), unit) in latest
            .iter()
            .zip([
                "field-weight-short",
                "field-height-short",
                "field-head-circumference-short",
                "field-chest-circumference-short",
            ])
            .zip(["unit-kg", "unit-cm", "unit-cm", "unit-cm"])
        {
            if let Some((v, d)) = value {
                let _ = write!(
                    h,
                    "<tr><th>{}</th><td>{}</td><td>{}</td></tr>",
                    escape(&l.text(label)),
                    escape(&l.format(unit, &[("value", Value::from(*v))])),
                    escape(&l.date(*d)),
                );
            }
        }
        h.push_str("</table>");
    }

    section(&mut h, &l.text("summary-next-due"));
    if s.next_due.is_empty() {
        none(&mut h, &l.text("summary-nothing-due"));
    } else {
        h.push_str("<table>");
        for item in s.next_due {
            let _ = write!(
                h,
                "<tr><th>{}</th><td>{}</td></tr>",
                escape(&item.what),
                escape(&item.when)
            );
        }
        h.push_str("</table>");
    }
    if let Some(v) = &s.rules {
        let _ = write!(h, "<p class=\"rules\">{}</p>", escape(&rules_line(l, v)));
    }

    section(&mut h, &l.text("summary-vaccinations"));
    let mut vaccinations: Vec<_> = live
        .iter()
        .filter_map(|r| match &r.data {
            RecordData::Vaccination(v) => Some(v),
            _ => None,
        })
        .collect();
    vaccinations.sort_by(|a, b| (a.date, &a.vaccine, a.dose).cmp(&(b.date, &b.vaccine, b.dose)));
    if vaccinations.is_empty() {
        none(&mut h, &l.text("summary-none-recorded"));
    } else {
        h.push_str("<table>");
        for v in vaccinations {
            let _ = write!(
                h,
                "<tr><th>{}</th><td class=\"dose\">{}</td><td>{}</td><td>{}</td></tr>",
                escape(&l.text(&format!("schedule-vaccine-{}", v.vaccine))),
                escape(&l.format("record-dose", &[("dose", Value::from(v.dose))])),
                escape(&l.date(v.date)),
                escape(v.lot.as_deref().unwrap_or("")),
            );
        }
        h.push_str("</table>");
    }

    section(&mut h, &l.text("summary-illnesses"));
    let illnesses: Vec<_> = live
        .iter()
        .filter_map(|r| match &r.data {
            RecordData::Illness(i) => Some(i),
            _ => None,
        })
        .collect();
    if illnesses.is_empty() {
        none(&mut h, &l.text("summary-none-recorded"));
    } else {
        h.push_str("<table>");
        for i in illnesses.iter().rev() {
            let _ = write!(
                h,
                "<tr><th>{}</th><td>{}</td><td>{}</td></tr>",
                escape(&i.name),
                escape(&l.date(i.date)),
                escape(i.note.as_deref().unwrap_or("")),
            );
        }
        h.push_str("</table>");
    }
    h
}

fn section(h: &mut String, title: &str) {
    let _ = write!(h, "<h2>{}</h2>", escape(title));
}

fn none(h: &mut String, text: &str) {
    let _ = write!(h, "<p class=\"none\">{}</p>", escape(text));
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::records::RecordInput;
    use hagukumi_core::Language;

    fn child() -> Child {
        Child {
            id: 1,
            name: "ゆい<script>".into(),
            birth_date: "2025-02-28".parse().unwrap(),
            sex: None,
        }
    }

    fn rec(id: i64, input: RecordInput, deleted: bool) -> Record {
        let today: Date = "2026-11-25".parse().unwrap();
        Record {
            id,
            child_id: 1,
            data: input.validate(child().birth_date, today).unwrap(),
            deleted_at: deleted.then(|| "2026-11-20T00:00:00Z".into()),
            official: false,
        }
    }

    fn measurement(id: i64, date: &str, w: &str, h: &str) -> Record {
        rec(
            id,
            RecordInput::Measurement {
                date: date.into(),
                weight_kg: w.into(),
                height_cm: h.into(),
                head_cm: String::new(),
                chest_cm: String::new(),
            },
            false,
        )
    }

    #[test]
    fn the_latest_value_of_each_measurement_wins() {
        let records = [
            measurement(1, "2026-01-10", "8.1", "70"),
            measurement(2, "2026-06-01", "9.4", ""),
            measurement(3, "2026-03-01", "8.7", "74"),
        ];
        let latest = latest_measurements(&records);
        assert_eq!(latest[0], Some((9.4, "2026-06-01".parse().unwrap())));
        assert_eq!(latest[1], Some((74.0, "2026-03-01".parse().unwrap())));
        assert_eq!(latest[2], None);
    }

    #[test]
    fn a_checkup_newer_than_the_last_measurement_shows_in_the_summary() {
        let records = [
            measurement(1, "2026-01-10", "8.1", "70"),
            rec(
                2,
                RecordInput::Checkup(hagukumi_core::child_records::CheckupInput {
                    checkup: "m9-10".into(),
                    date: "2026-02-02".into(),
                    weight_kg: "8.6".into(),
                    chest_cm: "45.5".into(),
                    ..Default::default()
                }),
                false,
            ),
        ];
        let latest = latest_measurements(&records);
        assert_eq!(latest[0], Some((8.6, "2026-02-02".parse().unwrap())));
        assert_eq!(latest[1], Some((70.0, "2026-01-10".parse().unwrap())));
        assert_eq!(latest[3], Some((45.5, "2026-02-02".parse().unwrap())));
        let html = clinic_summary_body(
            &Localizer::new(Language::Ja),
            &ClinicSummary {
                child: &child(),
                today: "2026-11-25".parse().unwrap(),
                records: &records,
                next_due: &[],
                rules: None,
            },
        );
        assert!(
            html.contains("<td>8.6 kg</td><td>2026年2月2日</td>"),
            "{html}"
        );
        assert!(
            html.contains("<td>45.5 cm</td><td>2026年2月2日</td>"),
            "{html}"
        );
        assert!(!html.contains("8.1 kg"), "the older weight is not shown");
    }

    #[test]
    fn the_page_shows_allergies_vaccinations_and_due_items_escaped() {
        let records = [
            rec(
                1,
                RecordInput::Allergy {
                    date: "2025-09-01".into(),
                    substance: "卵".into(),
                    reaction: "じんましん".into(),
                },
                false,
            ),
            rec(
                2,
                RecordInput::Vaccination {
                    vaccine: "mr".into(),
                    dose: "1".into(),
                    date: "2026-03-01".into(),
                    manufacturer: String::new(),
                    lot: "L-9".into(),
                    facility: String::new(),
                    funding: String::new(),
                },
                false,
            ),
            rec(
                3,
                RecordInput::Illness {
                    date: "2026-05-05".into(),
                    name: "突発性発しん".into(),
                    note: String::new(),
                },
                true,
            ),
            measurement(4, "2026-06-01", "9.4", "76.2"),
        ];
        let due = [DueItem {
            what: "水痘 2回目".into(),
            when: "2026年12月1日から".into(),
        }];
        let l = Localizer::new(Language::Ja);
        let html = clinic_summary_html(
            &l,
            &ClinicSummary {
                child: &child(),
                today: "2026-11-25".parse().unwrap(),
                records: &records,
                next_due: &due,
                rules: Some(RulesVersion {
                    version: 3,
                    as_of: "2026-10-01".parse().unwrap(),
                    builtin: false,
                }),
            },
        );
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("ゆい&lt;script&gt;"), "escaped");
        assert!(!html.contains("<script"), "no script at all");
        assert!(html.contains("<th class=\"alert\">卵</th><td>じんましん</td>"));
        assert!(html.contains(
            "麻しん風しん混合（MR）</th><td class=\"dose\">1回目</td><td>2026年3月1日</td><td>L-9</td>"
        ));
        assert!(html.contains("水痘 2回目"));
        assert!(
            html.contains(
                "予定の計算に使ったルール：第3版（2026年10月1日時点、更新で受け取ったもの）"
            ),
            "{html}"
        );
        assert!(html.contains("9.4 kg"));
        assert!(
            !html.contains("突発性発しん"),
            "deleted records are left out"
        );
        // The allergy section comes before everything else.
        assert!(html.find("卵").unwrap() < html.find("9.4 kg").unwrap());
        let en = clinic_summary_html(
            &Localizer::new(Language::En),
            &ClinicSummary {
                child: &child(),
                today: "2026-11-25".parse().unwrap(),
                records: &[],
                next_due: &[],
                rules: None,
            },
        );
        assert!(en.contains("<html lang=\"en\">"));
        assert!(!en.contains("summary-"), "every message id resolved");
    }
}
