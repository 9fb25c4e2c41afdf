//! `hagu nursery bookmark …` and `hagu nursery compare` as a parent runs
//! them: facilities named as the search prints them, kept in the handbook
//! in the preference order, with notes, stars and photos, side by side.

mod support;
use support::*;

use hagukumi_core::photo::sanitize;
use std::path::{Path, PathBuf};

/// The ids of the first `n` facilities of the search (江東区 first).
fn facility_ids(dir: &Path, n: usize) -> Vec<String> {
    let v = json_of(&hagu(dir, "en", &["nursery", "search", "--json"]));
    v["facilities"].as_array().unwrap()[..n]
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_owned())
        .collect()
}

fn list(dir: &Path) -> serde_json::Value {
    json_of(&hagu(dir, "en", &["nursery", "bookmark", "list", "--json"]))
}

fn order(dir: &Path) -> Vec<String> {
    list(dir)["bookmarks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["facility_id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn bookmark_rate_note_reorder_and_compare() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let ids = facility_ids(dir, 3);
    for id in &ids {
        ok(&hagu(dir, "en", &["nursery", "bookmark", "add", id]));
    }
    let text = ok(&hagu(
        dir,
        "ja",
        &["nursery", "bookmark", "star", &ids[1], "4"],
    ));
    assert!(text.contains("★★★★☆"), "{text}");
    ok(&hagu(
        dir,
        "en",
        &[
            "nursery",
            "bookmark",
            "note",
            &ids[1],
            "Big garden; lunch cooked on site",
        ],
    ));
    ok(&hagu(
        dir,
        "en",
        &["nursery", "bookmark", "star", &ids[2], "2"],
    ));
    let v = list(dir);
    assert_eq!(v["count"], 3);
    let second = &v["bookmarks"][1];
    assert_eq!(second["rank"], 2);
    assert_eq!(second["stars"], 4);
    assert_eq!(second["note"], "Big garden; lunch cooked on site");
    assert_eq!(second["missing"], false);

    // 希望順位: up, down, to a place.
    ok(&hagu(
        dir,
        "en",
        &["nursery", "bookmark", "rank", &ids[2], "up"],
    ));
    assert_eq!(
        order(dir),
        [ids[0].as_str(), ids[2].as_str(), ids[1].as_str()]
    );
    let text = ok(&hagu(
        dir,
        "ja",
        &["nursery", "bookmark", "rank", &ids[1], "1"],
    ));
    assert!(text.starts_with("第1希望"), "{text}");
    assert_eq!(
        order(dir),
        [ids[1].as_str(), ids[0].as_str(), ids[2].as_str()]
    );
    let o = hagu(dir, "en", &["nursery", "bookmark", "rank", &ids[1], "up"]);
    assert_exit(&o, 3);
    assert_eq!(stderr(&o), "It cannot move any further.\n");
    let o = hagu(dir, "en", &["nursery", "bookmark", "rank", &ids[1], "9"]);
    assert_exit(&o, 3);
    assert_eq!(
        stderr(&o),
        "A place is up, down, or a number from 1 to the number of bookmarks: 9\n"
    );
    assert_eq!(
        order(dir),
        [ids[1].as_str(), ids[0].as_str(), ids[2].as_str()],
        "nothing moved"
    );

    let text = ok(&hagu(dir, "en", &["nursery", "bookmark", "list"]));
    assert!(text.contains("Choice 1"), "{text}");
    assert!(text.contains("Note: Big garden"), "{text}");

    // Side by side: two named, then every starred one.
    let c = json_of(&hagu(
        dir,
        "en",
        &[
            "nursery",
            "compare",
            &ids[0],
            &ids[1],
            "--class",
            "1",
            "--from",
            "35.6727,139.8170",
            "--json",
        ],
    ));
    let columns = c["columns"].as_array().unwrap();
    assert_eq!(columns.len(), 2);
    assert_eq!(columns[0]["facility_id"], ids[0].as_str());
    assert_eq!(columns[1]["stars"], 4);
    assert!(columns[0]["distance_km"].as_f64().unwrap() > 0.0);
    assert!(columns[0]["opens"].as_str().unwrap().contains(':'));
    assert_eq!(c["class"], 1);
    let starred = json_of(&hagu(
        dir,
        "en",
        &["nursery", "compare", "--starred", "--json"],
    ));
    let got: Vec<&str> = starred["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["facility_id"].as_str().unwrap())
        .collect();
    assert_eq!(got, [ids[1].as_str(), ids[2].as_str()], "preference order");
    let text = ok(&hagu(dir, "ja", &["nursery", "compare", &ids[0], &ids[1]]));
    assert!(text.contains("開所時間: "), "{text}");
    assert!(text.contains("一時預かり: "), "{text}");
    assert!(text.contains("★★★★☆"), "{text}");
    assert!(text.contains("SAMPLE"), "{text}");

    // Removed: out of the list and the order numbered again.
    ok(&hagu(
        dir,
        "en",
        &["nursery", "bookmark", "remove", &ids[1]],
    ));
    assert_eq!(order(dir), [ids[0].as_str(), ids[2].as_str()]);
    assert_eq!(list(dir)["bookmarks"][0]["rank"], 1);
}

#[test]
fn unknown_facilities_and_bad_values_are_refused_with_nothing_saved() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let ids = facility_ids(dir, 1);
    let o = hagu(dir, "en", &["nursery", "bookmark", "add", "131083-99999"]);
    assert_exit(&o, 3);
    assert!(
        stderr(&o).starts_with("There is no facility 131083-99999 in the data."),
        "{}",
        stderr(&o)
    );
    let o = hagu(dir, "ja", &["nursery", "bookmark", "add", "江東区"]);
    assert_exit(&o, 3);
    assert!(stderr(&o).contains("施設コードは"), "{}", stderr(&o));
    let o = hagu(
        dir,
        "en",
        &["nursery", "bookmark", "add", &ids[0], "--stars", "6"],
    );
    assert_invalid(
        &o,
        "en",
        &["Rating (stars): A rating is 1 to 5 stars (or none)"],
    );
    assert_eq!(list(dir)["count"], 0, "nothing was bookmarked");

    ok(&hagu(dir, "en", &["nursery", "bookmark", "add", &ids[0]]));
    let long = "x".repeat(2001);
    let o = hagu(dir, "en", &["nursery", "bookmark", "note", &ids[0], &long]);
    assert_exit(&o, 3);
    let o = hagu(dir, "en", &["nursery", "bookmark", "star", &ids[0], "0"]);
    assert_exit(&o, 3);
    let o = hagu(dir, "en", &["nursery", "bookmark", "star", &ids[0], "many"]);
    assert_exit(&o, 3);
    let b = &list(dir)["bookmarks"][0];
    assert_eq!((b["note"].is_null(), b["stars"].is_null()), (true, true));

    let o = hagu(
        dir,
        "en",
        &["nursery", "bookmark", "note", "131083-99999", "x"],
    );
    assert_exit(&o, 3);
    assert_eq!(stderr(&o), "Facility 131083-99999 is not bookmarked.\n");
    let o = hagu(dir, "en", &["nursery", "compare", &ids[0]]);
    assert_exit(&o, 3);
    assert_eq!(stderr(&o), "Choose at least 2 facilities to compare.\n");
    let o = hagu(dir, "en", &["nursery", "compare", &ids[0], "131083-99999"]);
    assert_exit(&o, 3);
    let o = hagu(dir, "en", &["nursery", "compare", "--starred"]);
    assert_exit(&o, 3);
    assert_eq!(stderr(&o), "Fewer than 2 facilities have stars.\n");
}

/// A real camera JPEG whose Exif names the camera and a GPS position.
fn camera_photo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/photo-with-gps.jpg")
}

