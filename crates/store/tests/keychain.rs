//! The OS credential store path against a real Secret Service.
//!
//! Needs a running, unlocked gnome-keyring in a D-Bus session, so these are
//! `#[ignore]`d in a plain `cargo test`; `cargo xtask test` runs them inside
//! `dbus-run-session` with a freshly unlocked keyring.

use hagukumi_core::{ChildInput, Date};
use hagukumi_store::{keychain, KeyMethod, KeySource, Store, StoreError, DB_FILE, SALT_FILE};

fn today() -> Date {
    "2026-11-25".parse().unwrap()
}

#[test]
#[ignore = "needs a Secret Service: run by `cargo xtask test`"]
fn key_kept_in_the_os_credential_store() {
    let dir = tempfile::tempdir().unwrap();
    let child = ChildInput {
        name: "KEYCHAIN-SENTINEL-りん".into(),
        birth_date: "2025-08-31".into(),
        ..Default::default()
    }
    .validate(today())
    .unwrap();
    {
        let store = Store::open_with(dir.path(), &KeySource::OsCredentialStore).unwrap();
        assert_eq!(store.key_method(), KeyMethod::OsCredentialStore);
        store.add_child(&child).unwrap();
    }
    assert!(
        !dir.path().join(SALT_FILE).exists(),
        "nothing about the key is kept beside the database"
    );
    let db = std::fs::read(dir.path().join(DB_FILE)).unwrap();
    assert!(!db
        .windows(b"KEYCHAIN-SENTINEL".len())
        .any(|w| w == b"KEYCHAIN-SENTINEL"));

    // Reopening finds the key again, also through the default key source:
    // no salt file beside the database means "ask the keychain".
    for source in [KeySource::OsCredentialStore, KeySource::FromEnvironment] {
        let store = Store::open_with(dir.path(), &source).unwrap();
        assert_eq!(store.children().unwrap()[0].name, "KEYCHAIN-SENTINEL-りん");
    }
    // A second handbook gets its own key.
    let other = tempfile::tempdir().unwrap();
    Store::open_with(other.path(), &KeySource::OsCredentialStore).unwrap();

    // Without its key the handbook is refused and left as it was.
    keychain::forget(&dir.path().join(DB_FILE)).unwrap();
    let before = std::fs::read(dir.path().join(DB_FILE)).unwrap();
    let err = Store::open_with(dir.path(), &KeySource::OsCredentialStore).unwrap_err();
    assert!(matches!(err, StoreError::KeyMissing), "{err:?}");
    assert_eq!(std::fs::read(dir.path().join(DB_FILE)).unwrap(), before);
    keychain::forget(&other.path().join(DB_FILE)).unwrap();
}

#[test]
#[ignore = "needs a Secret Service: run by `cargo xtask test`"]
fn the_app_lock_is_kept_under_the_handbook_id_and_read_before_opening() {
    use hagukumi_core::app_lock::SecretKind;
    use hagukumi_store::keychain::app_lock::AppLock;
    use hagukumi_store::HandbookId;
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open_with(dir.path(), &KeySource::OsCredentialStore).unwrap());
    let id = HandbookId::of_file(&dir.path().join(DB_FILE)).unwrap();
    assert!(AppLock::load(&id).unwrap().is_none());
    let mut lock = AppLock::new(SecretKind::Passphrase, "ながい合言葉です", 10, None).unwrap();
    lock.save(&id).unwrap();
    let mut kept = AppLock::load(&id).unwrap().expect("kept");
    assert!(kept.verify("ながい合言葉です"));
    assert!(!kept.verify("ちがう合言葉です"));
    assert_eq!(kept.idle_minutes, 10);
    // Failed attempts survive a restart.
    kept.failures = 5;
    kept.last_failure = Some("2026-11-25T10:00:00".parse().unwrap());
    kept.save(&id).unwrap();
    lock = AppLock::load(&id).unwrap().unwrap();
    assert_eq!(lock.failures, 5);
    assert_eq!(lock.last_failure, kept.last_failure);
    AppLock::remove(&id).unwrap();
    assert!(AppLock::load(&id).unwrap().is_none());
    AppLock::remove(&id).unwrap();
    keychain::forget(&dir.path().join(DB_FILE)).unwrap();
}
