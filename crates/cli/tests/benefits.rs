//! `hagu benefits` as a user runs it, with the built binary and a real
//! encrypted handbook: applications tracked by hand (checked, listed with
//! their state and the next payment, in the export and back after an
//! import, deleted), and the once-only application queued once. Sending it
//! through the real portal, across kills of `hagu sync`, is in `sync.rs`.

mod support;
use support::*;

use std::path::Path;
use std::process::Output;

fn hagu(dir: &Path, args: &[&str]) -> Output {
    support::hagu(dir, "ja", args)
}

/// `hagu benefits track --program <program> --state <state> <more>`.
fn track(dir: &Path, program: &str, state: &str, more: &[&str]) -> Output {
    let args = ["benefits", "track", "--program", program, "--state", state];
    hagu(dir, &[&args[..], more].concat())
}

fn days_from_today(days: i64) -> String {
    (today() + chrono::Duration::days(days)).to_string()
}

#[test]
fn tracked_applications_are_listed_with_their_state_and_next_payment() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    assert!(ok(&hagu(dir, &["benefits"])).contains("まだ申請はありません"));
    let applied = days_from_today(-10);
    let payment = days_from_today(40);
    let out = ok(&track(
        dir,
        "児童手当",
        "approved",
        &[
            "--applied-on",
            &applied,
            "--payment-date",
            &payment,
            "--payment-yen",
            "15,000",
        ],
    ));
    assert!(out.contains("記録しました（#1）"), "{out}");
    let deadline = days_from_today(5);
    ok(&track(
        dir,
        "出産育児一時金",
        "not-applied",
        &["--deadline", &deadline],
    ));
    let list = ok(&hagu(dir, &["benefits"]));
    assert!(list.contains("#1 児童手当 [決定]"), "{list}");
    assert!(list.contains("#2 出産育児一時金 [未申請]"), "{list}");
    assert!(list.contains("あと5日"), "{list}");
    assert!(list.contains("次の支給：児童手当"), "{list}");
    assert!(list.contains("15,000円"), "{list}");

    let en = ok(&support::hagu(dir, "en", &["benefits"]));
    assert!(en.contains("[Approved]"), "{en}");
    assert!(en.contains("[Not applied]"), "{en}");

    let json: serde_json::Value = json_of(&hagu(dir, &["benefits", "--json"]));
    assert_eq!(json["applications"][0]["state"], "approved");
    assert_eq!(json["applications"][0]["source"], "tracked");
    assert_eq!(json["next_payment"]["payment"]["amount_yen"], 15000);

    // Refused input changes nothing: a My Number in the note, an unknown state.
    let o = track(
        dir,
        "児童手当",
        "applied",
        &["--applied-on", &applied, "--note", "123456789012"],
    );
    assert_invalid(
        &o,
        "ja",
        &["メモ：マイナンバーのような12桁の数字は入力できません。はぐくみはマイナンバーを扱いません。数字を消してください"],
    );
    let o = track(dir, "x", "granted", &[]);
    assert_exit(&o, 3);
    assert_eq!(
        json_of(&hagu(dir, &["benefits", "--json"]))["applications"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    // In the export, and back after an import.
    let copy = tempfile::tempdir().unwrap();
    let file = tmp.path().join("export.json");
    export_then_import(dir, &file, copy.path(), "ja");
    assert!(ok(&hagu(copy.path(), &["benefits"])).contains("#1 児童手当 [決定]"));

    ok(&hagu(dir, &["benefits", "delete", "1"]));
    assert_exit(&hagu(dir, &["benefits", "delete", "1"]), 3);
    assert!(!ok(&hagu(dir, &["benefits"])).contains("児童手当 ["));
}

#[test]
fn the_once_only_application_is_prefilled_and_queued_once() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    // No child yet: said in words, nothing queued.
    let o = hagu(dir, &["benefits", "apply", "--guardian", "山田 花子"]);
    assert_exit(&o, 3);
    assert!(stderr(&o).contains("こどもを追加"), "{}", stderr(&o));
    add_child(dir, "はなこ", "2025-06-10");
    add_child(dir, "たろう", "2021-05-03");
    // The guardian is asked for once.
    let o = hagu(dir, &["benefits", "apply"]);
    assert_invalid(&o, "ja", &["保護者の氏名：入力してください"]);
    let o = hagu(dir, &["benefits", "apply", "--guardian", "1234-5678-9012"]);
    assert_exit(&o, 3);
    let out = ok(&hagu(
        dir,
        &["benefits", "apply", "--guardian", "山田 花子"],
    ));
    assert!(out.contains("はなこ"), "{out}");
    assert!(out.contains("たろう"), "{out}");
    assert!(out.contains("hagu sync"), "{out}");
    // A second one while it waits is refused; the guardian was kept.
    let o = hagu(dir, &["benefits", "apply"]);
    assert_exit(&o, 3);
    assert!(
        stderr(&o).contains("送信待ちの申請があります"),
        "{}",
        stderr(&o)
    );
    let json = json_of(&hagu(dir, &["benefits", "--json"]));
    assert_eq!(json["guardian_name"], "山田 花子");
    assert_eq!(json["submissions"].as_array().unwrap().len(), 1);
    assert_eq!(json["submissions"][0]["state"], "pending");
    assert_eq!(
        json["submissions"][0]["children"],
        serde_json::json!(["たろう", "はなこ"])
    );
    assert!(ok(&hagu(dir, &["benefits"])).contains("送信待ち：たろう、はなこ"));
}

#[test]
fn the_benefits_the_family_qualifies_for_are_not_applied_until_an_application_covers_them() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    add_child(dir, "はなこ", &days_from_today(-70));
    // No municipality yet: nothing to match.
    assert!(ok(&hagu(dir, &["benefits"])).contains("まだ申請はありません"));
    ok(&hagu(dir, &["municipality", "set", "131016"]));
    let list = ok(&hagu(dir, &["benefits"])).replace(['\u{2068}', '\u{2069}'], "");
    for row in [
        "018サポート [未申請] · 受けられる制度 · はなこさんは",
        "赤ちゃんファースト（東京都出産・子育て応援事業） [未申請]",
        "児童手当 [未申請] · 受けられる制度 · はなこさんは",
    ] {
        assert!(list.contains(row), "{row}: {list}");
    }
    assert!(list.contains("月15,000円"), "{list}");
    assert!(
        !list.contains("乳幼児医療費助成"),
        "no amount, not a benefit: {list}"
    );
    let en = ok(&support::hagu(dir, "en", &["benefits"]));
    assert!(
        en.contains("018 Support (Tokyo) (018サポート) [Not applied] · You qualify"),
        "{en}"
    );
    let json = json_of(&hagu(dir, &["benefits", "--json"]));
    let apps = json["applications"].as_array().unwrap();
    assert_eq!(apps.len(), 3, "{json}");
    assert!(apps
        .iter()
        .all(|a| a["source"] == "program" && a["state"] == "not-applied"));

    // Tracked by hand: 児童手当 is now the parent's own application only.
    ok(&track(
        dir,
        "児童手当",
        "applied",
        &["--applied-on", &days_from_today(-1)],
    ));
    let list = ok(&hagu(dir, &["benefits"]));
    assert_eq!(list.matches("児童手当 [").count(), 1, "{list}");
    assert!(list.contains("#1 児童手当 [申請済み]"), "{list}");
    // The once-only application on its way covers the two applied together.
    ok(&hagu(
        dir,
        &["benefits", "apply", "--guardian", "山田 花子"],
    ));
    let list = ok(&hagu(dir, &["benefits"]));
    assert!(!list.contains("[未申請]"), "{list}");
}
