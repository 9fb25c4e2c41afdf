//! A nursery application at the portal and its decision (内定 / 保留, the
//! 利用調整 result): the official items of the `nursery` category.

use crate::Date;
use serde::{Deserialize, Serialize};

crate::by_name::choices! {
    /// Where an application stands at the portal.
    pub enum DecisionStatus: serde messages "nursery-decision-" {
        /// Received, 利用調整 not done yet.
        Received = "received",
        /// 内定: a place offered at `facility`.
        Offered = "offered",
        /// 保留: no place this time (waiting).
        Waitlisted = "waitlisted",
    }
}

crate::by_name::choices! {
    /// What 利用調整 found for one preference.
    pub enum Outcome: serde messages "nursery-outcome-" {
        /// The place offered.
        Offered = "offered",
        /// No opening left for the child's class.
        NoOpening = "no-opening",
        /// Not looked at: a higher preference was offered.
        NotReached = "not-reached",
    }
}

/// One line of the 利用調整 result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Adjustment {
    pub rank: u8,
    pub facility: String,
    #[serde(default)]
    pub facility_name: Option<String>,
    pub outcome: Outcome,
}

/// A nursery application at the portal (an official item of `nursery`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NurseryDecision {
    pub id: String,
    pub intake: Date,
    pub applied_on: Date,
    pub status: DecisionStatus,
    #[serde(default)]
    pub decided_on: Option<Date>,
    /// The facility offered (内定).
    #[serde(default)]
    pub facility: Option<String>,
    #[serde(default)]
    pub facility_name: Option<String>,
    /// Which preference was offered (1 = the first).
    #[serde(default)]
    pub rank: Option<u8>,
    /// The 利用調整 result, one line per preference.
    #[serde(default)]
    pub adjustment: Vec<Adjustment>,
}

impl NurseryDecision {
    /// The checks beyond the shape: an offer names its facility and rank.
    pub fn check(&self) -> Result<(), String> {
        if self.status == DecisionStatus::Offered
            && (self.facility.is_none() || self.rank.is_none())
        {
            return Err("an offer without its facility or rank".into());
        }
        Ok(())
    }
}
