//! Writing backups never harms anything else: "Back up now" and `hagu
//! backup -o` replace only an older Hagukumi backup and never write inside
//! the handbook's own folder; automatic backups check what they write,
//! rotate only backups that are whole, and never make up a missing folder.
//! Real SQLCipher files under a passphrase (no credential store needed).

use hagukumi_core::{ChildInput, Date};
use hagukumi_store::{backup, BackupProblem, KeySource, Store, StoreError, DB_FILE};
use std::path::Path;

fn today() -> Date {
    "2026-12-03".parse().unwrap()
}

fn pass() -> KeySource {
    KeySource::Passphrase("twelve chars ok".into())
}

fn with_child(dir: &Path) -> Store {
    let store = Store::open_with(dir, &pass()).unwrap();
    let child = ChildInput {
        name: "さくら".into(),
        birth_date: "2025-08-31".into(),
        ..Default::default()
    }
    .validate(today())
    .unwrap();
    store.add_child(&child).unwrap();
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
