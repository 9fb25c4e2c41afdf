//! `hagu pregnancy …` as a user runs it: the built binary, a handbook in its
//! own temporary folder, keyed by passphrase, language from `HAGUKUMI_LANG`.

mod support;
use support::*;

use chrono::Days;
use hagukumi_core::pregnancy::gestational_age_on;
use hagukumi_core::{Date, Language};
use hagukumi_i18n::Localizer;
use std::path::Path;
use std::process::Output;

fn json(o: &Output) -> serde_json::Value {
    assert_exit(o, 0);
    assert!(o.stderr.is_empty(), "{}", stderr(o));
    serde_json::from_slice(&o.stdout).expect("JSON on stdout")
}

/// A handbook with one pregnancy (id 1, 第三子, due in 96 days).
fn handbook_with_pregnancy(dir: &Path) -> Date {
    assert_exit(&hagu(dir, "en", &["init"]), 0);
    let expected = today().checked_add_days(Days::new(96)).unwrap();
    let o = hagu(
        dir,
        "ja",
        &[
            "pregnancy",
            "add",
            "--label",
            "第三子",
            "--expected",
            &expected.to_string(),
        ],
    );
    assert_exit(&o, 0);
    let ja = Localizer::new(Language::Ja);
    let week = ja.gestational_age(gestational_age_on(expected, today()).unwrap());
    assert_eq!(
        stdout(&o),
        format!(
            "妊娠を追加しました：#1  第三子  出産予定日 {}  {week}  予定日まであと96日\n",
            ja.date(expected)
        )
    );
    expected
}

fn add(dir: &Path, lang: &str, args: &[&str]) -> Output {
    let mut all = vec!["pregnancy", "record", "add", "--pregnancy", "1"];
    all.extend_from_slice(args);
    hagu(dir, lang, &all)
}

fn records_json(dir: &Path) -> serde_json::Value {
    json(&hagu(
        dir,
        "en",
        &[
            "pregnancy",
            "record",
            "list",
            "--pregnancy",
            "1",
            "--deleted",
            "--json",
        ],
    ))
}

#[test]
fn a_prenatal_visit_is_added_with_its_week_and_listed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let expected = handbook_with_pregnancy(dir);
    let ja = Localizer::new(Language::Ja);
    let visit_day = today().pred_opt().unwrap();
    let week = ja.gestational_age(gestational_age_on(expected, visit_day).unwrap());

    let o = add(
        dir,
        "ja",
        &[
            "prenatal-visit",
            "--date",
            &visit_day.to_string(),
            "--weight",
            "５８．４",
            "--systolic",
            "112",
            "--diastolic",
            "70",
            "--urine-protein",
            "-",
            "--urine-sugar",
            "±",
            "--edema",
            "+",
            "--fundal-height",
            "24",
            "--heart-rate",
            "145",
            "--facility",
            "さくら産婦人科",
        ],
    );
    assert_exit(&o, 0);
    assert_eq!(
        stdout(&o),
        format!(
            "記録 #1 を追加しました（第三子）：{}  妊婦健診：{week} · 体重 58.4 kg · 血圧 112/70 · 尿たんぱく − · 尿糖 ± · むくみ + · 子宮底長 24 cm · 心拍 145回/分 · さくら産婦人科\n",
            ja.date(visit_day)
        )
    );
    assert!(o.stderr.is_empty(), "{}", stderr(&o));

    let list = records_json(dir);
    assert_eq!(
        list,
        serde_json::json!([{
            "id": 1,
            "pregnancy_id": 1,
            "kind": "prenatal-visit",
            "date": visit_day.to_string(),
            "weight_kg": 58.4,
            "systolic": 112,
            "diastolic": 70,
            "urine_protein": "negative",
            "urine_sugar": "trace",
            "edema": "plus1",
            "fundal_height_cm": 24.0,
            "abdominal_girth_cm": null,
            "fetal_heart": "present",
            "fetal_heart_bpm": 145,
            "notes": null,
            "facility": "さくら産婦人科",
            "deleted_at": null
        }])
    );
    let o = hagu(
        dir,
        "en",
        &["pregnancy", "record", "list", "--pregnancy", "1"],
    );
    assert_exit(&o, 0);
    assert!(
        stdout(&o).starts_with("#1  ")
            && stdout(&o).contains("Prenatal checkup: ")
            && stdout(&o).contains("BP 112/70"),
        "{}",
        stdout(&o)
    );
    assert_eq!(
        json(&hagu(dir, "en", &["pregnancy", "list", "--json"])),
        serde_json::json!([{"id": 1, "label": "第三子", "expected_date": expected.to_string()}])
    );
}

