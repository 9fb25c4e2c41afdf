//! `hagu nursery checklist --municipality CODE` as a user runs it: the
//! April intake's periods and deadlines with the days left, the documents,
//! the SAMPLE label and the sources; JSON for scripts; an unknown
//! municipality refused in words.

mod support;
use support::*;

use std::process::Output;

fn run(lang: &str, args: &[&str]) -> Output {
    let tmp = tempfile::tempdir().unwrap();
    support::hagu(tmp.path(), lang, args)
}

#[test]
fn koto_checklist_in_japanese_with_deadlines_documents_and_sources() {
    let text = ok(&run(
        "ja",
        &["nursery", "checklist", "--municipality", "131083"],
    ));
    assert!(text.contains("江東区 令和9年度 4月入園"), "{text}");
    assert!(text.contains("SAMPLE"), "{text}");
    assert!(
        text.contains("4月入園一次募集 新規申請の締切（見本）"),
        "{text}"
    );
    assert!(text.contains("2026年11月20日"), "{text}");
    assert!(
        text.contains("□ 就労証明書（就労している保護者それぞれ）"),
        "{text}"
    );
    assert!(text.contains("就労の保護者"), "{text}");
    assert!(text.contains("https://www.city.koto.lg.jp/"), "{text}");
    assert!(text.contains("書類（0/8 用意済み）"), "{text}");
}

#[test]
fn hachioji_checklist_as_json_and_in_english() {
    let v = json_of(&run(
        "en",
        &["nursery", "checklist", "--municipality", "132012", "--json"],
    ));
    assert_eq!(v["sample"], true);
    assert_eq!(v["intake"], "2027-04-01");
    assert_eq!(v["municipality"]["name"], "八王子市");
    let periods = v["periods"].as_array().unwrap();
    assert!(!periods.is_empty());
    let until = chrono::NaiveDate::parse_from_str(
        periods[0]["period"]["until"].as_str().unwrap(),
        "%Y-%m-%d",
    )
    .unwrap();
    assert_eq!(
        periods[0]["days_left"].as_i64().unwrap(),
        (until - support::today()).num_days()
    );
    assert!(v["documents"].as_array().unwrap().len() >= 5);

    let text = ok(&run(
        "en",
        &["nursery", "checklist", "--municipality", "132012"],
    ));
    assert!(text.contains("Hachioji City"), "{text}");
    assert!(
        text.contains("SAMPLE: the city's application period"),
        "{text}"
    );
    assert!(text.contains("Certificate of employment"), "{text}");
}

#[test]
fn an_unknown_municipality_is_refused_in_words() {
    let o = run("en", &["nursery", "checklist", "--municipality", "131016"]);
    assert_exit(&o, 3);
    let err = stderr(&o);
    assert!(
        err.contains("no intake checklist for municipality"),
        "{err}"
    );
    assert!(err.contains("131083 江東区"), "{err}");
}
