//! Never losing the handbook: the key bound to the handbook (not its path),
//! creation that never overwrites a key, the recovery code, encrypted
//! backups. Real SQLCipher files; the tests that need the OS credential
//! store are `#[ignore]`d in a plain `cargo test` and run by `cargo xtask
//! test` inside `dbus-run-session` with a freshly unlocked gnome-keyring.

mod support;

use hagukumi_core::records::ChildBook;
use hagukumi_core::Date;
use hagukumi_store::{
    backup, keychain, recover, BackupProblem, KeyMethod, KeySource, RecoveryCode, RecoveryProblem,
    Store, StoreError, DB_FILE, RECOVERY_FILE, SALT_FILE,
};
use support::{new_child, snapshot};

const PASSPHRASE: &str = "twelve chars ok";
const SENTINEL: &str = "BACKUP-SENTINEL-さくら";

fn today() -> Date {
    "2026-11-25".parse().unwrap()
}

fn pass() -> KeySource {
    KeySource::Passphrase(PASSPHRASE.into())
}

fn child(name: &str) -> hagukumi_core::NewChild {
    new_child(name, "2025-08-31", today())
}

fn names(store: &Store) -> Vec<String> {
    store
        .children()
        .unwrap()
        .into_iter()
        .map(|c| c.name)
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_passphrase_of_11_characters_is_refused_and_nothing_is_created() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("handbook");
    let err = Store::open_with(&dir, &KeySource::Passphrase("elevenchars".into())).unwrap_err();
    assert!(matches!(err, StoreError::PassphraseTooShort), "{err:?}");
    assert_eq!(err.message_id(), "error-store-passphrase-short");
    assert!(!dir.exists(), "no folder, no file");
    // Twelve characters (not bytes: Japanese counts per character) are fine.
    let store = Store::open_with(
        &dir,
        &KeySource::Passphrase("はぐくみのパスフレーズです".into()),
    )
    .unwrap();
    assert_eq!(store.key_method(), KeyMethod::Passphrase);
}

#[test]
fn a_new_handbook_has_a_recovery_code_and_a_recovery_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_with(dir.path(), &pass()).unwrap();
    let code = store
        .recovery_code()
        .unwrap()
        .expect("a code from the start");
    assert!(!store.recovery_code_shown().unwrap());
    store.mark_recovery_code_shown().unwrap();
    assert!(store.recovery_code_shown().unwrap());
    drop(store);
    // The same code on reopening; shown stays shown.
    let store = Store::open_with(dir.path(), &pass()).unwrap();
    assert_eq!(store.recovery_code().unwrap().unwrap(), code);
    assert!(store.recovery_code_shown().unwrap());
    // The recovery file: documented JSON, names the handbook, no code, no key.
    let text = std::fs::read_to_string(dir.path().join(RECOVERY_FILE)).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["format"], "hagukumi-recovery");
    assert_eq!(json["version"], 1);
    assert_eq!(json["handbook_id"], store.handbook_id().to_string());
    assert_eq!(json["key_method"], "passphrase");
    assert_eq!(json["kdf"]["algorithm"], "pbkdf2-hmac-sha256");
    assert_eq!(json["kdf"]["iterations"], 600_000);
    assert!(!text.contains(code.expose()));
    // The id is the file's own first 16 bytes: it travels with the file.
    let db = std::fs::read(dir.path().join(DB_FILE)).unwrap();
    let hex: String = db[..16].iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(store.handbook_id().to_string(), hex);
    // No leftovers of the creation.
    let left: Vec<_> = snapshot(dir.path()).into_iter().map(|(n, _)| n).collect();
    assert!(
        left.iter()
            .all(|n| !n.contains("creating") && !n.ends_with(".tmp")),
        "{left:?}"
    );
}

#[test]
fn an_interrupted_creation_is_cleaned_up_and_redone() {
    let dir = tempfile::tempdir().unwrap();
    // What a kill before the final rename leaves: a half-built database
    // under its temporary name, a salt under its temporary name.
    std::fs::write(dir.path().join("hagukumi.db.creating"), b"half").unwrap();
    std::fs::write(dir.path().join("hagukumi.salt.creating"), [9u8; 16]).unwrap();
    let store = Store::open_with(dir.path(), &pass()).unwrap();
    store.add_child(&child("ひな")).unwrap();
    drop(store);
    assert!(!dir.path().join("hagukumi.db.creating").exists());
    assert!(!dir.path().join("hagukumi.salt.creating").exists());
    assert_eq!(
        names(&Store::open_existing(dir.path(), &pass()).unwrap()),
        ["ひな"]
    );
}

