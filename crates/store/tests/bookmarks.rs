//! Bookmarks of nursery facilities in the real encrypted store: kept
//! across reopening and never in plain text, in the preference order the
//! parent sets, photos from visits under the photo rules, soft removal,
//! and the JSON export and import (a bad bookmark refused, nothing kept).

mod support;

use hagukumi_core::chrono::Duration;
use hagukumi_core::nursery::bookmark::{BookmarkError, Move};
use hagukumi_core::nursery::{load_embedded, Bookmark, Nurseries, Ranked};
use hagukumi_core::photo::{sanitize, PhotoError, MAX_PHOTOS_PER_RECORD};
use hagukumi_store::{BookmarkPhotos, ImportError, PhotoProblem, Store};

const SENTINEL: &str = "ZZSENTINELNOTEZZ";

fn data() -> Nurseries {
    load_embedded()
}

fn mark(data: &Nurseries, i: usize) -> Bookmark {
    Bookmark::of(data, &data.facilities[i].id).unwrap()
}

fn names(list: &[Ranked]) -> Vec<(u32, String)> {
    list.iter()
        .map(|b| (b.rank, b.bookmark.facility.id()))
        .collect()
}

#[test]
fn bookmarks_are_kept_encrypted_in_the_order_the_parent_sets() {
    let data = data();
    let (dir, mut store) = support::fresh();
    let now = support::at("2026-12-04 10:00");
    let a = store.add_bookmark(&mark(&data, 0), now).unwrap();
    let b = store.add_bookmark(&mark(&data, 1), now).unwrap();
    let c = store.add_bookmark(&mark(&data, 2), now).unwrap();
    assert_eq!((a.rank, b.rank, c.rank), (1, 2, 3));
    // Bookmarking again changes nothing.
    assert_eq!(store.add_bookmark(&mark(&data, 1), now).unwrap(), b);
    let noted = b
        .bookmark
        .with_note(&format!("園庭が広い {SENTINEL}"))
        .unwrap()
        .with_stars(Some(4))
        .unwrap();
    store.update_bookmark(b.id, &noted, now).unwrap().unwrap();
    drop(store);
    for (name, bytes) in support::snapshot(dir.path()) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains(SENTINEL),
            "{name} holds the note in plain text"
        );
    }

    let mut store: Store = support::open(dir.path());
    let list = store.ordered_bookmarks().unwrap();
    assert_eq!(list.len(), 3);
    assert_eq!(list[1].bookmark, noted);
    let id = |i: usize| data.facilities[i].id.clone();
    let order = store.move_bookmark(c.id, Move::Up, now).unwrap().unwrap();
    assert_eq!(names(&order), [(1, id(0)), (2, id(2)), (3, id(1))]);
    let order = store
        .move_bookmark(b.id, Move::To(1), now)
        .unwrap()
        .unwrap();
    assert_eq!(names(&order), [(1, id(1)), (2, id(0)), (3, id(2))]);
    assert_eq!(
        store.move_bookmark(b.id, Move::Up, now).unwrap(),
        Err(BookmarkError::CannotMove)
    );
    assert_eq!(
        store.move_bookmark(b.id, Move::To(4), now).unwrap(),
        Err(BookmarkError::BadRank("4".into()))
    );
    // A refused move changed nothing; the order survives reopening.
    drop(store);
    let store: Store = support::open(dir.path());
    assert_eq!(
        names(&store.ordered_bookmarks().unwrap()),
        [(1, id(1)), (2, id(0)), (3, id(2))]
    );
    assert_eq!(
        store.bookmark_of(&b.bookmark.facility).unwrap().unwrap().id,
        b.id
    );
}