#[test]
fn invalid_visits_exit_3_in_plain_words_and_save_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    handbook_with_pregnancy(dir);
    let day = today().to_string();
    // Upper and lower blood pressure swapped, weight in grams.
    let o = add(
        dir,
        "ja",
        &[
            "prenatal-visit",
            "--date",
            &day,
            "--weight",
            "58400",
            "--systolic",
            "70",
            "--diastolic",
            "112",
        ],
    );
    assert_invalid(
        &o,
        "ja",
        &[
            "体重（kg）：値が考えられる範囲を超えています。単位（kg・cm）を確かめてください",
            "血圧（下）：血圧（下）は血圧（上）より低い値になります。上下が入れ替わっていないか確かめてください",
        ],
    );
    // A date before the pregnancy, in English.
    let long_ago = today()
        .checked_sub_days(Days::new(400))
        .unwrap()
        .to_string();
    let o = add(dir, "en", &["dental", "--date", &long_ago]);
    assert_exit(&o, 3);
    assert!(
        stderr(&o).contains("Date: This date is before the pregnancy began."),
        "{}",
        stderr(&o)
    );
    // No such pregnancy.
    let o = hagu(
        dir,
        "en",
        &[
            "pregnancy",
            "record",
            "add",
            "--pregnancy",
            "9",
            "class",
            "--date",
            &day,
            "--name",
            "x",
        ],
    );
    assert_exit(&o, 3);
    assert!(stderr(&o).starts_with("There is no pregnancy with id 9."));
    // A usage error: the required timing is missing.
    let o = add(dir, "en", &["postnatal-checkup", "--date", &day]);
    assert_exit(&o, 2);
    assert_eq!(records_json(dir), serde_json::json!([]));
}

#[test]
fn the_epds_hint_is_shown_from_nine_points() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    handbook_with_pregnancy(dir);
    let day = today().to_string();
    let ja = Localizer::new(Language::Ja);
    let hint = ja.text("pregnancy-epds-hint");
    for (score, shown) in [("8", false), ("9", true)] {
        let o = add(
            dir,
            "ja",
            &[
                "postnatal-checkup",
                "--timing",
                "two-weeks",
                "--date",
                &day,
                "--epds",
                score,
            ],
        );
        assert_exit(&o, 0);
        assert_eq!(stdout(&o).contains(&hint), shown, "{score}: {}", stdout(&o));
        assert!(stdout(&o).contains(&format!("産後2週間健診 · EPDS {score}点")));
    }
    let o = add(
        dir,
        "en",
        &[
            "postnatal-checkup",
            "--timing",
            "one-month",
            "--date",
            &day,
            "--epds",
            "31",
        ],
    );
    assert_exit(&o, 3);
    assert!(stderr(&o).contains("EPDS (total score): This value is outside the plausible range."));
}

#[test]
fn edit_delete_restore_history_and_export_import() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("original");
    handbook_with_pregnancy(&dir);
    let day = today().to_string();
    for args in [
        &["notification", "--date", &day, "--method", "ultrasound"][..],
        &["class", "--date", &day, "--name", "両親学級（沐浴）"][..],
        &[
            "environment",
            "--date",
            &day,
            "--text",
            "立ち仕事。産休は来月から",
        ][..],
    ] {
        assert_exit(&add(&dir, "en", args), 0);
    }
    let edit = [
        "pregnancy",
        "record",
        "edit",
        "2",
        "class",
        "--name",
        "母親学級",
    ];
    assert_exit(&hagu(&dir, "en", &edit), 0);
    owner::refusals_change_nothing(
        &dir,
        &owner::PREGNANCY,
        "2",
        "class",
        &["dental", "--findings", "x"],
        &["class", "--name", "x"],
    );
    owner::delete_then_refuse_twice(
        &dir,
        &owner::PREGNANCY,
        "3",
        &["environment", "--text", "y"],
    );
    assert_exit(
        &hagu(&dir, "en", &["pregnancy", "record", "restore", "3"]),
        0,
    );
    owner::restored_once(&dir, &owner::PREGNANCY, "3");
    assert_exit(
        &hagu(&dir, "en", &["pregnancy", "record", "delete", "1"]),
        0,
    );
    let list = records_json(&dir);
    assert_eq!(list[1]["name"], "母親学級");
    assert!(list[0]["deleted_at"].is_string());
    assert!(list[2]["deleted_at"].is_null());
    let history = json(&hagu(
        &dir,
        "en",
        &["pregnancy", "record", "history", "2", "--json"],
    ));
    assert_eq!(history[0]["change"], "edit");
    assert_eq!(history[0]["previous"]["name"], "両親学級（沐浴）");

    // The export carries them; importing it gives the same export back.
    let original = export_json(&dir);
    assert_eq!(original["pregnancy_records"].as_array().unwrap().len(), 3);
    assert_eq!(
        original["pregnancy_record_history"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
    let copy = tmp.path().join("copy");
    export_then_import(&dir, &tmp.path().join("export.json"), &copy, "en");
    assert_eq!(export_json(&copy), original);
    // Still restorable after the move.
    assert_exit(
        &hagu(&copy, "en", &["pregnancy", "record", "restore", "1"]),
        0,
    );
}