#[test]
fn backup_restores_over_the_same_passphrase_handbook_and_holds_no_plaintext() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("one.hagukumi-backup");
    let store = Store::open_with(dir.path(), &pass()).unwrap();
    store.add_child(&child(SENTINEL)).unwrap();
    let code = store.recovery_code().unwrap().unwrap();
    let info = backup::write(&store, &file).unwrap();
    assert_eq!(info.path, file);
    assert_eq!(info.handbook_id, store.handbook_id());
    assert_eq!(info.size, std::fs::metadata(&file).unwrap().len());
    // Nothing but the backup is left beside it (the scratch copy is gone).
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 1);
    let bytes = std::fs::read(&file).unwrap();
    for needle in [
        SENTINEL.as_bytes(),
        "さくら".as_bytes(),
        b"BACKUP-SENTINEL",
        b"CREATE TABLE",
        code.expose().as_bytes(),
    ] {
        assert!(!contains(&bytes, needle), "plaintext in the backup");
    }
    let header = backup::inspect(&file).unwrap();
    assert_eq!(header.format, "hagukumi-backup");
    assert_eq!(header.version, 1);
    assert_eq!(header.handbook_id, store.handbook_id().to_string());
    assert_eq!(header.created_at, info.created_at);
    assert_eq!(header.kdf.iterations, 600_000);

    // Later changes are undone by restoring the backup.
    store.add_child(&child("あとから")).unwrap();
    drop(store);
    let restored = backup::restore(&file, &code, dir.path()).unwrap();
    assert_eq!(names(&restored), [SENTINEL]);
    assert_eq!(restored.key_method(), KeyMethod::Passphrase);
    drop(restored);
    // The passphrase still opens it; the previous copy is gone.
    assert_eq!(
        names(&Store::open_existing(dir.path(), &pass()).unwrap()),
        [SENTINEL]
    );
    assert!(!dir.path().join("hagukumi.db.previous").exists());
}

#[test]
fn a_damaged_truncated_foreign_or_wrongly_unlocked_backup_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("mine.hagukumi-backup");
    let store = Store::open_with(dir.path(), &pass()).unwrap();
    store.add_child(&child("いまの子")).unwrap();
    let code = store.recovery_code().unwrap().unwrap();
    backup::write(&store, &file).unwrap();
    drop(store);
    let good = std::fs::read(&file).unwrap();

    // Another handbook, and its backup.
    let other_dir = tempfile::tempdir().unwrap();
    let other = Store::open_with(other_dir.path(), &pass()).unwrap();
    other.add_child(&child("よその子")).unwrap();
    let other_code = other.recovery_code().unwrap().unwrap();
    let other_file = out.path().join("other.hagukumi-backup");
    backup::write(&other, &other_file).unwrap();
    drop(other);

    let before = snapshot(dir.path());
    let header_end = good.iter().position(|&b| b == b'\n').unwrap() + 1;
    let header_end = header_end + good[header_end..].iter().position(|&b| b == b'\n').unwrap() + 1;
    let cases: Vec<(&str, Vec<u8>, &RecoveryCode)> = vec![
        (
            "a flipped byte in the payload",
            {
                let mut b = good.clone();
                let i = header_end + (b.len() - header_end) / 2;
                b[i] ^= 0x01;
                b
            },
            &code,
        ),
        (
            "a flipped byte in the header",
            {
                let mut b = good.clone();
                let i = good.windows(10).position(|w| w == b"created_at").unwrap() + 16;
                b[i] ^= 0x01;
                b
            },
            &code,
        ),
        ("truncated", good[..good.len() - 1000].to_vec(), &code),
        ("only the header", good[..header_end].to_vec(), &code),
        ("not a backup", b"hello".to_vec(), &code),
    ];
    for (what, bytes, code) in cases {
        let path = out.path().join("case.hagukumi-backup");
        std::fs::write(&path, &bytes).unwrap();
        let err = backup::restore(&path, code, dir.path()).unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::Backup(
                    BackupProblem::Damaged(_)
                        | BackupProblem::WrongCode
                        | BackupProblem::NotABackup
                )
            ),
            "{what}: {err:?}"
        );
        assert_eq!(snapshot(dir.path()), before, "{what}: the handbook changed");
    }
    // The other handbook's backup, with its own (right) code: refused.
    let err = backup::restore(&other_file, &other_code, dir.path()).unwrap_err();
    assert!(
        matches!(err, StoreError::Backup(BackupProblem::OtherHandbook)),
        "{err:?}"
    );
    assert_eq!(err.message_id(), "error-backup-other-handbook");
    // The right backup with another handbook's code: refused.
    let err = backup::restore(&file, &other_code, dir.path()).unwrap_err();
    assert!(
        matches!(err, StoreError::Backup(BackupProblem::WrongCode)),
        "{err:?}"
    );
    assert_eq!(snapshot(dir.path()), before);
    assert_eq!(
        names(&Store::open_existing(dir.path(), &pass()).unwrap()),
        ["いまの子"]
    );
}

