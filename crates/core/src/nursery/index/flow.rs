//! The simulator's questions, one at a time, read from a table.
//!
//! The answers given so far are a list; [`next`] replays them against the
//! table and returns the next question or, when every question is answered,
//! the family's [`Answers`]. Which questions a guardian gets follows the
//! table: hours a week when a row of their situation has an hours bound,
//! days a month when one has a days bound, and the row's `detail` cases
//! (with the rows' own titles) when rows differ by detail. A situation or a
//! household item the table has no row for is offered marked
//! `in_table: false`, never hidden and never given a number.
//!
//! [`tweaks`] lists the "what if" changes that would move the family onto
//! another row of the table (more hours or days up to the next row's bound,
//! an adjustment not chosen); [`try_tweaks`] compares the points with some of
//! them applied.

use super::points::{points, what_if, Answers, Change, Comparison, GuardianAnswers, WhatIf};
use super::{Adjustment, Situation, Table, Title};
use serde::{Deserialize, Serialize};

/// Every situation, in the order the simulator offers them.
pub const SITUATIONS: [Situation; 8] = [
    Situation::Work,
    Situation::SelfEmployedHelper,
    Situation::PregnancyBirth,
    Situation::Illness,
    Situation::Disability,
    Situation::Care,
    Situation::JobSeeking,
    Situation::Study,
];

/// Every household item, in the order the simulator offers those the
/// table has no row for.
pub const ADJUSTMENTS: [Adjustment; 6] = [
    Adjustment::SingleParent,
    Adjustment::ParentalLeaveReturn,
    Adjustment::SiblingEnrolled,
    Adjustment::UnlicensedCare,
    Adjustment::SmallScaleGraduate,
    Adjustment::NurseryTeacher,
];

/// One answer, in the order the questions came.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "answer", content = "value")]
pub enum Answer {
    Guardians(usize),
    Situation(Situation),
    HoursPerWeek(f64),
    DaysPerMonth(u32),
    Detail(String),
    Household(Vec<Adjustment>),
}

/// A situation as the simulator offers it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SituationOption {
    pub situation: Situation,
    /// False: the table has no row for it (the answer will count nothing).
    pub in_table: bool,
}

/// A `detail` case, named by its row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DetailOption {
    pub detail: String,
    pub title: Title,
}

/// A household item as the simulator offers it: the table's row (its
/// title and points) or, when the table has none, the item alone.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HouseholdOption {
    pub adjustment: Adjustment,
    pub title: Option<Title>,
    pub points: Option<i32>,
}

/// The next question (`guardian` counts from 1).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "question")]
pub enum Question {
    /// One guardian (a single parent) or two.
    Guardians,
    Situation {
        guardian: usize,
        options: Vec<SituationOption>,
    },
    HoursPerWeek {
        guardian: usize,
        situation: Situation,
    },
    DaysPerMonth {
        guardian: usize,
        situation: Situation,
    },
    Detail {
        guardian: usize,
        situation: Situation,
        options: Vec<DetailOption>,
    },
    /// Any of the items (none is an answer too).
    Household { options: Vec<HouseholdOption> },
}

/// Where the simulator is.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Ask(Question),
    Done(Answers),
}

/// An answer that does not fit its question: which answer (0-based) and
/// the Fluent message id of the problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("answer {index}: {message_id}")]
pub struct FlowError {
    pub index: usize,
    /// `hoiku-error-guardians`, `hoiku-error-hours`, `hoiku-error-days`,
    /// `hoiku-error-household-twice`, `hoiku-flow-error-detail`,
    /// `hoiku-flow-error-unexpected`, `hoiku-flow-error-extra`.
    pub message_id: &'static str,
}

/// What a situation's rows ask about.
struct Needs {
    hours: bool,
    days: bool,
    details: Vec<DetailOption>,
}

