//! A family's 保育指数 from their answers, "what if" comparisons, and ties.

use super::{Adjustment, GuardianRow, Situation, Table, TieBreak, Title};
use crate::schedule::Reason;
use serde::{Deserialize, Serialize};

/// One guardian's answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuardianAnswers {
    pub situation: Situation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_per_week: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_per_month: Option<u32>,
    /// The sub-case some situations have (see `docs/hoiku-index.md`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// A guardian's answers as they would be (1-based `guardian`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    pub guardian: usize,
    pub answers: GuardianAnswers,
}

/// A "what if": changes to the guardians and the household items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhatIf {
    pub label: String,
    #[serde(default)]
    pub changes: Vec<Change>,
    #[serde(default)]
    pub add: Vec<Adjustment>,
    #[serde(default)]
    pub remove: Vec<Adjustment>,
}

/// The family's answers (`docs/hoiku-index.md`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    /// One (a single parent) or two guardians.
    pub guardians: Vec<GuardianAnswers>,
    #[serde(default)]
    pub household: Vec<Adjustment>,
    /// The household's 住民税 in yen, for the tie-break some tables use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resident_tax_yen: Option<u64>,
    #[serde(default)]
    pub what_if: Vec<WhatIf>,
}

/// Answers that cannot be used: the field and the message id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message_id}")]
pub struct AnswersError {
    pub field: String,
    /// `hoiku-error-guardians`, `hoiku-error-hours`, `hoiku-error-days`,
    /// `hoiku-error-household-twice`, `hoiku-error-change-guardian`.
    pub message_id: &'static str,
}

impl Answers {
    /// Checks the answers and every what-if applied to them.
    pub fn validate(&self) -> Result<(), AnswersError> {
        check(self, "")?;
        for (i, w) in self.what_if.iter().enumerate() {
            let field = format!("what_if[{i}]");
            for (j, c) in w.changes.iter().enumerate() {
                if c.guardian == 0 || c.guardian > self.guardians.len() {
                    return Err(AnswersError {
                        field: format!("{field}.changes[{j}].guardian"),
                        message_id: "hoiku-error-change-guardian",
                    });
                }
            }
            check(&self.apply(w), &format!("{field}."))?;
        }
        Ok(())
    }

    /// These answers with a what-if applied.
    pub fn apply(&self, w: &WhatIf) -> Answers {
        let mut out = self.clone();
        out.what_if.clear();
        for c in &w.changes {
            let Some(g) = c
                .guardian
                .checked_sub(1)
                .and_then(|i| out.guardians.get_mut(i))
            else {
                continue;
            };
            g.clone_from(&c.answers);
        }
        out.household.retain(|a| !w.remove.contains(a));
        for a in &w.add {
            if !out.household.contains(a) {
                out.household.push(*a);
            }
        }
        out
    }
}

fn check(a: &Answers, prefix: &str) -> Result<(), AnswersError> {
    let err = |field: String, message_id| Err(AnswersError { field, message_id });
    if !(1..=2).contains(&a.guardians.len()) {
        return err(format!("{prefix}guardians"), "hoiku-error-guardians");
    }
    for (i, g) in a.guardians.iter().enumerate() {
        if g.hours_per_week
            .is_some_and(|h| !(h.is_finite() && (0.0..=168.0).contains(&h)))
        {
            return err(
                format!("{prefix}guardians[{i}].hours_per_week"),
                "hoiku-error-hours",
            );
        }
        if g.days_per_month.is_some_and(|d| d > 31) {
            return err(
                format!("{prefix}guardians[{i}].days_per_month"),
                "hoiku-error-days",
            );
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, h) in a.household.iter().enumerate() {
        if !seen.insert(*h) {
            return err(
                format!("{prefix}household[{i}]"),
                "hoiku-error-household-twice",
            );
        }
    }
    Ok(())
}

/// One explanation line: a Fluent message (`hoiku-line-…`) and, for a
/// table row, the row's own title (the renderer passes it as `rule`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Line {
    pub reason: Reason,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<Title>,
    /// The row's id (`work1-40h`, `single_parent`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule_id: Option<String>,
    /// Points this line adds (`None`: not in the table).
    pub points: Option<i32>,
    /// The id of the table source the row cites.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The family's points under one table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Points {
    pub total: i32,
    pub lines: Vec<Line>,
    /// False when an answer has no row in the table (the total leaves it
    /// out; the table's note says which rows could not be found).
    pub complete: bool,
}

/// Message ids of the explanation lines.
pub mod ids {
    /// {guardian, points} + rule
    pub const GUARDIAN: &str = "hoiku-line-guardian";
    /// {guardian, situation}
    pub const GUARDIAN_NOT_IN_TABLE: &str = "hoiku-line-guardian-not-in-table";
    /// {points} + rule
    pub const HOUSEHOLD: &str = "hoiku-line-household";
    /// {adjustment}
    pub const HOUSEHOLD_NOT_IN_TABLE: &str = "hoiku-line-household-not-in-table";
}