#[test]
fn a_backup_taken_while_another_connection_writes_is_one_consistent_state() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let store = Store::open_with(dir.path(), &pass()).unwrap();
    let code = store.recovery_code().unwrap().unwrap();
    // Enough data that the copy takes a while (photos make real handbooks big).
    for i in 0..200 {
        store.add_child(&child(&format!("まえ{i:03}"))).unwrap();
    }
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let stop = std::sync::Arc::new(AtomicBool::new(false));
    let count = std::sync::Arc::new(AtomicUsize::new(0));
    let writer = {
        let dir = dir.path().to_owned();
        let (stop, count) = (stop.clone(), count.clone());
        std::thread::spawn(move || {
            let other = Store::open_existing(&dir, &pass()).unwrap();
            while !stop.load(Ordering::Relaxed) {
                let n = count.load(Ordering::Relaxed);
                other.add_child(&child(&format!("あと{n:04}"))).unwrap();
                count.store(n + 1, Ordering::Relaxed);
            }
        })
    };
    while count.load(Ordering::Relaxed) == 0 {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let at_start = count.load(Ordering::Relaxed);
    let mut files = Vec::new();
    for i in 0..3 {
        let file = out.path().join(format!("{i}.hagukumi-backup"));
        backup::write(&store, &file).unwrap();
        files.push(file);
    }
    let at_end = count.load(Ordering::Relaxed);
    stop.store(true, Ordering::Relaxed);
    writer.join().unwrap();
    assert!(at_end > at_start, "the writer ran during the backups");
    drop(store);
    // Each backup restores (into a copy of this handbook's folder) to a
    // sound handbook holding all earlier children and a prefix of the later.
    for file in &files {
        let copy = tempfile::tempdir().unwrap();
        for name in [DB_FILE, SALT_FILE, RECOVERY_FILE] {
            std::fs::copy(dir.path().join(name), copy.path().join(name)).unwrap();
        }
        let restored = backup::restore(file, &code, copy.path()).unwrap();
        assert!(restored.verify().unwrap().is_sound());
        let names = names(&restored);
        assert_eq!(names.iter().filter(|n| n.starts_with("まえ")).count(), 200);
        let later: Vec<_> = names.iter().filter(|n| n.starts_with("あと")).collect();
        for (i, name) in later.iter().enumerate() {
            assert_eq!(**name, format!("あと{i:04}"), "a gap: not one state");
        }
    }
}

