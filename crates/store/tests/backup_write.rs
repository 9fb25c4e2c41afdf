//! Writing backups never harms anything else: "Back up now" and `hagu
//! backup -o` replace only an older Hagukumi backup and never write inside
//! the handbook's own folder; automatic backups check what they write,
//! rotate only backups that are whole, and never make up a missing folder.
//! Real SQLCipher files under a passphrase (no credential store needed).

mod support;

use hagukumi_core::Date;
use hagukumi_store::{backup, BackupProblem, KeySource, Store, StoreError, DB_FILE};
use std::path::Path;
use support::new_child;

fn today() -> Date {
    "2026-12-03".parse().unwrap()
}

fn pass() -> KeySource {
    KeySource::Passphrase("twelve chars ok".into())
}

fn with_child(dir: &Path) -> Store {
    let store = Store::open_with(dir, &pass()).unwrap();
    store
        .add_child(&new_child("さくら", "2025-08-31", today()))
        .unwrap();
    store
}

/// Every file of a folder (not its subfolders) with its bytes.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut all: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| {
            (
                e.file_name().into_string().unwrap(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    all.sort();
    all
}

fn problem(e: StoreError) -> BackupProblem {
    match e {
        StoreError::Backup(p) => p,
        other => panic!("not a backup problem: {other:?}"),
    }
}

#[test]
fn back_up_now_never_replaces_a_file_that_is_not_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let store = with_child(dir.path());
    let photo = out.path().join("photo.jpg");
    std::fs::write(&photo, b"\xff\xd8\xff\xe0 a photo of the family").unwrap();
    let before = files(out.path());

    let err = problem(backup::write(&store, &photo).unwrap_err());
    assert_eq!(err, BackupProblem::WouldReplaceOtherFile);
    assert_eq!(err.message_id(), "error-backup-would-replace-other-file");
    assert_eq!(
        files(out.path()),
        before,
        "the photo is as it was, nothing added"
    );

    // An older backup at that place is replaced, as asked.
    let file = out.path().join("mine.hagukumi-backup");
    let first = backup::write(&store, &file).unwrap();
    let second = backup::write(&store, &file).unwrap();
    assert_eq!(second.path, file);
    assert_eq!(
        backup::inspect(&file).unwrap().handbook_id,
        first.handbook_id.to_string()
    );
}

#[test]
fn back_up_now_never_writes_inside_the_handbooks_own_folder() {
    let dir = tempfile::tempdir().unwrap();
    let store = with_child(dir.path());
    let names = |dir: &Path| -> Vec<String> { files(dir).into_iter().map(|(n, _)| n).collect() };
    let before = names(dir.path());
    let sub = dir.path().join("backups");
    std::fs::create_dir(&sub).unwrap();
    for out in [
        dir.path().join(DB_FILE),
        dir.path().join("handbook.hagukumi-backup"),
        sub.join("handbook.hagukumi-backup"),
        dir.path().join("backups/../x.hagukumi-backup"),
    ] {
        let err = problem(backup::write(&store, &out).unwrap_err());
        assert_eq!(err, BackupProblem::InsideHandbookFolder, "{out:?}");
    }
    // Through a link to the folder from elsewhere too.
    #[cfg(unix)]
    {
        let elsewhere = tempfile::tempdir().unwrap();
        let link = elsewhere.path().join("link");
        std::os::unix::fs::symlink(dir.path(), &link).unwrap();
        let err = problem(backup::write(&store, &link.join("x.hagukumi-backup")).unwrap_err());
        assert_eq!(err, BackupProblem::InsideHandbookFolder);
    }
    assert_eq!(
        BackupProblem::InsideHandbookFolder.message_id(),
        "error-backup-inside-handbook-folder"
    );
    assert_eq!(std::fs::read_dir(&sub).unwrap().count(), 0);
    assert_eq!(
        names(dir.path()),
        before,
        "nothing added beside the handbook"
    );
    let db = std::fs::read(dir.path().join(DB_FILE)).unwrap();
    assert!(
        !db.starts_with(backup::MAGIC),
        "the handbook was not replaced"
    );
    drop(store);
    let store = Store::open_with(dir.path(), &pass()).unwrap();
    assert_eq!(store.children().unwrap()[0].name, "さくら");
}

fn at(s: &str) -> hagukumi_core::chrono::NaiveDateTime {
    hagukumi_core::chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
}

fn names_in(dir: &Path) -> Vec<String> {
    files(dir).into_iter().map(|(n, _)| n).collect()
}

#[test]
fn a_missing_backup_folder_is_reported_and_not_made_up() {
    let dir = tempfile::tempdir().unwrap();
    let cloud = tempfile::tempdir().unwrap();
    let store = with_child(dir.path());
    let unmounted = cloud.path().join("Google Drive").join("はぐくみ");
    let err =
        backup::write_into_folder(&store, &unmounted, 3, at("2026-12-03 09:00:00")).unwrap_err();
    assert_eq!(problem(err), BackupProblem::FolderMissing);
    assert_eq!(
        BackupProblem::FolderMissing.message_id(),
        "error-backup-folder-missing"
    );
    assert_eq!(
        std::fs::read_dir(cloud.path()).unwrap().count(),
        0,
        "no local folder where the drive should be"
    );
}

