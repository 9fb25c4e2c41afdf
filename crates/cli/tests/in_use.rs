//! `hagu restore` and `hagu recover` replace files under the handbook: they
//! refuse while the app holds the handbook's lock (`hagukumi.lock`), and
//! change nothing. Other commands go on.

mod support;
use support::*;

use hagukumi_store::in_use;
use std::sync::Mutex;

/// The tests of this file run one at a time: a `hagu` started by one test
/// shares, for the instant between its fork and its exec, the open lock
/// file of the other, which would keep that lock held a moment after it
/// was dropped.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

#[test]
fn restore_and_recover_refuse_while_the_app_has_the_handbook_open() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("hb");
    let o = hagu(&dir, "en", &["init"]);
    assert_eq!(o.status.code(), Some(0), "{}", all_text(&o));
    let code = String::from_utf8_lossy(&o.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Recovery code: "))
        .expect("a recovery code")
        .to_owned();
    let file = tmp.path().join("b.hagukumi-backup");
    let file = file.to_str().unwrap();
    let o = hagu(&dir, "en", &["backup", "--output", file]);
    assert_eq!(o.status.code(), Some(0), "{}", all_text(&o));
    let db = std::fs::read(dir.join(hagukumi_store::DB_FILE)).unwrap();

    // The app holds the lock (here: this test, as the app does).
    let held = in_use::hold(&dir).unwrap();
    for (lang, words) in [("en", "open in the app"), ("ja", "アプリで開いています")] {
        for args in [
            vec!["restore", file, "--recovery-code", &code],
            vec!["recover", "--recovery-code", &code],
        ] {
            let o = hagu(&dir, lang, &args);
            assert_eq!(o.status.code(), Some(4), "{args:?}: {}", all_text(&o));
            assert!(all_text(&o).contains(words), "{}", all_text(&o));
        }
    }
    assert_eq!(
        std::fs::read(dir.join(hagukumi_store::DB_FILE)).unwrap(),
        db
    );
    // Other commands go on while the app runs.
    let o = hagu(&dir, "en", &["backup", "--output", file]);
    assert_eq!(o.status.code(), Some(0), "{}", all_text(&o));

    // Once the app is closed, the restore goes ahead.
    drop(held);
    let o = hagu(&dir, "en", &["restore", file, "--recovery-code", &code]);
    assert_eq!(o.status.code(), Some(0), "{}", all_text(&o));
}

#[test]
fn without_the_app_no_lock_file_is_made() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let tmp = tempfile::tempdir().unwrap();
    in_use::refuse_if_in_use(tmp.path()).unwrap();
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0);
    let held = in_use::hold(tmp.path()).unwrap();
    assert!(matches!(
        in_use::refuse_if_in_use(tmp.path()),
        Err(hagukumi_store::StoreError::InUse)
    ));
    assert!(matches!(
        in_use::hold(tmp.path()),
        Err(hagukumi_store::StoreError::InUse)
    ));
    drop(held);
    in_use::refuse_if_in_use(tmp.path()).unwrap();
}
