//! Upcoming schedule items as an iCalendar file (RFC 5545) for phone
//! calendars: one all-day event per open item on its suggested date.

use hagukumi_core::schedule::{ItemRef, PlanItem};
use hagukumi_core::Date;
use hagukumi_i18n::Localizer;

/// One person's plan and how to name them in event titles.
pub struct PersonPlan<'a> {
    /// Stable across exports, e.g. `child-3`: keeps event ids stable so a
    /// calendar updates events instead of duplicating them.
    pub key: String,
    pub name: String,
    pub items: &'a [PlanItem],
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

fn ymd(d: Date) -> String {
    d.format("%Y%m%d").to_string()
}

/// The calendar of every open item (due now, upcoming, overdue) with a
/// suggested date, titled "name: vaccine dose" in `l`'s language.
pub fn schedule_ics(l: &Localizer, today: Date, plans: &[PersonPlan<'_>]) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Hagukumi//Schedule//JA",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        fold(line, &mut out);
    }
    fold(
        &format!("X-WR-CALNAME:{}", text(&l.text("ics-calendar-name"))),
        &mut out,
    );
    for plan in plans {
        for item in plan.items.iter().filter(|i| i.status.is_open()) {
            let Some(date) = item.suggested else { continue };
            let (kind, id) = match &item.item {
                ItemRef::Vaccine(v) => ("vaccine", v.0.as_str()),
                ItemRef::Checkup(c) => ("checkup", c.0.as_str()),
            };
            let dose = item.dose.map(|d| format!("-{d}")).unwrap_or_default();
            let title = l.plan_item_title(item);
            let reasons: Vec<String> = item.reasons.iter().map(|r| l.reason(r)).collect();
            fold("BEGIN:VEVENT", &mut out);
            fold(
                &format!("UID:{}-{kind}-{id}{dose}@hagukumi.local", plan.key),
                &mut out,
            );
            fold(&format!("DTSTAMP:{}T000000Z", ymd(today)), &mut out);
            fold(&format!("DTSTART;VALUE=DATE:{}", ymd(date)), &mut out);
            fold(
                &format!("DTEND;VALUE=DATE:{}", ymd(date.succ_opt().unwrap_or(date))),
                &mut out,
            );
            fold(
                &format!("SUMMARY:{}", text(&format!("{}: {title}", plan.name))),
                &mut out,
            );
            if !reasons.is_empty() {
                fold(
                    &format!("DESCRIPTION:{}", text(&reasons.join("\n"))),
                    &mut out,
                );
            }
            fold("TRANSP:TRANSPARENT", &mut out);
            fold("END:VEVENT", &mut out);
        }
    }
    fold("END:VCALENDAR", &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::schedule::{from_records, load_rules, plan, History, Options, Person};
    use hagukumi_core::{Child, Language};

    fn calendar(lang: Language) -> String {
        let child = Child {
            id: 3,
            name: "はると, 2人目; テスト".into(),
            birth_date: "2026-09-01".parse().unwrap(),
            sex: None,
        };
        let today = "2026-11-25".parse().unwrap();
        let items = plan(
            &load_rules().unwrap(),
            &Person::Child(from_records::child_info(&child)),
            &History::default(),
            today,
            &Options::default(),
        );
        schedule_ics(
            &Localizer::new(lang),
            today,
            &[PersonPlan {
                key: "child-3".into(),
                name: child.name.clone(),
                items: &items,
            }],
        )
    }

    #[test]
    fn a_valid_calendar_with_one_event_per_open_item() {
        let ics = calendar(Language::Ja);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        let events = ics.matches("BEGIN:VEVENT").count();
        assert!(events > 10, "{events} events");
        assert_eq!(events, ics.matches("END:VEVENT").count());
        // Every physical line is at most 75 octets and ends in CRLF.
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line:?}");
            assert!(!line.contains('\n'));
        }
        // Commas and semicolons in names are escaped.
        let unfolded = ics.replace("\r\n ", "");
        assert!(
            unfolded.contains("SUMMARY:はると\\, 2人目\\; テスト: "),
            "{unfolded}"
        );
        assert!(unfolded.contains("UID:child-3-vaccine-pcv-1@hagukumi.local"));
        assert!(unfolded.contains("DTSTART;VALUE=DATE:2026"));
        // Stable: the same input gives the same file.
        assert_eq!(ics, calendar(Language::Ja));
        assert!(calendar(Language::En).contains("SUMMARY:はると\\, 2人目\\; テスト: "));
    }
}
