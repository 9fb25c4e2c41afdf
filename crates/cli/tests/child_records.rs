//! `hagu record add|edit|delete|restore` for the birth, child checkups (with
//! the guardian checklist), dental checkups, screenings and medicines, run
//! as a user runs them (the built binary, a passphrase handbook).

mod support;
use support::*;

use hagukumi_core::{ErrorCode, Language};
use hagukumi_i18n::Localizer;
use std::path::Path;
use std::process::Output;

/// A handbook with one child (id 1, born 2025-02-28).
fn handbook_with_child() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    init(tmp.path());
    add_child(tmp.path(), "ゆい", "2025-02-28");
    tmp
}

fn add(dir: &Path, lang: &str, args: &[&str]) -> Output {
    let mut all = vec!["record", "add", "--child", "1"];
    all.extend_from_slice(args);
    hagu(dir, lang, &all)
}

/// `hagu record add --child 1 checkup --checkup <page> --date <date> <more>`.
fn checkup(dir: &Path, lang: &str, page: &str, date: &str, more: &[&str]) -> Output {
    let args = ["checkup", "--checkup", page, "--date", date];
    add(dir, lang, &[&args[..], more].concat())
}

/// `hagu record edit 1 birth <more>`.
fn edit_birth(dir: &Path, lang: &str, more: &[&str]) -> Output {
    hagu(
        dir,
        lang,
        &[&["record", "edit", "1", "birth"][..], more].concat(),
    )
}

