//! Schedule commands: the built-in rules are validated once at start; the
//! plans are computed by core from the handbook's records with the rules in
//! use (`crate::rules`: the newest valid bundle kept, else the built-in ones).

use crate::book;
use crate::clock::today;
use crate::state::AppState;
use hagukumi_core::api::{CommandError, FamilyAction, NextEntry};
use hagukumi_core::model::RecordId;
use hagukumi_core::pregnancy_records::PregnancyBook;
use hagukumi_core::records::ChildBook;
use hagukumi_core::schedule::from_records::{CHILD_PLAN_KINDS, PREGNANCY_PLAN_KINDS};
use hagukumi_core::schedule::reminders::PersonKey;
use hagukumi_core::schedule::{from_records, load_rules, next_actions, PlanItem, Rules};
use std::sync::OnceLock;
use tauri::State;

static RULES: OnceLock<Result<Rules, String>> = OnceLock::new();

/// Loads and validates the rule files; called when the app starts.
pub fn init() {
    let rules = RULES.get_or_init(|| load_rules().map_err(|e| e.to_string()));
    if let Err(e) = rules {
        eprintln!("hagukumi: schedule rules: {e}");
    }
}

pub(crate) fn rules(
    store: &hagukumi_store::Store,
) -> Result<std::sync::Arc<hagukumi_core::rules_bundle::RuleBundle>, CommandError> {
    Ok(crate::rules::in_use(store)?)
}

/// Every dose and checkup of one child, with status, dates and reasons.
#[tauri::command(rename_all = "snake_case")]
pub fn load_plan(
    state: State<'_, AppState>,
    child_id: RecordId,
) -> Result<Vec<PlanItem>, CommandError> {
    state.with(|store| {
        let rules = rules(store)?;
        let child = book::holder::<ChildBook>(store, child_id)?;
        let records = store.of_kinds::<ChildBook>(child_id, &CHILD_PLAN_KINDS)?;
        Ok(from_records::child_plan(
            &rules.rules,
            &child,
            &records,
            today(),
        ))
    })
}

/// One person's plan: whom it is for, their name or label, the items.
pub(crate) type FamilyPlan = (PersonKey, Option<String>, Vec<PlanItem>);

/// Everyone's plan on `today`: each child, then each pregnancy, with whom it
/// is for and their name or label. Only the records a plan reads are read
/// (by the kind index), however many others there are.
pub(crate) fn family_plans(
    store: &hagukumi_store::Store,
    today: hagukumi_core::Date,
) -> Result<Vec<FamilyPlan>, CommandError> {
    let rules = rules(store)?;
    let rules = &rules.rules;
    let mut plans = Vec::new();
    for child in store.children()? {
        let records = store.of_kinds::<ChildBook>(child.id, &CHILD_PLAN_KINDS)?;
        let items = from_records::child_plan(rules, &child, &records, today);
        plans.push((PersonKey::Child(child.id), Some(child.name), items));
    }
    for p in store.pregnancies()? {
        let records = store.of_kinds::<PregnancyBook>(p.id, &PREGNANCY_PLAN_KINDS)?;
        let items = from_records::pregnancy_plan(rules, &p, &records, today);
        plans.push((PersonKey::Pregnancy(p.id), p.label, items));
    }
    Ok(plans)
}

/// The family's next `count` actions (at most 10) and the 保活 bookings
/// held (as many), soonest first (`NextEntry::merge`).
#[tauri::command(rename_all = "snake_case")]
pub fn family_next(
    state: State<'_, AppState>,
    count: usize,
) -> Result<Vec<NextEntry>, CommandError> {
    let count = count.min(10);
    let today = today();
    state.with(|store| {
        let (who, plans): (Vec<_>, Vec<_>) = family_plans(store, today)?
            .into_iter()
            .map(|(key, name, items)| ((key, name), items))
            .unzip();
        let actions = next_actions(&plans, count)
            .into_iter()
            .map(|a| {
                let (key, name) = who[a.person].clone();
                let (child_id, pregnancy_id) = match key {
                    PersonKey::Child(id) => (Some(id), None),
                    PersonKey::Pregnancy(id) => (None, Some(id)),
                };
                FamilyAction {
                    child_id,
                    pregnancy_id,
                    name,
                    item: a.item,
                }
            })
            .collect();
        let bookings = hagukumi_sync::nursery::bookings(store)?;
        Ok(NextEntry::merge(actions, &bookings, today, count))
    })
}
