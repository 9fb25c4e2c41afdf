//! The real SQLCipher store on real files, keyed by passphrase (the OS
//! credential store path is tested in `keychain.rs`, inside a D-Bus session).

mod support;

use hagukumi_core::records::ChildBook;
use hagukumi_core::{ChildInput, Date, Language, PregnancyInput};
use hagukumi_store::{KeyMethod, KeySource, Store, StoreError, DB_FILE, SALT_FILE, SCHEMA_VERSION};
use std::path::Path;
use support::{new_child, snapshot};

fn today() -> Date {
    "2026-11-25".parse().unwrap()
}

fn pass(p: &str) -> KeySource {
    KeySource::Passphrase(p.into())
}

fn child(name: &str, birth: &str) -> hagukumi_core::NewChild {
    new_child(name, birth, today())
}

#[test]
fn records_and_language_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open_with(dir.path(), &pass("correct horse")).unwrap();
        assert_eq!(store.key_method(), KeyMethod::Passphrase);
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        assert!(store.is_empty().unwrap());
        assert_eq!(store.language().unwrap(), None);
        store.add_child(&child("ゆい", "2025-02-28")).unwrap();
        store.add_child(&child("Ken", "2021-07-01")).unwrap();
        let p = PregnancyInput {
            label: "".into(),
            expected_date: "2027-03-01".into(),
        }
        .validate(today())
        .unwrap();
        store.add_pregnancy(&p).unwrap();
        store.set_language(Language::En).unwrap();
    }
    let store = Store::open_with(dir.path(), &pass("correct horse")).unwrap();
    let names: Vec<_> = store
        .children()
        .unwrap()
        .into_iter()
        .map(|c| (c.name, c.birth_date.to_string()))
        .collect();
    assert_eq!(
        names,
        [
            ("Ken".to_owned(), "2021-07-01".to_owned()),
            ("ゆい".to_owned(), "2025-02-28".to_owned())
        ]
    );
    let pregnancies = store.pregnancies().unwrap();
    assert_eq!(pregnancies.len(), 1);
    assert_eq!(pregnancies[0].label, None);
    assert_eq!(store.language().unwrap(), Some(Language::En));
    let report = store.verify().unwrap();
    assert!(report.is_sound(), "{report:?}");
    assert_eq!(report.schema_version, SCHEMA_VERSION);
}

#[test]
fn wrong_passphrase_is_refused_and_changes_no_byte() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open_with(dir.path(), &pass("right-passphrase")).unwrap();
        store.add_child(&child("あおい", "2024-01-31")).unwrap();
    }
    let before = snapshot(dir.path());
    let err = Store::open_with(dir.path(), &pass("wrong-passphrase")).unwrap_err();
    assert!(matches!(err, StoreError::CannotOpen), "{err:?}");
    assert!(err.to_string().contains("wrong key"), "{err}");
    assert_eq!(
        snapshot(dir.path()),
        before,
        "a failed open changed the files"
    );
    // And the right key still works afterwards.
    let store = Store::open_with(dir.path(), &pass("right-passphrase")).unwrap();
    assert_eq!(store.children().unwrap().len(), 1);
}

#[test]
fn a_file_that_is_not_a_handbook_is_refused_untouched() {
    for content in [
        b"just some notes, not a database".to_vec(),
        (0..8192u32).map(|i| (i * 7 % 251) as u8).collect(),
    ] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(DB_FILE), &content).unwrap();
        std::fs::write(dir.path().join(SALT_FILE), [7u8; 16]).unwrap();
        let before = snapshot(dir.path());
        let err = Store::open_with(dir.path(), &pass("x")).unwrap_err();
        assert!(matches!(err, StoreError::CannotOpen), "{err:?}");
        assert_eq!(snapshot(dir.path()), before);
    }
}

