//! A handbook of 50,000 records, in the real app: the SAMPLE big handbook
//! (`export::sample::big_handbook`) imported through `hagu import`; the
//! child's screen shows its newest rows first, a window of them
//! (`FIRST_ROWS`), the next page when the parent scrolls to their end
//! beside the form (a desktop; on a phone scrolling down to the form
//! below them loads nothing) and the one after with "more"; the deleted rows are counted and read when
//! opened, each with its undo; home still plans (its next actions).
//!
//! Needs a display (Xvfb), tauri-driver, WebKitWebDriver, an unlocked
//! Secret Service and a session bus; `cargo xtask test` provides them and
//! runs these with `--include-ignored`. Needs `hagu` built
//! (`cargo build -p hagukumi-cli --bin hagu`).

use hagukumi_core::book::{FIRST_ROWS, PAGE_ROWS};
use hagukumi_core::Language;
use hagukumi_e2e::{screenshots, serial, target_dir, Driver};
use hagukumi_i18n::Localizer;
use hagukumi_store::export::sample::{big_handbook, BIG_CHILD_NAME};
use std::process::Command;
use std::time::Instant;

const RECORDS: usize = 50_000;

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn a_child_with_50000_records_shows_a_window_of_its_newest_rows_and_more_as_it_scrolls() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let today = chrono::Local::now().date_naive();
    let file = data.path().join("big-export.json");
    let export = big_handbook(RECORDS, today);
    std::fs::write(&file, serde_json::to_vec(&export).unwrap()).unwrap();
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
    s.wait_count("the first rows", "#records > li.record-row", FIRST_ROWS);
    eprintln!(
        "big handbook: first rows shown {:?} after the tap",
        started.elapsed()
    );
    // Newest first: the first row is the newest record, today's.
    let first_date = s.text_now("#records > li.record-row:first-child .record-date");
    let dates = s.texts_now("#records > li.record-row .record-date");
    assert_eq!(dates.len(), FIRST_ROWS);
    assert!(!first_date.is_empty());
    s.capture("big-handbook-child");
    // One window of rows, no more: the first rows reach past the bottom
    // of a phone's and a desktop window's height, and nothing more is
    // read while the end of the list is out of sight.
    for (w, h) in [(390, 844), (1280, 800)] {
        s.resize(w, h);
        let (span, height) = (
            s.execute(&format!(
                "const r = document.querySelectorAll('#records > li.record-row'); \
                 return r[{}].getBoundingClientRect().bottom - r[0].getBoundingClientRect().top;",
                FIRST_ROWS - 1
            )),
            s.execute("return window.innerHeight;"),
        );
        let (span, height) = (span.as_f64().unwrap(), height.as_f64().unwrap());
        eprintln!("big handbook: {FIRST_ROWS} rows span {span} px of a {w}×{height} px window");
        assert!(
            span >= height,
            "{FIRST_ROWS} rows span {span} px, less than the {w}×{h} window's {height} px"
        );
    }
    assert_eq!(s.find_all("#records > li.record-row").len(), FIRST_ROWS);

    // On a phone the record form follows the rows: scrolling down to it
    // loads no more rows (they would push it away, page after page, out of
    // the parent's reach); "more" is there for the next page.
    s.resize(390, 844);
    for step in [
        "const r = document.querySelectorAll('#records > li.record-row'); \
         r[r.length - 1].scrollIntoView({block: 'end'});",
        "document.getElementById('record-form').scrollIntoView({block: 'center'});",
    ] {
        s.execute(step);
        std::thread::sleep(std::time::Duration::from_millis(1500));
        assert_eq!(
            s.find_all("#records > li.record-row").len(),
            FIRST_ROWS,
            "rows loaded while the parent scrolled past the end of the rows to the form on a phone"
        );
    }
    let form = s.execute(
        "const r = document.getElementById('record-form').getBoundingClientRect(); \
         return r.top >= 0 && r.top < window.innerHeight;",
    );
    assert_eq!(form.as_bool(), Some(true), "the form in sight on a phone");
    s.screenshot(&screenshots().join("big-handbook-form-phone.png"))
        .unwrap();
    s.execute("window.scrollTo(0, 0);");
    s.resize(1280, 800);

    // Beside the form (a desktop), scrolling to the end of the rows brings
    // the next page, after them (the window may bring one more where the
    // new end is again within a window's height: the count is read once it
    // has settled).
    s.execute(
        "const r = document.querySelectorAll('#records > li.record-row'); \
         r[r.length - 1].scrollIntoView({block: 'end'});",
    );
    let scrolled = s.wait_until("the next page, as the parent scrolls", || {
        let n = settled_rows(&s);
        (n >= FIRST_ROWS + PAGE_ROWS).then_some(n)
    });
    let ids = row_ids(&s);
    assert_eq!(ids.len(), scrolled);
    assert_eq!(
        &s.texts_now("#records > li.record-row .record-date")[..FIRST_ROWS],
        &dates[..],
        "the first rows stay, the next follow"
    );

    // "More" (the keyboard's and the screen reader's way) brings the next,
    // after the rows shown, none of them twice.
    s.press("#records-more");
    s.wait_until("the page after it", || {
        (settled_rows(&s) >= scrolled + PAGE_ROWS).then_some(())
    });
    let after = row_ids(&s);
    assert_eq!(
        &after[..scrolled],
        &ids[..],
        "the rows shown stay, in order"
    );
    let mut unique = after.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), after.len(), "no row twice");
    s.capture_at("big-handbook-more", "#records-more");

    // The deleted rows of the last days: counted on the first load, read
    // when the parent opens them, each with its undo.
    let ja = Localizer::new(Language::Ja);
    let deleted = export
        .records
        .iter()
        .filter(|r| r.deleted_at.is_some())
        .count();
    assert!(deleted > 0);
    let said = |n: usize| ja.format("child-deleted", &[("count", n.into())]);
    assert_eq!(s.text_now("#deleted-records-open"), said(deleted));
    assert!(s.find_all("#deleted-records li").is_empty(), "not read yet");
    s.press("#deleted-records-open");
    s.wait_count("the deleted rows", "#deleted-records li", deleted);
    s.capture_at("big-handbook-deleted", "#deleted-records-open");
    // The newest deletion (yesterday's): the first row.
    s.press("#deleted-records li:first-child .record-restore");
    s.wait_count("one undone", "#deleted-records li", deleted - 1);
    s.wait_text_now(
        "the count after the undo",
        "#deleted-records-open",
        said(deleted - 1),
    );
}

/// The number of record rows once it has stayed the same for a second (a
/// page on its way has arrived), or after ten seconds of change.
fn settled_rows(s: &hagukumi_e2e::Session) -> usize {
    let count = || s.find_all("#records > li.record-row").len();
    let mut n = count();
    for _ in 0..10 {
        std::thread::sleep(std::time::Duration::from_millis(1000));
        let now = count();
        if now == n {
            break;
        }
        n = now;
    }
    n
}

/// The ids of the record rows shown, in order.
fn row_ids(s: &hagukumi_e2e::Session) -> Vec<String> {
    s.execute(
        "return Array.from(document.querySelectorAll('#records > li.record-row'), r => r.id);",
    )
    .as_array()
    .unwrap()
    .iter()
    .map(|v| v.as_str().unwrap().to_owned())
    .collect()
}