/// The message id naming a situation (`hoiku-situation-work`, …).
pub fn situation_message(s: Situation) -> String {
    format!("hoiku-situation-{}", s.id().replace('_', "-"))
}

/// The message id naming a household item (`hoiku-adjustment-single-parent`, …).
pub fn adjustment_message(a: Adjustment) -> String {
    format!("hoiku-adjustment-{}", a.id().replace('_', "-"))
}

fn matches(row: &GuardianRow, g: &GuardianAnswers) -> bool {
    let w = &row.when;
    row.situation == g.situation
        && w.min_hours_per_week
            .is_none_or(|min| g.hours_per_week.is_some_and(|h| h >= min))
        && w.max_hours_per_week
            .is_none_or(|max| g.hours_per_week.is_some_and(|h| h < max))
        && w.min_days_per_month
            .is_none_or(|min| g.days_per_month.is_some_and(|d| d >= min))
        && w.detail
            .as_ref()
            .is_none_or(|d| g.detail.as_ref() == Some(d))
}

/// The family's points: one line per guardian and per household item.
/// The answers should be [`Answers::validate`]d first.
pub fn points(table: &Table, answers: &Answers) -> Points {
    let mut out = Points {
        total: 0,
        lines: Vec::new(),
        complete: true,
    };
    for (i, g) in answers.guardians.iter().enumerate() {
        let n = i64::try_from(i + 1).unwrap_or(i64::MAX);
        // Rows are listed from the highest; the first that holds applies.
        match table.guardian.iter().find(|row| matches(row, g)) {
            Some(row) => {
                out.total += row.points;
                out.lines.push(Line {
                    reason: Reason::new(ids::GUARDIAN)
                        .number("guardian", n)
                        .number("points", row.points),
                    rule: Some(row.title.clone()),
                    rule_id: Some(row.id.clone()),
                    points: Some(row.points),
                    source: Some(row.source.clone()),
                });
            }
            None => {
                out.complete = false;
                out.lines.push(Line {
                    reason: Reason::new(ids::GUARDIAN_NOT_IN_TABLE)
                        .number("guardian", n)
                        .message("situation", &situation_message(g.situation)),
                    rule: None,
                    rule_id: None,
                    points: None,
                    source: None,
                });
            }
        }
    }
    for a in &answers.household {
        match table.household_row(*a) {
            Some(row) => {
                out.total += row.points;
                out.lines.push(Line {
                    reason: Reason::new(ids::HOUSEHOLD).number("points", row.points),
                    rule: Some(row.title.clone()),
                    rule_id: Some(row.id.id().to_owned()),
                    points: Some(row.points),
                    source: Some(row.source.clone()),
                });
            }
            None => {
                out.complete = false;
                out.lines.push(Line {
                    reason: Reason::new(ids::HOUSEHOLD_NOT_IN_TABLE)
                        .message("adjustment", &adjustment_message(*a)),
                    rule: None,
                    rule_id: None,
                    points: None,
                    source: None,
                });
            }
        }
    }
    out
}

/// A what-if next to the answers as given.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub label: String,
    pub before: Points,
    pub after: Points,
    pub difference: i32,
}

/// The answers' points with and without the what-if.
pub fn what_if(table: &Table, answers: &Answers, w: &WhatIf) -> Comparison {
    let before = points(table, answers);
    let after = points(table, &answers.apply(w));
    Comparison {
        label: w.label.clone(),
        difference: after.total - before.total,
        before,
        after,
    }
}

/// Which of two households comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum TieOutcome {
    /// By total points.
    First,
    Second,
    /// Equal points, decided by a tie-break step.
    FirstByTieBreak {
        step: TieBreak,
    },
    SecondByTieBreak {
        step: TieBreak,
    },
    /// Equal points and the table's computable steps do not decide (or
    /// an answer they need is missing).
    Undecided,
}

/// Compares two households under one table: points first, then the
/// table's tie-break steps in order.
pub fn compare(table: &Table, a: &Answers, b: &Answers) -> TieOutcome {
    let (pa, pb) = (points(table, a).total, points(table, b).total);
    if pa != pb {
        return if pa > pb {
            TieOutcome::First
        } else {
            TieOutcome::Second
        };
    }
    for step in &table.tie_break {
        match step.id {
            TieBreak::LowerResidentTax => match (a.resident_tax_yen, b.resident_tax_yen) {
                (Some(x), Some(y)) if x < y => {
                    return TieOutcome::FirstByTieBreak { step: step.id }
                }
                (Some(x), Some(y)) if x > y => {
                    return TieOutcome::SecondByTieBreak { step: step.id }
                }
                (Some(_), Some(_)) => continue,
                _ => return TieOutcome::Undecided,
            },
        }
    }
    TieOutcome::Undecided
}
