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

/// A SAMPLE change for the tests (not a published value): every value of
/// the Japanese boys' weight table one tenth higher, so a measurement at the
/// published median reads lower.
fn heavier_japanese_boys(v: &mut Value) {
    let mut table: Value = serde_json::from_str(include_str!(
        "../../../assets/growth/japan-2023/weight-for-age.json"
    ))
    .unwrap();
    for row in table["sexes"]["male"].as_array_mut().unwrap() {
        for x in row["values"].as_array_mut().unwrap() {
            *x = json!((x.as_f64().unwrap() * 1.1 * 100.0).round() / 100.0);
        }
    }
    v["files"]["growth/japan-2023/weight-for-age.json"] = table;
}

#[test]
fn a_bundle_with_a_changed_growth_table_changes_the_percentile() {
    use hagukumi_core::growth::{tables, Indicator, Reference, Sex};
    let (jp, w) = (Reference::Japan2023, Indicator::WeightForAge);
    // 3〜4か月未満, boys: the published median is 6.55 kg.
    let (age, value) = (106.53, 6.55);
    let builtin = RuleBundle::builtin().unwrap();
    assert!(builtin.bundle_growth.is_empty());
    assert_eq!(&builtin.growth, tables().unwrap());
    let p = |b: &RuleBundle, sex| b.growth.assess(jp, w, sex, age, value).unwrap().percentile;
    assert!((p(&builtin, Sex::Male) - 50.0).abs() < 1e-9);

    let newer = RuleBundle::parse(&bundle(2, heavier_japanese_boys)).unwrap();
    // The same measurement now sits below the new median, between the 10th
    // and 25th percentiles of the changed table (6.22 and 6.69 kg).
    let changed = p(&newer, Sex::Male);
    assert!((10.0..25.0).contains(&changed), "{changed}");
    assert!(newer.growth.value_at(jp, w, Sex::Male, age, 0.0).unwrap() > 7.2);
    // Only that table: the girls', WHO's and the chart's other tables stay
    // the built-in ones, and the bundle's own tables are only that file's.
    assert_eq!(p(&newer, Sex::Female), p(&builtin, Sex::Female));
    for sex in Sex::ALL {
        for i in Indicator::ALL {
            let who = Reference::WhoStandard;
            assert_eq!(
                newer.growth.get(who, i, sex),
                builtin.growth.get(who, i, sex)
            );
        }
    }
    assert!(newer.bundle_growth.percentiles(jp, w, Sex::Male).is_some());
    assert!(newer
        .bundle_growth
        .get(Reference::WhoStandard, w, Sex::Male)
        .is_none());
    // The chart draws the changed median.
    let spec = |b: &RuleBundle| {
        b.growth.chart_svg(&hagukumi_core::growth::ChartSpec {
            reference: jp,
            indicator: w,
            sex: Sex::Male,
            points: vec![],
            width: 640,
            height: 420,
            max_months: 6,
            labels: Default::default(),
        })
    };
    assert_ne!(spec(&newer), spec(&builtin));
    // What the window gets (one sex) reads back the same.
    let sent = newer.bundle_growth.of_sex(Sex::Male);
    let back: hagukumi_core::growth::Tables =
        serde_json::from_str(&serde_json::to_string(&sent).unwrap()).unwrap();
    assert_eq!(back, sent);
    let window = tables().unwrap().overlaid(&back);
    assert_eq!(
        window
            .assess(jp, w, Sex::Male, age, value)
            .unwrap()
            .percentile,
        changed
    );
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
