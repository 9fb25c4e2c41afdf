//! The rules the window's plans use: the store's one choice
//! ([`Store::rules_in_use`]: the newest valid rules bundle kept in the
//! handbook, else the built-in rules), parsed again only when the newest
//! kept version changes (a sync kept a newer bundle, another handbook was
//! restored). Its growth tables are parsed with it, once per version:
//! the growth chart ([`crate::growth`]) lays a bundle's own tables for the
//! child's sex ([`bundle_growth`]) over the built-in ones.

use hagukumi_core::child_records::checklists::ChecklistItem;
use hagukumi_core::growth::{Sex, Tables};
use hagukumi_core::records::{RecordData, RecordInput};
use hagukumi_core::rules_bundle::RuleBundle;
use hagukumi_core::{Date, ValidationErrors};
use hagukumi_store::{Store, StoreError};
use std::sync::{Arc, Mutex};

static IN_USE: Mutex<Option<(u64, Arc<RuleBundle>)>> = Mutex::new(None);

/// The rules in use for `store`'s handbook.
pub(crate) fn in_use(store: &Store) -> Result<Arc<RuleBundle>, StoreError> {
    let newest = store.newest_rules_version()?;
    let mut cached = IN_USE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((version, rules)) = cached.as_ref() {
        if *version == newest {
            return Ok(Arc::clone(rules));
        }
    }
    let rules = Arc::new(store.rules_in_use()?);
    *cached = Some((newest, Arc::clone(&rules)));
    Ok(rules)
}

/// Validates a child's record with the rules in use: a checkup's answers
/// against the checklists of the rules in use (a newer bundle's, else the
/// built-in ones, also when the store cannot say which are in use).
pub(crate) fn validate_record(
    store: &Store,
    input: &RecordInput,
    birth: Date,
    today: Date,
) -> Result<RecordData, ValidationErrors> {
    match in_use(store) {
        Ok(rules) => input.validate_with(birth, today, &rules.checklists),
        Err(_) => input.validate(birth, today),
    }
}

/// The guardian-record questions for the window's checkup form: those of
/// the rules in use when a kept bundle brought its own checklists, else
/// `None` (the window asks the built-in ones).
pub(crate) fn bundle_checklist(store: &Store) -> Option<Vec<ChecklistItem>> {
    let rules = in_use(store).ok()?;
    rules
        .files
        .iter()
        .any(|f| f == "checkups/checklists-jp.json")
        .then(|| rules.checklists.items().to_vec())
}

