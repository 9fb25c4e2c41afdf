//! `hagu` as a user runs it: the built binary, a handbook in its own
//! temporary folder (`--data-dir`), keyed by passphrase (plain test runs have
//! no OS keychain), language chosen with `HAGUKUMI_LANG`.

mod support;
use support::*;

use chrono::{Days, Months};
use hagukumi_core::age::age_on;
use hagukumi_core::{Date, Language};
use hagukumi_i18n::Localizer;
use hagukumi_store::{DB_FILE, SALT_FILE, SCHEMA_VERSION};
use std::path::Path;
use std::process::Output;

/// Errors are plain words: no Rust debug dump, no panic, no secret.
#[track_caller]
fn assert_plain(o: &Output) {
    let all = format!("{}{}", stdout(o), stderr(o));
    for bad in [
        "panicked",
        "RUST_BACKTRACE",
        "Error {",
        "Io {",
        "CannotOpen",
        PASSPHRASE,
    ] {
        assert!(!all.contains(bad), "{bad:?} in output:\n{all}");
    }
}

fn list_json(dir: &Path) -> serde_json::Value {
    let o = hagu(dir, "en", &["child", "list", "--json"]);
    assert_exit(&o, 0);
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).expect("child list --json is JSON")
}

#[test]
fn init_add_and_list_roundtrip_in_japanese() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();

    let o = hagu(dir, "ja", &["init"]);
    assert_exit(&o, 0);
    let db = std::path::absolute(dir.join(DB_FILE)).unwrap();
    // The new handbook's recovery code is shown once, after the key line.
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[..2],
        [
            format!("手帳を作成しました：{}", db.display()).as_str(),
            "鍵の保管：パスフレーズ（環境変数 HAGUKUMI_PASSPHRASE）"
        ]
    );
    let code = lines[2].strip_prefix("リカバリーコード：").expect(&out);
    assert!(hagukumi_store::RecoveryCode::parse(code).is_ok(), "{out}");
    assert!(lines[3].starts_with("このコードを紙に書き写し"), "{out}");
    assert_eq!(lines.len(), 4, "{out}");
    assert!(dir.join(DB_FILE).is_file() && dir.join(SALT_FILE).is_file());
    let o = hagu(dir, "ja", &["init"]);
    assert_exit(&o, 0);
    assert!(
        stdout(&o).starts_with("手帳はすでにあり、問題なく開けました："),
        "{}",
        stdout(&o)
    );
    assert_eq!(list_json(dir), serde_json::json!([]));

    // Added youngest first; listed oldest first.
    let today = today();
    let one_year = today.checked_sub_months(Months::new(12)).unwrap();
    let children = [
        ("ゆい", today),
        ("はなこ 🌸", one_year),
        ("たろう", "2020-02-29".parse::<Date>().unwrap()),
    ];
    let ja = Localizer::new(Language::Ja);
    for (name, birth) in children {
        let o = hagu(
            dir,
            "ja",
            &[
                "child",
                "add",
                "--name",
                name,
                "--birth",
                &birth.to_string(),
            ],
        );
        assert_exit(&o, 0);
        let age = ja.age(age_on(birth, today).unwrap());
        assert_eq!(
            stdout(&o),
            format!(
                "こどもを追加しました：{name}  {}生まれ  {age}\n",
                ja.date(birth)
            )
        );
    }
    // Dates as parents write them work too: full-width digits and slashes.
    let o = hagu(
        dir,
        "ja",
        &[
            "child",
            "add",
            "--name",
            "  じろう ",
            "--birth",
            "２０２３／４／１",
        ],
    );
    assert_exit(&o, 0);
    assert!(
        stdout(&o).starts_with("こどもを追加しました：じろう  2023年4月1日生まれ  "),
        "{}",
        stdout(&o)
    );

    assert_eq!(
        list_json(dir),
        serde_json::json!([
            {"id": 3, "name": "たろう", "birth_date": "2020-02-29"},
            {"id": 4, "name": "じろう", "birth_date": "2023-04-01"},
            {"id": 2, "name": "はなこ 🌸", "birth_date": one_year.to_string()},
            {"id": 1, "name": "ゆい", "birth_date": today.to_string()},
        ])
    );
    // The JSON is one line with the keys in a stable order, nothing else.
    let o = hagu(dir, "ja", &["child", "list", "--json"]);
    let raw = stdout(&o);
    assert!(raw.starts_with(r#"[{"id":3,"name":"たろう","birth_date":"2020-02-29"},"#));
    assert_eq!(raw.lines().count(), 1);

    let o = hagu(dir, "ja", &["child", "list"]);
    assert_exit(&o, 0);
    let lines: Vec<_> = stdout(&o).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert!(lines[0].starts_with("たろう  2020年2月29日生まれ  "));
    assert!(lines[1].starts_with("じろう  2023年4月1日生まれ  "));
    // 1歳0か月0日 (except on 29 February, when a year ago was the 28th).
    let age = ja.age(age_on(one_year, today).unwrap());
    assert_eq!(
        lines[2],
        format!("はなこ 🌸  {}生まれ  {age}", ja.date(one_year))
    );
    assert_eq!(
        lines[3],
        format!("ゆい  {}生まれ  0歳0か月0日", ja.date(today))
    );

    // The same list in English.
    let o = hagu(dir, "en", &["child", "list"]);
    let last = stdout(&o).lines().last().unwrap().to_owned();
    assert_eq!(
        last,
        format!(
            "ゆい  born {}  0 years 0 months 0 days",
            Localizer::new(Language::En).date(today)
        )
    );
}

#[test]
fn invalid_input_exits_3_in_plain_words_and_saves_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let tomorrow = today().checked_add_days(Days::new(1)).unwrap().to_string();
    let cases: &[(&str, &str, &str, &[&str])] = &[
        ("ja", "", "2025-04-01", &["名前：入力してください"]),
        (
            "ja",
            "はなこ",
            &tomorrow,
            &["生年月日：未来の日付は生年月日にできません"],
        ),
        (
            "en",
            "Hanako",
            "1899-12-31",
            &["Date of birth: Please enter a date on or after 1 January 1900"],
        ),
        (
            "en",
            "Hanako",
            "2025-02-30",
            &["Date of birth: Please write the date as 2025-04-01"],
        ),
        (
            "en",
            "   ",
            "April 1",
            &[
                "Name: Please fill this in",
                "Date of birth: Please write the date as 2025-04-01",
            ],
        ),
    ];
    for (lang, name, birth, messages) in cases {
        let o = hagu(
            dir,
            lang,
            &["child", "add", "--name", name, "--birth", birth],
        );
        assert_exit(&o, 3);
        assert_plain(&o);
        assert!(o.stdout.is_empty(), "{}", stdout(&o));
        let err = stderr(&o);
        let (header, footer) = match *lang {
            "ja" => ("入力内容を確認してください", "何も保存していません。"),
            _ => ("Please check what you entered.", "Nothing was saved."),
        };
        let mut expected = vec![header];
        expected.extend_from_slice(messages);
        expected.push(footer);
        assert_eq!(err.lines().collect::<Vec<_>>(), expected);
    }
    assert_eq!(list_json(dir), serde_json::json!([]), "nothing saved");
}

