//! Rule bundles in the real encrypted store: only a valid, newer bundle is
//! kept; the rules in use are the newest valid one, else the built-in ones;
//! kept across reopening.

mod support;

use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::rules_bundle::{builtin_bundle_json, BUILTIN_VERSION};
use hagukumi_core::Date;
use hagukumi_store::rules::{RulesRefusal, SignedRules};
use serde_json::{json, Value};
use support::open;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn now() -> NaiveDateTime {
    d("2026-12-03").and_hms_opt(20, 0, 0).unwrap()
}

/// The built-in rules as bundle `version` with BCG's standard time from
/// `bcg_from` months, as the sync client hands it over once verified.
fn signed(version: u64, bcg_from: u32) -> SignedRules {
    let mut v: Value =
        serde_json::from_str(&builtin_bundle_json(version, d("2026-10-01"))).unwrap();
    let bcg = v["files"]["schedules/vaccines-jp.json"]["vaccines"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|x| x["id"] == "bcg")
        .unwrap();
    bcg["series"][0]["doses"][0]["recommended"]["from"] = json!({ "months": bcg_from });
    let bundle = v.to_string();
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
