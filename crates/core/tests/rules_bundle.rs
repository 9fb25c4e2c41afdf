//! Rule bundles: the built-in rules are a bundle, a bundle is validated
//! whole with the loaders of its files, and the choice of the rules in use.

use hagukumi_core::rules_bundle::{
    builtin_bundle_json, choose, RuleBundle, BUILTIN_VERSION, BUNDLE_FORMAT,
};
use hagukumi_core::schedule::from_records::child_plan;
use hagukumi_core::{Child, Date};
use serde_json::{json, Value};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

/// The built-in rules as bundle `version`, changed by `edit`.
fn bundle(version: u64, edit: impl FnOnce(&mut Value)) -> String {
    let mut v: Value =
        serde_json::from_str(&builtin_bundle_json(version, d("2026-10-01"))).unwrap();
    edit(&mut v);
    v.to_string()
}

fn bcg(v: &mut Value) -> &mut Value {
    v["files"]["schedules/vaccines-jp.json"]["vaccines"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|x| x["id"] == "bcg")
        .unwrap()
}

/// BCG's standard time starting at 6 months rather than 5.
fn later_bcg(v: &mut Value) {
    bcg(v)["series"][0]["doses"][0]["recommended"]["from"] = json!({"months": 6});
}

fn bcg_suggested(rules: &hagukumi_core::schedule::Rules) -> Option<Date> {
    let child = Child {
        id: 1,
        name: "SAMPLE".into(),
        birth_date: d("2026-01-10"),
        sex: None,
    };
    child_plan(rules, &child, &[], d("2026-03-01"))
        .into_iter()
        .find(|i| i.name == "schedule-vaccine-bcg")
        .and_then(|i| i.suggested)
}

#[test]
fn the_built_in_rules_are_a_bundle_of_their_own_version_and_date() {
    let b = RuleBundle::builtin().unwrap();
    assert_eq!(b.version.version, BUILTIN_VERSION);
    assert!(b.version.builtin);
    assert_eq!(b.version.as_of, d("2026-04-01"));
    assert!(b.rules == hagukumi_core::schedule::load_rules().unwrap());
    // The same files as a downloaded bundle give the same rules.
    let same = RuleBundle::parse(&bundle(7, |_| {})).unwrap();
    assert!(same.rules == b.rules);
    assert_eq!(same.version.version, 7);
    assert_eq!(same.version.as_of, d("2026-10-01"));
    assert!(!same.version.builtin);
}

#[test]
fn a_bundle_changes_the_plan() {
    let builtin = RuleBundle::builtin().unwrap();
    let newer = RuleBundle::parse(&bundle(2, later_bcg)).unwrap();
    assert_eq!(bcg_suggested(&builtin.rules), Some(d("2026-06-10")));
    assert_eq!(bcg_suggested(&newer.rules), Some(d("2026-07-10")));
}

#[test]
fn a_bad_file_refuses_the_whole_bundle_naming_file_and_field() {
    let e = RuleBundle::parse(&bundle(2, |v| {
        later_bcg(v);
        bcg(v)["series"][0]["doses"][0]["dose"] = json!(0);
    }))
    .unwrap_err();
    assert_eq!(e.file, "schedules/vaccines-jp.json");
    assert!(e.field.contains("series[0].doses[0].dose"), "{e}");

    // A checklist and a growth table are checked by their own loaders.
    let checklist: Value =
        serde_json::from_str(include_str!("../../../assets/checkups/checklists-jp.json")).unwrap();
    let mut broken = checklist.clone();
    broken["items"][0]["page"] = json!("nope");
    let e = RuleBundle::parse(&bundle(2, |v| {
        v["files"]["checkups/checklists-jp.json"] = broken;
    }))
    .unwrap_err();
    assert_eq!(e.file, "checkups/checklists-jp.json");
    assert!(e.field.starts_with("items[0]"), "{e}");
    let ok = RuleBundle::parse(&bundle(2, |v| {
        v["files"]["checkups/checklists-jp.json"] = checklist;
    }))
    .unwrap();
    assert!(ok.files.contains(&"checkups/checklists-jp.json".to_owned()));

    let mut table: Value = serde_json::from_str(include_str!(
        "../../../assets/growth/japan-2023/weight-for-age.json"
    ))
    .unwrap();
    RuleBundle::parse(&bundle(2, |v| {
        v["files"]["growth/japan-2023/weight-for-age.json"] = table.clone();
    }))
    .unwrap();
    table["unit"] = json!("cm");
    let e = RuleBundle::parse(&bundle(2, |v| {
        v["files"]["growth/japan-2023/weight-for-age.json"] = table;
    }))
    .unwrap_err();
    assert_eq!(e.file, "growth/japan-2023/weight-for-age.json");
    assert!(e.message.contains("unit"), "{e}");

    // Unknown files, formats, version 0, no schedules: refused.
    let e =
        RuleBundle::parse(&bundle(2, |v| v["files"]["programs/x.json"] = json!({}))).unwrap_err();
    assert_eq!(
        (e.file.as_str(), e.field.as_str()),
        ("programs/x.json", "(path)")
    );
    let e = RuleBundle::parse(&bundle(2, |v| v["format"] = json!(BUNDLE_FORMAT + 1))).unwrap_err();
    assert_eq!((e.file.as_str(), e.field.as_str()), ("bundle", "format"));
    let e = RuleBundle::parse(&bundle(0, |_| {})).unwrap_err();
    assert_eq!(e.field, "version");
    let e = RuleBundle::parse(&bundle(2, |v| v["files"] = json!({}))).unwrap_err();
    assert_eq!(e.field, "files");
}

#[test]
fn the_newest_valid_bundle_is_used_else_the_built_in_rules() {
    let builtin = RuleBundle::builtin().unwrap();
    // Nothing stored.
    let (chosen, skipped) = choose([]).unwrap();
    assert!(chosen.version.builtin && skipped.is_empty());

    let v2 = bundle(2, later_bcg);
    let v3_broken = bundle(3, |v| bcg(v)["window"] = json!({}));
    let v4 = bundle(4, |v| {
        later_bcg(v);
        bcg(v)["series"][0]["doses"][0]["recommended"]["from"] = json!({"months": 7});
    });
    // Newest valid wins, whatever the order.
    let (chosen, _) = choose([v4.as_str(), v2.as_str()]).unwrap();
    assert_eq!(chosen.version.version, 4);
    assert_eq!(bcg_suggested(&chosen.rules), Some(d("2026-08-10")));
    // A stored bundle that no longer validates is skipped, not fatal.
    let (chosen, skipped) = choose([v2.as_str(), v3_broken.as_str()]).unwrap();
    assert_eq!(chosen.version.version, 2);
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0].file, "schedules/vaccines-jp.json");
    // Only broken ones: built-in.
    let (chosen, _) = choose([v3_broken.as_str()]).unwrap();
    assert!(chosen == builtin);
    // One not newer than the built-in rules: built-in.
    let old = bundle(BUILTIN_VERSION, later_bcg);
    let (chosen, _) = choose([old.as_str()]).unwrap();
    assert!(chosen.version.builtin);
    assert_eq!(bcg_suggested(&chosen.rules), Some(d("2026-06-10")));
}