#[test]
fn wrong_passphrase_exits_4_and_changes_no_byte() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let o = hagu(
        dir,
        "en",
        &["child", "add", "--name", "Ken", "--birth", "2021-07-01"],
    );
    assert_exit(&o, 0);
    let before = std::fs::read(dir.join(DB_FILE)).unwrap();

    for (lang, args, message) in [
        (
            "en",
            &["child", "list"][..],
            "Cannot open the handbook: wrong key, or not a Hagukumi database. The file was not changed.",
        ),
        (
            "ja",
            &["child", "add", "--name", "Mai", "--birth", "2024-01-01"][..],
            "手帳を開けません：鍵が違うか、はぐくみのデータではありません。ファイルは変更していません。",
        ),
        ("en", &["verify"][..], "Cannot open the handbook: wrong key"),
        ("en", &["init"][..], "Cannot open the handbook: wrong key"),
    ] {
        let o = bare(dir, lang)
            .env("HAGUKUMI_PASSPHRASE", "not the passphrase")
            .args(args)
            .output()
            .unwrap();
        assert_exit(&o, 4);
        assert_plain(&o);
        assert!(stderr(&o).contains(message), "{}", stderr(&o));
        assert!(!stderr(&o).contains("not the passphrase"));
        assert_eq!(std::fs::read(dir.join(DB_FILE)).unwrap(), before, "{args:?}");
    }

    // Without any passphrase a passphrase handbook asks for one.
    let o = bare(dir, "en").args(["child", "list"]).output().unwrap();
    assert_exit(&o, 4);
    assert_eq!(
        stderr(&o),
        "This handbook is protected by a passphrase. Set it in the HAGUKUMI_PASSPHRASE environment variable and start again.\n"
    );
    assert_eq!(std::fs::read(dir.join(DB_FILE)).unwrap(), before);
    assert_eq!(
        list_json(dir),
        serde_json::json!([{"id": 1, "name": "Ken", "birth_date": "2021-07-01"}])
    );
}

#[test]
fn no_credential_store_and_no_passphrase_exits_4_and_creates_no_handbook() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("handbook");
    for (lang, message) in [
        (
            "en",
            "No credential store (OS keychain) is available. Set a passphrase in the HAGUKUMI_PASSPHRASE environment variable and start again.\n",
        ),
        (
            "ja",
            "鍵の保管場所（OS のキーチェーン）が使えません。環境変数 HAGUKUMI_PASSPHRASE にパスフレーズを設定してから起動してください。\n",
        ),
    ] {
        let o = bare(&dir, lang).arg("init").output().unwrap();
        assert_exit(&o, 4);
        assert!(o.stdout.is_empty());
        assert_eq!(stderr(&o), message);
    }
    assert!(!dir.exists(), "nothing created: not even the data folder");
}

#[test]
fn verify_a_sound_handbook() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let o = hagu(dir, "en", &["verify"]);
    assert_exit(&o, 0);
    let out = stdout(&o);
    let lines: Vec<_> = out.lines().collect();
    let db = std::path::absolute(dir.join(DB_FILE)).unwrap();
    assert_eq!(lines[0], format!("The handbook is sound: {}", db.display()));
    assert_eq!(lines[1], format!("Schema version: {SCHEMA_VERSION}"));
    assert!(lines[2].starts_with("SQLCipher version: 4."), "{out}");
    assert_eq!(lines.len(), 3);
    let o = hagu(dir, "ja", &["verify"]);
    assert_exit(&o, 0);
    assert!(stdout(&o).contains(&format!("スキーマのバージョン：{SCHEMA_VERSION}\n")));
}