#[test]
fn write_into_folder_keeps_the_newest_of_this_handbooks_backups_only() {
    let dir = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let store = Store::open_with(dir.path(), &pass()).unwrap();
    // Files that are not this handbook's backups are never deleted.
    std::fs::write(folder.path().join("notes.txt"), b"mine").unwrap();
    std::fs::write(
        folder
            .path()
            .join("hagukumi-20200101-000000.hagukumi-backup"),
        b"looks like one, is not",
    )
    .unwrap();
    let other_dir = tempfile::tempdir().unwrap();
    let other = Store::open_with(other_dir.path(), &pass()).unwrap();
    let at = |s: &str| {
        hagukumi_core::chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
    };
    let foreign =
        backup::write_into_folder(&other, folder.path(), 1, at("2020-01-02 00:00:00")).unwrap();
    let mut written = Vec::new();
    for t in [
        "2026-12-01 10:00:00",
        "2026-12-02 10:00:00",
        "2026-12-03 10:00:00",
        "2026-12-04 10:00:00",
    ] {
        written.push(backup::write_into_folder(&store, folder.path(), 2, at(t)).unwrap());
    }
    let mut left: Vec<String> = std::fs::read_dir(folder.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    left.sort();
    assert_eq!(
        left,
        [
            "hagukumi-20200101-000000.hagukumi-backup",
            "hagukumi-20200102-000000.hagukumi-backup",
            "hagukumi-20261203-100000.hagukumi-backup",
            "hagukumi-20261204-100000.hagukumi-backup",
            "notes.txt",
        ]
    );
    assert_eq!(foreign.created_at, "2020-01-02T00:00:00Z");
    assert_eq!(written[3].created_at, "2026-12-04T10:00:00Z");
}

// ---- With the OS credential store (a real gnome-keyring over D-Bus) ----

#[test]
#[ignore = "needs a Secret Service: run by `cargo xtask test`"]
fn a_moved_and_renamed_folder_still_finds_its_key() {
    let parent = tempfile::tempdir().unwrap();
    let old = parent.path().join("hagukumi");
    let new = parent.path().join("moved").join("renamed-handbook");
    {
        let store = Store::open_with(&old, &KeySource::OsCredentialStore).unwrap();
        store.add_child(&child("うごいた")).unwrap();
    }
    std::fs::create_dir_all(new.parent().unwrap()).unwrap();
    std::fs::rename(&old, &new).unwrap();
    let store = Store::open_existing(&new, &KeySource::OsCredentialStore).unwrap();
    assert_eq!(names(&store), ["うごいた"]);
    assert_eq!(store.key_method(), KeyMethod::OsCredentialStore);
    drop(store);

    // Starting where it used to be does not make an empty handbook there.
    let err = Store::open_with(&old, &KeySource::OsCredentialStore).unwrap_err();
    assert!(
        matches!(err, StoreError::HandbookExistsElsewhere),
        "{err:?}"
    );
    assert!(!old.exists(), "nothing created");
    // ...and the moved handbook's key is untouched.
    let store = Store::open_existing(&new, &KeySource::OsCredentialStore).unwrap();
    assert_eq!(names(&store), ["うごいた"]);
    drop(store);
    // A parent who means it starts a new handbook there; the moved one
    // still opens.
    let fresh = Store::create_anyway(&old, &KeySource::OsCredentialStore).unwrap();
    assert!(fresh.is_empty().unwrap());
    drop(fresh);
    assert!(Store::open_existing(&old, &KeySource::OsCredentialStore)
        .unwrap()
        .is_empty()
        .unwrap());
    let store = Store::open_existing(&new, &KeySource::OsCredentialStore).unwrap();
    assert_eq!(names(&store), ["うごいた"]);
    drop(store);
    keychain::forget(&new.join(DB_FILE)).unwrap();
    keychain::forget(&old.join(DB_FILE)).unwrap();
}

#[test]
#[ignore = "needs a Secret Service: run by `cargo xtask test`"]
fn a_legacy_path_named_entry_is_migrated_on_first_open() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("old-style");
    {
        let store = Store::open_with(&dir, &KeySource::OsCredentialStore).unwrap();
        store.add_child(&child("むかし")).unwrap();
    }
    hagukumi_store::make_legacy_for_tests(&dir).unwrap();
    assert!(!dir.join(RECOVERY_FILE).exists());

    // A legacy handbook's old folder: creating there is refused while its
    // path-named entry exists (here: the handbook is still in place, so
    // only the check is shown on a sibling that takes its name).
    let moved = parent.path().join("moved-before-migration");
    std::fs::rename(&dir, &moved).unwrap();
    let err = Store::open_with(&dir, &KeySource::OsCredentialStore).unwrap_err();
    assert!(
        matches!(err, StoreError::HandbookExistsElsewhere),
        "{err:?}"
    );
    assert!(!dir.exists());
    std::fs::rename(&moved, &dir).unwrap();

    // First open: the key is found under the path, moved to the id, and the
    // handbook gets its recovery code (not yet shown) and recovery file.
    let store = Store::open_existing(&dir, &KeySource::OsCredentialStore).unwrap();
    assert_eq!(names(&store), ["むかし"]);
    let code = store
        .recovery_code()
        .unwrap()
        .expect("a code on first open");
    assert!(!store.recovery_code_shown().unwrap());
    assert!(dir.join(RECOVERY_FILE).exists());
    drop(store);
    // Now it survives a move: the key is bound to the handbook.
    let moved = parent.path().join("after-migration");
    std::fs::rename(&dir, &moved).unwrap();
    let store = Store::open_existing(&moved, &KeySource::OsCredentialStore).unwrap();
    assert_eq!(names(&store), ["むかし"]);
    assert_eq!(store.recovery_code().unwrap().unwrap(), code);
    drop(store);
    keychain::forget(&moved.join(DB_FILE)).unwrap();
    keychain::forget(&dir.join(DB_FILE)).unwrap();
}