#[test]
fn a_removed_bookmark_comes_back_within_30_days_and_is_gone_after() {
    let data = data();
    let (_dir, mut store) = support::fresh();
    let now = support::at("2026-12-04 10:00");
    let a = store.add_bookmark(&mark(&data, 0), now).unwrap();
    let b = store.add_bookmark(&mark(&data, 1), now).unwrap();
    let starred = a.bookmark.with_stars(Some(5)).unwrap();
    store.update_bookmark(a.id, &starred, now).unwrap().unwrap();
    let clean = sanitize(&support::photo_with_gps()).unwrap();
    store
        .add_photo::<BookmarkPhotos>(a.id, &clean, now)
        .unwrap()
        .unwrap();

    store.remove_bookmark(a.id, now).unwrap().unwrap();
    assert_eq!(
        store.remove_bookmark(a.id, now).unwrap(),
        Err(BookmarkError::NotBookmarked(a.id.to_string()))
    );
    let left = store.ordered_bookmarks().unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!((left[0].id, left[0].rank), (b.id, 1), "numbered again");
    // No photo goes on a removed bookmark.
    assert_eq!(
        store
            .add_photo::<BookmarkPhotos>(a.id, &clean, now)
            .unwrap(),
        Err(PhotoProblem::NoSuchRecord)
    );

    let back = store
        .add_bookmark(&mark(&data, 0), now + Duration::days(29))
        .unwrap();
    assert_eq!(back.id, a.id);
    assert_eq!(back.rank, 2, "last in the order");
    assert_eq!(back.bookmark.stars, Some(5));
    assert_eq!(back.photos, 1);

    store
        .remove_bookmark(a.id, now + Duration::days(29))
        .unwrap()
        .unwrap();
    // Another bookmark write after the 30 days removes it for good.
    let later = now + Duration::days(60);
    store.add_bookmark(&mark(&data, 3), later).unwrap();
    let fresh = store.add_bookmark(&mark(&data, 0), later).unwrap();
    assert_ne!(fresh.id, a.id);
    assert_eq!((fresh.bookmark.stars, fresh.photos), (None, 0));
    assert!(store.photo::<BookmarkPhotos>(1).unwrap().is_none());
}

#[test]
fn photos_from_visits_follow_the_photo_rules() {
    let data = data();
    let (dir, mut store) = support::fresh();
    let now = support::at("2026-12-04 10:00");
    let a = store.add_bookmark(&mark(&data, 0), now).unwrap();
    let clean = sanitize(&support::photo_with_gps()).unwrap();
    assert!(!clean.bytes.windows(12).any(|w| w == b"GPS-SENTINEL"));
    let mut ids = Vec::new();
    for _ in 0..MAX_PHOTOS_PER_RECORD {
        let p = store
            .add_photo::<BookmarkPhotos>(a.id, &clean, now)
            .unwrap()
            .unwrap();
        ids.push(p.id);
    }
    assert_eq!(
        store
            .add_photo::<BookmarkPhotos>(a.id, &clean, now)
            .unwrap(),
        Err(PhotoProblem::Photo(PhotoError::TooMany))
    );
    assert_eq!(
        store.bookmark(a.id).unwrap().unwrap().photos,
        MAX_PHOTOS_PER_RECORD
    );
    store
        .delete_photo::<BookmarkPhotos>(ids[0], now)
        .unwrap()
        .unwrap();
    assert_eq!(
        store
            .record_photos::<BookmarkPhotos>(a.id, Some(now))
            .unwrap()
            .len(),
        MAX_PHOTOS_PER_RECORD,
        "the deleted one still listed for its undo"
    );
    store
        .restore_photo::<BookmarkPhotos>(ids[0], now)
        .unwrap()
        .unwrap();
    drop(store);
    for (name, bytes) in support::snapshot(dir.path()) {
        assert!(
            !bytes.windows(12).any(|w| w == b"GPS-SENTINEL"),
            "{name} holds the photo's location"
        );
        assert!(
            !bytes.windows(15).any(|w| w == b"PIXELS-SENTINEL"),
            "{name} holds the photo in plain text"
        );
    }
}

