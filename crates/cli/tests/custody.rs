//! Never losing the handbook, as a parent meets it through the built
//! `hagu`: the recovery code at `init`, moving the folder, a wiped
//! credential store, encrypted backups restored on a fresh folder, files
//! readable by their owner only. Tests that need the OS credential store are
//! `#[ignore]`d in a plain `cargo test`; `cargo xtask test` runs them in a
//! D-Bus session with a fresh gnome-keyring.

mod support;
use support::*;

use hagukumi_store::{HandbookId, RecoveryCode, DB_FILE};
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// `hagu --data-dir <dir>` in English, no passphrase and no keychain unless
/// the caller adds them.
fn bare(dir: &Path) -> Command {
    support::bare(dir, "en")
}

/// With the test passphrase.
fn hagu(dir: &Path, args: &[&str]) -> Output {
    support::hagu(dir, "en", args)
}

/// With the OS credential store of the test's D-Bus session.
fn hagu_keychain(dir: &Path, args: &[&str]) -> Output {
    support::hagu_keychain(dir, "en", args)
}

const SENTINEL: &str = "CLI-BACKUP-SENTINEL-ことね";

/// `hagu` in English with the passphrase `passphrase`.
fn with_passphrase(dir: &Path, passphrase: &str, args: &[&str]) -> Output {
    bare(dir)
        .env("HAGUKUMI_PASSPHRASE", passphrase)
        .args(args)
        .output()
        .unwrap()
}

/// `restore <file> --recovery-code <code>`.
fn restore_args<'a>(file: &'a Path, code: &'a str) -> [&'a str; 4] {
    ["restore", file.to_str().unwrap(), "--recovery-code", code]
}

/// Adds a child named `name`, born on `birth`, through `run`.
#[track_caller]
fn add_child_with(run: impl Fn(&Path, &[&str]) -> Output, dir: &Path, name: &str, birth: &str) {
    let o = run(dir, &["child", "add", "--name", name, "--birth", birth]);
    assert_exit(&o, 0);
}

/// Adds the sentinel child, born on `birth`, through `run`.
#[track_caller]
fn add_sentinel(run: impl Fn(&Path, &[&str]) -> Output, dir: &Path, birth: &str) {
    add_child_with(run, dir, SENTINEL, birth);
}

/// Removes the key of the handbook at `dir` from the OS credential store.
fn forget_key(dir: &Path) {
    hagukumi_store::keychain::forget(&dir.join(DB_FILE)).unwrap();
}

/// Writes an encrypted backup of the handbook at `dir` to `file` through
/// `run`.
#[track_caller]
fn backup_to(run: impl Fn(&Path, &[&str]) -> Output, dir: &Path, file: &Path) {
    assert_exit(
        &run(dir, &["backup", "--output", file.to_str().unwrap()]),
        0,
    );
}

/// The code from the `Recovery code: …` line.
#[track_caller]
fn code_in(o: &Output) -> String {
    let out = stdout(o);
    let code = out
        .lines()
        .find_map(|l| l.strip_prefix("Recovery code: "))
        .unwrap_or_else(|| panic!("no recovery code line in:\n{out}"))
        .to_owned();
    assert!(RecoveryCode::parse(&code).is_ok(), "{code}");
    code
}

#[path = "../../store/tests/support/files.rs"]
mod files;
use files::snapshot;

fn export_json(o: &Output) -> serde_json::Value {
    assert_exit(o, 0);
    let mut v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    v.as_object_mut().unwrap().remove("exported_at");
    v
}

#[test]
fn init_shows_the_recovery_code_once_and_recovery_code_shows_it_again() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let o = hagu(dir, &["init"]);
    assert_exit(&o, 0);
    let code = code_in(&o);
    assert!(
        stdout(&o).contains("Write this code down"),
        "{}",
        stdout(&o)
    );
    // Not again on the next commands.
    let o = hagu(dir, &["init"]);
    assert_exit(&o, 0);
    assert!(!stdout(&o).contains(&code) && !stderr(&o).contains(&code));
    let o = hagu(dir, &["child", "list", "--json"]);
    assert_exit(&o, 0);
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
    // On request, the same code.
    let o = hagu(dir, &["recovery-code"]);
    assert_exit(&o, 0);
    assert_eq!(code_in(&o), code);
    // It never opens without the handbook's key.
    let o = with_passphrase(dir, "not the passphrase", &["recovery-code"]);
    assert_exit(&o, 4);
    assert!(!stdout(&o).contains(&code));
}