/// The growth tables a rules bundle in use brought, for a child of `sex`:
/// `None` when the rules in use bring none (the built-in tables are the
/// rules' then), the sex is not known (no chart is drawn) or the
/// store cannot say which rules are in use.
pub(crate) fn bundle_growth(store: &Store, sex: Option<Sex>) -> Option<Tables> {
    let rules = in_use(store).ok()?;
    Some(rules.bundle_growth.of_sex(sex?)).filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::child_records::{AnswerInput, CheckupInput};
    use hagukumi_core::rules_bundle::builtin_bundle_json;
    use hagukumi_store::rules::SignedRules;
    use hagukumi_store::KeySource;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    /// Keeps `bundle` in the handbook as a sync would (its signature was
    /// checked there; the store keeps what it is given).
    fn keep(store: &mut Store, bundle: serde_json::Value, today: Date) {
        let bundle = bundle.to_string();
        let signed = SignedRules {
            key_id: "test-key".into(),
            signature: "c2ln".into(),
            envelope: serde_json::json!({ "bundle": bundle }).to_string(),
            bundle,
            issued_at: "2026-12-01T09:00:00.000Z".into(),
        };
        store
            .keep_rules_bundle(&signed, today.and_hms_opt(9, 0, 0).unwrap())
            .unwrap();
    }

    #[test]
    fn the_window_gets_the_growth_tables_of_a_kept_bundle() {
        use hagukumi_core::growth::{tables, Indicator, Reference};
        let dir = tempfile::tempdir().unwrap();
        let mut store =
            Store::open_with(dir.path(), &KeySource::Passphrase("p-passphrase-12".into())).unwrap();
        let today = d("2026-12-01");
        // Built-in rules: nothing to send, the window's tables are the rules'.
        assert_eq!(bundle_growth(&store, Some(Sex::Male)), None);

        // A newer bundle whose Japanese boys' weight table is one tenth
        // heavier (SAMPLE numbers for the test, not published values).
        let mut bundle: serde_json::Value =
            serde_json::from_str(&builtin_bundle_json(7, d("2026-11-01"))).unwrap();
        let mut table: serde_json::Value = serde_json::from_str(include_str!(
            "../../assets/growth/japan-2023/weight-for-age.json"
        ))
        .unwrap();
        for row in table["sexes"]["male"].as_array_mut().unwrap() {
            for x in row["values"].as_array_mut().unwrap() {
                *x = serde_json::json!((x.as_f64().unwrap() * 110.0).round() / 100.0);
            }
        }
        bundle["files"]["growth/japan-2023/weight-for-age.json"] = table;
        keep(&mut store, bundle, today);

        let sent = bundle_growth(&store, Some(Sex::Male)).expect("the bundle's table");
        let (jp, w) = (Reference::Japan2023, Indicator::WeightForAge);
        // Only the child's sex, only the bundle's table.
        assert!(sent.percentiles(jp, w, Sex::Male).is_some());
        assert!(sent.percentiles(jp, w, Sex::Female).is_none());
        assert!(sent.get(Reference::WhoStandard, w, Sex::Male).is_none());
        // What the window draws with: the published median (6.55 kg at
        // 3〜4か月未満) is the 50th percentile no more.
        let window = tables().unwrap().overlaid(&sent);
        let p = |t: &Tables| t.assess(jp, w, Sex::Male, 106.53, 6.55).unwrap().percentile;
        assert!((p(tables().unwrap()) - 50.0).abs() < 1e-9);
        assert!(p(&window) < 25.0, "{}", p(&window));
        assert!(bundle_growth(&store, None).is_none());
    }

    #[test]
    fn a_checkup_is_checked_against_the_checklists_of_a_kept_bundle() {
        let dir = tempfile::tempdir().unwrap();
        let mut store =
            Store::open_with(dir.path(), &KeySource::Passphrase("p-passphrase-12".into())).unwrap();
        let (birth, today) = (d("2026-08-01"), d("2026-12-01"));
        let input = RecordInput::Checkup(CheckupInput {
            checkup: "m3-4".into(),
            date: "2026-11-20".into(),
            answers: vec![AnswerInput {
                item: "m3-4-extra".into(),
                answer: "no".into(),
            }],
            ..CheckupInput::default()
        });
        assert!(validate_record(&store, &input, birth, today).is_err());
        assert_eq!(bundle_checklist(&store), None);

        // A newer form asks one question more on the 3〜4か月 page.
        let mut bundle: serde_json::Value =
            serde_json::from_str(&builtin_bundle_json(7, d("2026-11-01"))).unwrap();
        let mut lists: serde_json::Value =
            serde_json::from_str(include_str!("../../assets/checkups/checklists-jp.json")).unwrap();
        lists["items"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
                "id": "m3-4-extra", "page": "m3-4", "answer": "yes-no",
                "message": "checklist-m3-4-smiles", "source": "kaz5298-2023",
                "source_page": "test", "verified": false, "note": "a newer form"
            }));
        bundle["files"]["checkups/checklists-jp.json"] = lists;
        keep(&mut store, bundle, today);
        let data = validate_record(&store, &input, birth, today).unwrap();
        assert!(format!("{data:?}").contains("m3-4-extra"), "{data:?}");
        // The window's form asks it too.
        let asked = bundle_checklist(&store).expect("the bundle's questions");
        assert!(asked.iter().any(|i| i.id == "m3-4-extra"));
    }
}