#[test]
fn verify_never_creates_a_handbook() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("nowhere");
    let o = hagu(&missing, "en", &["verify"]);
    assert_exit(&o, 4);
    assert_plain(&o);
    let db = std::path::absolute(missing.join(DB_FILE)).unwrap();
    assert_eq!(
        stderr(&o),
        format!(
            "There is no handbook at {}. Create one first with \"hagu init\".\n",
            db.display()
        )
    );
    assert!(!missing.exists(), "verify created {}", missing.display());

    // Nor in an existing, empty folder; nor do the child commands.
    let empty = tmp.path();
    for args in [&["verify"][..], &["child", "list", "--json"][..]] {
        let o = hagu(empty, "ja", args);
        assert_exit(&o, 4);
        assert!(stderr(&o).contains("に手帳がありません。先に「hagu init」で作成してください。"));
        assert!(o.stdout.is_empty());
    }
    assert_eq!(std::fs::read_dir(empty).unwrap().count(), 0);
}

/// A page that fails SQLCipher's HMAC (with the right key) is damage: verify
/// lists what it found and exits 6, not "wrong key" (4).
#[test]
fn verify_finds_a_damaged_page() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    for (name, birth) in [
        ("A", "2020-01-01"),
        ("B", "2021-02-02"),
        ("C", "2022-03-03"),
    ] {
        let o = hagu(
            dir,
            "en",
            &["child", "add", "--name", name, "--birth", birth],
        );
        assert_exit(&o, 0);
    }
    let path = dir.join(DB_FILE);
    let mut bytes = std::fs::read(&path).unwrap();
    const PAGE: usize = 4096;
    assert!(bytes.len() >= 3 * PAGE, "{} bytes", bytes.len());
    for b in &mut bytes[PAGE + PAGE / 2..PAGE + PAGE / 2 + 16] {
        *b ^= 0xff;
    }
    std::fs::write(&path, &bytes).unwrap();

    let o = hagu(dir, "en", &["verify"]);
    assert_exit(&o, 6);
    assert_plain(&o);
    let err = stderr(&o);
    assert!(err.contains("problems found in the handbook: "), "{err}");
    assert!(
        err.contains("- HMAC verification failed for page 2\n"),
        "{err}"
    );
    let o = hagu(dir, "ja", &["verify"]);
    assert_exit(&o, 6);
    assert!(
        stderr(&o).starts_with("手帳に問題が見つかりました（"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn help_lists_the_exit_codes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("unused");
    let o = bare(&dir, "en").arg("--help").output().unwrap();
    assert_exit(&o, 0);
    let help = stdout(&o);
    for line in [
        "Usage: hagu [OPTIONS] <COMMAND>",
        "  init ",
        "  child ",
        "  verify ",
        "Exit codes:",
        "  0  success",
        "  1  other error",
        "  2  the command was used wrongly",
        "  3  invalid input (nothing was saved)",
        "  4  the handbook cannot be opened",
        "  5  the handbook was written by a newer version of Hagukumi",
        "  6  the handbook is damaged",
    ] {
        assert!(help.contains(line), "{line:?} missing from:\n{help}");
    }
    assert!(!help.contains("Print help"), "clap's own English:\n{help}");

    let o = bare(&dir, "ja").arg("--help").output().unwrap();
    assert_exit(&o, 0);
    let help = stdout(&o);
    for line in [
        "使い方: hagu",
        "終了コード：",
        "  3  入力の誤り（何も保存していません）",
    ] {
        assert!(help.contains(line), "{line:?} missing from:\n{help}");
    }
    let o = bare(&dir, "ja")
        .args(["child", "add", "--help"])
        .output()
        .unwrap();
    assert_exit(&o, 0);
    assert!(stdout(&o).contains("生年月日（例：2025-04-01）"));

    // The language also follows the POSIX locale.
    let o = bare(&dir, "en")
        .env_remove("HAGUKUMI_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "ja_JP.UTF-8")
        .arg("--help")
        .output()
        .unwrap();
    assert!(stdout(&o).contains("終了コード："));
    assert!(!dir.exists(), "help touched the data folder");
}

#[test]
fn usage_errors_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("unused");
    for args in [
        &[][..],
        &["frobnicate"][..],
        &["child"][..],
        &["child", "add", "--name", "Ken"][..],
        &["child", "list", "--yaml"][..],
        &["init", "extra"][..],
    ] {
        let o = hagu(&dir, "en", args);
        assert_exit(&o, 2);
        assert!(o.stdout.is_empty(), "{args:?}: {}", stdout(&o));
    }
    let o = hagu(&dir, "ja", &["frobnicate"]);
    assert!(stderr(&o)
        .starts_with("コマンドの使い方が正しくありません。「hagu --help」で確認できます。\n"));
    assert!(!dir.exists(), "a usage error touched the data folder");
}

// ---- Records, export and import ----

/// `hagu record list --child <child> --deleted --json`.
fn records_json(dir: &Path, child: &str) -> serde_json::Value {
    let o = hagu(
        dir,
        "en",
        &["record", "list", "--child", child, "--deleted", "--json"],
    );
    assert_exit(&o, 0);
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).expect("record list --json is JSON")
}

/// `hagu export --json` without `exported_at`.
/// A handbook with one child (id 1, born 2025-02-28).
fn handbook_with_child(dir: &Path) {
    init(dir);
    add_child(dir, "ゆい", "2025-02-28");
}

fn add(dir: &Path, lang: &str, args: &[&str]) -> Output {
    let mut all = vec!["record", "add", "--child", "1"];
    all.extend_from_slice(args);
    hagu(dir, lang, &all)
}

