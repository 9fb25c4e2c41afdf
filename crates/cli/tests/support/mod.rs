//! What every CLI test file shares: the built `hagu` run as a user runs it
//! (a handbook in its own folder given with `--data-dir`, the language from
//! `HAGUKUMI_LANG`, stdin not a terminal), keyed by the test passphrase or by
//! the OS credential store of the test's D-Bus session, and the checks on
//! what it printed and how it exited.

// Each test file is its own crate and uses only a part of this module.
#![allow(dead_code)]

pub mod owner;
pub mod portal;

use std::path::Path;
use std::process::{Command, Output, Stdio};

pub const PASSPHRASE: &str = "correct horse battery staple";

/// The built binary.
pub const HAGU: &str = env!("CARGO_BIN_EXE_hagu");

/// Gives `cmd` the language `lang`, stdin not a terminal, and neither a
/// passphrase nor a reachable credential store.
pub fn isolate<'a>(cmd: &'a mut Command, lang: &str) -> &'a mut Command {
    cmd.env("HAGUKUMI_LANG", lang)
        .env_remove("HAGUKUMI_PASSPHRASE")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .stdin(Stdio::null())
}

/// `hagu --data-dir <dir>` in `lang`, no passphrase and no reachable
/// credential store unless the caller adds them.
pub fn bare(dir: &Path, lang: &str) -> Command {
    let mut cmd = Command::new(HAGU);
    cmd.arg("--data-dir").arg(dir);
    isolate(&mut cmd, lang);
    cmd
}

/// `hagu --data-dir <dir>` in `lang` with the test passphrase.
pub fn command(dir: &Path, lang: &str) -> Command {
    let mut cmd = bare(dir, lang);
    cmd.env("HAGUKUMI_PASSPHRASE", PASSPHRASE);
    cmd
}

/// `hagu --data-dir <dir> <args>` in `lang`, with the test passphrase.
pub fn hagu(dir: &Path, lang: &str, args: &[&str]) -> Output {
    command(dir, lang).args(args).output().expect("run hagu")
}

/// `hagu --data-dir <dir>` in `lang`, keyed by the OS credential store of the
/// test's D-Bus session (no passphrase).
pub fn keychain_command(dir: &Path, lang: &str) -> Command {
    let mut cmd = Command::new(HAGU);
    cmd.arg("--data-dir")
        .arg(dir)
        .env("HAGUKUMI_LANG", lang)
        .env_remove("HAGUKUMI_PASSPHRASE")
        .stdin(Stdio::null());
    cmd
}

/// `hagu --data-dir <dir> <args>` in `lang` with the OS credential store.
pub fn hagu_keychain(dir: &Path, lang: &str, args: &[&str]) -> Output {
    keychain_command(dir, lang)
        .args(args)
        .output()
        .expect("run hagu")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 stdout")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8 stderr")
}

/// Standard output then standard error, as a terminal shows them.
pub fn all_text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[track_caller]
pub fn assert_exit(o: &Output, code: i32) {
    assert_eq!(
        o.status.code(),
        Some(code),
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}

/// Exit 0; returns standard output.
#[track_caller]
pub fn ok(o: &Output) -> String {
    assert_exit(o, 0);
    stdout(o)
}

/// Exit 0 and JSON on standard output.
#[track_caller]
pub fn json_of(o: &Output) -> serde_json::Value {
    assert_exit(o, 0);
    serde_json::from_slice(&o.stdout).expect("JSON on stdout")
}

/// Refused input: exit 3, nothing on stdout, and on stderr, in `lang`, a
/// request to check the input, one line for each of `problems`, and that
/// nothing was saved.
#[track_caller]
pub fn assert_invalid(o: &Output, lang: &str, problems: &[&str]) {
    assert_exit(o, 3);
    assert!(o.stdout.is_empty(), "{}", stdout(o));
    let (header, footer) = match lang {
        "ja" => ("入力内容を確認してください", "何も保存していません。"),
        _ => ("Please check what you entered.", "Nothing was saved."),
    };
    let mut expected = vec![header];
    expected.extend_from_slice(problems);
    expected.push(footer);
    assert_eq!(stderr(o), expected.join("\n") + "\n");
}

/// `hagu init` with the test passphrase.
#[track_caller]
pub fn init(dir: &Path) {
    assert_exit(&hagu(dir, "en", &["init"]), 0);
}

/// The arguments of `hagu child add` for `name`, born on `birth`.
pub fn child_add<'a>(name: &'a str, birth: &'a str) -> [&'a str; 6] {
    ["child", "add", "--name", name, "--birth", birth]
}