#[test]
fn a_passphrase_of_11_characters_is_refused_in_both_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("hb");
    for (lang, message) in [
        (
            "en",
            "The passphrase is too short: use at least 12 characters",
        ),
        ("ja", "パスフレーズが短すぎます。12文字以上にしてください"),
    ] {
        let o = bare(&dir)
            .env("HAGUKUMI_LANG", lang)
            .env("HAGUKUMI_PASSPHRASE", "elevenchars")
            .arg("init")
            .output()
            .unwrap();
        assert_exit(&o, 3);
        assert!(stderr(&o).contains(message), "{}", stderr(&o));
        assert!(!stderr(&o).contains("elevenchars"));
        assert!(!dir.exists(), "nothing created");
    }
}

/// Runs `hagu` through `sh` with umask 000.
fn with_umask_000(dir: &Path, args: &[&str]) -> Output {
    through_sh("umask 000; exec \"$0\" \"$@\"", &[], dir, "en", args)
        .output()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn every_file_is_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    // A folder anyone may write to, as /tmp is.
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let dir = tmp.path().join("data");
    let backup = tmp.path().join("b.hagukumi-backup");
    let export = tmp.path().join("e.json");
    for args in [
        &["init"][..],
        &["child", "add", "--name", "ひな", "--birth", "2025-01-01"][..],
        &["backup", "--output", backup.to_str().unwrap()][..],
        &["export", "--json", "--output", export.to_str().unwrap()][..],
    ] {
        assert_exit(&with_umask_000(&dir, args), 0);
    }
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        assert_eq!(mode(&path), 0o600, "{}", path.display());
        seen.push(path.file_name().unwrap().to_string_lossy().into_owned());
    }
    seen.sort();
    assert_eq!(seen, ["hagukumi.db", "hagukumi.recovery", "hagukumi.salt"]);
    assert_eq!(mode(&backup), 0o600);
    assert_eq!(mode(&export), 0o600);
    // While another process holds it open, the WAL and its index too.
    let store = hagukumi_store::Store::open_existing(
        &dir,
        &hagukumi_store::KeySource::Passphrase(PASSPHRASE.into()),
    )
    .unwrap();
    assert_exit(
        &with_umask_000(
            &dir,
            &["child", "add", "--name", "りく", "--birth", "2025-02-01"],
        ),
        0,
    );
    for name in ["hagukumi.db-wal", "hagukumi.db-shm"] {
        assert_eq!(mode(&dir.join(name)), 0o600, "{name}");
    }
    drop(store);
}

#[test]
fn restore_without_a_terminal_needs_the_flag_and_bad_backups_change_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("hb");
    let o = hagu(&dir, &["init"]);
    let code = code_in(&o);
    add_sentinel(hagu, &dir, "2025-03-03");
    let file = tmp.path().join("b.hagukumi-backup");
    let o = hagu(&dir, &["backup", "--output", file.to_str().unwrap()]);
    assert_exit(&o, 0);
    assert!(
        stdout(&o).starts_with("Wrote an encrypted backup: "),
        "{}",
        stdout(&o)
    );
    let bytes = std::fs::read(&file).unwrap();
    assert!(!bytes
        .windows(SENTINEL.len())
        .any(|w| w == SENTINEL.as_bytes()));
    let before = snapshot(&dir);

    // No terminal and no --recovery-code: told to give it; nothing changed.
    let o = hagu(&dir, &["restore", file.to_str().unwrap()]);
    assert_exit(&o, 3);
    assert!(stderr(&o).contains("--recovery-code"), "{}", stderr(&o));
    // A typo in the code.
    let mut typo: Vec<char> = code.chars().collect();
    typo[0] = if typo[0] == 'A' { 'B' } else { 'A' };
    let typo: String = typo.into_iter().collect();
    let o = hagu(&dir, &restore_args(&file, &typo));
    assert_exit(&o, 3);
    assert!(stderr(&o).contains("typo"), "{}", stderr(&o));
    // One flipped byte: damaged, exit 6.
    let mut flipped = bytes.clone();
    let i = flipped.len() - 100;
    flipped[i] ^= 0x80;
    let bad = tmp.path().join("bad.hagukumi-backup");
    std::fs::write(&bad, &flipped).unwrap();
    let o = hagu(&dir, &restore_args(&bad, &code));
    assert_exit(&o, 6);
    assert!(
        stderr(&o).contains("damaged or incomplete"),
        "{}",
        stderr(&o)
    );
    // Truncated.
    std::fs::write(&bad, &bytes[..bytes.len() / 2]).unwrap();
    let o = hagu(&dir, &restore_args(&bad, &code));
    assert_exit(&o, 6);
    // Not a backup at all.
    let o = hagu(&dir, &restore_args(&dir.join(DB_FILE), &code));
    assert_exit(&o, 3);
    assert!(
        stderr(&o).contains("not a Hagukumi backup"),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains(&code) && !stdout(&o).contains(&code));
    assert_eq!(snapshot(&dir), before);

    // The good one, with the code: restores (same handbook, same passphrase).
    add_child_with(hagu, &dir, "あとで", "2025-04-04");
    let o = hagu(&dir, &restore_args(&file, &code));
    assert_exit(&o, 0);
    assert!(
        stdout(&o).starts_with("Restored the handbook"),
        "{}",
        stdout(&o)
    );
    let o = hagu(&dir, &["child", "list", "--json"]);
    assert_exit(&o, 0);
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap(),
        serde_json::json!([{"id": 1, "name": SENTINEL, "birth_date": "2025-03-03"}])
    );
}