/// One record of each kind, added in the given order (ids 1–4).
fn add_one_of_each(dir: &Path) {
    for args in [
        &[
            "vaccination",
            "--vaccine",
            "hib",
            "--dose",
            "1",
            "--date",
            "2025-04-28",
            "--lot",
            "AB123",
            "--funding",
            "public",
        ][..],
        &[
            "measurement",
            "--date",
            "2025-03-28",
            "--weight",
            "4.21",
            "--height",
            "54.5",
        ][..],
        &["milestone", "--date", "2025-08-01", "--what", "寝返り"][..],
        &["note", "--date", "2025-08-02", "--text", "はじめて笑った"][..],
    ] {
        assert_exit(&add(dir, "en", args), 0);
    }
}

#[test]
fn records_of_each_kind_are_added_and_listed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    handbook_with_child(dir);

    assert_eq!(
        ok(&add(
            dir,
            "en",
            &[
                "vaccination",
                "--vaccine",
                "hib",
                "--dose",
                "１",
                "--date",
                "2025-04-28",
                "--manufacturer",
                "KM Biologics",
                "--lot",
                "AB123",
                "--facility",
                "さくら小児科",
                "--funding",
                "public",
            ],
        )),
        "Added record #1 for ゆい: 28 Apr 2025  Vaccination: hib dose 1\n"
    );
    assert_eq!(
        ok(&add(
            dir,
            "ja",
            &[
                "measurement",
                "--date",
                "2025/3/28",
                "--weight",
                "4,21",
                "--height",
                "54.5",
                "--head",
                "",
                "--chest",
                "36",
            ],
        )),
        "ゆいの記録 #2 を追加しました：2025年3月28日  計測：体重 4.21 kg、身長 54.5 cm、胸囲 36 cm\n"
    );
    assert_eq!(
        ok(&add(
            dir,
            "en",
            &[
                "milestone",
                "--date",
                "2025-08-01",
                "--what",
                "rolled over",
                "--note",
                "on the sofa",
            ],
        )),
        "Added record #3 for ゆい: 1 Aug 2025  Milestone: rolled over\n"
    );
    assert_eq!(
        ok(&add(
            dir,
            "ja",
            &["note", "--date", "2025-08-02", "--text", "はじめて\n笑った"],
        )),
        "ゆいの記録 #4 を追加しました：2025年8月2日  メモ：はじめて 笑った\n"
    );

    // Oldest first (by the day each record is about).
    assert_eq!(
        records_json(dir, "1"),
        serde_json::json!([
            {"id": 2, "child_id": 1, "kind": "measurement", "date": "2025-03-28",
             "weight_kg": 4.21, "height_cm": 54.5, "head_cm": null, "chest_cm": 36.0,
             "deleted_at": null},
            {"id": 1, "child_id": 1, "kind": "vaccination", "vaccine": "hib", "dose": 1,
             "date": "2025-04-28", "manufacturer": "KM Biologics", "lot": "AB123",
             "facility": "さくら小児科", "funding": "public", "deleted_at": null},
            {"id": 3, "child_id": 1, "kind": "milestone", "date": "2025-08-01",
             "what": "rolled over", "note": "on the sofa", "deleted_at": null},
            {"id": 4, "child_id": 1, "kind": "note", "date": "2025-08-02",
             "text": "はじめて\n笑った", "deleted_at": null},
        ])
    );
    let o = hagu(
        dir,
        "en",
        &[
            "record",
            "list",
            "--child",
            "1",
            "--kind",
            "milestone",
            "--json",
        ],
    );
    assert_exit(&o, 0);
    let only: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(only.as_array().unwrap().len(), 1);
    assert_eq!(only[0]["id"], 3);
    assert_eq!(stdout(&o).lines().count(), 1);

    assert_eq!(
        ok(&hagu(dir, "en", &["record", "list", "--child", "1"])),
        "#2  28 Mar 2025  Measurement: weight 4.21 kg, height 54.5 cm, chest 36 cm\n\
         #1  28 Apr 2025  Vaccination: hib dose 1\n\
         #3  1 Aug 2025  Milestone: rolled over\n\
         #4  2 Aug 2025  Note: はじめて 笑った\n"
    );

    // Allergies and illnesses.
    assert_eq!(
        ok(&add(
            dir,
            "ja",
            &[
                "allergy",
                "--date",
                "2025-09-01",
                "--substance",
                "卵",
                "--reaction",
                "じんましん",
            ],
        )),
        "ゆいの記録 #5 を追加しました：2025年9月1日  アレルギー：卵\n"
    );
    assert_eq!(
        ok(&add(
            dir,
            "en",
            &["illness", "--date", "2025-10-01", "--name", "roseola"],
        )),
        "Added record #6 for ゆい: 1 Oct 2025  Illness: roseola\n"
    );
    let o = hagu(
        dir,
        "en",
        &[
            "record", "list", "--child", "1", "--kind", "allergy", "--json",
        ],
    );
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap(),
        serde_json::json!([{"id": 5, "child_id": 1, "kind": "allergy",
            "date": "2025-09-01", "substance": "卵", "reaction": "じんましん",
            "deleted_at": null}])
    );
    assert_exit(&hagu(dir, "en", &["record", "delete", "5"]), 0);
    assert_exit(&hagu(dir, "en", &["record", "delete", "6"]), 0);

    // An unknown child: a clear refusal, status 3, nothing saved.
    for (lang, message) in [
        (
            "en",
            "There is no child with id 7. See \"hagu child list --json\". Nothing was changed.\n",
        ),
        (
            "ja",
            "ID 7 のこどもはいません。「hagu child list --json」で確認してください。何も変更していません。\n",
        ),
    ] {
        let o = hagu(
            dir,
            lang,
            &[
                "record", "add", "--child", "7", "note", "--date", "2025-08-02", "--text", "x",
            ],
        );
        assert_exit(&o, 3);
        assert_plain(&o);
        assert_eq!(stderr(&o), message);
        assert!(o.stdout.is_empty());
        let o = hagu(dir, lang, &["record", "list", "--child", "7"]);
        assert_exit(&o, 3);
        assert_eq!(stderr(&o), message);
    }
    assert_eq!(records_json(dir, "1").as_array().unwrap().len(), 6);

    // A child without records.
    let o = hagu(
        dir,
        "en",
        &["child", "add", "--name", "Ken", "--birth", "2024-01-01"],
    );
    assert_exit(&o, 0);
    assert_eq!(records_json(dir, "2"), serde_json::json!([]));
    let o = hagu(dir, "ja", &["record", "list", "--child", "2"]);
    assert_eq!(
        stdout(&o),
        "記録はまだありません。「hagu record add」で追加できます。\n"
    );
}

