//! Upcoming schedule items as an iCalendar file (RFC 5545) for phone
//! calendars: one all-day event per open item on its suggested date, and
//! one timed event per held 保活 booking (見学, 保活相談; a cancelled or
//! declined one is left out, so a calendar that re-imports drops it).

use hagukumi_core::nursery::booking::{Booking, Slot};
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

/// A slot's time in UTC, as iCalendar writes it (slots are Japan time, UTC+9).
fn utc(t: hagukumi_core::chrono::NaiveDateTime) -> String {
    (t - hagukumi_core::chrono::Duration::hours(9))
        .format("%Y%m%dT%H%M%SZ")
        .to_string()
}

fn booking_event(l: &Localizer, today: Date, b: &Booking, out: &mut String) {
    let Slot { place, .. } = &b.slot;
    fold("BEGIN:VEVENT", out);
    fold(&format!("UID:nursery-booking-{}@hagukumi.local", b.id), out);
    fold(&format!("DTSTAMP:{}T000000Z", ymd(today)), out);
    fold(&format!("DTSTART:{}", utc(b.slot.starts)), out);
    fold(&format!("DTEND:{}", utc(b.slot.ends())), out);
    let what = hagukumi_i18n::booking::kind(l, &b.slot);
    fold(
        &format!("SUMMARY:{}", text(&format!("{what}: {place}"))),
        out,
    );
    fold(
        &format!("DESCRIPTION:{}", text(&l.text(b.state.message_id()))),
        out,
    );
    fold("END:VEVENT", out);
}

/// The calendar of every open item (due now, upcoming, overdue) with a
/// suggested date, titled "name: vaccine dose" in `l`'s language, and of
/// every held booking.
pub fn schedule_ics(
    l: &Localizer,
    today: Date,
    plans: &[PersonPlan<'_>],
    bookings: &[Booking],
) -> String {
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
    for b in bookings.iter().filter(|b| b.state.is_held()) {
        booking_event(l, today, b, &mut out);
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
            &[],
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

    #[test]
    fn a_held_booking_is_a_timed_event_and_a_cancelled_one_is_not() {
        use hagukumi_core::nursery::booking::{BookingState, SlotKind, SlotMode};
        let booking = |id, state| Booking {
            id,
            slot: Slot {
                id: format!("visit:131083-1:{id}"),
                kind: SlotKind::Visit,
                municipality: "131083".into(),
                facility: Some("131083-1".into()),
                place: "サンプル豊洲ひかり保育園".into(),
                starts: "2027-01-18T10:00:00".parse().unwrap(),
                minutes: 30,
                mode: SlotMode::OnSite,
                capacity: 2,
                sample: true,
            },
            state,
            portal_id: None,
            reason: None,
            queued_at: "2026-12-04 10:00:00".into(),
        };
        let ics = schedule_ics(
            &Localizer::new(Language::Ja),
            "2026-12-04".parse().unwrap(),
            &[],
            &[
                booking(1, BookingState::Confirmed),
                booking(2, BookingState::Cancelled),
                booking(3, BookingState::Declined),
            ],
        );
        assert!(
            ics.contains("UID:nursery-booking-1@hagukumi.local"),
            "{ics}"
        );
        assert!(ics.contains("DTSTART:20270118T010000Z"));
        assert!(ics.contains("DTEND:20270118T013000Z"));
        assert!(ics.contains("SUMMARY:見学: サンプル豊洲ひかり保育園"));
        assert!(!ics.contains("nursery-booking-2@"));
        assert!(!ics.contains("nursery-booking-3@"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
    }
}