#[test]
#[ignore = "needs a Secret Service: run by `cargo xtask test`"]
fn a_wiped_key_is_recovered_with_the_code_and_a_wrong_code_changes_nothing() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("hb");
    let store = Store::open_with(&dir, &KeySource::OsCredentialStore).unwrap();
    store.add_child(&child("まもる")).unwrap();
    let code = store.recovery_code().unwrap().unwrap();
    let id = store.handbook_id();
    drop(store);
    keychain::forget_key(&id).unwrap();
    let err = Store::open_existing(&dir, &KeySource::OsCredentialStore).unwrap_err();
    assert!(matches!(err, StoreError::KeyMissing), "{err:?}");

    // A wrong (well-formed) code: refused, every byte as it was, no entry.
    let before = snapshot(&dir);
    let wrong = RecoveryCode::generate().unwrap();
    let err = recover(&dir, &wrong).unwrap_err();
    assert!(
        matches!(err, StoreError::Recovery(RecoveryProblem::WrongCode)),
        "{err:?}"
    );
    assert_eq!(err.message_id(), "error-recovery-wrong-code");
    assert_eq!(snapshot(&dir), before);
    assert!(matches!(
        Store::open_existing(&dir, &KeySource::OsCredentialStore),
        Err(StoreError::KeyMissing)
    ));

    // The right code, typed sloppily: opens it and stores a key again.
    let typed = code.expose().to_lowercase().replace('-', " ");
    let store = recover(&dir, &RecoveryCode::parse(&typed).unwrap()).unwrap();
    assert_eq!(names(&store), ["まもる"]);
    drop(store);
    let store = Store::open_existing(&dir, &KeySource::OsCredentialStore).unwrap();
    assert_eq!(names(&store), ["まもる"]);
    drop(store);
    keychain::forget(&dir.join(DB_FILE)).unwrap();
}

#[test]
#[ignore = "needs a Secret Service: run by `cargo xtask test`"]
fn a_forgotten_passphrase_is_recovered_into_the_credential_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_with(dir.path(), &pass()).unwrap();
    store.add_child(&child("わすれた")).unwrap();
    let code = store.recovery_code().unwrap().unwrap();
    drop(store);
    let store = recover(dir.path(), &code).unwrap();
    assert_eq!(store.key_method(), KeyMethod::OsCredentialStore);
    drop(store);
    assert!(!dir.path().join(SALT_FILE).exists());
    let store = Store::open_existing(dir.path(), &KeySource::OsCredentialStore).unwrap();
    assert_eq!(names(&store), ["わすれた"]);
    drop(store);
    keychain::forget(&dir.path().join(DB_FILE)).unwrap();
}

#[test]
#[ignore = "needs a Secret Service: run by `cargo xtask test`"]
fn a_backup_restores_on_a_fresh_folder_with_only_the_file_and_the_code() {
    let source = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let store = Store::open_with(source.path(), &pass()).unwrap();
    store.add_child(&child("あたらしいスマホ")).unwrap();
    let code = store.recovery_code().unwrap().unwrap();
    let file = out.path().join("b.hagukumi-backup");
    backup::write(&store, &file).unwrap();
    let id = store.handbook_id();
    drop(store);

    let fresh = tempfile::tempdir().unwrap();
    let target = fresh.path().join("new-phone");
    let restored = backup::restore(&file, &code, &target).unwrap();
    assert_eq!(names(&restored), ["あたらしいスマホ"]);
    assert_eq!(restored.handbook_id(), id, "the same handbook");
    assert_eq!(restored.key_method(), KeyMethod::OsCredentialStore);
    assert_eq!(restored.recovery_code().unwrap().unwrap(), code);
    drop(restored);
    let again = Store::open_existing(&target, &KeySource::OsCredentialStore).unwrap();
    assert_eq!(names(&again), ["あたらしいスマホ"]);
    drop(again);
    keychain::forget(&target.join(DB_FILE)).unwrap();
}

#[test]
fn a_restore_killed_during_the_swap_is_finished_on_the_next_open() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open_with(dir.path(), &pass()).unwrap();
        store.add_child(&child("まえの")).unwrap();
    }
    // Killed after the current database was set aside, before the restored
    // one was renamed into place: the previous one comes back.
    std::fs::rename(
        dir.path().join(DB_FILE),
        dir.path().join("hagukumi.db.previous"),
    )
    .unwrap();
    std::fs::write(dir.path().join("hagukumi.db.restoring"), b"half a file").unwrap();
    let store = Store::open_existing(dir.path(), &pass()).unwrap();
    assert_eq!(names(&store), ["まえの"]);
    drop(store);
    assert!(!dir.path().join("hagukumi.db.previous").exists());
    assert!(!dir.path().join("hagukumi.db.restoring").exists());
    // Killed after the restored one was in place: the previous copy goes.
    std::fs::copy(
        dir.path().join(DB_FILE),
        dir.path().join("hagukumi.db.previous"),
    )
    .unwrap();
    let store = Store::open_existing(dir.path(), &pass()).unwrap();
    assert_eq!(names(&store), ["まえの"]);
    assert!(!dir.path().join("hagukumi.db.previous").exists());
}

