//! The monthly news (今月のお知らせ): one notification on the family's
//! digest day (the 1st unless chosen otherwise) and again when a checkup's
//! time comes, with what is new for the family this month: the plan's items
//! of the month (the schedule digest's lines), the programs that begin this
//! month and the program deadlines still ahead in it.
//!
//! Pure: the shell hands in the plans, the program matches of today (none
//! before a municipality is set) and `today`; it words the news and sends
//! it once per occasion, remembered by the stable [`MonthlyNews::id`]
//! (`news:<occasion's date>`). It replaces the schedule-only digest of
//! [`crate::schedule::reminders`], so a month brings one such notification.

use crate::programs::{Match, Matches, Person};
use crate::schedule::reminders::{
    month_end, month_entries, DigestEntry, PersonKey, ReminderSettings,
};
use crate::schedule::{ItemRef, PlanItem};
use crate::Date;
use chrono::Datelike;
use serde::{Deserialize, Serialize};

/// Why the news is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Occasion {
    /// The month's digest day.
    Month,
    /// A checkup's suggested date.
    Checkup,
}

/// A program on the news: one that begins this month, or whose deadline
/// (the last day to apply, else its end) falls in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgramLine {
    pub person: PersonKey,
    pub psid: String,
    pub name: String,
    pub name_en: Option<String>,
    /// The day it begins, or the deadline.
    pub date: Date,
}

/// What the notification says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthlyNews {
    /// Stable: `news:<occasion's date>`; sent once.
    pub id: String,
    pub occasion: Occasion,
    /// The occasion's date (the digest day, or the checkup's).
    pub date: Date,
    /// The plan's open items of the month.
    pub schedule: Vec<DigestEntry>,
    /// Programs beginning this month.
    pub programs: Vec<ProgramLine>,
    /// Program deadlines from today to the month's end.
    pub deadlines: Vec<ProgramLine>,
}

impl MonthlyNews {
    /// How many things the news lists.
    pub fn count(&self) -> usize {
        self.schedule.len() + self.programs.len() + self.deadlines.len()
    }
}

fn person_key(person: &Person) -> PersonKey {
    match person {
        Person::Child { id, .. } => PersonKey::Child(*id),
        Person::Pregnancy { id, .. } => PersonKey::Pregnancy(*id),
    }
}

fn line(m: &Match, date: Date) -> ProgramLine {
    ProgramLine {
        person: person_key(&m.person),
        psid: m.psid.clone(),
        name: m.name.clone(),
        name_en: m.name_en.clone(),
        date,
    }
}