#[test]
fn photos_from_visits_and_the_export_round_trip() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("a");
    init(&dir);
    let ids = facility_ids(&dir, 2);
    for id in &ids {
        ok(&hagu(&dir, "en", &["nursery", "bookmark", "add", id]));
    }
    ok(&hagu(
        &dir,
        "en",
        &["nursery", "bookmark", "star", &ids[0], "5"],
    ));
    let original = std::fs::read(camera_photo()).unwrap();
    let photo = camera_photo();
    let photo = photo.to_str().unwrap();
    let text = ok(&hagu(
        &dir,
        "en",
        &["nursery", "bookmark", "photo", "add", &ids[1], photo],
    ));
    assert!(
        text.contains("Location and other details were removed"),
        "{text}"
    );
    let photos = json_of(&hagu(
        &dir,
        "en",
        &["nursery", "bookmark", "photo", "list", &ids[1], "--json"],
    ));
    let id = photos[0]["id"].as_i64().unwrap().to_string();
    let out = tmp.path().join("out.jpg");
    ok(&hagu(
        &dir,
        "en",
        &[
            "nursery",
            "bookmark",
            "photo",
            "export",
            &id,
            out.to_str().unwrap(),
        ],
    ));
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(bytes, sanitize(&original).unwrap().bytes);
    assert!(!bytes.windows(18).any(|w| w == b"HagukumiTestCamera"));
    assert_eq!(list(&dir)["bookmarks"][1]["photos"], 1);
    ok(&hagu(
        &dir,
        "en",
        &["nursery", "bookmark", "photo", "delete", &id],
    ));
    assert_eq!(list(&dir)["bookmarks"][1]["photos"], 0);
    ok(&hagu(
        &dir,
        "en",
        &["nursery", "bookmark", "photo", "restore", &id],
    ));
    ok(&hagu(
        &dir,
        "en",
        &["nursery", "bookmark", "rank", &ids[1], "1"],
    ));

    let export = export_json(&dir);
    assert_eq!(export["nursery_bookmarks"].as_array().unwrap().len(), 2);
    assert_eq!(
        export["nursery_bookmark_photos"].as_array().unwrap().len(),
        1
    );
    let copy = tmp.path().join("b");
    export_then_import(&dir, &tmp.path().join("export.json"), &copy, "en");
    assert_eq!(order(&copy), [ids[1].as_str(), ids[0].as_str()]);
    assert_eq!(list(&copy)["bookmarks"][0]["photos"], 1);
}
