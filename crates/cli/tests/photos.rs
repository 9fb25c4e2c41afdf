//! `hagu record photo add|list|export|delete`, run as a user runs them (the
//! built binary, a passphrase handbook): a camera photo goes in without its
//! Exif and location, comes out as stored, and the app's limits hold.

use hagukumi_core::photo::{sanitize, MAX_PHOTOS_PER_RECORD, MAX_PHOTO_BYTES};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PASSPHRASE: &str = "correct horse battery staple";

fn hagu(dir: &Path, lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hagu"))
        .arg("--data-dir")
        .arg(dir)
        .env("HAGUKUMI_LANG", lang)
        .env("HAGUKUMI_PASSPHRASE", PASSPHRASE)
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .args(args)
        .output()
        .expect("run hagu")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[track_caller]
fn assert_exit(o: &Output, code: i32) {
    assert_eq!(
        o.status.code(),
        Some(code),
        "stdout:\n{}\nstderr:\n{}",
        stdout(o),
        stderr(o)
    );
}

/// A real camera JPEG whose Exif names the camera and a GPS position.
fn camera_photo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/photo-with-gps.jpg")
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// A handbook with two children (ids 1 and 2), a note for each (records 1
/// and 2) and a deleted note of the first child (record 3).
fn handbook() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    assert_exit(&hagu(dir, "en", &["init"]), 0);
    for (name, birth) in [("ゆい", "2025-02-28"), ("そら", "2023-05-01")] {
        let o = hagu(
            dir,
            "en",
            &["child", "add", "--name", name, "--birth", birth],
        );
        assert_exit(&o, 0);
    }
    for (child, text) in [("1", "寝返り"), ("2", "公園"), ("1", "消したメモ")] {
        let o = hagu(
            dir,
            "en",
            &[
                "record",
                "add",
                "--child",
                child,
                "note",
                "--date",
                "2025-06-01",
                "--text",
                text,
            ],
        );
        assert_exit(&o, 0);
    }
    assert_exit(&hagu(dir, "en", &["record", "delete", "3"]), 0);
    tmp
}

fn list_json(dir: &Path, args: &[&str]) -> Vec<serde_json::Value> {
    let mut all = vec!["record", "photo", "list"];
    all.extend_from_slice(args);
    all.push("--json");
    let o = hagu(dir, "en", &all);
    assert_exit(&o, 0);
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn a_camera_photo_goes_in_without_its_location_and_comes_out_as_stored() {
    let tmp = handbook();
    let dir = tmp.path();
    let original = std::fs::read(camera_photo()).unwrap();
    assert!(contains(&original, b"HagukumiTestCamera"));
    let photo = camera_photo();
    let photo = photo.to_str().unwrap();

    let o = hagu(dir, "en", &["record", "photo", "add", "1", "1", photo]);
    assert_exit(&o, 0);
    let clean = sanitize(&original).unwrap().bytes;
    assert!(clean.len() < original.len());
    assert_eq!(
        stdout(&o),
        format!(
            "Added photo #1 to record #1 (image/jpeg, {} bytes). Location and other details were removed.\n",
            clean.len()
        )
    );

    // Listed with its id, record, type and size; the other child has none.
    let listed = list_json(dir, &["1"]);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["id"], 1);
    assert_eq!(listed[0]["record_id"], 1);
    assert_eq!(listed[0]["mime"], "image/jpeg");
    assert_eq!(listed[0]["size"], clean.len());
    assert_eq!(list_json(dir, &["1", "1"]), listed);
    assert!(list_json(dir, &["2"]).is_empty());
    let o = hagu(dir, "ja", &["record", "photo", "list", "1"]);
    assert_exit(&o, 0);
    let line = stdout(&o);
    assert!(
        line.starts_with(&format!(
            "#1  記録 #1  image/jpeg  {} バイト  ",
            clean.len()
        )),
        "{line}"
    );
    let o = hagu(dir, "en", &["record", "photo", "list", "2"]);
    assert_eq!(
        stdout(&o),
        "No photos. Add one with \"hagu record photo add\".\n"
    );

    // Exported to a file and to stdout: the cleaned bytes, no Exif, no
    // camera, nothing else.
    let out = dir.join("out.jpg");
    let o = hagu(
        dir,
        "en",
        &["record", "photo", "export", "1", out.to_str().unwrap()],
    );
    assert_exit(&o, 0);
    assert!(stdout(&o).starts_with("Wrote photo #1 (image/jpeg, "));
    let exported = std::fs::read(&out).unwrap();
    assert_eq!(exported, clean);
    assert!(!contains(&exported, b"HagukumiTestCamera"));
    assert!(!contains(&exported, b"Exif\0\0"));
    let o = hagu(dir, "en", &["record", "photo", "export", "1", "-"]);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, clean);

    // Deleted for good.
    let o = hagu(dir, "en", &["record", "photo", "delete", "1"]);
    assert_exit(&o, 0);
    assert_eq!(stdout(&o), "Deleted photo #1 for good.\n");
    assert!(list_json(dir, &["1"]).is_empty());
    for args in [&["delete", "1"][..], &["export", "1", "-"]] {
        let mut all = vec!["record", "photo"];
        all.extend_from_slice(args);
        let o = hagu(dir, "en", &all);
        assert_exit(&o, 3);
        assert!(o.stdout.is_empty());
        assert_eq!(
            stderr(&o),
            "There is no photo with id 1. See \"hagu record photo list\". Nothing was changed.\n"
        );
    }
}