#[test]
fn invalid_records_exit_3_in_plain_words_and_save_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    handbook_with_child(dir);
    let tomorrow = today().checked_add_days(Days::new(1)).unwrap().to_string();
    let long = "あ".repeat(101);
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "en",
            &[
                "vaccination",
                "--vaccine",
                "",
                "--dose",
                "1.5",
                "--date",
                "2025-06-01",
                "--funding",
                "free",
            ],
            &[
                "Vaccine: Please fill this in",
                "Dose: Please enter a number (e.g. 3.25).",
                "Paid by: Please pick one of the options.",
            ],
        ),
        (
            "ja",
            &[
                "vaccination",
                "--vaccine",
                "HIB",
                "--dose",
                "11",
                "--date",
                &tomorrow,
            ],
            &[
                "ワクチン：選択肢の中から選んでください",
                "回数：値が考えられる範囲を超えています。単位（kg・cm）を確かめてください",
                "日付：未来の日付は入力できません",
            ],
        ),
        (
            "en",
            &["measurement", "--date", "2025-02-27", "--weight", "4210"],
            &[
                "Date: The date is before the child was born.",
                "Weight (kg): This value is outside the plausible range. Please check the unit (kg, cm).",
            ],
        ),
        (
            "ja",
            &["measurement", "--date", "2025-03-28", "--head", ""],
            &["計測値：体重・身長・頭囲・胸囲のうち、少なくとも1つを入力してください"],
        ),
        (
            "en",
            &["milestone", "--date", "2025-08-01", "--what", "  "],
            &["What the child did: Please fill this in"],
        ),
        (
            "ja",
            &["milestone", "--date", "2025-08-01", "--what", &long],
            &["できたこと：100文字以内で入力してください"],
        ),
        (
            "en",
            &["note", "--date", "2025-02-30", "--text", ""],
            &[
                "Date: Please write the date as 2025-04-01",
                "Note: Please fill this in",
            ],
        ),
        (
            "en",
            &["illness", "--date", "2025-10-01", "--name", ""],
            &["What the child did: Please fill this in"],
        ),
        (
            "ja",
            &["note", "--date", "8月1日", "--text", "ok"],
            &["日付：日付は「2025-04-01」の形で入力してください"],
        ),
    ];
    for (lang, args, messages) in cases {
        let o = add(dir, lang, args);
        assert_plain(&o);
        assert_invalid(&o, lang, messages);
    }
    assert_eq!(
        records_json(dir, "1"),
        serde_json::json!([]),
        "nothing saved"
    );
    assert_eq!(export_json(dir)["records"], serde_json::json!([]));
}

#[test]
fn edit_keeps_the_previous_version_in_history() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    handbook_with_child(dir);
    add_one_of_each(dir);

    // Only the flags given change; "" clears an optional value.
    assert_eq!(
        ok(&hagu(
            dir,
            "en",
            &[
                "record",
                "edit",
                "2",
                "measurement",
                "--weight",
                "4.12",
                "--height",
                "",
                "--head",
                "37",
            ],
        )),
        "Changed record #2: 28 Mar 2025  Measurement: weight 4.12 kg, head 37 cm\n"
    );
    let records = records_json(dir, "1");
    assert_eq!(
        records[0],
        serde_json::json!({"id": 2, "child_id": 1, "kind": "measurement",
            "date": "2025-03-28", "weight_kg": 4.12, "height_cm": null,
            "head_cm": 37.0, "chest_cm": null, "deleted_at": null})
    );

    let o = hagu(dir, "en", &["record", "history", "2", "--json"]);
    assert_exit(&o, 0);
    let history: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let entries = history.as_array().unwrap();
    assert_eq!(entries.len(), 1, "{history}");
    assert_eq!(entries[0]["record_id"], 2);
    assert_eq!(entries[0]["change"], "edit");
    assert_eq!(
        entries[0]["previous"],
        serde_json::json!({"kind": "measurement", "date": "2025-03-28",
            "weight_kg": 4.21, "height_cm": 54.5, "head_cm": null, "chest_cm": null})
    );
    let o = hagu(dir, "en", &["record", "history", "2"]);
    assert_exit(&o, 0);
    let out = stdout(&o);
    assert!(
        out.ends_with(
            "  changed; before: 28 Mar 2025  Measurement: weight 4.21 kg, height 54.5 cm\n"
        ),
        "{out}"
    );
    assert_eq!(
        ok(&hagu(dir, "ja", &["record", "history", "1"])),
        "記録 #1 は変更されていません。\n"
    );

    // A vaccination: its other fields stay as they were.
    assert_eq!(
        ok(&hagu(
            dir,
            "ja",
            &["record", "edit", "1", "vaccination", "--dose", "2"],
        )),
        "記録 #1 を変更しました：2025年4月28日  予防接種：hib 2回目\n"
    );
    let v = &records_json(dir, "1")[1];
    assert_eq!(
        (&v["dose"], &v["lot"], &v["funding"]),
        (&2.into(), &"AB123".into(), &"public".into())
    );

    // Refusals change nothing: a bad value, another kind, an unknown id.
    let before = export_json(dir);
    let o = hagu(
        dir,
        "en",
        &["record", "edit", "3", "milestone", "--date", "2024-12-31"],
    );
    assert_exit(&o, 3);
    assert_eq!(
        stderr(&o),
        "Please check what you entered.\nDate: The date is before the child was born.\nNothing was saved.\n"
    );
    owner::refusals_change_nothing(
        dir,
        &owner::CHILD,
        "3",
        "milestone",
        &["note", "--text", "x"],
        &["note", "--text", "x"],
    );
    assert_eq!(export_json(dir), before);
}

