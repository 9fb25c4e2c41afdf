//! "What should the family do next?" across everyone's plans.

use super::{PlanItem, Status};
use serde::{Deserialize, Serialize};

/// An open item of one person's plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextAction {
    /// Index of the person's plan in the slice given to [`next_actions`].
    pub person: usize,
    pub item: PlanItem,
}

/// The first `n` open items (due now, overdue or upcoming) of all plans,
/// soonest first: by [`PlanItem::action_date`], then overdue before due
/// before upcoming, then the funded window closing first, then the order of
/// the plans and of their items. Deterministic for given plans.
pub fn next_actions(plans: &[Vec<PlanItem>], n: usize) -> Vec<NextAction> {
    let urgency = |s: Status| match s {
        Status::Overdue => 0,
        Status::DueNow => 1,
        _ => 2,
    };
    let mut open: Vec<(usize, usize, &PlanItem)> = plans
        .iter()
        .enumerate()
        .flat_map(|(p, items)| items.iter().enumerate().map(move |(i, item)| (p, i, item)))
        .filter(|(_, _, item)| item.status.is_open() && item.earliest.is_some())
        .collect();
    open.sort_by_key(|&(p, i, item)| {
        (
            item.action_date(),
            urgency(item.status),
            // `None` (no funded end) after every date.
            item.funded_until.is_none(),
            item.funded_until,
            p,
            i,
        )
    });
    open.into_iter()
        .take(n)
        .map(|(person, _, item)| NextAction {
            person,
            item: item.clone(),
        })
        .collect()
}
