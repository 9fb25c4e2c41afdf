//! A new device's fresh handbook makes room for a restored backup: set
//! aside only when empty, put back when the restore fails, discarded with
//! its key once the restored handbook is open.

mod support;

use hagukumi_core::Date;
use hagukumi_store::set_aside::NotSetAside;
use hagukumi_store::{backup, keychain, KeySource, Store, DB_FILE};

fn today() -> Date {
    "2026-12-03".parse().unwrap()
}

fn add_child(store: &Store, name: &str) {
    support::add_child(store, name, "2025-08-31", today());
}

fn passphrase() -> KeySource {
    KeySource::Passphrase("a long passphrase".into())
}

#[test]
fn only_an_empty_handbook_is_set_aside_and_it_comes_back_whole() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_with(dir.path(), &passphrase()).unwrap();
    let id = store.handbook_id();
    let code = store.recovery_code().unwrap().unwrap();
    add_child(&store, "ゆい");
    let Err(NotSetAside::NotEmpty(store)) = store.set_aside_if_empty() else {
        panic!("a handbook with a child is never set aside");
    };
    assert_eq!(store.children().unwrap().len(), 1, "returned as it was");
    drop(store);

    let empty = tempfile::tempdir().unwrap();
    let store = Store::open_with(empty.path(), &passphrase()).unwrap();
    let id_empty = store.handbook_id();
    assert_ne!(id_empty, id);
    let aside = store.set_aside_if_empty().unwrap();
    assert!(!empty.path().join(DB_FILE).exists(), "the folder is free");
    aside.put_back().unwrap();
    let store = Store::open_with(empty.path(), &passphrase()).unwrap();
    assert_eq!(store.handbook_id(), id_empty, "the same handbook is back");
    assert!(store.recovery_code().unwrap().unwrap() != code);
    store.set_aside_if_empty().unwrap().discard(&id).unwrap();
    assert_eq!(
        std::fs::read_dir(empty.path()).unwrap().count(),
        0,
        "nothing left after discarding"
    );
}

#[test]
#[ignore = "needs a Secret Service: run by `cargo xtask test`"]
fn a_backup_is_restored_where_a_new_device_made_a_fresh_handbook() {
    let root = tempfile::tempdir().unwrap();
    let (old, new) = (root.path().join("old"), root.path().join("new"));
    let file = root.path().join("moving.hagukumi-backup");
    let store = Store::open_with(&old, &KeySource::OsCredentialStore).unwrap();
    add_child(&store, "はると");
    let code = store.recovery_code().unwrap().unwrap();
    backup::write(&store, &file).unwrap();
    drop(store);

    let fresh = Store::open_with(&new, &KeySource::OsCredentialStore).unwrap();
    let fresh_id = fresh.handbook_id();
    // The fresh handbook is another one: refused while it is in the way.
    drop(fresh);
    assert!(backup::restore(&file, &code, &new).is_err());
    let fresh = Store::open_with(&new, &KeySource::OsCredentialStore).unwrap();
    assert_eq!(fresh.handbook_id(), fresh_id, "left as it was");
    let aside = fresh.set_aside_if_empty().unwrap();
    let restored = backup::restore(&file, &code, &new).unwrap();
    aside.discard(&restored.handbook_id()).unwrap();
    assert_eq!(restored.children().unwrap()[0].name, "はると");
    drop(restored);
    let reopened = Store::open_with(&new, &KeySource::OsCredentialStore).unwrap();
    assert_eq!(reopened.children().unwrap()[0].name, "はると");
    drop(reopened);
    keychain::forget(&old.join(DB_FILE)).unwrap();
}

#[test]
#[ignore = "needs a Secret Service: run by `cargo xtask test`"]
fn an_old_empty_copy_of_the_same_handbook_set_aside_does_not_take_the_restored_ones_key() {
    let root = tempfile::tempdir().unwrap();
    let (old, new) = (root.path().join("old"), root.path().join("new"));
    let file = root.path().join("same.hagukumi-backup");
    let store = Store::open_with(&old, &KeySource::OsCredentialStore).unwrap();
    let id = store.handbook_id();
    let code = store.recovery_code().unwrap().unwrap();
    drop(store);
    // A copy of the handbook made before any child was added (a device or
    // OS restore): the same id, so the same key entry.
    std::fs::create_dir(&new).unwrap();
    for entry in std::fs::read_dir(&old).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), new.join(entry.file_name())).unwrap();
    }
    let store = Store::open_with(&old, &KeySource::OsCredentialStore).unwrap();
    add_child(&store, "めい");
    backup::write(&store, &file).unwrap();
    drop(store);

    let copy = Store::open_with(&new, &KeySource::OsCredentialStore).unwrap();
    assert_eq!(copy.handbook_id(), id);
    let aside = copy.set_aside_if_empty().unwrap();
    let restored = backup::restore(&file, &code, &new).unwrap();
    aside.discard(&restored.handbook_id()).unwrap();
    drop(restored);
    // The next start finds the key: no "key missing" after the restore.
    let reopened = Store::open_existing(&new, &KeySource::OsCredentialStore).unwrap();
    assert_eq!(reopened.children().unwrap()[0].name, "めい");
    assert!(!new.join("set-aside").exists(), "the copy is gone");
    drop(reopened);
    keychain::forget_key(&id).unwrap();
}
