//! `hagu nursery search` and `hagu hoiku-index` as a user runs them (no
//! handbook is needed: both read the embedded data).

mod support;
use support::*;

use std::path::Path;
use std::process::Output;

fn run(lang: &str, args: &[&str]) -> Output {
    let tmp = tempfile::tempdir().unwrap();
    support::hagu(tmp.path(), lang, args)
}

fn facilities(v: &serde_json::Value) -> &Vec<serde_json::Value> {
    v["facilities"].as_array().unwrap()
}

#[test]
fn no_filter_lists_every_sample_facility_with_its_position() {
    let v = json_of(&run(
        "ja",
        &["nursery", "search", "--intake", "2027", "--json"],
    ));
    assert_eq!(v["sample"], true);
    let list = facilities(&v);
    assert_eq!(v["count"], list.len());
    let koto = list
        .iter()
        .filter(|f| f["municipality_code"] == "131083")
        .count();
    let hachioji = list
        .iter()
        .filter(|f| f["municipality_code"] == "132012")
        .count();
    assert!(koto >= 24 && hachioji >= 24, "{koto} {hachioji}");
    assert_eq!(koto + hachioji, list.len());
    for f in list {
        assert!(f["latitude"].as_f64().unwrap() > 35.0, "{f}");
        assert!(f["longitude"].as_f64().unwrap() > 139.0, "{f}");
        assert!(f["name"].as_str().unwrap().starts_with("サンプル"));
    }
    let datasets = v["datasets"].as_array().unwrap();
    assert_eq!(datasets.len(), 2);
    assert!(datasets
        .iter()
        .all(|d| d["label"].as_str().unwrap().contains("SAMPLE")));

    let text = ok(&run("ja", &["nursery", "search", "--intake", "2027"]));
    assert!(text.contains(&format!("{} 件", list.len())), "{text}");
    assert!(text.contains("緯度 35."), "{text}");
    assert!(text.contains("SAMPLE"), "{text}");
}

#[test]
fn a_one_year_old_near_home_in_koto_sorted_by_distance() {
    // Born 2026-04-01: the 1歳児 class of April 2027 (the school-year rule).
    let args = [
        "nursery",
        "search",
        "--intake",
        "2027",
        "--birth",
        "2026-04-01",
        "--from",
        "35.6549,139.7960",
        "--within",
        "3",
        "--sort",
        "distance",
        "--municipality",
        "131083",
        "--json",
    ];
    let v = json_of(&run("en", &args));
    assert_eq!(v["class"], 1);
    let list = facilities(&v);
    assert!(!list.is_empty());
    let mut last = 0.0;
    for f in list {
        let d = f["distance_km"].as_f64().unwrap();
        assert!(d <= 3.0 && d >= last, "{f}");
        last = d;
        assert!(f["openings"].as_u64().unwrap() >= 1);
        assert_eq!(f["municipality_code"], "131083");
    }
    // One day later the child is in the 0歳児 class.
    let mut later = args.to_vec();
    later[5] = "2026-04-02";
    assert_eq!(json_of(&run("en", &later))["class"], 0);

    let text = ok(&run("en", &args[..args.len() - 1]));
    assert!(
        text.starts_with("The 1-year-old class (intake of"),
        "{text}"
    );
    assert!(text.contains("Distance (straight line)"), "{text}");
    assert!(text.contains("Openings in the 1-year-old class"), "{text}");
}

#[test]
fn commute_and_type_filters() {
    let v = json_of(&run(
        "ja",
        &[
            "nursery",
            "search",
            "--intake",
            "2027",
            "--type",
            "licensed",
            "--type",
            "kodomoen",
            "--drop-off",
            "7:15",
            "--pick-up",
            "19:30",
            "--json",
        ],
    ));
    let list = facilities(&v);
    assert!(!list.is_empty());
    for f in list {
        assert!(
            ["licensed", "kodomoen"].contains(&f["kind"].as_str().unwrap()),
            "{f}"
        );
        assert!(f["opens"].as_str().unwrap() <= "07:15", "{f}");
        let covers = f["closes"].as_str().unwrap() >= "19:30"
            || f["extended_until"].as_str().is_some_and(|e| e >= "19:30");
        assert!(covers, "{f}");
        assert_eq!(
            f["needs_extended_care"],
            f["closes"].as_str().unwrap() < "19:30"
        );
    }
}

#[test]
fn bad_search_input_is_refused_in_words() {
    let o = run("ja", &["nursery", "search", "--sort", "distance"]);
    assert_exit(&o, 3);
    assert!(stderr(&o).contains("測る地点"), "{}", stderr(&o));
    let o = run("en", &["nursery", "search", "--from", "north"]);
    assert_exit(&o, 3);
    assert!(stderr(&o).contains("LAT,LON"));
    let o = run("en", &["nursery", "search", "--type", "kindergarten"]);
    assert_exit(&o, 3);
    assert!(
        stderr(&o).contains("Unknown type: kindergarten"),
        "{}",
        stderr(&o)
    );
    let o = run(
        "en",
        &[
            "nursery",
            "search",
            "--intake",
            "2027",
            "--birth",
            "2020-01-01",
        ],
    );
    assert_exit(&o, 3);
    assert!(stderr(&o).contains("school age"), "{}", stderr(&o));
    let o = run(
        "en",
        &[
            "nursery",
            "search",
            "--drop-off",
            "18:00",
            "--pick-up",
            "08:00",
        ],
    );
    assert_exit(&o, 3);
}

