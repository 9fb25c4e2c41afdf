//! Rule bundles in the real encrypted store: only a valid, newer bundle is
//! kept; the rules in use are the newest valid one, else the built-in ones;
//! kept across reopening.

mod support;

use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::rules_bundle::BUILTIN_VERSION;
use hagukumi_core::Date;
use hagukumi_store::rules::{RulesRefusal, SignedRules};
use serde_json::{json, Value};
use support::{bcg_bundle, open};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn now() -> NaiveDateTime {
    d("2026-12-03").and_hms_opt(20, 0, 0).unwrap()
}

/// The built-in rules as bundle `version` with BCG's standard time from
/// `bcg_from` months, as the sync client hands it over once verified.
fn signed(version: u64, bcg_from: u32) -> SignedRules {
    let bundle = bcg_bundle(version, bcg_from).to_string();
    SignedRules {
        key_id: "test-key".into(),
        signature: "c2ln".into(),
        envelope: json!({ "bundle": bundle }).to_string(),
        bundle,
        issued_at: "2026-12-03T20:00:00.000Z".into(),
    }
}

fn bcg_recommended_from(rules: &hagukumi_core::schedule::Rules) -> String {
    format!(
        "{:?}",
        rules.vaccine("bcg").unwrap().series[0].doses[0].recommended
    )
}

#[test]
fn a_newer_valid_bundle_is_kept_and_used_an_older_or_broken_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let builtin = store.rules_in_use().unwrap();
    assert!(builtin.version.builtin);
    assert_eq!(builtin.version.version, BUILTIN_VERSION);
    assert_eq!(store.newest_rules_version().unwrap(), BUILTIN_VERSION);

    // Not newer than the built-in rules.
    let e = store
        .keep_rules_bundle(&signed(BUILTIN_VERSION, 6), now())
        .unwrap_err();
    assert!(matches!(e, RulesRefusal::NotNewer { .. }), "{e}");

    let kept = store.keep_rules_bundle(&signed(3, 6), now()).unwrap();
    assert_eq!((kept.version, kept.as_of), (3, d("2026-10-01")));
    let in_use = store.rules_in_use().unwrap();
    assert_eq!(in_use.version.version, 3);
    assert!(!in_use.version.builtin);
    assert!(bcg_recommended_from(&in_use.rules).contains("months: 6"));

    // A rollback to 2, or 3 again: refused, the rules stay.
    for v in [2, 3] {
        let e = store.keep_rules_bundle(&signed(v, 7), now()).unwrap_err();
        assert!(
            matches!(e, RulesRefusal::NotNewer { offered, newest: 3 } if offered == v),
            "{e}"
        );
    }
    // A broken file: refused whole, naming file and field.
    let mut broken = signed(4, 7);
    let mut v: Value = serde_json::from_str(&broken.bundle).unwrap();
    v["files"]["schedules/checkups-jp.json"]["checkups"][0]["window"] =
        json!({"from": {"months": 2}, "until": {"months": 1}});
    broken.bundle = v.to_string();
    let e = store.keep_rules_bundle(&broken, now()).unwrap_err();
    let RulesRefusal::Invalid(e) = e else {
        panic!("{e}")
    };
    assert_eq!(e.file, "schedules/checkups-jp.json");
    assert!(e.field.starts_with("checkups[0].window"), "{e}");
    assert_eq!(store.newest_rules_version().unwrap(), 3);

    drop(store);
    let mut store = open(dir.path());
    assert_eq!(store.rules_in_use().unwrap().version.version, 3);
    // Only the newest few are kept.
    for v in 4..10 {
        store.keep_rules_bundle(&signed(v, 6), now()).unwrap();
    }
    assert_eq!(store.newest_rules_version().unwrap(), 9);
    assert_eq!(store.rules_in_use().unwrap().version.version, 9);
}

/// Bundle `version` (the built-in rules) whose checklists ask one question
/// more on the 3〜4か月 page: `m3-4-extra`, answered yes/no.
fn signed_with_extra_question(version: u64) -> SignedRules {
    let mut s = signed(version, 2);
    let mut v: Value = serde_json::from_str(&s.bundle).unwrap();
    let mut lists: Value =
        serde_json::from_str(include_str!("../../../assets/checkups/checklists-jp.json")).unwrap();
    lists["items"].as_array_mut().unwrap().push(json!({
        "id": "m3-4-extra", "page": "m3-4", "answer": "yes-no",
        "message": "checklist-m3-4-smiles", "source": "kaz5298-2023",
        "source_page": "test", "verified": false, "note": "a question of a newer form"
    }));
    v["files"]["checkups/checklists-jp.json"] = lists;
    s.bundle = v.to_string();
    s
}

#[test]
fn a_bundles_checklists_are_the_ones_a_checkup_is_checked_against() {
    use hagukumi_core::child_records::{AnswerInput, CheckupInput};
    use hagukumi_core::records::RecordInput;
    let birth = d("2026-08-01");
    let today = d("2026-12-01");
    let checkup = RecordInput::Checkup(CheckupInput {
        checkup: "m3-4".into(),
        date: "2026-11-20".into(),
        answers: vec![AnswerInput {
            item: "m3-4-extra".into(),
            answer: "yes".into(),
        }],
        ..CheckupInput::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let builtin = store.rules_in_use().unwrap();
    assert!(builtin.checklists.item("m3-4-extra").is_none());
    assert!(checkup
        .validate_with(birth, today, &builtin.checklists)
        .is_err());

    store
        .keep_rules_bundle(&signed_with_extra_question(2), now())
        .unwrap();
    drop(store);
    let store = open(dir.path());
    let in_use = store.rules_in_use().unwrap();
    assert_eq!(in_use.version.version, 2);
    let asked: Vec<&str> = in_use
        .checklists
        .for_page(hagukumi_core::child_records::checklists::FormPage::Months3To4)
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(asked.last(), Some(&"m3-4-extra"), "{asked:?}");
    let data = checkup
        .validate_with(birth, today, &in_use.checklists)
        .unwrap();
    assert!(format!("{data:?}").contains("m3-4-extra"));
    // The built-in checklists, the fallback, still refuse it.
    assert!(checkup.validate(birth, today).is_err());

    // A bundle without checklists uses the built-in ones.
    let mut store = store;
    store.keep_rules_bundle(&signed(3, 2), now()).unwrap();
    let in_use = store.rules_in_use().unwrap();
    assert_eq!(in_use.version.version, 3);
    assert!(in_use.checklists.item("m3-4-extra").is_none());
    assert!(in_use.checklists.item("m3-4-smiles").is_some());
}