#[test]
fn photos_the_app_would_refuse_are_refused_and_nothing_is_saved() {
    let tmp = handbook();
    let dir = tmp.path();
    let photo = camera_photo();
    let photo = photo.to_str().unwrap();
    let refused = |args: &[&str], code: i32, message: &str| {
        let mut all = vec!["record", "photo", "add"];
        all.extend_from_slice(args);
        let o = hagu(dir, "en", &all);
        assert_exit(&o, code);
        assert!(o.stdout.is_empty(), "{}", stdout(&o));
        assert!(stderr(&o).starts_with(message), "{}", stderr(&o));
    };

    let text = dir.join("note.txt");
    std::fs::write(&text, "not a photo").unwrap();
    refused(
        &["1", "1", text.to_str().unwrap()],
        3,
        "Only JPEG or PNG photos can be added.\nNothing was saved.\n",
    );
    // A JPEG whose image alone is over the limit.
    let big = dir.join("big.jpg");
    let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 0x3F, 0];
    jpeg.resize(MAX_PHOTO_BYTES + 16, 0x55);
    jpeg.extend_from_slice(&[0xFF, 0xD9]);
    std::fs::write(&big, &jpeg).unwrap();
    refused(
        &["1", "1", big.to_str().unwrap()],
        3,
        "The photo is too large (up to 8 MB).\n",
    );
    refused(
        &["1", "1", dir.join("missing.jpg").to_str().unwrap()],
        1,
        "Cannot read ",
    );
    refused(
        &["1", "2", photo],
        3,
        "Record #2 is not one of ゆい's records. Nothing was saved.\n",
    );
    refused(&["1", "3", photo], 3, "Record #3 is deleted.");
    refused(&["1", "99", photo], 3, "There is no record with id 99.");
    refused(&["9", "1", photo], 3, "There is no child with id 9.");
    assert!(list_json(dir, &["1"]).is_empty());
    assert!(list_json(dir, &["1", "3"]).is_empty());

    // At most ten on one record, as in the app.
    for _ in 0..MAX_PHOTOS_PER_RECORD {
        assert_exit(
            &hagu(dir, "en", &["record", "photo", "add", "2", "2", photo]),
            0,
        );
    }
    refused(
        &["2", "2", photo],
        3,
        "This record cannot take more photos (up to 10).\nNothing was saved.\n",
    );
    assert_eq!(list_json(dir, &["2"]).len(), MAX_PHOTOS_PER_RECORD);
}

#[test]
fn a_pregnancy_records_photos_are_kept_apart_from_the_childrens() {
    let tmp = handbook();
    let dir = tmp.path();
    let today = chrono::Local::now().date_naive();
    let expected = today
        .checked_add_days(chrono::Days::new(96))
        .unwrap()
        .to_string();
    let today = today.to_string();
    for label in ["第三子", "第四子"] {
        let o = hagu(
            dir,
            "en",
            &[
                "pregnancy",
                "add",
                "--label",
                label,
                "--expected",
                &expected,
            ],
        );
        assert_exit(&o, 0);
    }
    for pregnancy in ["1", "2"] {
        let o = hagu(
            dir,
            "en",
            &[
                "pregnancy",
                "record",
                "add",
                "--pregnancy",
                pregnancy,
                "class",
                "--date",
                &today,
                "--name",
                "両親学級",
            ],
        );
        assert_exit(&o, 0);
    }
    let original = std::fs::read(camera_photo()).unwrap();
    let clean = sanitize(&original).unwrap().bytes;
    let photo = camera_photo();
    let photo = photo.to_str().unwrap();
    let pregnancy_photo = |args: &[&str]| {
        let mut all = vec!["pregnancy", "record", "photo"];
        all.extend_from_slice(args);
        hagu(dir, "ja", &all)
    };

    let o = pregnancy_photo(&["add", "1", "1", photo]);
    assert_exit(&o, 0);
    assert_eq!(
        stdout(&o),
        format!(
            "記録 #1 に写真 #1 を追加しました（image/jpeg、{} バイト）。撮影場所などの情報は取り除きました。\n",
            clean.len()
        )
    );
    // Not the child's record #1, which still has no photo.
    assert!(list_json(dir, &["1"]).is_empty());
    let o = hagu(
        dir,
        "en",
        &["pregnancy", "record", "photo", "list", "1", "--json"],
    );
    assert_exit(&o, 0);
    let listed: Vec<serde_json::Value> = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (
            &listed[0]["id"],
            &listed[0]["record_id"],
            &listed[0]["size"]
        ),
        (&1.into(), &1.into(), &clean.len().into())
    );
    let o = pregnancy_photo(&["export", "1", "-"]);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, clean);
    assert!(!contains(&o.stdout, b"HagukumiTestCamera"));
    let o = hagu(dir, "en", &["record", "photo", "export", "1", "-"]);
    assert_exit(&o, 3);

    // The other pregnancy's record is refused; nothing is saved.
    let o = pregnancy_photo(&["add", "1", "2", photo]);
    assert_exit(&o, 3);
    assert_eq!(
        stderr(&o),
        "記録 #2 は「第三子」の記録ではありません。何も保存していません。\n"
    );
    let o = pregnancy_photo(&["list", "2"]);
    assert_exit(&o, 0);
    assert_eq!(
        stdout(&o),
        "写真はまだありません。「hagu pregnancy record photo add」で追加できます。\n"
    );

    let o = pregnancy_photo(&["delete", "1"]);
    assert_exit(&o, 0);
    let o = pregnancy_photo(&["export", "1", "-"]);
    assert_exit(&o, 3);
    assert!(o.stdout.is_empty());
}
