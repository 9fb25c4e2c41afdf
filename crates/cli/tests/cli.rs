//! `hagu` as a user runs it: the built binary, a handbook in its own
//! temporary folder (`--data-dir`), keyed by passphrase (plain test runs have
//! no OS keychain), language chosen with `HAGUKUMI_LANG`.

use chrono::{Days, Local, Months};
use hagukumi_core::age::age_on;
use hagukumi_core::{Date, Language};
use hagukumi_i18n::Localizer;
use hagukumi_store::{DB_FILE, SALT_FILE, SCHEMA_VERSION};
use std::path::Path;
use std::process::{Command, Output};

const PASSPHRASE: &str = "correct horse battery staple";

/// `hagu --data-dir <dir> <args>` in `lang`, with the test passphrase.
fn hagu(dir: &Path, lang: &str, args: &[&str]) -> Output {
    let mut cmd = bare(dir, lang);
    cmd.env("HAGUKUMI_PASSPHRASE", PASSPHRASE).args(args);
    cmd.output().expect("run hagu")
}

/// `hagu --data-dir <dir>` in `lang`, no passphrase and no reachable
/// keychain unless the caller adds them.
fn bare(dir: &Path, lang: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_hagu"));
    cmd.arg("--data-dir")
        .arg(dir)
        .env("HAGUKUMI_LANG", lang)
        .env_remove("HAGUKUMI_PASSPHRASE")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    cmd
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 stdout")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8 stderr")
}

#[track_caller]
fn assert_exit(o: &Output, code: i32) {
    assert_eq!(
        o.status.code(),
        Some(code),
        "stdout:\n{}\nstderr:\n{}",
        stdout(o),
        stderr(o)
    );
}

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

fn today() -> Date {
    Local::now().date_naive()
}

fn init(dir: &Path) {
    let o = hagu(dir, "en", &["init"]);
    assert_exit(&o, 0);
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
    assert_eq!(
        stdout(&o),
        format!(
            "手帳を作成しました：{}\n鍵の保管：パスフレーズ（環境変数 HAGUKUMI_PASSPHRASE）\n",
            db.display()
        )
    );
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