#[test]
fn a_plain_sqlite_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(DB_FILE);
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES ('plain');")
        .unwrap();
    drop(conn);
    std::fs::write(dir.path().join(SALT_FILE), [1u8; 16]).unwrap();
    let before = snapshot(dir.path());
    assert!(matches!(
        Store::open_with(dir.path(), &pass("x")),
        Err(StoreError::CannotOpen)
    ));
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_passphrase_handbook_needs_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    Store::open_with(dir.path(), &pass("p-passphrase-12")).unwrap();
    assert!(dir.path().join(SALT_FILE).exists());
    let err = Store::open_with(dir.path(), &KeySource::OsCredentialStore).unwrap_err();
    assert!(matches!(err, StoreError::PassphraseRequired), "{err:?}");
}

#[test]
fn a_newer_schema_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open_with(dir.path(), &pass("p-passphrase-12")).unwrap();
        store.add_child(&child("みお", "2023-03-03")).unwrap();
    }
    // Pretend a future version wrote the file.
    {
        let salt = std::fs::read(dir.path().join(SALT_FILE)).unwrap();
        let conn = raw_open(dir.path(), "p-passphrase-12", &salt);
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = snapshot(dir.path());
    let err = Store::open_with(dir.path(), &pass("p-passphrase-12")).unwrap_err();
    assert!(
        matches!(err, StoreError::NewerSchema { found, supported } if found == SCHEMA_VERSION + 1 && supported == SCHEMA_VERSION),
        "{err:?}"
    );
    assert_eq!(snapshot(dir.path()), before);
}

/// Opens the file the way the store does, bypassing its checks.
fn raw_open(dir: &Path, passphrase: &str, salt: &[u8]) -> rusqlite::Connection {
    let mut key = [0u8; 32];
    ring::pbkdf2::derive(
        ring::pbkdf2::PBKDF2_HMAC_SHA256,
        std::num::NonZeroU32::new(hagukumi_store::key::PBKDF2_ITERATIONS).unwrap(),
        salt,
        passphrase.as_bytes(),
        &mut key,
    );
    let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
    let conn = rusqlite::Connection::open(dir.join(DB_FILE)).unwrap();
    conn.pragma_update(None, "key", format!("x'{hex}'"))
        .unwrap();
    conn
}

#[test]
fn no_plaintext_reaches_the_disk() {
    const SENTINEL: &str = "SENTINEL-Zq7xK9-ひみつの名前";
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_with(dir.path(), &pass("p-passphrase-12")).unwrap();
    // Force a rollback journal write as well as WAL frames: a transaction
    // that inserts the sentinel, then a checkpoint, with the store open.
    store.add_child(&child(SENTINEL, "2024-05-05")).unwrap();
    store.set_language(Language::En).unwrap();
    let check = |when: &str| {
        let mut seen = 0;
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            seen += 1;
            for needle in [
                SENTINEL.as_bytes(),
                "ひみつの名前".as_bytes(),
                b"SENTINEL-Zq7xK9",
                b"CREATE TABLE children",
            ] {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle),
                    "{when}: plaintext {:?} found in {}",
                    String::from_utf8_lossy(needle),
                    path.display()
                );
            }
        }
        seen
    };
    // While open: the WAL holds the new pages.
    let wal = dir.path().join(format!("{DB_FILE}-wal"));
    assert!(std::fs::metadata(&wal).unwrap().len() > 0, "WAL is in use");
    check("with the WAL");
    drop(store);
    check("after close");
    // The handbook really holds the name (the test would pass on an empty file otherwise).
    let store = Store::open_with(dir.path(), &pass("p-passphrase-12")).unwrap();
    assert_eq!(store.children().unwrap()[0].name, SENTINEL);
    // And the rollback journal of a non-WAL handbook is encrypted too.
    drop(store);
    let salt = std::fs::read(dir.path().join(SALT_FILE)).unwrap();
    let conn = raw_open(dir.path(), "p-passphrase-12", &salt);
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    conn.pragma_update(None, "journal_mode", "PERSIST").unwrap();
    conn.execute(
        "UPDATE children SET name = name || '!' WHERE name = ?1",
        [SENTINEL],
    )
    .unwrap();
    let journal = dir.path().join(format!("{DB_FILE}-journal"));
    assert!(
        std::fs::metadata(&journal).unwrap().len() > 0,
        "journal kept"
    );
    assert!(check("with a rollback journal") >= 3);
}