// ---- With the OS credential store (a real gnome-keyring over D-Bus) ----

#[test]
#[ignore = "needs a Secret Service in a D-Bus session (cargo xtask test provides one)"]
fn a_moved_folder_opens_and_its_old_place_does_not_get_a_new_handbook() {
    let tmp = tempfile::tempdir().unwrap();
    let old = tmp.path().join("jp.hagukumi.app");
    let new = tmp.path().join("backup-disk").join("handbook-2026");
    assert_exit(&hagu_keychain(&old, &["init"]), 0);
    add_child_with(hagu_keychain, &old, "ひっこし", "2024-04-04");
    std::fs::create_dir_all(new.parent().unwrap()).unwrap();
    std::fs::rename(&old, &new).unwrap();
    let o = hagu_keychain(&new, &["child", "list", "--json"]);
    assert_exit(&o, 0);
    assert!(stdout(&o).contains("ひっこし"));

    let o = hagu_keychain(&old, &["init"]);
    assert_exit(&o, 4);
    assert!(
        stderr(&o).contains("it was moved or renamed"),
        "{}",
        stderr(&o)
    );
    assert!(!old.exists(), "nothing created");
    assert!(stderr(&o).contains("hagu init --new"), "{}", stderr(&o));
    // The moved handbook's key is untouched.
    let o = hagu_keychain(&new, &["child", "list", "--json"]);
    assert_exit(&o, 0);
    assert!(stdout(&o).contains("ひっこし"));
    // Meant on purpose: a new, empty handbook there; the moved one still opens.
    let o = hagu_keychain(&old, &["init", "--new"]);
    assert_exit(&o, 0);
    code_in(&o);
    assert_eq!(
        ok(&hagu_keychain(&old, &["child", "list", "--json"])),
        "[]\n"
    );
    let o = hagu_keychain(&new, &["child", "list", "--json"]);
    assert_exit(&o, 0);
    assert!(stdout(&o).contains("ひっこし"));
    forget_key(&new);
    forget_key(&old);
}

#[test]
#[ignore = "needs a Secret Service in a D-Bus session (cargo xtask test provides one)"]
fn after_the_keychain_is_wiped_the_recovery_code_opens_the_handbook() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("hb");
    let code = code_in(&hagu_keychain(&dir, &["init"]));
    add_child_with(hagu_keychain, &dir, "きえない", "2024-05-05");
    let id = HandbookId::of_file(&dir.join(DB_FILE)).unwrap();
    hagukumi_store::keychain::forget_key(&id).unwrap();
    let o = hagu_keychain(&dir, &["child", "list"]);
    assert_exit(&o, 4);

    let before = snapshot(&dir);
    let wrong = RecoveryCode::generate().unwrap();
    let o = hagu_keychain(&dir, &["recover", "--recovery-code", wrong.expose()]);
    assert_exit(&o, 4);
    assert!(
        stderr(&o).contains("does not open this handbook"),
        "{}",
        stderr(&o)
    );
    assert_eq!(snapshot(&dir), before, "files byte-identical");
    assert_exit(&hagu_keychain(&dir, &["child", "list"]), 4);

    let o = hagu_keychain(&dir, &["recover", "--recovery-code", &code]);
    assert_exit(&o, 0);
    let o = hagu_keychain(&dir, &["child", "list", "--json"]);
    assert_exit(&o, 0);
    assert!(stdout(&o).contains("きえない"));
    forget_key(&dir);
}