fn needs(table: &Table, s: Situation) -> Needs {
    let rows = table.guardian.iter().filter(|r| r.situation == s);
    let mut n = Needs {
        hours: false,
        days: false,
        details: Vec::new(),
    };
    for r in rows {
        let w = &r.when;
        n.hours |= w.min_hours_per_week.is_some() || w.max_hours_per_week.is_some();
        n.days |= w.min_days_per_month.is_some();
        if let Some(d) = &w.detail {
            if !n.details.iter().any(|o| &o.detail == d) {
                n.details.push(DetailOption {
                    detail: d.clone(),
                    title: r.title.clone(),
                });
            }
        }
    }
    n
}

/// The situations offered for a guardian.
pub fn situation_options(table: &Table) -> Vec<SituationOption> {
    SITUATIONS
        .iter()
        .map(|&situation| SituationOption {
            situation,
            in_table: table.guardian.iter().any(|r| r.situation == situation),
        })
        .collect()
}

/// The household items offered: the table's rows in its order, then the
/// items it has no row for.
pub fn household_options(table: &Table) -> Vec<HouseholdOption> {
    let mut out: Vec<HouseholdOption> = table
        .household
        .iter()
        .map(|r| HouseholdOption {
            adjustment: r.id,
            title: Some(r.title.clone()),
            points: Some(r.points),
        })
        .collect();
    for a in ADJUSTMENTS {
        if table.household_row(a).is_none() {
            out.push(HouseholdOption {
                adjustment: a,
                title: None,
                points: None,
            });
        }
    }
    out
}

/// Replays `given` against the table: the next question, or the answers.
pub fn next(table: &Table, given: &[Answer]) -> Result<Step, FlowError> {
    let mut it = given.iter().enumerate();
    let unexpected = |index| FlowError {
        index,
        message_id: "hoiku-flow-error-unexpected",
    };
    let count = match it.next() {
        None => return Ok(Step::Ask(Question::Guardians)),
        Some((_, Answer::Guardians(n @ 1..=2))) => *n,
        Some((i, Answer::Guardians(_))) => {
            return Err(FlowError {
                index: i,
                message_id: "hoiku-error-guardians",
            })
        }
        Some((i, _)) => return Err(unexpected(i)),
    };
    let mut guardians = Vec::with_capacity(count);
    for guardian in 1..=count {
        let situation = match it.next() {
            None => {
                return Ok(Step::Ask(Question::Situation {
                    guardian,
                    options: situation_options(table),
                }))
            }
            Some((_, Answer::Situation(s))) => *s,
            Some((i, _)) => return Err(unexpected(i)),
        };
        let need = needs(table, situation);
        let mut g = GuardianAnswers {
            situation,
            hours_per_week: None,
            days_per_month: None,
            detail: None,
        };
        if need.hours {
            match it.next() {
                None => {
                    return Ok(Step::Ask(Question::HoursPerWeek {
                        guardian,
                        situation,
                    }))
                }
                Some((_, Answer::HoursPerWeek(h)))
                    if h.is_finite() && (0.0..=168.0).contains(h) =>
                {
                    g.hours_per_week = Some(*h);
                }
                Some((i, Answer::HoursPerWeek(_))) => {
                    return Err(FlowError {
                        index: i,
                        message_id: "hoiku-error-hours",
                    })
                }
                Some((i, _)) => return Err(unexpected(i)),
            }
        }
        if need.days {
            match it.next() {
                None => {
                    return Ok(Step::Ask(Question::DaysPerMonth {
                        guardian,
                        situation,
                    }))
                }
                Some((_, Answer::DaysPerMonth(d))) if *d <= 31 => g.days_per_month = Some(*d),
                Some((i, Answer::DaysPerMonth(_))) => {
                    return Err(FlowError {
                        index: i,
                        message_id: "hoiku-error-days",
                    })
                }
                Some((i, _)) => return Err(unexpected(i)),
            }
        }
        if !need.details.is_empty() {
            match it.next() {
                None => {
                    return Ok(Step::Ask(Question::Detail {
                        guardian,
                        situation,
                        options: need.details,
                    }))
                }
                Some((_, Answer::Detail(d))) if need.details.iter().any(|o| &o.detail == d) => {
                    g.detail = Some(d.clone());
                }
                Some((i, Answer::Detail(_))) => {
                    return Err(FlowError {
                        index: i,
                        message_id: "hoiku-flow-error-detail",
                    })
                }
                Some((i, _)) => return Err(unexpected(i)),
            }
        }
        guardians.push(g);
    }
    let household = match it.next() {
        None => {
            return Ok(Step::Ask(Question::Household {
                options: household_options(table),
            }))
        }
        Some((i, Answer::Household(items))) => {
            let mut seen = std::collections::BTreeSet::new();
            if !items.iter().all(|a| seen.insert(*a)) {
                return Err(FlowError {
                    index: i,
                    message_id: "hoiku-error-household-twice",
                });
            }
            items.clone()
        }
        Some((i, _)) => return Err(unexpected(i)),
    };
    if let Some((i, _)) = it.next() {
        return Err(FlowError {
            index: i,
            message_id: "hoiku-flow-error-extra",
        });
    }
    Ok(Step::Done(Answers {
        guardians,
        household,
        resident_tax_yen: None,
        what_if: Vec::new(),
    }))
}

