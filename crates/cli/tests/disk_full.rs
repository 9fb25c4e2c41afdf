//! A full disk during a write: a clear error, nothing saved, and the
//! handbook exactly as before. The built `hagu` runs under a file size
//! limit (`ulimit -f`, RLIMIT_FSIZE, with SIGXFSZ ignored so the write
//! fails with EFBIG instead of killing the process): unprivileged, and to
//! SQLite the same as a disk that takes no more.

#![cfg(unix)]

mod support;
use support::*;

use std::path::Path;
use std::process::Output;

fn hagu(dir: &Path, args: &[&str]) -> Output {
    support::hagu(dir, "en", args)
}

/// `hagu` with no file allowed to grow past `limit` bytes (rounded down to
/// the 512-byte blocks of `ulimit -f`).
fn hagu_limited(dir: &Path, lang: &str, limit: u64, args: &[&str]) -> Output {
    let blocks = (limit / 512).to_string();
    let script = r#"trap "" XFSZ; ulimit -f "$1"; shift; exec "$@""#;
    through_sh(script, &["sh", &blocks], dir, lang, args)
        .output()
        .expect("run sh")
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).unwrap()
}

/// The whole handbook as `hagu export --json` writes it, without the
/// moment of the export.
fn export(dir: &Path) -> serde_json::Value {
    exported(&hagu(dir, &["export", "--json"]))
}

fn exported(o: &Output) -> serde_json::Value {
    assert_exit(o, 0);
    let mut json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    json.as_object_mut().unwrap().remove("exported_at").unwrap();
    json
}

/// A valid JPEG (frame and scan headers, `size` bytes of image data).
fn jpeg(size: usize) -> Vec<u8> {
    let mut j = vec![
        0xFF, 0xD8, 0xFF, 0xC0, 0, 11, 8, 0, 64, 0, 64, 1, 1, 0x11, 0, 0xFF, 0xDA, 0, 8, 1, 1, 0,
        0, 0x3F, 0,
    ];
    j.extend((0..size).map(|i| (i % 251) as u8 & 0x7F));
    j.extend_from_slice(&[0xFF, 0xD9]);
    j
}

fn largest_file(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .max()
        .unwrap()
}

#[test]
fn a_full_disk_during_a_write_saves_nothing_and_says_what_to_do() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    add_child(dir, "ゆい", "2025-02-28");
    let o = hagu(dir, &note_add_args("寝返り"));
    assert_exit(&o, 0);
    let files = tempfile::tempdir().unwrap();
    let photo = files.path().join("big.jpg");
    std::fs::write(&photo, jpeg(2 * 1024 * 1024)).unwrap();
    let small = files.path().join("small.jpg");
    std::fs::write(&small, jpeg(1000)).unwrap();
    let before = export(dir);
    let db = dir.join(hagukumi_store::DB_FILE);
    let db_before = std::fs::read(&db).unwrap();

    // Room for the handbook as it is and a little more, not for a 2 MB
    // photo: the write-ahead log hits the limit halfway through.
    let limit = largest_file(dir) + 256 * 1024;
    let photo = photo.to_str().unwrap();
    let add_photo = |lang| {
        hagu_limited(
            dir,
            lang,
            limit,
            &["record", "photo", "add", "1", "1", photo],
        )
    };
    let o = add_photo("en");
    assert_exit(&o, 1);
    assert!(o.stdout.is_empty(), "{}", text(&o.stdout));
    assert_eq!(
        text(&o.stderr),
        "The device's storage is full, so this could not be saved. Nothing was saved: the handbook is as it was. Free up some space (delete photos, videos or apps you no longer need) and try again.\n"
    );
    let o = add_photo("ja");
    assert_exit(&o, 1);
    assert!(
        text(&o.stderr).starts_with("端末の空き容量が足りないため、保存できませんでした。"),
        "{}",
        text(&o.stderr)
    );
    // Not a byte of the database changed, it is sound, and it holds what
    // it held.
    assert_eq!(std::fs::read(&db).unwrap(), db_before);
    let o = hagu(dir, &["verify"]);
    assert_exit(&o, 0);
    assert!(
        text(&o.stdout).starts_with("The handbook is sound"),
        "{}",
        text(&o.stdout)
    );
    assert_eq!(export(dir), before);

    // The limit is what failed, nothing else: a small photo fits under it.
    let o = hagu_limited(
        dir,
        "en",
        limit,
        &["record", "photo", "add", "1", "1", small.to_str().unwrap()],
    );
    assert_exit(&o, 0);
    let o = hagu(dir, &["record", "photo", "list", "1", "--json"]);
    let listed: Vec<serde_json::Value> = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["size"], jpeg(1000).len());
}

#[test]
fn records_added_until_the_disk_is_full_stop_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    add_child(dir, "そら", "2023-05-01");
    // Notes of 1000 characters, a limit just above the handbook's size:
    // each added note must fit, until one does not. Everything runs under
    // the limit (the export too: it must not move the database's pages
    // past the limit when it closes), as on a device whose disk fills up.
    // The notes soon fill the database to the limit; then its write-ahead
    // log cannot be copied back into it and grows until it is the log that
    // cannot take the next note.
    let note = "あ".repeat(1000);
    let limit = largest_file(dir) + 16 * 1024;
    let mut saved = 0;
    let failed = loop {
        let before = exported(&hagu_limited(dir, "en", limit, &["export", "--json"]));
        let o = hagu_limited(dir, "en", limit, &note_add_args(&note));
        match o.status.code() {
            Some(0) => saved += 1,
            _ => break (o, before),
        }
        assert!(saved < 200, "the limit never bit");
    };
    let (o, before) = failed;
    assert_exit(&o, 1);
    assert!(
        text(&o.stderr).starts_with("The device's storage is full"),
        "{}",
        text(&o.stderr)
    );
    assert!(saved > 0, "the first note already failed");
    let o = hagu(dir, &["verify"]);
    assert_exit(&o, 0);
    assert_eq!(export(dir), before);
    assert_eq!(before["records"].as_array().unwrap().len(), saved);
}