#[test]
#[ignore = "needs a Secret Service in a D-Bus session (cargo xtask test provides one)"]
fn a_backup_taken_while_another_process_writes_restores_on_a_fresh_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("phone-old");
    let code = code_in(&hagu_keychain(&dir, &["init"]));
    for (name, birth) in [(SENTINEL, "2023-03-03"), ("にばんめ", "2025-01-10")] {
        assert_exit(
            &hagu_keychain(&dir, &["child", "add", "--name", name, "--birth", birth]),
            0,
        );
    }
    assert_exit(
        &hagu_keychain(
            &dir,
            &[
                "record",
                "add",
                "--child",
                "1",
                "measurement",
                "--date",
                "2024-03-03",
                "--weight",
                "9.5",
                "--height",
                "75.0",
            ],
        ),
        0,
    );
    // A quiet backup: the restored handbook equals the source.
    let quiet = tmp.path().join("quiet.hagukumi-backup");
    backup_to(hagu_keychain, &dir, &quiet);
    let source_export = export_json(&hagu_keychain(&dir, &["export", "--json"]));

    // A second process adds children while backups are taken.
    let writer = {
        let dir = dir.clone();
        std::thread::spawn(move || {
            let mut added = 0;
            for i in 0..8 {
                let o = hagu_keychain(
                    &dir,
                    &[
                        "child",
                        "add",
                        "--name",
                        &format!("並行{i}"),
                        "--birth",
                        "2025-06-01",
                    ],
                );
                assert_exit(&o, 0);
                added += 1;
            }
            added
        })
    };
    let mut busy = Vec::new();
    for i in 0..3 {
        let file = tmp.path().join(format!("busy{i}.hagukumi-backup"));
        backup_to(hagu_keychain, &dir, &file);
        busy.push(file);
    }
    assert_eq!(writer.join().unwrap(), 8);

    // A fresh machine: a new folder, only the backup and the code.
    let fresh = tmp.path().join("phone-new");
    let o = hagu_keychain(&fresh, &restore_args(&quiet, &code));
    assert_exit(&o, 0);
    assert_eq!(
        export_json(&hagu_keychain(&fresh, &["export", "--json"])),
        source_export
    );
    let bytes = std::fs::read(&quiet).unwrap();
    assert!(!bytes
        .windows(SENTINEL.len())
        .any(|w| w == SENTINEL.as_bytes()));
    // Each busy backup restores to a sound handbook with the first children.
    for file in &busy {
        let other = tmp.path().join(format!(
            "restored-{}",
            file.file_name().unwrap().to_string_lossy()
        ));
        let o = hagu_keychain(&other, &restore_args(file, &code));
        assert_exit(&o, 0);
        assert_exit(&hagu_keychain(&other, &["verify"]), 0);
        let o = hagu_keychain(&other, &["child", "list", "--json"]);
        assert_exit(&o, 0);
        let list: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let names: Vec<&str> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap())
            .collect();
        assert!(
            names.contains(&SENTINEL) && names.contains(&"にばんめ"),
            "{names:?}"
        );
        forget_key(&other);
    }
    // A backup of another handbook is refused over this one, nothing changed.
    let stranger = tmp.path().join("stranger");
    let stranger_code = code_in(&hagu_keychain(&stranger, &["init"]));
    let stranger_file = tmp.path().join("stranger.hagukumi-backup");
    assert_exit(
        &hagu_keychain(
            &stranger,
            &["backup", "--output", stranger_file.to_str().unwrap()],
        ),
        0,
    );
    let before = snapshot(&fresh);
    let o = hagu_keychain(&fresh, &restore_args(&stranger_file, &stranger_code));
    assert_exit(&o, 3);
    assert!(stderr(&o).contains("another handbook"), "{}", stderr(&o));
    assert_eq!(snapshot(&fresh), before);
    for d in [&dir, &fresh, &stranger] {
        forget_key(d);
    }
}

/// Kills `hagu init` at many points of the creation; each time the folder
/// holds either no handbook (and a later `init` makes one) or a whole one
/// that opens with its key. `start` makes the command.
fn killed_creation_leaves_no_handbook_or_a_whole_one(start: &dyn Fn(&Path, &[&str]) -> Command) {
    let tmp = tempfile::tempdir().unwrap();
    // How long an uninterrupted init takes, to spread the kills over it.
    let t0 = std::time::Instant::now();
    let probe = tmp.path().join("probe");
    assert_exit(&start(&probe, &["init"]).output().unwrap(), 0);
    let full = t0.elapsed().as_micros() as u64;
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64 ^ u64::from(std::process::id());
    let (mut whole, mut none) = (0, 0);
    for i in 0..24 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let dir = tmp.path().join(format!("hb{i}"));
        let mut child = start(&dir, &["init"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_micros(seed % (full + full / 4)));
        let _ = child.kill();
        let _ = child.wait();
        let db = dir.join(DB_FILE);
        if std::fs::metadata(&db).is_ok_and(|m| m.len() > 0) {
            whole += 1;
            let o = start(&dir, &["child", "list", "--json"]).output().unwrap();
            assert_exit(&o, 0);
        } else {
            none += 1;
            let o = start(&dir, &["child", "list"]).output().unwrap();
            assert_exit(&o, 4);
            assert!(
                stderr(&o).contains("There is no handbook"),
                "{}",
                stderr(&o)
            );
            let o = start(&dir, &["init"]).output().unwrap();
            assert_exit(&o, 0);
            code_in(&o);
        }
        let o = start(&dir, &["verify"]).output().unwrap();
        assert_exit(&o, 0);
        let left: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert!(
            left.iter().all(|n| !n.contains(".creating")),
            "leftovers after the next start: {left:?}"
        );
        if !dir.join("hagukumi.salt").exists() {
            hagukumi_store::keychain::forget(&db).unwrap();
        }
    }
    eprintln!("killed creations: {whole} whole, {none} none");
}

