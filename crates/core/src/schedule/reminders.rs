//! Reminders: a few days before a window opens, before a publicly funded
//! window closes, and a monthly "this month for your family" digest.
//!
//! Pure like the rest of the engine: [`reminders`] takes the family's plans
//! and `today` and returns the reminders that are due (their due date has
//! come and their target date has not passed). Each has a stable id, so the
//! shell sends it once and remembers that it did. The words are Fluent
//! messages (`locales/*/hagukumi.ftl`, `reminder-…`); the shell adds the
//! person's name as the `who` argument.

use super::{ItemRef, PlanItem, Reason, Status};
use crate::model::RecordId;
use crate::validate::{ErrorCode, Field, FieldError, ValidationErrors};
use crate::Date;
use chrono::{Datelike, Days};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest advance notice accepted, in days.
pub const MAX_DAYS_BEFORE: u32 = 60;

/// Every Fluent message id a reminder uses (the shell adds `who`).
pub const MESSAGE_IDS: [&str; 7] = [
    "reminder-opening-title",
    "reminder-opening-body",
    "reminder-closing-title",
    "reminder-closing-body",
    "reminder-digest-title",
    "reminder-digest-body",
    "reminder-digest-line",
];

/// Whose plan an item belongs to; part of a reminder's stable id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum PersonKey {
    Child(RecordId),
    Pregnancy(RecordId),
}

impl fmt::Display for PersonKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PersonKey::Child(id) => write!(f, "child-{id}"),
            PersonKey::Pregnancy(id) => write!(f, "pregnancy-{id}"),
        }
    }
}

/// How far ahead to remind, chosen by the family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReminderSettings {
    /// Remind this many days before a window opens (0: on the day).
    pub days_before_open: u32,
    /// Remind this many days before a publicly funded window closes.
    pub days_before_close: u32,
    /// Day of the month of the digest (1–28; later days are clamped to the
    /// month's last day).
    pub digest_day: u8,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings {
            days_before_open: 7,
            days_before_close: 14,
            digest_day: 1,
        }
    }
}

impl ReminderSettings {
    /// Validates the two advance notices (0–[`MAX_DAYS_BEFORE`] days).
    pub fn new(days_before_open: i64, days_before_close: i64) -> Result<Self, ValidationErrors> {
        let check = |days: i64, field: Field, errors: &mut Vec<FieldError>| {
            u32::try_from(days)
                .ok()
                .filter(|d| *d <= MAX_DAYS_BEFORE)
                .or_else(|| {
                    errors.push(FieldError {
                        field,
                        code: ErrorCode::DaysOutOfRange,
                    });
                    None
                })
        };
        let mut errors = Vec::new();
        let open = check(days_before_open, Field::DaysBeforeOpen, &mut errors);
        let close = check(days_before_close, Field::DaysBeforeClose, &mut errors);
        match (open, close) {
            (Some(days_before_open), Some(days_before_close)) => Ok(ReminderSettings {
                days_before_open,
                days_before_close,
                ..ReminderSettings::default()
            }),
            _ => Err(ValidationErrors(errors)),
        }
    }
}

crate::by_name::choices! {
    /// What a reminder is about.
    pub enum ReminderKind: serde {
        /// The item's window opens on the target date.
        Opening = "opening",
        /// The item's publicly funded window closes on the target date.
        Closing = "closing",
        /// The month's digest; the target is the digest's day.
        Digest = "digest",
    }
}

/// One line of a digest: an item of this month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestEntry {
    pub person: PersonKey,
    /// The line (`reminder-digest-line`: item and date); the shell adds `who`.
    pub line: Reason,
}

/// A reminder that is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    /// Stable: the same reminder always has the same id, e.g.
    /// `opening:child-3:vaccine:pcv:2:2026-05-01` or `digest:2026-05-01`.
    pub id: String,
    pub kind: ReminderKind,
    /// Whom it is about (none for the digest).
    pub person: Option<PersonKey>,
    /// The date the window opens or closes, or the digest's day.
    pub target: Date,
    /// The first day it should be sent.
    pub due: Date,
    pub title: Reason,
    pub body: Reason,
    /// The digest's lines (empty otherwise).
    pub entries: Vec<DigestEntry>,
}

fn item_key(item: &PlanItem) -> String {
    let (kind, id) = match &item.item {
        ItemRef::Vaccine(v) => ("vaccine", v.as_str()),
        ItemRef::Checkup(c) => ("checkup", c.as_str()),
    };
    match item.dose {
        Some(dose) => format!("{kind}:{id}:{dose}"),
        None => format!("{kind}:{id}:-"),
    }
}