/// A JPEG-shaped photo of about `len` bytes of noise (no 0xFF in the scan).
fn big_photo(len: usize, seed: u64) -> hagukumi_core::photo::CleanPhoto {
    let seg = |m: u8, p: &[u8]| {
        let mut v = vec![0xFF, m];
        v.extend_from_slice(&((p.len() + 2) as u16).to_be_bytes());
        v.extend_from_slice(p);
        v
    };
    let mut j = vec![0xFF, 0xD8];
    j.extend(seg(0xDB, &[0u8; 65]));
    // A frame header (SOF0: 8-bit, 16×16, one component): the cleaner
    // reads the declared size before anything else.
    j.extend(seg(0xC0, &[8, 0, 16, 0, 16, 1, 1, 0x11, 0]));
    j.extend(seg(0xDA, &[1, 1, 0, 0, 0x3F, 0]));
    let mut x = seed | 1;
    for _ in 0..len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        j.push((x as u8).min(0xFE));
    }
    j.extend_from_slice(&[0xFF, 0xD9]);
    hagukumi_core::photo::sanitize(&j).unwrap()
}

/// The header of a backup file and its sealed payload.
fn split_backup(bytes: &[u8]) -> (hagukumi_store::BackupHeader, Vec<u8>) {
    let magic = 16;
    let end = magic + bytes[magic..].iter().position(|&b| b == b'\n').unwrap();
    (
        serde_json::from_slice(&bytes[magic..end]).unwrap(),
        bytes[end + 1..].to_vec(),
    )
}

/// A backup file with `payload` under `header`, its length and checksum
/// made to match (as a forger would).
fn forge_backup(header: &hagukumi_store::BackupHeader, payload: &[u8]) -> Vec<u8> {
    let mut header = header.clone();
    header.payload_bytes = payload.len() as u64;
    header.payload_sha256 = ring::digest::digest(&ring::digest::SHA256, payload)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let mut out = b"HAGUKUMI BACKUP\n".to_vec();
    out.extend(serde_json::to_vec(&header).unwrap());
    out.push(b'\n');
    out.extend_from_slice(payload);
    out
}

#[test]
fn a_large_handbook_is_backed_up_in_chunks_that_cannot_be_moved_or_cut() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut store = Store::open_with(dir.path(), &pass()).unwrap();
    let c = store.add_child(&child("しゃしん")).unwrap();
    let note = hagukumi_core::records::RecordInput::Note {
        date: "2025-09-01".into(),
        text: "写真".into(),
    }
    .validate(c.birth_date, today())
    .unwrap();
    let at =
        hagukumi_core::chrono::NaiveDateTime::parse_from_str("2026-11-25 10:00", "%Y-%m-%d %H:%M")
            .unwrap();
    let record = store.add::<ChildBook>(c.id, &note, at).unwrap().unwrap();
    for seed in 1..=3 {
        store
            .add_photo::<ChildBook>(record.id, &big_photo(1_200_000, seed), at)
            .unwrap()
            .unwrap();
    }
    let photos = store.photos(record.id).unwrap();
    let code = store.recovery_code().unwrap().unwrap();
    let file = out.path().join("big.hagukumi-backup");
    backup::write(&store, &file).unwrap();
    drop(store);
    let bytes = std::fs::read(&file).unwrap();
    let (header, payload) = split_backup(&bytes);
    let sealed_chunk = header.chunk_bytes as usize + 28;
    let chunks = payload.len().div_ceil(sealed_chunk);
    assert!(chunks >= 4, "{chunks} chunks");

    let before = snapshot(dir.path());
    let refused = |forged: Vec<u8>, what: &str| {
        let path = out.path().join("forged.hagukumi-backup");
        std::fs::write(&path, forged).unwrap();
        let err = backup::restore(&path, &code, dir.path()).unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::Backup(BackupProblem::Damaged(_) | BackupProblem::WrongCode)
            ),
            "{what}: {err:?}"
        );
        assert_eq!(snapshot(dir.path()), before, "{what}");
    };
    // Two chunks swapped, the checksum fixed to match.
    let mut swapped = payload.clone();
    let (a, b) = swapped.split_at_mut(2 * sealed_chunk);
    a[sealed_chunk..].swap_with_slice(&mut b[..sealed_chunk]);
    refused(forge_backup(&header, &swapped), "swapped chunks");
    // One bit changed in the third chunk, the checksum fixed to match.
    let mut flipped = payload.clone();
    flipped[2 * sealed_chunk + 100] ^= 1;
    refused(forge_backup(&header, &flipped), "changed chunk");
    // Cut at a chunk boundary, length and checksum fixed to match (the
    // length is bound to the first chunk too, so it reads as a wrong code).
    refused(
        forge_backup(&header, &payload[..2 * sealed_chunk]),
        "cut at a chunk",
    );
    // The file as written restores, photos and all.
    let restored = backup::restore(&file, &code, dir.path()).unwrap();
    assert_eq!(restored.photos(record.id).unwrap(), photos);
}

