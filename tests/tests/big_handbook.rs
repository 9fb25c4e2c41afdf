//! A handbook of 50,000 records, in the real app: the SAMPLE big handbook
//! (`export::sample::big_handbook`) imported through `hagu import`; the
//! child's screen shows its newest rows first, a page of them, and "more"
//! brings the next page; home still plans (its next actions).
//!
//! Needs a display (Xvfb), tauri-driver, WebKitWebDriver, an unlocked
//! Secret Service and a session bus; `cargo xtask test` provides them and
//! runs these with `--include-ignored`. Needs `hagu` built
//! (`cargo build -p hagukumi-cli --bin hagu`).

use hagukumi_core::book::PAGE_ROWS;
use hagukumi_e2e::{serial, target_dir, Driver};
use hagukumi_store::export::sample::{big_handbook, BIG_CHILD_NAME};
use std::process::Command;
use std::time::Instant;

const RECORDS: usize = 50_000;

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn a_child_with_50000_records_shows_its_newest_rows_and_more() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let today = chrono::Local::now().date_naive();
    let file = data.path().join("big-export.json");
    std::fs::write(
        &file,
        serde_json::to_vec(&big_handbook(RECORDS, today)).unwrap(),
    )
    .unwrap();
    let hagu = target_dir().join("debug/hagu");
    assert!(
        hagu.exists(),
        "build hagu first: cargo build -p hagukumi-cli --bin hagu"
    );
    let handbook = data.path().join("handbook");
    let imported = Command::new(&hagu)
        .arg("--data-dir")
        .arg(&handbook)
        .args(["import", "--json"])
        .arg(&file)
        .env_remove("HAGUKUMI_PASSPHRASE")
        .env("HAGUKUMI_LANG", "ja")
        .output()
        .unwrap();
    assert!(
        imported.status.success(),
        "hagu import: {}",
        String::from_utf8_lossy(&imported.stderr)
    );

    let driver = Driver::keychain(&handbook);
    let s = driver.session(&[]);
    s.wait_until("the child on home", || {
        (s.names_on_home() == [BIG_CHILD_NAME]).then_some(())
    });
    // Home plans from the vaccinations and checkups alone.
    s.wait_for("#next-actions li");
    s.capture("big-handbook-home");

    let started = Instant::now();
    s.press(".child-card");
    s.wait_count(
        "the first page of rows",
        "#records > li.record-row",
        PAGE_ROWS,
    );
    eprintln!(
        "big handbook: first rows shown {:?} after the tap",
        started.elapsed()
    );
    // Newest first: the first row is the newest record, today's.
    let first_date = s.text_now("#records > li.record-row:first-child .record-date");
    let dates = s.texts_now("#records > li.record-row .record-date");
    assert_eq!(dates.len(), PAGE_ROWS);
    assert!(!first_date.is_empty());
    // The deleted rows of the last days are offered for undo.
    assert!(!s.find_all("#deleted-records li").is_empty());
    s.capture("big-handbook-child");

    s.press("#records-more");
    s.wait_count("the second page", "#records > li.record-row", 2 * PAGE_ROWS);
    let more = s.texts_now("#records > li.record-row .record-date");
    assert_eq!(
        &more[..PAGE_ROWS],
        &dates[..],
        "the first page stays, the next follows"
    );
    s.capture_at("big-handbook-more", "#records-more");
}
