//! `hagu municipality` and `hagu programs` as a user runs them, with the
//! built binary and a real encrypted handbook.

mod support;
use support::*;

use std::path::Path;
use std::process::Output;

fn hagu(dir: &Path, args: &[&str]) -> Output {
    support::hagu(dir, "ja", args)
}

#[track_caller]
fn refused(o: &Output) -> String {
    assert_eq!(o.status.code(), Some(3), "{o:?}");
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn days_from_today(days: i64) -> String {
    (chrono::Local::now().date_naive() + chrono::Duration::days(days)).to_string()
}

/// はなこ born 2026-09-20 (2 months on 2026-12-01), たろう born 2021-05-03.
fn family() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    ok(&hagu(tmp.path(), &["init"]));
    for (name, birth) in [("はなこ", "2026-09-20"), ("たろう", "2021-05-03")] {
        ok(&hagu(
            tmp.path(),
            &["child", "add", "--name", name, "--birth", birth],
        ));
    }
    tmp
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_str(&ok(o)).unwrap()
}

fn find<'a>(list: &'a serde_json::Value, psid: &str, child: i64) -> Option<&'a serde_json::Value> {
    list.as_array()
        .unwrap()
        .iter()
        .find(|m| m["psid"] == psid && m["person"]["kind"] == "child" && m["person"]["id"] == child)
}

#[test]
fn municipalities_are_listed_with_their_codes() {
    let tmp = tempfile::tempdir().unwrap();
    let list = json(&hagu(tmp.path(), &["municipality", "list", "--json"]));
    let codes: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["131016", "131083", "132012"]);
    assert_eq!(list[1]["name"], "江東区");
    let text = ok(&hagu(tmp.path(), &["municipality", "list"]));
    assert!(text.contains("131016  千代田区"), "{text}");
    assert!(text.contains("サンプルデータ"), "{text}");
    let text = ok(&support::hagu(tmp.path(), "en", &["municipality", "list"]));
    assert!(text.contains("132012  Hachioji City"), "{text}");
}

#[test]
fn programs_need_a_known_municipality_and_bad_codes_change_nothing() {
    let tmp = family();
    let dir = tmp.path();
    let err = refused(&hagu(dir, &["programs"]));
    assert!(err.contains("hagu municipality set"), "{err}");
    let err = refused(&hagu(dir, &["municipality", "set", "131017"]));
    assert!(err.contains("何も変更していません"), "{err}");
    refused(&hagu(dir, &["programs"]));
    let err = refused(&hagu(dir, &["programs", "--as-of", "2026-13-01", "--json"]));
    assert!(!err.is_empty());
}

#[test]
fn programs_for_each_child_with_why_amount_and_days_left() {
    let tmp = family();
    let dir = tmp.path();
    let out = ok(&hagu(dir, &["municipality", "set", "131016"]));
    assert!(out.contains("千代田区（131016）に設定しました"), "{out}");

    let m = json(&hagu(dir, &["programs", "--as-of", "2026-12-01", "--json"]));
    assert_eq!(m["as_of"], "2026-12-01");
    assert_eq!(m["sample"], true);
    assert_eq!(m["municipality"]["code"], "131016");
    let now = &m["now"];
    // はなこ (id 1), 2 months: the under-3 allowance, and why.
    let allowance = find(now, "sample+national+jidou-teate", 1).expect("児童手当");
    assert_eq!(allowance["amount"]["yen"], 15000);
    assert_eq!(allowance["amount"]["per"], "month");
    assert_eq!(
        allowance["reasons"][0]["message_id"],
        "programs-reason-child-age"
    );
    assert_eq!(allowance["reasons"][0]["args"]["months"]["number"], 2);
    assert_eq!(allowance["ends"], "2045-03-31");
    assert_eq!(allowance["next_payment_month"], "2026-12");
    // たろう (id 2), 5 years: the allowance from 3 years on.
    assert_eq!(
        find(now, "sample+national+jidou-teate", 2).unwrap()["amount"]["yen"],
        10000
    );
    // Baby First only for the child born after 2025-04-01.
    assert!(find(now, "sample+130001+akachan-first", 1).is_some());
    assert!(find(now, "sample+130001+akachan-first", 2).is_none());
    // The five-in-one vaccination, free, until the day before 7 years 6 months.
    let dpt = find(now, "sample+131016+dpt-ipv-hib", 2).unwrap();
    assert_eq!(dpt["ends"], "2028-11-02");
    assert_eq!(
        dpt["days_left"],
        (chrono::NaiveDate::from_ymd_opt(2028, 11, 2).unwrap()
            - chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
        .num_days()
    );
    assert!(m["check"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["name"] == "産後ケア事業"));

    let text = ok(&hagu(dir, &["programs", "--as-of", "2026-12-01"]));
    assert!(text.contains("はなこさんは2か月"), "{text}");
    assert!(text.contains("児童手当 [国] — 月15,000円"), "{text}");
    // 702 days away: the date, not a count of days (one wording with the
    // window: i18n::programs::deadline).
    assert!(text.contains("    2028年11月2日まで\n"), "{text}");
    assert!(!text.contains("あと702日"), "{text}");

    // One child only; the others still count for the child order.
    let only = json(&hagu(
        dir,
        &[
            "programs",
            "--child",
            "2",
            "--as-of",
            "2026-12-01",
            "--json",
        ],
    ));
    assert!(only["now"]
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m["person"]["id"] == 2));
    refused(&hagu(dir, &["programs", "--child", "9"]));

    let en = ok(&support::hagu(
        dir,
        "en",
        &["programs", "--as-of", "2026-12-01"],
    ));
    assert!(en.contains("はなこ is 2 months old"), "{en}");
    assert!(
        en.contains("Child allowance (児童手当) [National] — ¥15,000 a month"),
        "{en}"
    );
}