#[test]
#[ignore = "needs a Secret Service: run by `cargo xtask test`"]
fn a_legacy_handbook_moved_before_its_first_open_still_finds_its_key() {
    let parent = tempfile::tempdir().unwrap();
    let old = parent.path().join("before-upgrade");
    {
        let store = Store::open_with(&old, &KeySource::OsCredentialStore).unwrap();
        store.add_child(&child("ひっこしまえ")).unwrap();
    }
    hagukumi_store::make_legacy_for_tests(&old).unwrap();
    // Another legacy handbook's entry is there too: its key is tried and
    // does not open this file.
    let other = parent.path().join("other");
    Store::open_with(&other, &KeySource::OsCredentialStore).unwrap();
    hagukumi_store::make_legacy_for_tests(&other).unwrap();

    let new = parent.path().join("after-upgrade-moved");
    std::fs::rename(&old, &new).unwrap();
    let before = snapshot(&new);
    let store = Store::open_existing(&new, &KeySource::OsCredentialStore).unwrap();
    assert_eq!(names(&store), ["ひっこしまえ"]);
    drop(store);
    assert!(
        snapshot(&new).iter().any(|(n, _)| n == RECOVERY_FILE),
        "{before:?}"
    );
    // Refiled under the id: it opens without the search from now on, and
    // the other handbook's entry was left alone.
    std::fs::rename(&new, parent.path().join("again")).unwrap();
    let store =
        Store::open_existing(&parent.path().join("again"), &KeySource::OsCredentialStore).unwrap();
    assert_eq!(names(&store), ["ひっこしまえ"]);
    drop(store);
    let store = Store::open_existing(&other, &KeySource::OsCredentialStore).unwrap();
    assert!(store.is_empty().unwrap());
    drop(store);
    for d in [parent.path().join("again"), other, old] {
        keychain::forget(&d.join(DB_FILE)).unwrap();
    }
}

#[test]
fn without_a_credential_store_the_code_sets_a_new_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_with(dir.path(), &pass()).unwrap();
    store.add_child(&child("あたらしいパス")).unwrap();
    let code = store.recovery_code().unwrap().unwrap();
    let id = store.handbook_id();
    drop(store);
    let new = KeySource::Passphrase("a brand new passphrase".into());

    // Too short, or a wrong code: nothing changed.
    let before = snapshot(dir.path());
    let err =
        hagukumi_store::recover_with(dir.path(), &code, &KeySource::Passphrase("short".into()))
            .unwrap_err();
    assert!(matches!(err, StoreError::PassphraseTooShort), "{err:?}");
    let wrong = RecoveryCode::generate().unwrap();
    let err = hagukumi_store::recover_with(dir.path(), &wrong, &new).unwrap_err();
    assert!(
        matches!(err, StoreError::Recovery(RecoveryProblem::WrongCode)),
        "{err:?}"
    );
    assert_eq!(snapshot(dir.path()), before);

    let store = hagukumi_store::recover_with(dir.path(), &code, &new).unwrap();
    assert_eq!(names(&store), ["あたらしいパス"]);
    assert_eq!(store.handbook_id(), id, "the same handbook");
    assert_eq!(store.key_method(), KeyMethod::Passphrase);
    drop(store);
    // The old passphrase no longer opens it; the new one does; the code
    // still does (the recovery file follows the new key); no leftovers.
    assert!(matches!(
        Store::open_existing(dir.path(), &pass()),
        Err(StoreError::CannotOpen)
    ));
    assert_eq!(
        names(&Store::open_existing(dir.path(), &new).unwrap()),
        ["あたらしいパス"]
    );
    let again = KeySource::Passphrase("yet another passphrase".into());
    let old_salt = std::fs::read(dir.path().join(SALT_FILE)).unwrap();
    let old_recovery = std::fs::read(dir.path().join(RECOVERY_FILE)).unwrap();
    assert_eq!(
        names(&hagukumi_store::recover_with(dir.path(), &code, &again).unwrap()),
        ["あたらしいパス"]
    );
    // Killed right after the re-keyed database was put in place: the old
    // salt and recovery file still there, the new ones under their
    // temporary names. The next open puts them in place.
    for (name, old) in [(SALT_FILE, &old_salt), (RECOVERY_FILE, &old_recovery)] {
        std::fs::rename(
            dir.path().join(name),
            dir.path().join(format!("{name}.rekeying")),
        )
        .unwrap();
        std::fs::write(dir.path().join(name), old).unwrap();
    }
    assert_eq!(
        names(&Store::open_existing(dir.path(), &again).unwrap()),
        ["あたらしいパス"]
    );
    assert_eq!(
        names(&hagukumi_store::recover_with(dir.path(), &code, &again).unwrap()),
        ["あたらしいパス"]
    );
    let left: Vec<_> = snapshot(dir.path()).into_iter().map(|(n, _)| n).collect();
    assert!(left.iter().all(|n| !n.contains("rekeying")), "{left:?}");

    // A re-keying killed before its database was in place is dropped.
    std::fs::write(dir.path().join("hagukumi.db.rekeying"), b"half").unwrap();
    std::fs::write(dir.path().join("hagukumi.salt.rekeying"), [1u8; 16]).unwrap();
    assert_eq!(
        names(&Store::open_existing(dir.path(), &again).unwrap()),
        ["あたらしいパス"]
    );
    assert!(!dir.path().join("hagukumi.salt.rekeying").exists());
}