#[test]
fn bookmarks_and_their_photos_travel_in_the_export() {
    let data = data();
    let (_dir, mut store) = support::fresh();
    let now = support::at("2026-12-04 10:00");
    let a = store.add_bookmark(&mark(&data, 0), now).unwrap();
    let b = store.add_bookmark(&mark(&data, 1), now).unwrap();
    let removed = store.add_bookmark(&mark(&data, 2), now).unwrap();
    store.remove_bookmark(removed.id, now).unwrap().unwrap();
    let noted = b.bookmark.with_note("見学: 11月").unwrap();
    store.update_bookmark(b.id, &noted, now).unwrap().unwrap();
    store.move_bookmark(b.id, Move::Up, now).unwrap().unwrap();
    let clean = sanitize(&support::photo_with_gps()).unwrap();
    store
        .add_photo::<BookmarkPhotos>(a.id, &clean, now)
        .unwrap()
        .unwrap();
    let export = store.export("2026-12-04T10:00:00Z").unwrap();
    assert_eq!(export.nursery_bookmarks.len(), 3);
    assert_eq!(export.nursery_bookmark_photos.len(), 1);
    let json = serde_json::to_string(&export).unwrap();

    let (_dir2, mut other) = support::fresh();
    other.import(&serde_json::from_str(&json).unwrap()).unwrap();
    assert_eq!(
        other.ordered_bookmarks().unwrap(),
        store.ordered_bookmarks().unwrap()
    );
    assert_eq!(other.ordered_bookmarks().unwrap()[0].id, b.id);
    assert_eq!(
        other.record_photos::<BookmarkPhotos>(a.id, None).unwrap()[0].bytes,
        clean.bytes
    );
    // The removed one came too: bookmarked again, it is back.
    let back = other.add_bookmark(&mark(&data, 2), now).unwrap();
    assert_eq!(back.id, removed.id);
    // And the import into a handbook holding bookmarks is refused.
    let err = other
        .import(&serde_json::from_str(&json).unwrap())
        .unwrap_err();
    assert!(matches!(err, ImportError::NotEmpty), "{err:?}");

    // Bad bookmarks are refused and nothing comes in.
    let bad_cases: [(&str, serde_json::Value); 5] = [
        ("stars", 6.into()),
        ("stars", 0.into()),
        ("note", "x".repeat(2001).into()),
        ("name", "".into()),
        ("rank", 7.into()),
    ];
    for (field, value) in bad_cases {
        let mut bad: serde_json::Value = serde_json::from_str(&json).unwrap();
        if field == "rank" {
            bad["nursery_bookmarks"][0]["rank"] = value;
        } else {
            bad["nursery_bookmarks"][0]["bookmark"][field] = value;
        }
        let (_d, mut third) = support::fresh();
        let err = third
            .import(&serde_json::from_value(bad).unwrap())
            .unwrap_err();
        assert!(matches!(err, ImportError::Invalid(_)), "{field}: {err:?}");
        assert!(third.ordered_bookmarks().unwrap().is_empty(), "{field}");
    }
    // A photo on a bookmark that is not there is refused too.
    let mut bad: serde_json::Value = serde_json::from_str(&json).unwrap();
    bad["nursery_bookmark_photos"][0]["bookmark_id"] = 999.into();
    let (_d, mut fourth) = support::fresh();
    assert!(fourth
        .import(&serde_json::from_value(bad).unwrap())
        .is_err());
    assert!(fourth.ordered_bookmarks().unwrap().is_empty());
}

#[test]
fn bookmarks_come_back_with_a_backup() {
    let data = data();
    let (dir, mut store) = support::fresh();
    let now = support::at("2026-12-04 10:00");
    let a = store.add_bookmark(&mark(&data, 0), now).unwrap();
    store.add_bookmark(&mark(&data, 1), now).unwrap();
    let rated = a.bookmark.with_stars(Some(5)).unwrap();
    store.update_bookmark(a.id, &rated, now).unwrap().unwrap();
    let clean = sanitize(&support::photo_with_gps()).unwrap();
    store
        .add_photo::<BookmarkPhotos>(a.id, &clean, now)
        .unwrap()
        .unwrap();
    let before = store.ordered_bookmarks().unwrap();
    let code = store.recovery_code().unwrap().unwrap();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("handbook.hagukumi-backup");
    hagukumi_store::backup::write(&store, &file).unwrap();

    // Lost after the backup: the restore brings them back as they were.
    store.remove_bookmark(a.id, now).unwrap().unwrap();
    drop(store);
    let restored =
        hagukumi_store::backup::restore_with(&file, &code, dir.path(), &support::pass()).unwrap();
    assert_eq!(restored.ordered_bookmarks().unwrap(), before);
    assert_eq!(restored.bookmark(a.id).unwrap().unwrap().photos, 1);
}