fn item_reminder(
    kind: ReminderKind,
    person: PersonKey,
    item: &PlanItem,
    target: Date,
    days_before: u32,
    today: Date,
) -> Option<Reminder> {
    let due = target.checked_sub_days(Days::new(days_before.into()))?;
    if today < due || today > target {
        return None;
    }
    let days_left = (target - today).num_days();
    let message = |suffix: &str| {
        Reason::new(&format!("reminder-{}-{suffix}", kind.as_str()))
            .message("item", &item.name)
            .date("date", target)
            .number("days", days_left)
    };
    Some(Reminder {
        id: format!("{}:{person}:{}:{target}", kind.as_str(), item_key(item)),
        kind,
        person: Some(person),
        target,
        due,
        title: message("title"),
        body: message("body"),
        entries: Vec::new(),
    })
}

/// The last day of `date`'s month.
pub fn month_end(date: Date) -> Date {
    let first_next = if date.month() == 12 {
        Date::from_ymd_opt(date.year() + 1, 1, 1)
    } else {
        Date::from_ymd_opt(date.year(), date.month() + 1, 1)
    };
    first_next
        .and_then(|d| d.pred_opt())
        .expect("a valid month end")
}

/// The reminders due on `today`: each reminder is due from its due date up
/// to and including its target date (so one missed while the app was closed
/// still comes), never before and never after. Items that are done, not
/// eligible or past their funded window get none. Opening reminders are for
/// items not yet possible ([`Status::Upcoming`] with an earliest date);
/// closing reminders for open items with a funded end. The digest is due
/// from the month's digest day to its end and lists the open items whose
/// suggested date falls in the month (none when there is nothing to do).
///
/// Ordered: by due date, then the order of the plans and their items, the
/// digest last.
pub fn reminders(
    plans: &[(PersonKey, Vec<PlanItem>)],
    today: Date,
    settings: &ReminderSettings,
) -> Vec<Reminder> {
    let mut out = Vec::new();
    for (person, items) in plans {
        for item in items {
            if !item.status.is_open() {
                continue;
            }
            if item.status == Status::Upcoming {
                if let Some(earliest) = item.earliest.filter(|d| *d > today) {
                    out.extend(item_reminder(
                        ReminderKind::Opening,
                        *person,
                        item,
                        earliest,
                        settings.days_before_open,
                        today,
                    ));
                }
            }
            if let Some(end) = item.funded_until {
                out.extend(item_reminder(
                    ReminderKind::Closing,
                    *person,
                    item,
                    end,
                    settings.days_before_close,
                    today,
                ));
            }
        }
    }
    out.sort_by_key(|r| r.due);
    out.extend(digest(plans, today, settings));
    out
}

fn digest(
    plans: &[(PersonKey, Vec<PlanItem>)],
    today: Date,
    settings: &ReminderSettings,
) -> Option<Reminder> {
    let end = month_end(today);
    let day = u32::from(settings.digest_day.max(1)).min(end.day());
    let due = today.with_day(day)?;
    if today < due {
        return None;
    }
    let entries = month_entries(plans, today);
    if entries.is_empty() {
        return None;
    }
    let count = i64::try_from(entries.len()).unwrap_or(i64::MAX);
    Some(Reminder {
        id: format!("digest:{}", due.format("%Y-%m")),
        kind: ReminderKind::Digest,
        person: None,
        target: due,
        due,
        title: Reason::new("reminder-digest-title").number("month", due.month()),
        body: Reason::new("reminder-digest-body").number("count", count),
        entries: entries.into_iter().map(|(_, e)| e).collect(),
    })
}