#[test]
#[ignore = "needs a Secret Service: run by `cargo xtask test`"]
fn an_old_backup_restored_over_a_rekeyed_passphrase_handbook_stays_openable() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let store = Store::open_with(dir.path(), &pass()).unwrap();
    store.add_child(&child("まえのかぎ")).unwrap();
    let code = store.recovery_code().unwrap().unwrap();
    let file = out.path().join("old-key.hagukumi-backup");
    backup::write(&store, &file).unwrap();
    drop(store);
    // The passphrase was forgotten and replaced: the key changed.
    let new = KeySource::Passphrase("a brand new passphrase".into());
    drop(hagukumi_store::recover_with(dir.path(), &code, &new).unwrap());
    // The old backup carries the old key: the new passphrase cannot give
    // it, so the key goes to the credential store and the salt goes.
    let restored = backup::restore(&file, &code, dir.path()).unwrap();
    assert_eq!(restored.key_method(), KeyMethod::OsCredentialStore);
    drop(restored);
    assert!(!dir.path().join(SALT_FILE).exists());
    let store = Store::open_existing(dir.path(), &KeySource::OsCredentialStore).unwrap();
    assert_eq!(names(&store), ["まえのかぎ"]);
    let id = store.handbook_id();
    drop(store);
    // And the recovery file follows the restored key.
    keychain::forget_key(&id).unwrap();
    assert_eq!(names(&recover(dir.path(), &code).unwrap()), ["まえのかぎ"]);
    keychain::forget(&dir.path().join(DB_FILE)).unwrap();
}

#[test]
fn without_a_credential_store_a_backup_restores_under_a_passphrase() {
    let source = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let store = Store::open_with(source.path(), &pass()).unwrap();
    store.add_child(&child("サーバー")).unwrap();
    let code = store.recovery_code().unwrap().unwrap();
    let id = store.handbook_id();
    let file = out.path().join("s.hagukumi-backup");
    backup::write(&store, &file).unwrap();
    drop(store);

    // A fresh folder, another passphrase: re-keyed for it, same handbook.
    let fresh = tempfile::tempdir().unwrap();
    let target = fresh.path().join("hb");
    let other = KeySource::Passphrase("the server's own passphrase".into());
    let err = backup::restore_with(
        &file,
        &code,
        &target,
        &KeySource::Passphrase("short".into()),
    )
    .unwrap_err();
    assert!(matches!(err, StoreError::PassphraseTooShort), "{err:?}");
    let restored = backup::restore_with(&file, &code, &target, &other).unwrap();
    assert_eq!(names(&restored), ["サーバー"]);
    assert_eq!(restored.handbook_id(), id);
    assert_eq!(restored.key_method(), KeyMethod::Passphrase);
    drop(restored);
    assert_eq!(
        names(&Store::open_existing(&target, &other).unwrap()),
        ["サーバー"]
    );
    assert!(matches!(
        Store::open_existing(&target, &pass()),
        Err(StoreError::CannotOpen)
    ));
    let left: Vec<_> = snapshot(&target).into_iter().map(|(n, _)| n).collect();
    assert_eq!(left, [DB_FILE, RECOVERY_FILE, SALT_FILE]);
    // Its recovery file follows the new key.
    let again = KeySource::Passphrase("and once more, new".into());
    assert_eq!(
        names(&hagukumi_store::recover_with(&target, &code, &again).unwrap()),
        ["サーバー"]
    );

    // Over the same passphrase handbook with its own passphrase: kept as is.
    let salt_before = std::fs::read(source.path().join(SALT_FILE)).unwrap();
    let restored = backup::restore_with(&file, &code, source.path(), &pass()).unwrap();
    assert_eq!(names(&restored), ["サーバー"]);
    drop(restored);
    assert_eq!(
        std::fs::read(source.path().join(SALT_FILE)).unwrap(),
        salt_before
    );
}