#[test]
fn a_killed_passphrase_creation_leaves_no_handbook_or_a_whole_one() {
    killed_creation_leaves_no_handbook_or_a_whole_one(&|dir, args| {
        let mut cmd = bare(dir);
        cmd.env("HAGUKUMI_PASSPHRASE", PASSPHRASE).args(args);
        cmd
    });
}

#[test]
#[ignore = "needs a Secret Service in a D-Bus session (cargo xtask test provides one)"]
fn a_killed_keychain_creation_leaves_no_handbook_or_a_whole_one() {
    killed_creation_leaves_no_handbook_or_a_whole_one(&|dir, args| {
        let mut cmd = keychain_command(dir, "en");
        cmd.args(args);
        cmd
    });
}

#[test]
#[ignore = "needs a Secret Service in a D-Bus session (cargo xtask test provides one)"]
fn a_handbook_from_before_recovery_codes_gets_one_and_says_so_once() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("hb");
    assert_exit(&hagu_keychain(&dir, &["init"]), 0);
    add_child_with(hagu_keychain, &dir, "まえから", "2022-02-02");
    hagukumi_store::make_legacy_for_tests(&dir).unwrap();
    // First open: the JSON on stdout stays clean, the news is on stderr.
    let o = hagu_keychain(&dir, &["child", "list", "--json"]);
    assert_exit(&o, 0);
    let list: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(list[0]["name"], "まえから");
    let err = stderr(&o);
    assert!(
        err.contains("This handbook now has a recovery code"),
        "{err}"
    );
    let code = err
        .lines()
        .find_map(|l| l.strip_prefix("Recovery code: "))
        .expect(&err)
        .to_owned();
    // Once only; `recovery-code` shows the same one.
    let o = hagu_keychain(&dir, &["child", "list", "--json"]);
    assert_exit(&o, 0);
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
    assert_eq!(code_in(&hagu_keychain(&dir, &["recovery-code"])), code);
    forget_key(&dir);
}