/// One "what if" change (`guardian` counts from 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "tweak")]
pub enum Tweak {
    /// The guardian's hours a week become `to` (from `from`).
    Hours { guardian: usize, from: f64, to: f64 },
    /// The guardian's days a month become `to` (from `from`).
    Days { guardian: usize, from: u32, to: u32 },
    /// The household item is added (its row's title, when the table has it).
    Add {
        adjustment: Adjustment,
        title: Option<Title>,
    },
}

impl Tweak {
    fn apply(&self, a: &mut Answers) {
        match self {
            Tweak::Hours { guardian, to, .. } => {
                if let Some(g) = guardian.checked_sub(1).and_then(|i| a.guardians.get_mut(i)) {
                    g.hours_per_week = Some(*to);
                }
            }
            Tweak::Days { guardian, to, .. } => {
                if let Some(g) = guardian.checked_sub(1).and_then(|i| a.guardians.get_mut(i)) {
                    g.days_per_month = Some(*to);
                }
            }
            Tweak::Add { adjustment, .. } => {
                if !a.household.contains(adjustment) {
                    a.household.push(*adjustment);
                }
            }
        }
    }
}

/// The changes that would put the family on another row of the table:
/// for each guardian, their hours (and days) raised to the nearest higher
/// bound among their situation's rows; then each household item of the
/// table not chosen.
pub fn tweaks(table: &Table, answers: &Answers) -> Vec<Tweak> {
    let mut out = Vec::new();
    for (i, g) in answers.guardians.iter().enumerate() {
        let rows = || table.guardian.iter().filter(|r| r.situation == g.situation);
        if let Some(h) = g.hours_per_week {
            let bound = rows()
                .filter_map(|r| r.when.min_hours_per_week)
                .filter(|&b| b > h)
                .fold(None, |m: Option<f64>, b| Some(m.map_or(b, |m| m.min(b))));
            if let Some(to) = bound {
                out.push(Tweak::Hours {
                    guardian: i + 1,
                    from: h,
                    to,
                });
            }
        }
        if let Some(d) = g.days_per_month {
            if let Some(to) = rows()
                .filter_map(|r| r.when.min_days_per_month)
                .filter(|&b| b > d)
                .min()
            {
                out.push(Tweak::Days {
                    guardian: i + 1,
                    from: d,
                    to,
                });
            }
        }
    }
    for r in &table.household {
        if !answers.household.contains(&r.id) {
            out.push(Tweak::Add {
                adjustment: r.id,
                title: Some(r.title.clone()),
            });
        }
    }
    out
}

/// The points as answered beside the points with `chosen` applied.
pub fn try_tweaks(table: &Table, answers: &Answers, chosen: &[Tweak]) -> Comparison {
    let mut changed = answers.clone();
    for t in chosen {
        t.apply(&mut changed);
    }
    let w = WhatIf {
        label: String::new(),
        changes: changed
            .guardians
            .iter()
            .enumerate()
            .map(|(i, g)| Change {
                guardian: i + 1,
                answers: g.clone(),
            })
            .collect(),
        add: changed.household.clone(),
        remove: Vec::new(),
    };
    let c = what_if(table, answers, &w);
    debug_assert_eq!(c.after, points(table, &changed));
    c
}