/// The news due on `today`, if any: its occasion is the latest of the
/// month's digest day and the suggested dates of the month's open checkups
/// that has come (so a news missed while the app was closed still comes,
/// and only the latest). `None` when no occasion has come yet this month or
/// there is nothing to say.
pub fn news(
    plans: &[(PersonKey, Vec<PlanItem>)],
    matches: Option<&Matches>,
    today: Date,
    settings: &ReminderSettings,
) -> Option<MonthlyNews> {
    let end = month_end(today);
    let first = end.with_day(1)?;
    let digest_day = today.with_day(u32::from(settings.digest_day.max(1)).min(end.day()))?;
    let checkups = plans
        .iter()
        .flat_map(|(_, items)| items)
        .filter(|i| i.status.is_open() && matches!(i.item, ItemRef::Checkup(_)))
        .filter_map(PlanItem::action_date)
        .filter(|d| (first..=today).contains(d))
        .map(|d| (d, Occasion::Checkup));
    let (date, occasion) = std::iter::once((digest_day, Occasion::Month))
        .filter(|(d, _)| *d <= today)
        .chain(checkups)
        // The latest; on a tie the month's.
        .max_by_key(|(d, o)| (*d, *o == Occasion::Month))?;
    let schedule: Vec<DigestEntry> = month_entries(plans, today)
        .into_iter()
        .map(|(_, e)| e)
        .collect();
    let (mut programs, mut deadlines) = (Vec::new(), Vec::new());
    if let Some(m) = matches {
        for p in m.now.iter().chain(&m.coming) {
            if let Some(starts) = p.starts.filter(|d| (first..=end).contains(d)) {
                programs.push(line(p, starts));
            }
        }
        for p in &m.now {
            let deadline = match (p.apply_by, p.ends) {
                (Some(a), Some(e)) => Some(a.min(e)),
                (a, e) => a.or(e),
            };
            if let Some(d) = deadline.filter(|d| (today..=end).contains(d)) {
                deadlines.push(line(p, d));
            }
        }
    }
    programs.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.psid.cmp(&b.psid)));
    deadlines.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.psid.cmp(&b.psid)));
    let news = MonthlyNews {
        id: format!("news:{date}"),
        occasion,
        date,
        schedule,
        programs,
        deadlines,
    };
    (news.count() > 0).then_some(news)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::{CheckupId, Status, VaccineId};

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn item(item: ItemRef, name: &str, suggested: &str) -> PlanItem {
        PlanItem {
            item,
            name: name.into(),
            dose: None,
            label: None,
            status: Status::DueNow,
            given_on: None,
            earliest: Some(d(suggested)),
            suggested: Some(d(suggested)),
            recommended_from: None,
            recommended_by: None,
            funded_until: None,
            closing_soon: false,
            reasons: Vec::new(),
        }
    }

    fn plans() -> Vec<(PersonKey, Vec<PlanItem>)> {
        vec![(
            PersonKey::Child(1),
            vec![
                item(
                    ItemRef::Vaccine(VaccineId::new("pcv")),
                    "schedule-vaccine-pcv",
                    "2026-05-09",
                ),
                item(
                    ItemRef::Checkup(CheckupId::new("3-4m")),
                    "schedule-checkup-3-4m",
                    "2026-05-14",
                ),
                item(
                    ItemRef::Vaccine(VaccineId::new("bcg")),
                    "schedule-vaccine-bcg",
                    "2026-06-02",
                ),
            ],
        )]
    }

    fn program(psid: &str, starts: Option<&str>, apply_by: Option<&str>) -> Match {
        let hanako = Person::Child {
            id: 1,
            name: "はなこ".into(),
        };
        Match {
            starts: starts.map(d),
            apply_by: apply_by.map(d),
            ..Match::new(
                psid.into(),
                format!("制度 {psid}"),
                "municipality".into(),
                hanako,
            )
        }
    }

    fn matches() -> Matches {
        Matches {
            as_of: d("2026-05-01"),
            municipality: "131083".into(),
            now: vec![
                program("started-before", Some("2026-04-01"), None),
                program("deadline", None, Some("2026-05-20")),
                program("deadline-later", None, Some("2026-07-31")),
            ],
            coming: vec![
                program("begins-this-month", Some("2026-05-28"), None),
                program("begins-next-month", Some("2026-06-01"), None),
            ],
            check: Vec::new(),
        }
    }

    #[test]
    fn the_first_brings_the_months_schedule_programs_and_deadlines() {
        let m = matches();
        let news = news(
            &plans(),
            Some(&m),
            d("2026-05-01"),
            &ReminderSettings::default(),
        )
        .unwrap();
        assert_eq!(news.id, "news:2026-05-01");
        assert_eq!(news.occasion, Occasion::Month);
        let items: Vec<_> = news
            .schedule
            .iter()
            .map(|e| e.line.arg("item").cloned())
            .collect();
        assert_eq!(
            items,
            [
                Some(crate::schedule::ReasonArg::Message(
                    "schedule-vaccine-pcv".into()
                )),
                Some(crate::schedule::ReasonArg::Message(
                    "schedule-checkup-3-4m".into()
                )),
            ],
            "May's items only"
        );
        let psids = |lines: &[ProgramLine]| -> Vec<(String, Date)> {
            lines.iter().map(|l| (l.psid.clone(), l.date)).collect()
        };
        assert_eq!(
            psids(&news.programs),
            [("begins-this-month".into(), d("2026-05-28"))]
        );
        assert_eq!(
            psids(&news.deadlines),
            [("deadline".into(), d("2026-05-20"))]
        );
        assert_eq!(news.deadlines[0].person, PersonKey::Child(1));
        assert_eq!(news.count(), 4);
    }

    #[test]
    fn once_per_month_and_again_when_a_checkups_time_comes() {
        let m = matches();
        let s = ReminderSettings::default();
        // Every day until the checkup: the month's news, with one id.
        for day in ["2026-05-01", "2026-05-02", "2026-05-13"] {
            let n = news(&plans(), Some(&m), d(day), &s).unwrap();
            assert_eq!(n.id, "news:2026-05-01", "{day}");
        }
        // From the checkup's day: its own news, the deadline still ahead.
        let n = news(&plans(), Some(&m), d("2026-05-14"), &s).unwrap();
        assert_eq!(
            (n.id.as_str(), n.occasion),
            ("news:2026-05-14", Occasion::Checkup)
        );
        assert_eq!(n.deadlines.len(), 1);
        let n = news(&plans(), Some(&m), d("2026-05-31"), &s).unwrap();
        assert_eq!(n.id, "news:2026-05-14");
        assert!(n.deadlines.is_empty(), "a passed deadline is not news");
        // A new month, a new id.
        let n = news(&plans(), Some(&m), d("2026-06-01"), &s).unwrap();
        assert_eq!(n.id, "news:2026-06-01");
        assert_eq!(n.schedule.len(), 1);
        assert_eq!(n.programs.len(), 1, "begins-next-month is June's news");
    }

    #[test]
    fn nothing_before_the_digest_day_and_nothing_to_say_is_no_news() {
        let m = matches();
        let later = ReminderSettings {
            digest_day: 10,
            ..ReminderSettings::default()
        };
        assert_eq!(news(&plans(), Some(&m), d("2026-05-09"), &later), None);
        assert_eq!(
            news(&plans(), Some(&m), d("2026-05-10"), &later).map(|n| n.id),
            Some("news:2026-05-10".into())
        );
        // No municipality (no matches) and an empty plan: no news.
        assert_eq!(
            news(&[], None, d("2026-05-01"), &ReminderSettings::default()),
            None
        );
        // Without a municipality the schedule alone still makes news.
        let n = news(
            &plans(),
            None,
            d("2026-05-01"),
            &ReminderSettings::default(),
        )
        .unwrap();
        assert_eq!((n.schedule.len(), n.programs.len()), (2, 0));
    }
}