fn records(dir: &Path) -> Vec<serde_json::Value> {
    let o = hagu(
        dir,
        "en",
        &["record", "list", "--child", "1", "--deleted", "--json"],
    );
    assert_exit(&o, 0);
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn one_birth_record_per_child() {
    let tmp = handbook_with_child();
    let dir = tmp.path();
    let birth = [
        "birth",
        "--time",
        "4:30",
        "--weeks",
        "35",
        "--days",
        "4",
        "--delivery",
        "cesarean",
        "--weight-g",
        "２４８０",
        "--length",
        "45.5",
        "--head",
        "32",
        "--apgar1",
        "7",
        "--apgar5",
        "9",
        "--facility",
        "さくら産院",
    ];
    assert_eq!(
        ok(&add(dir, "ja", &birth)),
        "ゆいの記録 #1 を追加しました：2025年2月28日  出生の記録：在胎35週4日、出生体重 2480 g、身長 45.5 cm、帝王切開\n"
    );
    let stored = &records(dir)[0];
    assert_eq!(stored["kind"], "birth");
    assert_eq!(stored["date"], "2025-02-28", "the child's date of birth");
    assert_eq!(stored["time"], "04:30");
    assert_eq!(
        stored["gestation"],
        serde_json::json!({"weeks": 35, "days": 4})
    );
    assert_eq!(stored["weight_g"], 2480);

    // A second birth is refused in plain words; nothing is written.
    let o = add(dir, "en", &["birth", "--weight-g", "3000"]);
    assert_exit(&o, 3);
    assert_eq!(
        stderr(&o),
        "There is already a birth record (record #1). To change it, use \"hagu record edit 1 birth …\". Nothing was changed.\n"
    );
    assert_eq!(records(dir).len(), 1);

    // Edited in place (grams, not kilograms).
    let o = edit_birth(dir, "en", &["--weight-g", "2.48"]);
    assert_exit(&o, 3);
    let en = Localizer::new(Language::En);
    assert!(
        stderr(&o).contains(&en.validation_error(ErrorCode::OutOfRange)),
        "{}",
        stderr(&o)
    );
    let o = edit_birth(dir, "en", &["--weight-g", "2490"]);
    assert_exit(&o, 0);
    let stored = &records(dir)[0];
    assert_eq!(
        (&stored["weight_g"], &stored["time"]),
        (&serde_json::json!(2490), &serde_json::json!("04:30"))
    );
    // A date other than the birth date is refused.
    let o = edit_birth(dir, "ja", &["--date", "2025-03-01"]);
    assert_exit(&o, 3);
    let ja = Localizer::new(Language::Ja);
    assert!(stderr(&o).contains(&ja.validation_error(ErrorCode::NotTheBirthDate)));

    // Deleted, a new birth may be added; the old one cannot come back then.
    assert_exit(&hagu(dir, "en", &["record", "delete", "1"]), 0);
    assert_exit(&add(dir, "en", &["birth", "--weeks", "36"]), 0);
    let o = hagu(dir, "en", &["record", "restore", "1"]);
    assert_exit(&o, 3);
    assert!(stderr(&o).contains("record #2"), "{}", stderr(&o));
}

#[test]
fn a_checkup_with_measurements_and_checklist_answers() {
    let tmp = handbook_with_child();
    let dir = tmp.path();
    assert_eq!(
        ok(&checkup(dir, "ja", "m6-7", "2025-09-10", &["--weight", "7.2", "--height", "66", "--findings", "特記事項なし", "--answer", "m6-7-rolls-over", "--answer", "m6-7-sits=2025-09-01", "--answer", "m6-7-voice=no"])),
        "ゆいの記録 #1 を追加しました：2025年9月10日  乳幼児健診：6〜7か月児健診、体重 7.2 kg、身長 66 cm、保護者の記録 3問\n"
    );
    let stored = &records(dir)[0];
    assert_eq!(
        stored["answers"],
        serde_json::json!({
            "m6-7-rolls-over": "yes",
            "m6-7-sits": "2025-09-01",
            "m6-7-voice": "no",
        })
    );

    // Answers to another checkup's questions, or dates where none is asked.
    let ja = Localizer::new(Language::Ja);
    for (answer, code) in [
        ("m9-10-crawls=yes", ErrorCode::NotInChecklist),
        ("m6-7-voice=2025-09-01", ErrorCode::UnknownChoice),
        ("m6-7-sits=2024-12-31", ErrorCode::DateBeforeBirth),
    ] {
        let o = checkup(dir, "ja", "m6-7", "2025-09-10", &["--answer", answer]);
        assert_exit(&o, 3);
        let expected = format!(
            "{}：{}",
            ja.text("field-answers"),
            ja.validation_error(code)
        );
        assert!(stderr(&o).contains(&expected), "{answer}: {}", stderr(&o));
    }
    let o = checkup(dir, "en", "m4", "2025-09-10", &[]);
    assert_exit(&o, 3);
    assert_eq!(records(dir).len(), 1, "nothing half-saved");

    // Editing changes the answers named and keeps the others; `ITEM=` removes one.
    let o = hagu(
        dir,
        "en",
        &[
            "record",
            "edit",
            "1",
            "checkup",
            "--answer",
            "m6-7-voice=yes",
            "--answer",
            "m6-7-sits=",
        ],
    );
    assert_exit(&o, 0);
    let stored = &records(dir)[0];
    assert_eq!(
        stored["answers"],
        serde_json::json!({"m6-7-rolls-over": "yes", "m6-7-voice": "yes"})
    );
    assert_eq!(stored["weight_kg"], 7.2);
    let o = hagu(dir, "en", &["record", "history", "1", "--json"]);
    assert_exit(&o, 0);
    let history: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(history[0]["previous"]["answers"]["m6-7-sits"], "2025-09-01");
}

#[test]
fn a_guardian_record_page_without_a_checkup_in_the_schedule() {
    let tmp = handbook_with_child();
    let dir = tmp.path();
    let o = checkup(
        dir,
        "ja",
        "w2",
        "2025-03-14",
        &[
            "--answer",
            "w2-sleeps-on-back",
            "--answer",
            "w2-own-sleep=no",
        ],
    );
    assert_exit(&o, 0);
    assert_eq!(
        stdout(&o),
        "ゆいの記録 #1 を追加しました：2025年3月14日  乳幼児健診：2週間頃（保護者の記録）、保護者の記録 2問\n"
    );
    let stored = &records(dir)[0];
    assert_eq!(stored["checkup"], "w2");
    assert_eq!(
        stored["answers"],
        serde_json::json!({"w2-own-sleep": "no", "w2-sleeps-on-back": "yes"})
    );
    // A question of another page is refused, nothing saved.
    let o = checkup(dir, "en", "y6", "2025-03-20", &["--answer", "w2-weak=yes"]);
    assert_exit(&o, 3);
    assert_eq!(records(dir).len(), 1);
}

#[test]
fn dental_screening_and_medicine_records() {
    let tmp = handbook_with_child();
    let dir = tmp.path();
    for (args, line) in [
        (
            "dental --date 2025-10-30 --teeth 4 --caries 0 --fluoride yes",
            "Dental checkup: 4 teeth, 0 decayed, Fluoride applied",
        ),
        (
            "screening --date 2025-03-02 --test newborn-hearing --result pass",
            "Vision, hearing or CMV test: Newborn hearing screening",
        ),
        (
            "screening --date 2025-03-10 --test congenital-cmv --result negative",
            "Vision, hearing or CMV test: Congenital cytomegalovirus (CMV) test",
        ),
        (
            "medicine --start 2025-11-20 --end 2025-11-27 --name アモキシシリン --instructions 1日3回",
            "Medicine: アモキシシリン",
        ),
    ] {
        let o = add(dir, "en", &args.split(' ').collect::<Vec<_>>());
        assert_exit(&o, 0);
        assert!(stdout(&o).contains(line), "{}", stdout(&o));
    }
    let kinds: Vec<_> = records(dir)
        .iter()
        .map(|r| r["kind"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(kinds, ["screening", "screening", "dental", "medicine"]);
    // Refused in the user's words, nothing saved.
    let en = Localizer::new(Language::En);
    let refused = |args: &str, code: ErrorCode| {
        let o = add(dir, "en", &args.split(' ').collect::<Vec<_>>());
        assert_exit(&o, 3);
        assert!(stderr(&o).contains(&en.validation_error(code)), "{args:?}");
    };
    refused(
        "dental --date 2025-10-30 --teeth 4 --caries 5",
        ErrorCode::MoreThanTeeth,
    );
    refused(
        "medicine --start 2025-11-20 --end 2025-11-19 --name x",
        ErrorCode::EndBeforeStart,
    );
    // The CMV test has no "pass".
    refused(
        "screening --date 2025-03-10 --test congenital-cmv --result pass",
        ErrorCode::UnknownChoice,
    );
    assert_eq!(records(dir).len(), 4);
    // Required flags are required when adding.
    assert_exit(&add(dir, "en", &["screening", "--date", "2025-03-02"]), 2);
}
