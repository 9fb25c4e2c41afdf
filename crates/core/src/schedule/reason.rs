//! Structured explanations: a Fluent message id and its arguments.
//!
//! Core never words anything. The i18n crate renders a [`Reason`] by looking
//! up [`Reason::message_id`] in `locales/<lang>/schedule.ftl` and passing the
//! arguments: a [`ReasonArg::Date`] formatted with the localizer's date format,
//! a [`ReasonArg::Message`] replaced by that message's own text (a vaccine's
//! name), a [`ReasonArg::Number`] as a number.

use crate::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One argument of a reason.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonArg {
    Number(i64),
    Date(Date),
    /// The id of another message whose text is the argument's value.
    Message(String),
    /// Data shown as it is (a facility's name).
    Text(String),
}

/// An explanation: `message_id` with named arguments.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reason {
    pub message_id: String,
    pub args: BTreeMap<String, ReasonArg>,
}

impl Reason {
    pub fn new(message_id: &str) -> Self {
        Reason {
            message_id: message_id.to_owned(),
            args: BTreeMap::new(),
        }
    }

    pub fn number(mut self, name: &str, value: impl Into<i64>) -> Self {
        self.args
            .insert(name.to_owned(), ReasonArg::Number(value.into()));
        self
    }

    pub fn date(mut self, name: &str, value: Date) -> Self {
        self.args.insert(name.to_owned(), ReasonArg::Date(value));
        self
    }

    pub fn message(mut self, name: &str, message_id: &str) -> Self {
        self.args
            .insert(name.to_owned(), ReasonArg::Message(message_id.to_owned()));
        self
    }

    pub fn text(mut self, name: &str, value: &str) -> Self {
        self.args
            .insert(name.to_owned(), ReasonArg::Text(value.to_owned()));
        self
    }

    pub fn arg(&self, name: &str) -> Option<&ReasonArg> {
        self.args.get(name)
    }
}

/// Every message id the engine emits (names, labels and reasons). Names of
/// vaccines and checkups and dose labels come from the rule files, which are
/// validated to use ids of the `schedule-` family.
pub mod ids {
    /// Dose labels: `schedule-dose-nth` {n}, used when the rules give none.
    pub const DOSE_NTH: &str = "schedule-dose-nth";
    pub const DOSE_PRIMARY: &str = "schedule-dose-primary";
    pub const DOSE_BOOSTER: &str = "schedule-dose-booster";
    pub const DOSE_PERIOD: &str = "schedule-dose-period";
    pub const DOSE_PERIOD_PRIMARY: &str = "schedule-dose-period-primary";
    pub const DOSE_PERIOD_BOOSTER: &str = "schedule-dose-period-booster";
    /// Visit label of prenatal checkups: {n}.
    pub const VISIT_NTH: &str = "schedule-visit-nth";
    /// Name of a recorded vaccine the rules do not know.
    pub const VACCINE_OTHER: &str = "schedule-vaccine-other";
    /// Name of a recorded checkup the rules do not know.
    pub const CHECKUP_OTHER: &str = "schedule-checkup-other";

    /// {date}: a recorded dose.
    pub const GIVEN: &str = "schedule-reason-given";
    /// {vaccine, date}: counted from a combined vaccine (五種混合).
    pub const GIVEN_AS: &str = "schedule-reason-given-as";
    /// {after, date}: a record earlier than the minimum interval allowed.
    pub const RECORD_BEFORE_INTERVAL: &str = "schedule-reason-record-before-interval";
    /// {vaccine, date}: a record within 27 days of another injected live vaccine.
    pub const RECORD_LIVE_TOO_CLOSE: &str = "schedule-reason-record-live-too-close";
    /// A record outside the routine (funded) window.
    pub const RECORD_NOT_ROUTINE: &str = "schedule-reason-record-not-routine";
    /// {date}: the age window opens on that date.
    pub const AGE_FROM: &str = "schedule-reason-age-from";
    /// {dose, after, date, days}: "N日以上の間隔" after an earlier dose.
    pub const MIN_INTERVAL: &str = "schedule-reason-min-interval";
    /// {dose, after, date, months}: "N月以上の間隔" after an earlier dose.
    pub const MIN_INTERVAL_MONTHS: &str = "schedule-reason-min-interval-months";
    /// {dose, after}: after the previous dose, when no interval is set.
    pub const AFTER_PREVIOUS: &str = "schedule-reason-after-previous";
    /// {vaccine, date, days}: the 27-day rule between injected live vaccines.
    pub const LIVE_INTERVAL: &str = "schedule-reason-live-interval";
    /// {date}: start of the recommended time.
    pub const RECOMMENDED_FROM: &str = "schedule-reason-recommended-from";
    /// {date}: end of the recommended time.
    pub const RECOMMENDED_BY: &str = "schedule-reason-recommended-by";
    /// {date}: last funded day.
    pub const FUNDED_UNTIL: &str = "schedule-reason-funded-until";
    /// {date, days}: the funded window closes soon.
    pub const FUNDED_CLOSING: &str = "schedule-reason-funded-window-closing";
    /// {date}: the funded window closed (or closes before the earliest date).
    pub const FUNDED_CLOSED: &str = "schedule-reason-funded-window-closed";
    /// {date}: past a hard age limit (or the window of a voluntary vaccine).
    pub const AGE_LIMIT: &str = "schedule-reason-age-limit";
    /// {date}: a dose that is no longer given once that date has passed.
    pub const DOSE_SKIPPED: &str = "schedule-reason-dose-skipped";
    /// {after, date}: not given because the previous dose was on/after date.
    pub const DOSE_SKIPPED_PREVIOUS_LATE: &str = "schedule-reason-dose-skipped-previous-late";
    /// {after}: an earlier dose can no longer be given, so neither can this.
    pub const PREVIOUS_MISSED: &str = "schedule-reason-previous-missed";
    /// {later}: a later dose is recorded, so this one is not planned.
    pub const LATER_RECORDED: &str = "schedule-reason-later-dose-recorded";
    /// {count, date}: the number of doses follows the age at the first dose.
    pub const DOSE_COUNT: &str = "schedule-reason-dose-count";
    /// {other}: another product may be chosen instead.
    pub const PRODUCT_CHOICE: &str = "schedule-reason-product-choice";
    /// {vaccine}: the product is no longer sold; switch for remaining doses.
    pub const REPLACED_BY: &str = "schedule-reason-replaced-by";
    /// Premature babies follow chronological age.
    pub const CHRONOLOGICAL_AGE: &str = "schedule-reason-chronological-age";
    /// Routine only for girls.
    pub const GIRLS_ONLY: &str = "schedule-reason-girls-only";
    /// Voluntary vaccination (own cost).
    pub const VOLUNTARY: &str = "schedule-reason-voluntary";
    /// {from, until}: the season a seasonal vaccine is planned for.
    pub const SEASON: &str = "schedule-reason-season";
    /// {cohort}: the dose is funded by a birth cohort's own window (特例).
    pub const COHORT: &str = "schedule-reason-cohort";
    /// {date}: routine (funded) only from that date on.
    pub const ROUTINE_FROM: &str = "schedule-reason-routine-from";

