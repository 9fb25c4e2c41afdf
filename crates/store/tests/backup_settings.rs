//! Automatic-backup settings and outcome in the real encrypted store: off
//! until set, kept across reopening, a success clears the last problem.

mod support;

use hagukumi_core::backup::AutoBackup;
use hagukumi_store::AutoBackupStatus;
use support::{at, open};

#[test]
fn automatic_backups_are_off_until_set_and_the_outcome_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    assert_eq!(store.auto_backup().unwrap(), None);
    assert_eq!(
        store.auto_backup_status().unwrap(),
        AutoBackupStatus::default()
    );
    let chosen = AutoBackup {
        folder: "/home/hanako/Drive/はぐくみ".into(),
        keep: 5,
    };
    store.set_auto_backup(Some(&chosen)).unwrap();
    store
        .record_auto_backup_problem(at("2026-12-01 09:00"), "error-store-io", "disk full")
        .unwrap();
    drop(store);

    let mut store = open(dir.path());
    assert_eq!(store.auto_backup().unwrap(), Some(chosen.clone()));
    let status = store.auto_backup_status().unwrap();
    assert_eq!(status.last_at, None);
    assert_eq!(
        status.problem,
        Some((
            "error-store-io".into(),
            "disk full".into(),
            at("2026-12-01 09:00")
        ))
    );
    store
        .record_auto_backup(
            at("2026-12-02 09:00"),
            "hagukumi-20261202-090000.hagukumi-backup",
        )
        .unwrap();
    let status = store.auto_backup_status().unwrap();
    assert_eq!(status.last_at, Some(at("2026-12-02 09:00")));
    assert_eq!(
        status.last_file.as_deref(),
        Some("hagukumi-20261202-090000.hagukumi-backup")
    );
    assert_eq!(status.problem, None, "a success clears the last problem");

    // Off again: the folder is forgotten, the last backup is still known.
    store.set_auto_backup(None).unwrap();
    assert_eq!(store.auto_backup().unwrap(), None);
    assert_eq!(
        store.auto_backup_status().unwrap().last_at,
        Some(at("2026-12-02 09:00"))
    );
    // Other settings are untouched.
    assert_eq!(store.language().unwrap(), None);
}