#[test]
fn rotation_keeps_the_good_backups_when_newer_files_are_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let store = with_child(dir.path());
    let good1 =
        backup::write_into_folder(&store, folder.path(), 2, at("2026-12-01 09:00:00")).unwrap();
    let good2 =
        backup::write_into_folder(&store, folder.path(), 2, at("2026-12-02 09:00:00")).unwrap();
    // Two newer files of this handbook that are damaged (a bad sync, a bad
    // disk): a flipped byte, and one cut short.
    let bytes = std::fs::read(&good2.path).unwrap();
    let mut flipped = bytes.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 1;
    let bad3 = folder
        .path()
        .join("hagukumi-20261203-090000.hagukumi-backup");
    let bad4 = folder
        .path()
        .join("hagukumi-20261204-090000.hagukumi-backup");
    std::fs::write(&bad3, &flipped).unwrap();
    std::fs::write(&bad4, &bytes[..bytes.len() - 100]).unwrap();

    let good5 =
        backup::write_into_folder(&store, folder.path(), 2, at("2026-12-05 09:00:00")).unwrap();
    assert!(!good1.path.exists(), "the oldest good one goes");
    assert!(
        good2.path.exists(),
        "damaged files do not push out a good one"
    );
    assert!(good5.path.exists());
    assert!(
        bad3.exists() && bad4.exists(),
        "damaged files are left alone"
    );
    // Even keeping 1, the newest good backup is the new one, never a
    // damaged file.
    let good6 =
        backup::write_into_folder(&store, folder.path(), 1, at("2026-12-06 09:00:00")).unwrap();
    assert!(good6.path.exists() && !good5.path.exists() && !good2.path.exists());
    assert_eq!(
        names_in(folder.path()).len(),
        3,
        "{:?}",
        names_in(folder.path())
    );
}

#[test]
fn leftovers_of_a_killed_automatic_backup_are_cleaned_up_and_only_this_handbooks() {
    let dir = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let other_dir = tempfile::tempdir().unwrap();
    let store = with_child(dir.path());
    drop(Store::open_with(other_dir.path(), &pass()).unwrap());
    let ours =
        backup::write_into_folder(&store, folder.path(), 5, at("2026-12-01 09:00:00")).unwrap();
    let head = std::fs::read(&ours.path).unwrap();
    let db = std::fs::read(dir.path().join(DB_FILE)).unwrap();
    let other_db = std::fs::read(other_dir.path().join(DB_FILE)).unwrap();
    let stale = "hagukumi-20261130-235959.hagukumi-backup";
    // What a run killed mid-way leaves: the unfinished file and (older
    // versions) the scratch image in the folder, the scratch in the data
    // dir; and the same names of another handbook, and a stranger's file.
    std::fs::write(
        folder.path().join(format!("{stale}.tmp")),
        &head[..head.len() / 2],
    )
    .unwrap();
    std::fs::write(folder.path().join(format!("{stale}.snapshot")), &db[..4096]).unwrap();
    std::fs::write(dir.path().join(format!("{stale}.snapshot")), &db[..4096]).unwrap();
    let foreign = "hagukumi-20261130-235958.hagukumi-backup.snapshot";
    std::fs::write(folder.path().join(foreign), &other_db[..4096]).unwrap();
    std::fs::write(folder.path().join("notes.tmp"), b"mine").unwrap();

    backup::write_into_folder(&store, folder.path(), 5, at("2026-12-02 09:00:00")).unwrap();
    let left = names_in(folder.path());
    assert_eq!(
        left,
        [
            foreign.to_owned(),
            "hagukumi-20261201-090000.hagukumi-backup".to_owned(),
            "hagukumi-20261202-090000.hagukumi-backup".to_owned(),
            "notes.tmp".to_owned(),
        ],
    );
    assert!(
        !names_in(dir.path())
            .iter()
            .any(|n| n.ends_with(".snapshot")),
        "{:?}",
        names_in(dir.path())
    );
}

#[test]
fn automatic_backups_are_never_written_inside_the_handbooks_own_folder() {
    let dir = tempfile::tempdir().unwrap();
    let store = with_child(dir.path());
    let before = names_in(dir.path());
    // `hagu backup` run from the handbook's folder writes into "." too.
    for folder in [dir.path().to_owned(), dir.path().join("backups")] {
        std::fs::create_dir_all(&folder).unwrap();
        let err =
            backup::write_into_folder(&store, &folder, 3, at("2026-12-03 09:00:00")).unwrap_err();
        assert_eq!(
            problem(err),
            BackupProblem::InsideHandbookFolder,
            "{folder:?}"
        );
    }
    assert_eq!(names_in(dir.path()), before);
    assert_eq!(
        std::fs::read_dir(dir.path().join("backups"))
            .unwrap()
            .count(),
        0
    );
}

#[test]
fn two_handbooks_backing_up_into_one_folder_in_the_same_second_keep_both() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let folder = tempfile::tempdir().unwrap();
    let first = with_child(a.path());
    let second = Store::open_with(b.path(), &pass()).unwrap();
    let when = at("2026-12-03 09:00:00");
    let written = backup::write_into_folder(&first, folder.path(), 3, when).unwrap();
    let before = std::fs::read(&written.path).unwrap();
    let err = backup::write_into_folder(&second, folder.path(), 3, when).unwrap_err();
    assert_eq!(problem(err), BackupProblem::WouldReplaceOtherFile);
    assert_eq!(
        std::fs::read(&written.path).unwrap(),
        before,
        "the first is kept"
    );
    // The second's next run (another second) is written.
    backup::write_into_folder(&second, folder.path(), 3, at("2026-12-03 10:00:00")).unwrap();
    assert_eq!(names_in(folder.path()).len(), 2);
}