#[test]
fn a_pregnancy_gets_its_payments_and_what_begins_at_birth() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    ok(&hagu(dir, &["init"]));
    // Due in 50 days: 32 weeks are past (8 weeks = 56 days before).
    let due = days_from_today(50);
    ok(&hagu(dir, &["pregnancy", "add", "--expected", &due]));
    ok(&hagu(dir, &["municipality", "set", "132012"]));
    let m = json(&hagu(dir, &["programs", "--json"]));
    let psids = |list: &serde_json::Value| -> Vec<String> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|m| m["psid"].as_str().unwrap().to_owned())
            .collect()
    };
    let now = psids(&m["now"]);
    for psid in [
        "sample+national+ninpu-shien-1",
        "sample+national+ninpu-shien-2",
        "sample+national+shussan-ikuji-ichijikin",
    ] {
        assert!(now.contains(&psid.to_owned()), "{now:?}");
    }
    let second = m["now"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["psid"] == "sample+national+ninpu-shien-2")
        .unwrap();
    assert_eq!(second["amount"]["per_expected_child"], true);
    let coming = psids(&m["coming"]);
    assert!(
        coming.contains(&"sample+130001+akachan-first".to_owned()),
        "{coming:?}"
    );
    let text = ok(&hagu(dir, &["programs"]));
    assert!(text.contains("50,000円×胎児の数"), "{text}");
    assert!(text.contains("生まれたら対象"), "{text}");
}

#[test]
fn moving_says_what_ends_and_what_to_apply_for() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    ok(&hagu(dir, &["init"]));
    let birth = days_from_today(-100);
    ok(&hagu(
        dir,
        &["child", "add", "--name", "そら", "--birth", &birth],
    ));
    ok(&hagu(dir, &["municipality", "set", "131083"]));
    // Into 千代田区: its five-in-one vaccination record is to apply for.
    let out = ok(&hagu(dir, &["municipality", "set", "131016"]));
    let (ends, apply) = out.split_once("千代田区で申請するもの").expect(&out);
    assert!(ends.contains("江東区から千代田区への転居"), "{out}");
    assert!(
        apply.contains("そら: 定期予防接種（DPT-IPV-Hib五種混合）"),
        "{out}"
    );
    assert!(
        !apply.contains("018サポート"),
        "Tokyo-wide carries over: {out}"
    );
    // And out again: it ends.
    let out = ok(&hagu(dir, &["municipality", "set", "132012"]));
    let (ends, _) = out.split_once("八王子市で申請するもの").expect(&out);
    assert!(
        ends.contains("そら: 定期予防接種（DPT-IPV-Hib五種混合）"),
        "{out}"
    );
    let again = ok(&hagu(dir, &["municipality", "set", "132012"]));
    assert!(again.contains("すでに八王子市"), "{again}");
    let m = json(&hagu(dir, &["programs", "--json"]));
    assert_eq!(m["municipality"]["code"], "132012");
}