/// The open items of the plans whose suggested date falls in `today`'s
/// month, each with that date, by date (then plan and item order); shared
/// with the monthly news (`crate::monthly`).
pub fn month_entries(
    plans: &[(PersonKey, Vec<PlanItem>)],
    today: Date,
) -> Vec<(Date, DigestEntry)> {
    let end = month_end(today);
    let first = end.with_day(1).expect("a month's first day");
    let mut entries: Vec<(Date, DigestEntry)> = plans
        .iter()
        .flat_map(|(person, items)| items.iter().map(move |item| (person, item)))
        .filter(|(_, item)| item.status.is_open())
        .filter_map(|(person, item)| {
            let date = item.action_date().filter(|d| (first..=end).contains(d))?;
            Some((
                date,
                DigestEntry {
                    person: *person,
                    line: Reason::new("reminder-digest-line")
                        .message("item", &item.name)
                        .date("date", date),
                },
            ))
        })
        .collect();
    entries.sort_by_key(|(date, _)| *date);
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::{CheckupId, VaccineId};

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn item(status: Status, earliest: Option<&str>, funded_until: Option<&str>) -> PlanItem {
        PlanItem {
            item: ItemRef::Vaccine(VaccineId::new("pcv")),
            name: "schedule-vaccine-pcv".into(),
            dose: Some(2),
            label: None,
            status,
            given_on: None,
            earliest: earliest.map(d),
            suggested: earliest.map(d),
            recommended_from: None,
            recommended_by: None,
            funded_until: funded_until.map(d),
            closing_soon: false,
            reasons: Vec::new(),
        }
    }

    fn settings() -> ReminderSettings {
        ReminderSettings {
            // No digest in the item tests (day 28 > the days tested).
            digest_day: 28,
            ..ReminderSettings::default()
        }
    }

    fn ids(plans: &[(PersonKey, Vec<PlanItem>)], today: &str) -> Vec<String> {
        reminders(plans, d(today), &settings())
            .into_iter()
            .map(|r| r.id)
            .collect()
    }

    #[test]
    fn opening_from_n_days_before_until_the_window_opens() {
        let plans = vec![(
            PersonKey::Child(3),
            vec![item(Status::Upcoming, Some("2026-05-10"), None)],
        )];
        let id = "opening:child-3:vaccine:pcv:2:2026-05-10";
        assert!(ids(&plans, "2026-05-02").is_empty(), "8 days before");
        assert_eq!(ids(&plans, "2026-05-03"), [id], "7 days before");
        assert_eq!(ids(&plans, "2026-05-09"), [id], "the day before");
        // On the day the window opens the item is due now, not upcoming.
        let open = vec![(
            PersonKey::Child(3),
            vec![item(Status::DueNow, Some("2026-05-10"), None)],
        )];
        assert!(ids(&open, "2026-05-10").is_empty());
        assert!(ids(&plans, "2026-05-11").is_empty(), "after");
        let r = &reminders(&plans, d("2026-05-03"), &settings())[0];
        assert_eq!(r.kind, ReminderKind::Opening);
        assert_eq!(r.due, d("2026-05-03"));
        assert_eq!(r.target, d("2026-05-10"));
        assert_eq!(r.title.message_id, "reminder-opening-title");
        assert_eq!(r.body.message_id, "reminder-opening-body");
        assert_eq!(
            r.body.arg("item"),
            Some(&crate::schedule::ReasonArg::Message(
                "schedule-vaccine-pcv".into()
            ))
        );
        assert_eq!(
            r.body.arg("days"),
            Some(&crate::schedule::ReasonArg::Number(7))
        );
    }

    #[test]
    fn closing_from_n_days_before_up_to_the_last_funded_day() {
        let plans = vec![(
            PersonKey::Pregnancy(1),
            vec![item(
                Status::Overdue,
                Some("2026-04-01"),
                Some("2026-05-31"),
            )],
        )];
        let id = "closing:pregnancy-1:vaccine:pcv:2:2026-05-31";
        assert!(ids(&plans, "2026-05-16").is_empty(), "15 days before");
        assert_eq!(ids(&plans, "2026-05-17"), [id], "14 days before");
        assert_eq!(ids(&plans, "2026-05-31"), [id], "the last funded day");
        assert!(ids(&plans, "2026-06-01").is_empty(), "after");
    }

    #[test]
    fn zero_days_reminds_on_the_day_only() {
        let plans = vec![(
            PersonKey::Child(1),
            vec![item(Status::DueNow, Some("2026-05-01"), Some("2026-05-20"))],
        )];
        let zero = ReminderSettings {
            days_before_close: 0,
            ..settings()
        };
        assert!(reminders(&plans, d("2026-05-19"), &zero).is_empty());
        assert_eq!(reminders(&plans, d("2026-05-20"), &zero).len(), 1);
    }

    #[test]
    fn nothing_for_done_missed_or_not_eligible_items() {
        for status in [
            Status::Done,
            Status::NotEligible,
            Status::FundedWindowMissed,
        ] {
            let plans = vec![(
                PersonKey::Child(1),
                vec![item(status, Some("2026-05-10"), Some("2026-05-12"))],
            )];
            assert!(ids(&plans, "2026-05-09").is_empty(), "{status:?}");
            let monthly = reminders(&plans, d("2026-05-01"), &ReminderSettings::default());
            assert!(monthly.is_empty(), "{status:?}");
        }
    }

    #[test]
    fn ids_are_stable_and_distinct() {
        let mut other = item(Status::Upcoming, Some("2026-05-10"), Some("2026-05-12"));
        other.item = ItemRef::Checkup(CheckupId::new("child-1m"));
        other.dose = None;
        let plans = vec![
            (
                PersonKey::Child(1),
                vec![item(
                    Status::Upcoming,
                    Some("2026-05-10"),
                    Some("2026-05-12"),
                )],
            ),
            (PersonKey::Child(2), vec![other]),
        ];
        let first = ids(&plans, "2026-05-05");
        assert_eq!(first, ids(&plans, "2026-05-05"));
        assert_eq!(
            first,
            [
                "closing:child-1:vaccine:pcv:2:2026-05-12",
                "closing:child-2:checkup:child-1m:-:2026-05-12",
                "opening:child-1:vaccine:pcv:2:2026-05-10",
                "opening:child-2:checkup:child-1m:-:2026-05-10",
            ]
        );
        // The same reminder keeps its id on the following days.
        let later = ids(&plans, "2026-05-08");
        assert!(first.iter().all(|id| later.contains(id)));
    }

    #[test]
    fn a_pregnancy_is_reminded_of_its_vaccine() {
        use crate::schedule::{load_rules, plan, History, Options, Person};
        // Expected 2026-09-01: 28w0d on 2026-06-09, 7 days' notice.
        let rules = load_rules().unwrap();
        let today = d("2026-06-05");
        let items = plan(
            &rules,
            &Person::pregnancy(d("2026-09-01")),
            &History::default(),
            today,
            &Options::default(),
        );
        let plans = vec![(PersonKey::Pregnancy(2), items)];
        let all = reminders(&plans, today, &ReminderSettings::default());
        let rsv = all
            .iter()
            .find(|r| r.id == "opening:pregnancy-2:vaccine:rsv-maternal:1:2026-06-09")
            .unwrap_or_else(|| panic!("{all:?}"));
        assert_eq!(rsv.person, Some(PersonKey::Pregnancy(2)));
        assert_eq!(rsv.target, d("2026-06-09"));
    }

    #[test]
    fn the_digest_lists_this_months_items() {
        let plans = vec![
            (
                PersonKey::Child(1),
                vec![
                    item(Status::Upcoming, Some("2026-05-20"), None),
                    item(Status::Upcoming, Some("2026-06-02"), None),
                    item(Status::Done, Some("2026-05-03"), None),
                ],
            ),
            (
                PersonKey::Pregnancy(4),
                vec![item(Status::DueNow, Some("2026-05-01"), None)],
            ),
        ];
        let monthly = ReminderSettings::default();
        let all = reminders(&plans, d("2026-05-01"), &monthly);
        let digest = all.last().unwrap();
        assert_eq!(digest.kind, ReminderKind::Digest);
        assert_eq!(digest.id, "digest:2026-05");
        assert_eq!(digest.due, d("2026-05-01"));
        assert_eq!(digest.title.message_id, "reminder-digest-title");
        assert_eq!(
            digest.body.arg("count"),
            Some(&crate::schedule::ReasonArg::Number(2))
        );
        let people: Vec<PersonKey> = digest.entries.iter().map(|e| e.person).collect();
        assert_eq!(people, [PersonKey::Pregnancy(4), PersonKey::Child(1)]);
        // Still due later in the month (the app may have been closed), with
        // the same id; not before the digest day.
        let later = reminders(&plans, d("2026-05-15"), &monthly);
        assert_eq!(later.last().unwrap().id, "digest:2026-05");
        let day_10 = ReminderSettings {
            digest_day: 10,
            ..monthly
        };
        assert!(reminders(&plans, d("2026-05-09"), &day_10)
            .iter()
            .all(|r| r.kind != ReminderKind::Digest));
        // Nothing to do this month: no digest.
        let quiet = vec![(
            PersonKey::Child(1),
            vec![item(Status::Upcoming, Some("2026-08-01"), None)],
        )];
        assert!(reminders(&quiet, d("2026-05-01"), &monthly).is_empty());
    }

    #[test]
    fn a_digest_day_past_the_months_end_is_its_last_day() {
        let plans = vec![(
            PersonKey::Child(1),
            vec![item(Status::DueNow, Some("2026-02-28"), None)],
        )];
        let s = ReminderSettings {
            digest_day: 31,
            ..ReminderSettings::default()
        };
        let r = reminders(&plans, d("2026-02-28"), &s);
        assert_eq!(r.last().unwrap().id, "digest:2026-02");
    }

    #[test]
    fn settings_are_validated() {
        assert_eq!(
            ReminderSettings::new(0, 60).unwrap(),
            ReminderSettings {
                days_before_open: 0,
                days_before_close: 60,
                digest_day: 1
            }
        );
        let errors = ReminderSettings::new(-1, 61).unwrap_err();
        assert_eq!(
            errors.for_field(Field::DaysBeforeOpen),
            Some(ErrorCode::DaysOutOfRange)
        );
        assert_eq!(
            errors.for_field(Field::DaysBeforeClose),
            Some(ErrorCode::DaysOutOfRange)
        );
    }
}