#[test]
fn at_a_terminal_restore_asks_for_the_code() {
    // `script` gives hagu a terminal; typing is fed through it.
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: no `script` to make a terminal");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("hb");
    let code = code_in(&hagu(&dir, &["init"]));
    add_child_with(hagu, &dir, "たいぷ", "2025-05-05");
    let file = tmp.path().join("t.hagukumi-backup");
    backup_to(hagu, &dir, &file);
    add_child_with(hagu, &dir, "きえる", "2025-06-06");
    let run = |typed: &str| {
        let line = format!(
            "'{}' --data-dir '{}' restore '{}'",
            env!("CARGO_BIN_EXE_hagu"),
            dir.display(),
            file.display()
        );
        let mut child = Command::new("script")
            .args(["-qec", &line, "/dev/null"])
            .env("HAGUKUMI_LANG", "en")
            .env("HAGUKUMI_PASSPHRASE", PASSPHRASE)
            .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(format!("{typed}\n").as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    // A typo: told so, nothing restored.
    let o = run(&code.replacen('-', "", 1)[..20]);
    assert_exit(&o, 3);
    assert!(stdout(&o).contains("Recovery code:"), "{}", stdout(&o));
    // Typed in lower case with spaces: accepted.
    let o = run(&code.to_lowercase().replace('-', " "));
    assert_exit(&o, 0);
    assert!(
        stdout(&o).contains("Restored the handbook"),
        "{}",
        stdout(&o)
    );
    let o = hagu(&dir, &["child", "list", "--json"]);
    assert!(!stdout(&o).contains("きえる") && stdout(&o).contains("たいぷ"));
}

#[test]
fn a_forgotten_passphrase_is_replaced_with_the_recovery_code() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("hb");
    let code = code_in(&hagu(&dir, &["init"]));
    add_child_with(hagu, &dir, "わすれんぼ", "2024-07-07");
    let new = "a brand new passphrase";
    let with = |passphrase: &str, args: &[&str]| with_passphrase(&dir, passphrase, args);
    let o = with(new, &["recover", "--recovery-code", &code]);
    assert_exit(&o, 0);
    assert!(stdout(&o).contains("new passphrase"), "{}", stdout(&o));
    assert_exit(&with(PASSPHRASE, &["child", "list"]), 4);
    let o = with(new, &["child", "list", "--json"]);
    assert_exit(&o, 0);
    assert!(stdout(&o).contains("わすれんぼ"));
}

#[test]
fn on_a_machine_without_a_keychain_restore_uses_the_passphrase() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("old");
    let code = code_in(&hagu(&dir, &["init"]));
    add_sentinel(hagu, &dir, "2024-08-08");
    let file = tmp.path().join("m.hagukumi-backup");
    backup_to(hagu, &dir, &file);
    let source = export_json(&hagu(&dir, &["export", "--json"]));
    let fresh = tmp.path().join("new");
    let other = "another long passphrase";
    let o = with_passphrase(&fresh, other, &restore_args(&file, &code));
    assert_exit(&o, 0);
    let o = with_passphrase(&fresh, other, &["export", "--json"]);
    assert_eq!(export_json(&o), source);
    // Without a passphrase and without a keychain: said plainly, nothing made.
    let none = tmp.path().join("none");
    let o = bare(&none)
        .args(restore_args(&file, &code))
        .output()
        .unwrap();
    assert_exit(&o, 4);
    assert!(stderr(&o).contains("No credential store"), "{}", stderr(&o));
    assert!(!none.join(DB_FILE).exists());
}

/// A handbook set aside as a killed restore leaves it, then an import of
/// an old export into its folder: the open brings the handbook back, the
/// import is refused (it has data), and the handbook, its recovery file and
/// its key are all still there. `run` runs `hagu` with the handbook's key.
fn an_import_after_an_interrupted_restore_keeps(run: fn(&Path, &[&str]) -> Output) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("hb");
    assert_exit(&run(&dir, &["init"]), 0);
    add_sentinel(run, &dir, "2025-03-03");
    let export = tmp.path().join("old.json");
    assert_exit(
        &run(
            &dir,
            &["export", "--json", "--output", export.to_str().unwrap()],
        ),
        0,
    );
    as_a_killed_restore_leaves_it(&dir);

    let o = run(&dir, &["import", "--json", export.to_str().unwrap()]);
    assert_exit(&o, 3);
    assert!(stderr(&o).contains("already has data"), "{}", stderr(&o));
    assert!(dir.join("hagukumi.recovery").exists());
    let o = run(&dir, &["child", "list"]);
    assert_exit(&o, 0);
    assert!(stdout(&o).contains(SENTINEL), "{}", stdout(&o));
}

#[test]
fn an_import_after_an_interrupted_restore_keeps_the_handbook_it_brings_back() {
    an_import_after_an_interrupted_restore_keeps(hagu);
}

/// A restore under a new passphrase whose database is in place but does
/// not open (`point` fails, as a full disk would): the handbook as it was,
/// salt and recovery file included, opens with its passphrase again.
fn a_failed_restore_puts_back(point: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("hb");
    let code = code_in(&hagu(&dir, &["init"]));
    let add = |name: &str| {
        add_child_with(hagu, &dir, name, "2025-03-03");
    };
    add(SENTINEL);
    let file = tmp.path().join("b.hagukumi-backup");
    backup_to(hagu, &dir, &file);
    add("あとから");
    let kept = |dir: &Path| {
        snapshot(dir)
            .into_iter()
            .filter(|(name, _)| name == "hagukumi.salt" || name == "hagukumi.recovery")
            .collect::<Vec<_>>()
    };
    let before = kept(&dir);
    assert_eq!(before.len(), 2);

    let o = bare(&dir)
        .env("HAGUKUMI_PASSPHRASE", "a third passphrase, never used")
        .env("HAGUKUMI_FAULT", point)
        .args(restore_args(&file, &code))
        .output()
        .unwrap();
    assert_exit(&o, 1);
    assert!(stderr(&o).contains("full"), "{}", stderr(&o));

    assert_eq!(kept(&dir), before);
    let o = hagu(&dir, &["child", "list"]);
    assert_exit(&o, 0);
    assert!(
        stdout(&o).contains(SENTINEL) && stdout(&o).contains("あとから"),
        "{}",
        stdout(&o)
    );
    let names: Vec<_> = snapshot(&dir).into_iter().map(|(n, _)| n).collect();
    assert!(
        names
            .iter()
            .all(|n| !n.contains("previous") && !n.contains("restoring")),
        "{names:?}"
    );
}