/// The arguments of `hagu record add --child <child> <kind_args…>`.
pub fn record_add<'a>(child: &'a str, kind_args: &[&'a str]) -> Vec<&'a str> {
    [&["record", "add", "--child", child][..], kind_args].concat()
}

/// The arguments of `hagu record add --child <child> vaccination --vaccine
/// <vaccine> --dose <dose> --date <date>`.
pub fn vaccination_add<'a>(
    child: &'a str,
    vaccine: &'a str,
    dose: &'a str,
    date: &'a str,
) -> Vec<&'a str> {
    let args = [
        "vaccination",
        "--vaccine",
        vaccine,
        "--dose",
        dose,
        "--date",
        date,
    ];
    record_add(child, &args)
}

/// Adds a child named `name`, born on `birth`, with the test passphrase.
#[track_caller]
pub fn add_child(dir: &Path, name: &str, birth: &str) {
    assert_exit(&hagu(dir, "en", &child_add(name, birth)), 0);
}

/// `sh -c <script> <before…> hagu --data-dir <dir> <args>` in `lang`, with the
/// test passphrase: for a limit or umask set before `hagu` starts.
pub fn through_sh(script: &str, before: &[&str], dir: &Path, lang: &str, args: &[&str]) -> Command {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(script)
        .args(before)
        .arg(HAGU)
        .arg("--data-dir")
        .arg(dir)
        .args(args);
    isolate(&mut cmd, lang).env("HAGUKUMI_PASSPHRASE", PASSPHRASE);
    cmd
}

/// The whole handbook as `hagu export --json` writes it (JSON alone on
/// stdout), without the moment of the export (a UTC timestamp).
#[track_caller]
pub fn export_json(dir: &Path) -> serde_json::Value {
    let o = hagu(dir, "en", &["export", "--json"]);
    assert_exit(&o, 0);
    let mut export: serde_json::Value =
        serde_json::from_slice(&o.stdout).expect("export --json is JSON, alone on stdout");
    let at = export
        .as_object_mut()
        .unwrap()
        .remove("exported_at")
        .unwrap();
    assert!(at.as_str().unwrap().ends_with('Z'), "{at}");
    export
}

/// Exports the handbook at `dir` to `file` (in English), imports that file
/// into the new folder `copy` (in `lang`): both succeed and the copy exports
/// exactly what the original does. Returns the export's and the import's
/// output.
#[track_caller]
pub fn export_then_import(dir: &Path, file: &Path, copy: &Path, lang: &str) -> (Output, Output) {
    let file = file.to_str().unwrap();
    let exported = hagu(dir, "en", &["export", "--json", "--output", file]);
    assert_exit(&exported, 0);
    let imported = hagu(copy, lang, &["import", "--json", file]);
    assert_exit(&imported, 0);
    assert_eq!(export_json(copy), export_json(dir));
    (exported, imported)
}

/// Today by the local clock, as `hagu` reads it.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// `hagu record add` of a note on 2025-06-01 for child 1.
pub fn note_add_args(text: &str) -> [&str; 9] {
    [
        "record",
        "add",
        "--child",
        "1",
        "note",
        "--date",
        "2025-06-01",
        "--text",
        text,
    ]
}

/// A small deterministic generator (xorshift) for the kill tests, seeded
/// from the clock and printed, so a failing run can be repeated.
pub struct Rng(pub u64);

impl Rng {
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}
