//! Japan's routine vaccinations and checkups: the rules as data, and a pure
//! engine that turns a person's history into a plan.
//!
//! The rules live in `assets/schedules/*.json` (embedded at build time, parsed
//! and validated by [`load_rules`]); each file names its sources and the date
//! it reflects. The engine ([`plan`]) takes `today` as an argument and never
//! reads the clock, so a plan is a pure function of its inputs:
//!
//! - the order of the records never matters (they are sorted first);
//! - a record is always respected, even when it is off-schedule (it may get a
//!   warning reason, never a correction);
//! - every proposed date respects each minimum interval, the age window and the
//!   27-day rule between injected live vaccines (a different live vaccine is
//!   either given the same day or at least 27 days apart);
//! - ages are chronological (from the birth date, also for premature babies),
//!   with [`crate::age`]'s month-anniversary convention.
//!
//! Every explanation is structured ([`Reason`]: a Fluent message id from
//! `locales/*/schedule.ftl` plus arguments), so core stays free of wording;
//! the i18n crate renders it.

mod checkups;
pub mod from_records;
mod next;
mod reader;
mod reason;
pub mod reminders;
mod rules;
mod time;
mod vaccines;

pub use next::{next_actions, NextAction};
pub use reason::{ids, Reason, ReasonArg};
pub use rules::{
    AgePoint, AgeWindow, Alternative, Basis, Checkup, CheckupSubject, Cohort, DoseRule, Interval,
    Label, Phase, Prenatal, RuleError, RuleFile, Rules, Season, Series, Span, Vaccine,
    VaccineSubject,
};

use crate::{Date, GestationalAge};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The rule files embedded in the binary, as `(file name, JSON text)`.
pub const EMBEDDED_RULE_FILES: [(&str, &str); 2] = [
    (
        "vaccines-jp.json",
        include_str!("../../../../assets/schedules/vaccines-jp.json"),
    ),
    (
        "checkups-jp.json",
        include_str!("../../../../assets/schedules/checkups-jp.json"),
    ),
];

/// Parses and validates the embedded rule files.
///
/// An error names the file and the field, e.g.
/// `vaccines-jp.json: vaccines[3].series[0].doses[1].intervals[0].min_days: must be > 0`.
pub fn load_rules() -> Result<Rules, RuleError> {
    Rules::from_files(&EMBEDDED_RULE_FILES)
}

/// An identifier in the rules: a string, serialized as it is.
macro_rules! string_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_owned())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

string_id! {
    /// Identifier of a vaccine in the rules, e.g. `"pcv"` or `"mr"`.
    VaccineId
}

string_id! {
    /// Identifier of a checkup in the rules, e.g. `"child-1y6m"` or `"prenatal"`.
    CheckupId
}

/// Sex, only needed where a routine vaccination depends on it (HPV: girls).
pub use crate::growth::Sex;

/// A child whose vaccinations and checkups are planned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildInfo {
    pub birth_date: Date,
    /// Unknown sex plans sex-specific vaccines with an explanatory reason.
    #[serde(default)]
    pub sex: Option<Sex>,
    /// Gestational age at birth, when known. It never shifts the schedule
    /// (vaccines follow chronological age); a premature birth only adds a
    /// reason saying so.
    #[serde(default)]
    pub gestational_age_at_birth: Option<GestationalAge>,
}

impl ChildInfo {
    pub fn new(birth_date: Date) -> Self {
        ChildInfo {
            birth_date,
            sex: None,
            gestational_age_at_birth: None,
        }
    }
}

/// A pregnancy whose prenatal (and then postnatal) checkups are planned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PregnancyInfo {
    /// Expected date of delivery (40 weeks 0 days).
    pub expected_date: Date,
    /// The actual delivery date, once known: it ends the prenatal visits and
    /// anchors the mother's postnatal checkups.
    #[serde(default)]
    pub delivered_on: Option<Date>,
}

impl PregnancyInfo {
    /// 妊娠0週0日: the expected date − 280 days, from which the weeks of
    /// pregnancy (and the ages of a pregnancy's vaccines) count.
    pub fn first_day(&self) -> Option<Date> {
        time::sub_days(
            self.expected_date,
            crate::pregnancy::TERM_DAYS.unsigned_abs(),
        )
    }
}

/// Whom a plan is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Person {
    Child(ChildInfo),
    Pregnancy(PregnancyInfo),
}

impl Person {
    /// A child known only by birth date.
    pub fn child(birth_date: Date) -> Self {
        Person::Child(ChildInfo::new(birth_date))
    }

    /// A pregnancy not yet delivered.
    pub fn pregnancy(expected_date: Date) -> Self {
        Person::Pregnancy(PregnancyInfo {
            expected_date,
            delivered_on: None,
        })
    }
}

/// A dose that was given: always respected, even off-schedule.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DoseRecord {
    pub vaccine: VaccineId,
    /// Dose number within the vaccine's series (1-based), as written in the
    /// handbook.
    pub dose: u8,
    pub date: Date,
}

/// A checkup (or prenatal visit) that took place.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CheckupRecord {
    pub checkup: CheckupId,
    pub date: Date,
}

/// Everything recorded for one person, in any order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    #[serde(default)]
    pub doses: Vec<DoseRecord>,
    #[serde(default)]
    pub checkups: Vec<CheckupRecord>,
}