#[test]
fn a_restore_whose_open_fails_puts_back_the_handbook_with_its_salt_and_recovery_file() {
    a_failed_restore_puts_back("restore-open");
}

#[test]
fn a_restore_that_fails_mid_swap_puts_back_the_handbook_with_its_salt_and_recovery_file() {
    a_failed_restore_puts_back("restore-swap");
}

#[test]
fn a_restore_killed_after_setting_aside_the_salt_is_undone_on_the_next_open() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("hb");
    assert_exit(&hagu(&dir, &["init"]), 0);
    add_sentinel(hagu, &dir, "2025-03-03");
    let salt = std::fs::read(dir.join("hagukumi.salt")).unwrap();
    let recovery = std::fs::read(dir.join("hagukumi.recovery")).unwrap();
    // As a restore killed right after its swap set the handbook aside
    // (WAL, database, salt, recovery file), with a restored salt and
    // recovery file waiting beside a half-written database.
    let aside = |from: &str, to: &str| {
        if dir.join(from).exists() {
            std::fs::rename(dir.join(from), dir.join(to)).unwrap();
        }
    };
    aside("hagukumi.db-wal", "hagukumi.db.previous-wal");
    aside(DB_FILE, "hagukumi.db.previous");
    aside("hagukumi.salt", "hagukumi.salt.previous");
    aside("hagukumi.recovery", "hagukumi.recovery.previous");
    std::fs::write(dir.join("hagukumi.salt.restoring"), [7u8; 16]).unwrap();
    std::fs::write(dir.join("hagukumi.recovery.restoring"), b"{}").unwrap();
    std::fs::write(dir.join("hagukumi.db.restoring"), b"half").unwrap();

    let o = hagu(&dir, &["child", "list"]);
    assert_exit(&o, 0);
    assert!(stdout(&o).contains(SENTINEL), "{}", stdout(&o));
    assert_eq!(std::fs::read(dir.join("hagukumi.salt")).unwrap(), salt);
    assert_eq!(
        std::fs::read(dir.join("hagukumi.recovery")).unwrap(),
        recovery
    );
    let names: Vec<_> = snapshot(&dir).into_iter().map(|(n, _)| n).collect();
    assert!(
        names
            .iter()
            .all(|n| !n.contains("previous") && !n.contains("restoring")),
        "{names:?}"
    );
}

/// Sets the handbook of `dir` aside as a restore killed mid-swap leaves it.
fn as_a_killed_restore_leaves_it(dir: &Path) {
    for (from, to) in [
        ("hagukumi.db-wal", "hagukumi.db.previous-wal"),
        (DB_FILE, "hagukumi.db.previous"),
    ] {
        if dir.join(from).exists() {
            std::fs::rename(dir.join(from), dir.join(to)).unwrap();
        }
    }
}

#[test]
fn recover_with_a_new_passphrase_first_finishes_an_interrupted_restore() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("hb");
    let code = code_in(&hagu(&dir, &["init"]));
    add_sentinel(hagu, &dir, "2025-03-03");
    as_a_killed_restore_leaves_it(&dir);
    let new = "a brand new passphrase";
    let o = with_passphrase(&dir, new, &["recover", "--recovery-code", &code]);
    assert_exit(&o, 0);
    let o = with_passphrase(&dir, new, &["child", "list"]);
    assert_exit(&o, 0);
    assert!(stdout(&o).contains(SENTINEL), "{}", stdout(&o));
}

#[test]
#[ignore = "needs a Secret Service in a D-Bus session (cargo xtask test provides one)"]
fn recover_into_the_keychain_first_finishes_an_interrupted_restore() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("hb");
    let code = code_in(&hagu(&dir, &["init"]));
    add_sentinel(hagu, &dir, "2025-03-03");
    as_a_killed_restore_leaves_it(&dir);
    assert_exit(
        &hagu_keychain(&dir, &["recover", "--recovery-code", &code]),
        0,
    );
    let o = hagu_keychain(&dir, &["child", "list"]);
    assert_exit(&o, 0);
    assert!(stdout(&o).contains(SENTINEL), "{}", stdout(&o));
}