#[test]
fn delete_hides_a_record_and_restore_brings_it_back() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    handbook_with_child(dir);
    add_one_of_each(dir);

    owner::delete_then_refuse_twice(dir, &owner::CHILD, "3", &["milestone", "--what", "x"]);
    let o = hagu(dir, "en", &["record", "list", "--child", "1", "--json"]);
    let visible: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let ids: Vec<_> = visible
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].clone())
        .collect();
    assert_eq!(ids, [2, 1, 4]);
    let all = records_json(dir, "1");
    assert_eq!(all[2]["id"], 3);
    assert!(all[2]["deleted_at"].as_str().unwrap().ends_with('Z'));
    let o = hagu(dir, "ja", &["record", "list", "--child", "1", "--deleted"]);
    let line = stdout(&o).lines().nth(2).unwrap().to_owned();
    assert!(
        line.starts_with("#3  2025年8月1日  できた日：寝返り  （削除済み。")
            && line.ends_with("まで元に戻せます）"),
        "{line}"
    );

    assert_eq!(
        ok(&hagu(dir, "ja", &["record", "restore", "3"])),
        "記録 #3 を元に戻しました：2025年8月1日  できた日：寝返り\n"
    );
    assert_eq!(
        records_json(dir, "1")[2]["deleted_at"],
        serde_json::Value::Null
    );
    owner::restored_once(dir, &owner::CHILD, "3");
}

#[test]
fn a_deletion_older_than_30_days_cannot_be_undone() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("handbook");
    let old = (chrono::Utc::now() - chrono::Duration::days(31))
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let recent = (chrono::Utc::now() - chrono::Duration::days(29))
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let note = |id: i64, deleted_at: &str| {
        serde_json::json!({"id": id, "child_id": 1,
            "data": {"kind": "note", "date": "2025-08-02", "text": "x"},
            "created_at": "2025-08-02T00:00:00Z", "updated_at": deleted_at,
            "deleted_at": deleted_at})
    };
    let export = serde_json::json!({
        "format": "hagukumi-export", "version": 1,
        "exported_at": "2026-01-01T00:00:00Z", "language": null,
        "children": [{"id": 1, "name": "ゆい", "birth_date": "2025-02-28",
                      "created_at": "2025-03-01T00:00:00Z"}],
        "pregnancies": [],
        "records": [note(1, &old), note(2, &recent)],
        "record_history": [],
    });
    let file = tmp.path().join("old.json");
    std::fs::write(&file, export.to_string()).unwrap();
    let o = hagu(&dir, "en", &["import", "--json", file.to_str().unwrap()]);
    assert_exit(&o, 0);

    let o = hagu(&dir, "en", &["record", "list", "--child", "1", "--deleted"]);
    assert!(
        stdout(&o).lines().next().unwrap().ends_with("  (deleted)"),
        "{}",
        stdout(&o)
    );
    for (lang, message) in [
        (
            "en",
            "Record #1 was deleted more than 30 days ago and can no longer be restored.\n",
        ),
        (
            "ja",
            "記録 #1 は削除から30日を過ぎたため、元に戻せません。\n",
        ),
    ] {
        let o = hagu(&dir, lang, &["record", "restore", "1"]);
        assert_exit(&o, 3);
        assert_eq!(stderr(&o), message);
    }
    let o = hagu(&dir, "en", &["record", "restore", "2"]);
    assert_exit(&o, 0);
    let records = records_json(&dir, "1");
    assert_eq!(records[0]["deleted_at"], serde_json::json!(old));
    assert_eq!(records[1]["deleted_at"], serde_json::Value::Null);
}