/// Knobs of the planner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// Flag ([`PlanItem::closing_soon`]) an open item whose publicly funded
    /// window ends within this many days.
    pub warn_within_days: u32,
    /// Plan voluntary (not publicly funded) vaccines too. Their records are
    /// always shown.
    pub include_voluntary: bool,
    /// Products chosen by the family where the rules offer a choice (e.g.
    /// `rotavirus-rv5`); ignored once a series has started.
    pub preferred: Vec<VaccineId>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            warn_within_days: 30,
            include_voluntary: true,
            preferred: Vec::new(),
        }
    }
}

/// Where an item stands on `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Recorded.
    Done,
    /// Suggested for today: valid today and within the recommended time.
    DueNow,
    /// Not yet possible or not yet the recommended time.
    Upcoming,
    /// Past the recommended (standard) time but still possible and funded.
    Overdue,
    /// The publicly funded window has closed (or closes before the earliest
    /// valid date); it may still be possible at one's own cost.
    FundedWindowMissed,
    /// Not applicable: not for this person, a dose no longer given, or past a
    /// hard age limit.
    NotEligible,
}

impl Status {
    /// Stable kebab-case id: the suffix of its `schedule-status-…` message
    /// and the CSS class of its items.
    pub fn id(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::DueNow => "due-now",
            Status::Upcoming => "upcoming",
            Status::Overdue => "overdue",
            Status::FundedWindowMissed => "missed",
            Status::NotEligible => "not-eligible",
        }
    }

    /// Whether the item still asks for an action.
    pub fn is_open(self) -> bool {
        matches!(self, Status::DueNow | Status::Upcoming | Status::Overdue)
    }
}

/// What a plan item is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum ItemRef {
    Vaccine(VaccineId),
    Checkup(CheckupId),
}

/// One dose of a vaccine, or one checkup visit, on the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanItem {
    pub item: ItemRef,
    /// Fluent id of the item's name, e.g. `schedule-vaccine-pcv`.
    pub name: String,
    /// Dose number (vaccines) or visit number (prenatal checkups).
    pub dose: Option<u8>,
    /// The dose's label, e.g. "第1期 初回2回目".
    pub label: Option<Reason>,
    pub status: Status,
    /// Date of the record, for [`Status::Done`].
    pub given_on: Option<Date>,
    /// Earliest date, not before today, on which it may validly be given,
    /// assuming every earlier pending dose is given on its suggested date.
    pub earliest: Option<Date>,
    /// The date the plan proposes: the first valid date in the recommended
    /// (standard) time when that is still ahead, else [`Self::earliest`].
    /// Later doses and other live vaccines are planned around it.
    pub suggested: Option<Date>,
    /// Start of the recommended (standard) time, when later than `earliest`.
    pub recommended_from: Option<Date>,
    /// Last day of the recommended (standard) time.
    pub recommended_by: Option<Date>,
    /// Last day it is publicly funded (routine vaccinations, public checkups).
    pub funded_until: Option<Date>,
    /// The funded window ends within [`Options::warn_within_days`].
    pub closing_soon: bool,
    /// Why: each a Fluent message id with its arguments.
    pub reasons: Vec<Reason>,
}

impl PlanItem {
    /// An item with its status and reasons only: no dose, no dates.
    pub(crate) fn new(item: ItemRef, name: String, status: Status, reasons: Vec<Reason>) -> Self {
        PlanItem {
            item,
            name,
            dose: None,
            label: None,
            status,
            given_on: None,
            earliest: None,
            suggested: None,
            recommended_from: None,
            recommended_by: None,
            funded_until: None,
            closing_soon: false,
            reasons,
        }
    }

    /// The date the family should act on: [`Self::suggested`].
    pub fn action_date(&self) -> Option<Date> {
        self.suggested
    }

    pub fn has_reason(&self, message_id: &str) -> bool {
        self.reasons.iter().any(|r| r.message_id == message_id)
    }
}

/// The plan of one person on `today`: every dose of every vaccine of the
/// person's kind (children; pregnancies: `"subject": "pregnancy"`, ages from
/// 妊娠0週0日) and every checkup, in rule order, each with its status, dates
/// and reasons.
///
/// Pure and deterministic: the same inputs give the same plan, whatever the
/// order of the records in `history`.
pub fn plan(
    rules: &Rules,
    person: &Person,
    history: &History,
    today: Date,
    options: &Options,
) -> Vec<PlanItem> {
    match person {
        Person::Child(child) => {
            let mut items = vaccines::plan_vaccines(rules, child, &history.doses, today, options);
            items.extend(checkups::plan_child(
                rules,
                child.birth_date,
                &history.checkups,
                today,
                options,
            ));
            items
        }
        Person::Pregnancy(pregnancy) => {
            let mut items = match pregnancy.first_day() {
                Some(start) => vaccines::plan_pregnancy_vaccines(
                    rules,
                    start,
                    pregnancy.delivered_on,
                    &history.doses,
                    today,
                    options,
                ),
                None => Vec::new(),
            };
            items.extend(checkups::plan_pregnancy(
                rules,
                pregnancy,
                &history.checkups,
                today,
                options,
            ));
            items
        }
    }
}