/// `hagu hoiku-index --municipality CODE --answers FILE` in `lang`.
fn hoiku_index(dir: &Path, lang: &str, code: &str, file: &str) -> Output {
    support::hagu(
        dir,
        lang,
        &["hoiku-index", "--municipality", code, "--answers", file],
    )
}

fn answers(dir: &Path, json: &str) -> String {
    let path = dir.join("answers.json");
    std::fs::write(&path, json).unwrap();
    path.to_str().unwrap().to_owned()
}

const FULL_TIME_AND_30H: &str = r#"{
  "guardians": [
    { "situation": "work", "hours_per_week": 40, "days_per_month": 20 },
    { "situation": "work", "hours_per_week": 30, "days_per_month": 20 }
  ],
  "household": [],
  "what_if": [
    { "label": "30 → 35", "changes": [{ "guardian": 2, "answers": { "situation": "work", "hours_per_week": 35, "days_per_month": 20 } }] },
    { "label": "育休復帰", "add": ["parental_leave_return"] }
  ]
}"#;

#[test]
fn hoiku_index_for_hachioji_explains_each_rule_and_the_what_ifs() {
    let tmp = tempfile::tempdir().unwrap();
    let file = answers(tmp.path(), FULL_TIME_AND_30H);
    let args = [
        "hoiku-index",
        "--municipality",
        "132012",
        "--answers",
        &file,
    ];
    let text = ok(&support::hagu(tmp.path(), "ja", &args));
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("八王子市 令和7年度の保育指数の試算"),
        "{text}"
    );
    assert_eq!(
        lines[1],
        "保護者1: 就労1 週40時間以上の就労を常態とする … 10点"
    );
    assert_eq!(
        lines[2],
        "保護者2: 就労1 週30時間以上の就労を常態とする … 8点"
    );
    assert_eq!(lines[3], "合計 18点");
    assert_eq!(lines[4], "もしも「30 → 35」: 18点 → 19点（+1）");
    // 八王子市's 調整指数 could not be found: the what-if says no change.
    assert_eq!(lines[5], "もしも「育休復帰」: 18点 → 18点（変わりません）");
    assert!(text.contains("別表-3"), "{text}");
    assert!(text.contains("出典: 八王子市"), "{text}");

    let v = json_of(&support::hagu(
        tmp.path(),
        "en",
        &[&args[..], &["--json"]].concat(),
    ));
    assert_eq!(v["points"]["total"], 18);
    assert_eq!(v["points"]["complete"], true);
    assert_eq!(
        v["points"]["lines"][0]["reason"]["message_id"],
        "hoiku-line-guardian"
    );
    assert_eq!(v["points"]["lines"][0]["rule_id"], "work1-40h");
    assert_eq!(v["what_if"][0]["difference"], 1);
    assert_eq!(v["what_if"][1]["after"]["complete"], false);
    assert_eq!(v["table"]["fiscal_year"], 2025);
}

#[test]
fn hoiku_index_for_koto_in_english() {
    let tmp = tempfile::tempdir().unwrap();
    let file = answers(
        tmp.path(),
        r#"{ "guardians": [{ "situation": "work", "hours_per_week": 40, "days_per_month": 22 }],
             "household": ["single_parent", "sibling_enrolled"] }"#,
    );
    let text = ok(&hoiku_index(tmp.path(), "en", "131083", &file));
    assert!(
        text.contains(
            "Guardian 1: Work: 20 days a month or more and 40 hours a week or more … 12 points"
        ),
        "{text}"
    );
    assert!(
        text.contains("Adjustment: Single-parent household … 12 points"),
        "{text}"
    );
    assert!(
        text.contains("Adjustment: A sibling attends the nursery … 2 points"),
        "{text}"
    );
    assert!(text.contains("Total 26 points"), "{text}");
    assert!(
        text.contains("1. The household with the lower resident tax first"),
        "{text}"
    );
}

#[test]
fn hoiku_index_refuses_bad_answers_and_unknown_municipalities() {
    let tmp = tempfile::tempdir().unwrap();
    let file = answers(
        tmp.path(),
        r#"{ "guardians": [{ "situation": "work", "hours_per_week": 400 }] }"#,
    );
    let o = hoiku_index(tmp.path(), "ja", "131083", &file);
    assert_exit(&o, 3);
    assert!(
        stderr(&o).contains("guardians[0].hours_per_week: 週の時間は 0〜168 です。"),
        "{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty());

    let file = answers(
        tmp.path(),
        r#"{ "guardians": [{ "situation": "napping" }] }"#,
    );
    let o = hoiku_index(tmp.path(), "en", "131083", &file);
    assert_exit(&o, 3);
    assert!(
        stderr(&o).contains("not in the expected shape"),
        "{}",
        stderr(&o)
    );

    let o = hoiku_index(tmp.path(), "en", "131016", &file);
    assert_exit(&o, 3);
    assert!(stderr(&o).contains("131083 江東区"), "{}", stderr(&o));

    let missing = tmp.path().join("none.json");
    let o = hoiku_index(tmp.path(), "en", "131083", missing.to_str().unwrap());
    assert_exit(&o, 3);
    assert!(stderr(&o).contains("cannot be read"), "{}", stderr(&o));
}