#[test]
fn export_then_import_restores_the_handbook_exactly() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("original");
    handbook_with_child(&dir);
    add_one_of_each(&dir);
    for args in [
        &["record", "edit", "2", "measurement", "--weight", "4.12"][..],
        &["record", "delete", "4"][..],
        &["record", "delete", "3"][..],
        &["record", "restore", "3"][..],
    ] {
        assert_exit(&hagu(&dir, "en", args), 0);
    }

    // stdout holds the JSON only; the warning goes to stderr.
    for (lang, warning) in [
        (
            "en",
            "Warning: the export is NOT encrypted. Anyone who can read it can read the whole handbook; keep it safe and delete it when you no longer need it.\n",
        ),
        (
            "ja",
            "注意：エクスポートは暗号化されていません。読める人には手帳のすべてが読めます。大切に保管し、不要になったら削除してください。\n",
        ),
    ] {
        let o = hagu(&dir, lang, &["export", "--json"]);
        assert_exit(&o, 0);
        assert_eq!(stderr(&o), warning);
        assert!(stdout(&o).starts_with("{\n  \"format\": \"hagukumi-export\",\n  \"version\": 1,\n"));
    }
    let original = export_json(&dir);
    assert_eq!(original["children"][0]["name"], "ゆい");
    assert_eq!(original["records"].as_array().unwrap().len(), 4);
    assert_eq!(original["record_history"].as_array().unwrap().len(), 4);

    // To a file, owner-only, atomically (no temporary file left); imported
    // from it into a folder that does not exist yet, exported again: the same.
    let file = tmp.path().join("handbook.json");
    std::fs::write(&file, "old contents").unwrap();
    let copy = tmp.path().join("copy");
    let (o, imported) = export_then_import(&dir, &file, &copy, "ja");
    assert_eq!(
        stdout(&o),
        format!(
            "Wrote the export to {}\n",
            std::path::absolute(&file).unwrap().display()
        )
    );
    assert!(stderr(&o).starts_with("Warning: the export is NOT encrypted."));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }
    let mut names: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["copy", "handbook.json", "original"]);
    assert_eq!(
        stdout(&imported).lines().next().unwrap(),
        format!(
            "{} に取り込みました：こども 1人、妊娠 0件、記録 4件",
            std::path::absolute(copy.join(DB_FILE)).unwrap().display()
        )
    );
    assert_eq!(export_json(&copy), original);
    let o = hagu(&copy, "en", &["verify"]);
    assert_exit(&o, 0);

    // From standard input, into an existing empty handbook.
    let piped = tmp.path().join("piped");
    init(&piped);
    let mut child = bare(&piped, "en")
        .env("HAGUKUMI_PASSPHRASE", PASSPHRASE)
        .args(["import", "--json", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(&std::fs::read(&file).unwrap()).unwrap();
    }
    let o = child.wait_with_output().unwrap();
    assert_exit(&o, 0);
    assert!(stdout(&o).contains(": 1 child, 0 pregnancies, 4 records\n"));
    assert_eq!(export_json(&piped), original);
}

#[test]
fn import_refuses_a_handbook_with_data_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let source = tmp.path().join("source");
    handbook_with_child(&source);
    add_one_of_each(&source);
    let file = tmp.path().join("export.json");
    let o = hagu(
        &source,
        "en",
        &["export", "--json", "--output", file.to_str().unwrap()],
    );
    assert_exit(&o, 0);

    let target = tmp.path().join("target");
    init(&target);
    let o = hagu(
        &target,
        "en",
        &["child", "add", "--name", "Ken", "--birth", "2021-07-01"],
    );
    assert_exit(&o, 0);
    let before = export_json(&target);
    let db = std::path::absolute(target.join(DB_FILE)).unwrap();
    for (lang, message) in [
        (
            "en",
            format!(
                "The handbook at {} already has data. An export can only be imported into an empty handbook (e.g. a new --data-dir).\nNothing was imported.\n",
                db.display()
            ),
        ),
        (
            "ja",
            format!(
                "{} の手帳にはすでにデータがあります。エクスポートは空の手帳にだけ取り込めます（新しい --data-dir などを使ってください）。\n何も取り込んでいません。\n",
                db.display()
            ),
        ),
    ] {
        let o = hagu(&target, lang, &["import", "--json", file.to_str().unwrap()]);
        assert_exit(&o, 3);
        assert_plain(&o);
        assert!(o.stdout.is_empty());
        assert_eq!(stderr(&o), message);
    }
    assert_eq!(export_json(&target), before);
}