#[test]
fn demo_family_fills_an_empty_handbook_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_with(dir.path(), &pass("p-passphrase-12")).unwrap();
    assert!(store.seed_demo(today()).unwrap());
    let n = store.children().unwrap().len();
    assert_eq!(n, 2);
    assert_eq!(store.pregnancies().unwrap().len(), 1);
    // The demo children have their vaccinations and measurements.
    for child in store.children().unwrap() {
        let records = store.list::<ChildBook>(child.id, None, false).unwrap();
        let kinds: std::collections::HashSet<_> = records.iter().map(|r| r.data.kind()).collect();
        assert!(
            kinds.contains(&hagukumi_core::records::RecordKind::Vaccination)
                && kinds.contains(&hagukumi_core::records::RecordKind::Measurement),
            "{}: {kinds:?}",
            child.name
        );
    }
    assert!(!store.seed_demo(today()).unwrap(), "second seed is a no-op");
    assert_eq!(store.children().unwrap().len(), n);
}

#[test]
fn the_database_rejects_what_validation_would() {
    // Defence in depth: even a bypassing writer cannot store an empty name
    // or a malformed date.
    let dir = tempfile::tempdir().unwrap();
    Store::open_with(dir.path(), &pass("p-passphrase-12")).unwrap();
    let salt = std::fs::read(dir.path().join(SALT_FILE)).unwrap();
    let conn = raw_open(dir.path(), "p-passphrase-12", &salt);
    for (name, date) in [("", "2024-01-01"), ("a", "2024-02-30"), ("a", "2024/01/01")] {
        assert!(
            conn.execute(
                "INSERT INTO children (name, birth_date) VALUES (?1, ?2)",
                [name, date]
            )
            .is_err(),
            "{name:?} {date:?} was accepted"
        );
    }
}

#[test]
fn verify_reports_a_damaged_page() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open_with(dir.path(), &pass("p-passphrase-12")).unwrap();
        // Enough children to fill pages of their own after the schema's
        // (which no longer fits in page 1 alone).
        for i in 0..400 {
            store
                .add_child(&child(&format!("child {i}"), "2020-01-01"))
                .unwrap();
        }
        assert!(store.verify().unwrap().is_sound());
    }
    // Flip bytes in the middle of the last page: children, not the schema.
    let db = dir.path().join(DB_FILE);
    let mut bytes = std::fs::read(&db).unwrap();
    assert!(bytes.len() >= 8192, "at least two pages");
    let at = bytes.len() - 4096 + 2000;
    for b in &mut bytes[at..at + 16] {
        *b ^= 0x5a;
    }
    std::fs::write(&db, bytes).unwrap();
    let store = Store::open_with(dir.path(), &pass("p-passphrase-12")).unwrap();
    let report = store.verify().unwrap();
    assert!(!report.is_sound(), "damage went unnoticed");
}

#[test]
fn a_childs_sex_is_kept_and_can_be_changed() {
    use hagukumi_core::growth::Sex;
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let store = Store::open_with(dir.path(), &pass("p-passphrase-12")).unwrap();
        let input = ChildInput {
            name: "りお".into(),
            birth_date: "2025-01-01".into(),
            sex: "female".into(),
        };
        store
            .add_child(&input.validate(today()).unwrap())
            .unwrap()
            .id
    };
    let store = Store::open_with(dir.path(), &pass("p-passphrase-12")).unwrap();
    assert_eq!(store.children().unwrap()[0].sex, Some(Sex::Female));
    assert!(store.set_child_sex(id, Some(Sex::Male)).unwrap());
    assert_eq!(store.children().unwrap()[0].sex, Some(Sex::Male));
    assert!(store.set_child_sex(id, None).unwrap());
    assert_eq!(store.children().unwrap()[0].sex, None);
    assert!(!store.set_child_sex(id + 1, None).unwrap(), "no such child");
}