#[test]
fn an_overlong_recovery_file_is_refused_and_the_next_open_writes_it_again() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("hb");
    let code = code_in(&hagu(&dir, &["init"]));
    // Still a valid recovery file, padded past 64 KiB (as a bad sync may).
    let recovery = dir.join("hagukumi.recovery");
    let mut text = std::fs::read_to_string(&recovery).unwrap();
    text.push_str(&" ".repeat(64 * 1024));
    std::fs::write(&recovery, &text).unwrap();
    let o = with_passphrase(
        &dir,
        "a brand new passphrase",
        &["recover", "--recovery-code", &code],
    );
    assert_exit(&o, 6);
    assert!(
        stderr(&o).contains("recovery file is damaged"),
        "{}",
        stderr(&o)
    );
    // The handbook opens as before, and its recovery file is whole again.
    assert_exit(&hagu(&dir, &["child", "list"]), 0);
    assert!(std::fs::metadata(&recovery).unwrap().len() < 4096);
}

#[test]
fn an_import_larger_than_any_export_is_refused_before_it_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("hb");
    // Sparse: takes no disk, but says 1 GiB and a byte.
    let file = tmp.path().join("huge.json");
    std::fs::File::create(&file)
        .unwrap()
        .set_len((1 << 30) + 1)
        .unwrap();
    for (lang, text) in [("en", "too large"), ("ja", "大きすぎます")] {
        let o = bare(&dir)
            .env("HAGUKUMI_PASSPHRASE", PASSPHRASE)
            .env("HAGUKUMI_LANG", lang)
            .args(["import", "--json", file.to_str().unwrap()])
            .output()
            .unwrap();
        assert_exit(&o, 3);
        assert!(stderr(&o).contains(text), "{}", stderr(&o));
    }
    assert!(!dir.exists());
}

#[test]
fn a_recovery_file_without_its_database_is_never_overwritten_by_a_new_handbook() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("hb");
    assert_exit(&hagu(&dir, &["init"]), 0);
    let id = HandbookId::of_file(&dir.join(DB_FILE)).unwrap();
    let recovery = std::fs::read(dir.join("hagukumi.recovery")).unwrap();
    // Only the database was moved away (or has not arrived yet).
    let _ = hagu(&dir, &["child", "list"]);
    std::fs::rename(dir.join(DB_FILE), tmp.path().join("moved.db")).unwrap();
    let _ = std::fs::remove_file(dir.join("hagukumi.db-wal"));

    let o = hagu(&dir, &["init"]);
    assert_exit(&o, 4);
    assert!(stderr(&o).contains("Nothing was created"), "{}", stderr(&o));
    assert!(!dir.join(DB_FILE).exists());
    assert_eq!(
        std::fs::read(dir.join("hagukumi.recovery")).unwrap(),
        recovery
    );

    // Starting a new handbook anyway keeps the other's file under its id.
    assert_exit(&hagu(&dir, &["init", "--new"]), 0);
    assert_ne!(HandbookId::of_file(&dir.join(DB_FILE)).unwrap(), id);
    assert_eq!(
        std::fs::read(dir.join(format!("hagukumi.recovery.{id}"))).unwrap(),
        recovery
    );
    assert_ne!(
        std::fs::read(dir.join("hagukumi.recovery")).unwrap(),
        recovery
    );
}

#[test]
#[ignore = "needs a Secret Service in a D-Bus session (cargo xtask test provides one)"]
fn an_import_after_an_interrupted_restore_keeps_the_keychain_handbook_and_its_key() {
    an_import_after_an_interrupted_restore_keeps(hagu_keychain);
}

#[test]
#[ignore = "needs a Secret Service in a D-Bus session (cargo xtask test provides one)"]
fn a_failed_restore_puts_back_the_key_the_credential_store_held() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("hb");
    let code = code_in(&hagu_keychain(&dir, &["init"]));
    add_sentinel(hagu_keychain, &dir, "2025-03-03");
    let file = tmp.path().join("b.hagukumi-backup");
    backup_to(hagu_keychain, &dir, &file);
    // Since the backup the key changed: a passphrase for a while, then
    // back into the credential store with the code.
    let o = with_passphrase(
        &dir,
        "a brand new passphrase",
        &["recover", "--recovery-code", &code],
    );
    assert_exit(&o, 0);
    assert_exit(
        &hagu_keychain(&dir, &["recover", "--recovery-code", &code]),
        0,
    );
    assert_exit(&hagu_keychain(&dir, &["child", "list"]), 0);

    let o = keychain_command(&dir, "en")
        .env("HAGUKUMI_FAULT", "restore-open")
        .args(restore_args(&file, &code))
        .output()
        .unwrap();
    assert_exit(&o, 1);
    // The handbook as it was opens with the key the store held.
    let o = hagu_keychain(&dir, &["child", "list"]);
    assert_exit(&o, 0);
    assert!(stdout(&o).contains(SENTINEL), "{}", stdout(&o));
}