#[test]
fn a_bad_or_tampered_export_is_refused_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let source = tmp.path().join("source");
    handbook_with_child(&source);
    add_one_of_each(&source);
    assert_exit(
        &hagu(
            &source,
            "en",
            &["record", "edit", "4", "note", "--text", "y"],
        ),
        0,
    );
    let o = hagu(&source, "en", &["export", "--json"]);
    let good: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();

    let tampered = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut doc = good.clone();
        edit(&mut doc);
        doc.to_string()
    };
    let cases: Vec<(String, &str)> = vec![
        (
            tampered(&|d| d["records"][0]["child_id"] = 99.into()),
            "The export is inconsistent or damaged: record 1: no child 99",
        ),
        (
            tampered(&|d| d["record_history"][0]["record_id"] = 99.into()),
            "The export is inconsistent or damaged: history entry 1: FOREIGN KEY constraint failed",
        ),
        (
            tampered(&|d| d["records"][1]["id"] = 1.into()),
            "The export is inconsistent or damaged: record 1: UNIQUE constraint failed: records.id",
        ),
        (
            tampered(&|d| d["records"][0]["data"]["dose"] = 42.into()),
            "The export is inconsistent or damaged: record 1: the vaccination would not be accepted by the form",
        ),
        (
            tampered(&|d| d["records"][0]["created_at"] = "2026-11-25 10:00".into()),
            "The export is inconsistent or damaged: record 1: timestamp \"2026-11-25 10:00\" is not YYYY-MM-DDTHH:MM:SSZ",
        ),
        (
            tampered(&|d| d["children"][0]["name"] = "".into()),
            "The export is inconsistent or damaged: child 1: name or birth date",
        ),
        (
            tampered(&|d| d["records"][0]["data"]["kind"] = "x-ray".into()),
            "The export is inconsistent or damaged: unknown variant `x-ray`",
        ),
        (
            tampered(&|d| d["format"] = "something-else".into()),
            "This is not a Hagukumi export (its \"format\" is not \"hagukumi-export\").",
        ),
        (
            tampered(&|d| d["version"] = 2.into()),
            "This export has format version 2; this version of hagu reads version 1. Please update Hagukumi.",
        ),
        ("{\"format\": ".to_owned(), "This is not a JSON document: "),
    ];

    // Into a folder with no handbook: none is left behind.
    let missing = tmp.path().join("new");
    // Into an existing, empty handbook: it stays empty.
    let empty = tmp.path().join("empty");
    init(&empty);
    let empty_export = export_json(&empty);
    for (i, (doc, message)) in cases.iter().enumerate() {
        let file = tmp.path().join(format!("bad{i}.json"));
        std::fs::write(&file, doc).unwrap();
        for dir in [&missing, &empty] {
            let o = hagu(dir, "en", &["import", "--json", file.to_str().unwrap()]);
            assert_exit(&o, 3);
            assert_plain(&o);
            assert!(o.stdout.is_empty());
            let err = stderr(&o);
            assert!(err.starts_with(message), "{message:?} in {err}");
            assert!(err.ends_with("\nNothing was imported.\n"), "{err}");
        }
        assert!(!missing.exists(), "{message}: a handbook was left behind");
        assert_eq!(export_json(&empty), empty_export, "{message}");
    }
    let o = hagu(
        &missing,
        "ja",
        &[
            "import",
            "--json",
            tmp.path().join("bad0.json").to_str().unwrap(),
        ],
    );
    assert_exit(&o, 3);
    assert_eq!(
        stderr(&o),
        "エクスポートの内容に矛盾があるか、壊れています：record 1: no child 99\n何も取り込んでいません。\n"
    );

    // A file that cannot be read: status 1, nothing created.
    let o = hagu(
        &missing,
        "en",
        &["import", "--json", "/nonexistent/export.json"],
    );
    assert_exit(&o, 1);
    assert!(stderr(&o).starts_with("Cannot read /nonexistent/export.json: "));
    assert!(!missing.exists());
}

/// The example in docs/export-format.md is a valid export, and exporting
/// what it imports gives it back.
#[test]
fn the_documented_example_imports_and_exports_identically() {
    let doc = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/export-format.md"),
    )
    .unwrap();
    let start = doc.find("```json\n").expect("an example") + "```json\n".len();
    let end = start + doc[start..].find("```").unwrap();
    let example = &doc[start..end];
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("example.json");
    std::fs::write(&file, example).unwrap();
    let dir = tmp.path().join("handbook");
    let o = hagu(&dir, "en", &["import", "--json", file.to_str().unwrap()]);
    assert_exit(&o, 0);
    let mut expected: serde_json::Value = serde_json::from_str(example).unwrap();
    expected.as_object_mut().unwrap().remove("exported_at");
    assert_eq!(export_json(&dir), expected);
}

#[test]
fn record_export_and_import_usage() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("unused");
    let o = bare(&dir, "en").arg("--help").output().unwrap();
    let help = stdout(&o);
    for line in [
        "  record ",
        "  export ",
        "  import ",
        "  3  invalid input (nothing was saved), also an unknown child or record",
    ] {
        assert!(help.contains(line), "{line:?} missing from:\n{help}");
    }
    let o = bare(&dir, "ja")
        .args(["record", "add", "vaccination", "--help"])
        .output()
        .unwrap();
    assert_exit(&o, 0);
    assert!(stdout(&o).contains("費用：public（定期接種）または self-paid（任意接種・自費）"));
    for args in [
        &["record"][..],
        &["record", "add", "--child", "1"][..],
        &[
            "record",
            "add",
            "note",
            "--date",
            "2025-01-01",
            "--text",
            "x",
        ][..],
        &[
            "record",
            "add",
            "--child",
            "x",
            "note",
            "--date",
            "2025-01-01",
            "--text",
            "x",
        ][..],
        &[
            "record",
            "add",
            "--child",
            "1",
            "vaccination",
            "--dose",
            "1",
            "--date",
            "2025-01-01",
        ][..],
        &[
            "record",
            "add",
            "--child",
            "1",
            "growth",
            "--date",
            "2025-01-01",
        ][..],
        &["record", "list", "--child", "1", "--kind", "photo"][..],
        &["record", "edit", "1"][..],
        &["record", "delete"][..],
        &["export"][..],
        &["import", "file.json"][..],
        &["import", "--json"][..],
    ] {
        let o = hagu(&dir, "en", args);
        assert_exit(&o, 2);
        assert!(o.stdout.is_empty(), "{args:?}: {}", stdout(&o));
    }
    // No handbook: the record and export commands never create one.
    for args in [
        &["record", "list", "--child", "1"][..],
        &["record", "delete", "1"][..],
        &["export", "--json"][..],
    ] {
        let o = hagu(&dir, "en", args);
        assert_exit(&o, 4);
        assert!(o.stdout.is_empty());
    }
    assert!(!dir.exists(), "touched the data folder");
}