    /// {date}: a checkup attended.
    pub const CHECKUP_DONE: &str = "schedule-reason-checkup-done";
    /// {from, until}: the checkup's window (both days included).
    pub const CHECKUP_WINDOW: &str = "schedule-reason-checkup-window";
    /// Required by law (母子保健法第12条).
    pub const CHECKUP_LAW: &str = "schedule-reason-checkup-law";
    /// Run or subsidised by the municipality.
    pub const CHECKUP_MUNICIPAL: &str = "schedule-reason-checkup-municipal";
    /// {date}: the checkup's window ended.
    pub const CHECKUP_WINDOW_PASSED: &str = "schedule-reason-checkup-window-passed";
    /// {week}: a prenatal visit's week of pregnancy.
    pub const PRENATAL_WEEK: &str = "schedule-reason-prenatal-week";
    /// {date}: the pregnancy ended with the delivery on that date.
    pub const PREGNANCY_ENDED: &str = "schedule-reason-pregnancy-ended";
    /// {date}: postnatal dates counted from the expected date.
    pub const FROM_EXPECTED_DATE: &str = "schedule-reason-from-expected-date";

    /// Every fixed id above with the names of its arguments.
    pub const ALL: &[(&str, &[&str])] = &[
        (DOSE_NTH, &["n"]),
        (DOSE_PRIMARY, &["n"]),
        (DOSE_BOOSTER, &[]),
        (DOSE_PERIOD, &["period"]),
        (DOSE_PERIOD_PRIMARY, &["period", "n"]),
        (DOSE_PERIOD_BOOSTER, &["period"]),
        (VISIT_NTH, &["n"]),
        (VACCINE_OTHER, &[]),
        (CHECKUP_OTHER, &[]),
        (GIVEN, &["date"]),
        (GIVEN_AS, &["vaccine", "date"]),
        (RECORD_BEFORE_INTERVAL, &["after", "date"]),
        (RECORD_LIVE_TOO_CLOSE, &["vaccine", "date"]),
        (RECORD_NOT_ROUTINE, &[]),
        (AGE_FROM, &["date"]),
        (MIN_INTERVAL, &["dose", "after", "date", "days"]),
        (MIN_INTERVAL_MONTHS, &["dose", "after", "date", "months"]),
        (AFTER_PREVIOUS, &["dose", "after"]),
        (LIVE_INTERVAL, &["vaccine", "date", "days"]),
        (RECOMMENDED_FROM, &["date"]),
        (RECOMMENDED_BY, &["date"]),
        (FUNDED_UNTIL, &["date"]),
        (FUNDED_CLOSING, &["date", "days"]),
        (FUNDED_CLOSED, &["date"]),
        (AGE_LIMIT, &["date"]),
        (DOSE_SKIPPED, &["date"]),
        (DOSE_SKIPPED_PREVIOUS_LATE, &["after", "date"]),
        (PREVIOUS_MISSED, &["after"]),
        (LATER_RECORDED, &["later"]),
        (DOSE_COUNT, &["count", "date"]),
        (PRODUCT_CHOICE, &["other"]),
        (REPLACED_BY, &["vaccine"]),
        (CHRONOLOGICAL_AGE, &[]),
        (GIRLS_ONLY, &[]),
        (VOLUNTARY, &[]),
        (SEASON, &["from", "until"]),
        (COHORT, &["cohort"]),
        (ROUTINE_FROM, &["date"]),
        (CHECKUP_DONE, &["date"]),
        (CHECKUP_WINDOW, &["from", "until"]),
        (CHECKUP_LAW, &[]),
        (CHECKUP_MUNICIPAL, &[]),
        (CHECKUP_WINDOW_PASSED, &["date"]),
        (PRENATAL_WEEK, &["week"]),
        (PREGNANCY_ENDED, &["date"]),
        (FROM_EXPECTED_DATE, &["date"]),
    ];

    /// Argument names of a fixed id, `None` when the id is not one of them.
    pub fn args_of(id: &str) -> Option<&'static [&'static str]> {
        ALL.iter().find(|(i, _)| *i == id).map(|(_, a)| *a)
    }
}
