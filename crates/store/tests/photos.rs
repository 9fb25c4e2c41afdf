//! Photos inside the encrypted handbook, on a child's records and on
//! pregnancy records: cleaned, capped, deleted with a 30-day undo,
//! exported.

mod support;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use hagukumi_core::chrono::{Duration, NaiveDateTime};
use hagukumi_core::photo::{
    sanitize, CleanPhoto, Mime, PhotoError, MAX_PHOTOS_PER_RECORD, MAX_PHOTO_BYTES,
};
use hagukumi_core::pregnancy_records::{PregnancyBook, PregnancyRecordInput};
use hagukumi_core::records::{ChildBook, RecordInput};
use hagukumi_core::{Date, PregnancyInput};
use hagukumi_store::{ImportError, Photo, PhotoProblem, Shelf, Store};
use support::{add_child, fresh, photo_with_gps};

type Refusable<T> = hagukumi_store::Result<Result<T, PhotoProblem>>;

fn now() -> NaiveDateTime {
    NaiveDateTime::parse_from_str("2026-11-25 10:00", "%Y-%m-%d %H:%M").unwrap()
}

/// Adds `clean` to a record of book `B` (refusals fail the test).
fn added<B: Shelf>(store: &mut Store, record: i64, clean: &CleanPhoto) -> Photo {
    store.add_photo::<B>(record, clean, now()).unwrap().unwrap()
}

/// Neither the pixels nor anything else of [`photo_with_gps`] is readable
/// in the handbook's folder.
fn assert_no_pixels_on_disk(dir: &std::path::Path) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(!bytes.windows(15).any(|w| w == b"PIXELS-SENTINEL"));
    }
}

/// A JPEG frame header (1 × 1) and scan header, ahead of the scan's data.
const JPEG_HEAD: [u8; 25] = [
    0xFF, 0xD8, 0xFF, 0xC0, 0, 11, 8, 0, 1, 0, 1, 1, 1, 0x11, 0, 0xFF, 0xDA, 0, 8, 1, 1, 0, 0,
    0x3F, 0,
];

fn setup() -> (tempfile::TempDir, Store, i64) {
    let (dir, store) = fresh();
    let today: Date = "2026-11-25".parse().unwrap();
    let child = add_child(&store, "ゆい", "2025-02-28", today);
    let note = RecordInput::Note {
        date: "2025-06-01".into(),
        text: "はじめての寝返り".into(),
    }
    .validate(child.birth_date, today)
    .unwrap();
    let record = store
        .add::<ChildBook>(child.id, &note, now())
        .unwrap()
        .unwrap();
    (dir, store, record.id)
}

#[test]
fn a_photo_is_kept_encrypted_without_its_location() {
    let (dir, mut store, record) = setup();
    let clean = sanitize(&photo_with_gps()).unwrap();
    let photo = added::<ChildBook>(&mut store, record, &clean);
    let stored = store.photos(record).unwrap();
    assert_eq!(stored, vec![photo]);
    assert!(!stored[0].bytes.windows(12).any(|w| w == b"GPS-SENTINEL"));
    drop(store);
    // Neither the pixels nor anything else is readable on disk.
    assert_no_pixels_on_disk(dir.path());
}

#[test]
fn photos_are_capped_and_can_be_deleted() {
    let (_dir, mut store, record) = setup();
    let clean = sanitize(&photo_with_gps()).unwrap();
    for _ in 0..MAX_PHOTOS_PER_RECORD {
        added::<ChildBook>(&mut store, record, &clean);
    }
    assert_eq!(
        store.add_photo::<ChildBook>(record, &clean, now()).unwrap(),
        Err(PhotoProblem::Photo(PhotoError::TooMany))
    );
    let first = store.photos(record).unwrap()[0].id;
    store
        .delete_photo::<ChildBook>(first, now())
        .unwrap()
        .unwrap();
    assert_eq!(
        store.delete_photo::<ChildBook>(first, now()).unwrap(),
        Err(PhotoProblem::NoSuchPhoto)
    );
    assert_eq!(
        store.photos(record).unwrap().len(),
        MAX_PHOTOS_PER_RECORD - 1
    );
    assert_eq!(
        store.add_photo::<ChildBook>(999, &clean, now()).unwrap(),
        Err(PhotoProblem::NoSuchRecord)
    );
}

#[test]
fn photos_travel_in_the_export() {
    let (_dir, mut store, record) = setup();
    let clean = sanitize(&photo_with_gps()).unwrap();
    added::<ChildBook>(&mut store, record, &clean);
    let export = store.export("2026-11-25T10:00:00Z").unwrap();
    assert_eq!(export.photos.len(), 1);
    let (_other, mut copy) = fresh();
    copy.import(&export).unwrap();
    assert_eq!(copy.export("2026-11-25T10:00:00Z").unwrap(), export);
    assert_eq!(copy.photos(record).unwrap()[0].bytes, clean.bytes);
}

#[test]
fn a_real_camera_photo_loses_its_exif_and_gps() {
    let original = include_bytes!("../../../tests/fixtures/photo-with-gps.jpg");
    let has = |b: &[u8], n: &[u8]| b.windows(n.len()).any(|w| w == n);
    assert!(has(original, b"HagukumiTestCamera"));
    assert!(
        has(original, &[0xFF, 0xE1]),
        "the fixture has an Exif segment"
    );
    let clean = sanitize(original).unwrap();
    assert!(!has(&clean.bytes, b"HagukumiTestCamera"));
    assert!(!has(&clean.bytes, b"Exif\0\0"));
    // Everything from the first scan on is the untouched image.
    let scan = |b: &[u8]| b.windows(2).position(|w| w == [0xFF, 0xDA]).unwrap();
    assert_eq!(
        &clean.bytes[scan(&clean.bytes)..],
        &original[scan(original)..]
    );
}

#[test]
fn a_childs_photo_list_leaves_out_deleted_records_unless_asked() {
    let (_dir, mut store, record) = setup();
    let clean = sanitize(&photo_with_gps()).unwrap();
    let photo = added::<ChildBook>(&mut store, record, &clean);
    let child = store.get::<ChildBook>(record).unwrap().unwrap().child_id;
    let listed = store.photo_infos::<ChildBook>(child, None, false).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (listed[0].id, listed[0].record_id, listed[0].size),
        (photo.id, record, clean.bytes.len())
    );
    assert_eq!(
        store.photo::<ChildBook>(photo.id).unwrap(),
        Some(photo.clone())
    );
    assert_eq!(store.photo::<ChildBook>(photo.id + 1).unwrap(), None);

    store.delete::<ChildBook>(record, now()).unwrap().unwrap();
    assert!(store
        .photo_infos::<ChildBook>(child, None, false)
        .unwrap()
        .is_empty());
    assert_eq!(
        store
            .photo_infos::<ChildBook>(child, Some(record), false)
            .unwrap(),
        listed
    );
    assert!(store
        .photo_infos::<ChildBook>(child + 1, Some(record), false)
        .unwrap()
        .is_empty());
}

/// A pregnancy (due 2027-03-01) with one prenatal visit; (pregnancy id,
/// record id).
fn pregnancy_visit(store: &Store) -> (i64, i64) {
    let today: Date = "2026-11-25".parse().unwrap();
    let pregnancy = store
        .add_pregnancy(
            &PregnancyInput {
                label: "第三子".into(),
                expected_date: "2027-03-01".into(),
            }
            .validate(today)
            .unwrap(),
        )
        .unwrap();
    let visit = PregnancyRecordInput::PrenatalVisit {
        date: "2026-11-20".into(),
        weight_kg: "58.4".into(),
        systolic: String::new(),
        diastolic: String::new(),
        urine_protein: String::new(),
        urine_sugar: String::new(),
        edema: String::new(),
        fundal_height_cm: String::new(),
        abdominal_girth_cm: String::new(),
        fetal_heart: String::new(),
        fetal_heart_bpm: String::new(),
        notes: "エコー写真をもらった".into(),
        facility: String::new(),
    }
    .validate(pregnancy.expected_date, today)
    .unwrap();
    let record = store
        .add::<PregnancyBook>(pregnancy.id, &visit, now())
        .unwrap()
        .unwrap();
    (pregnancy.id, record.id)
}

#[test]
fn a_pregnancy_photo_round_trips_encrypted_without_its_location() {
    let (dir, mut store, child_record) = setup();
    let (pregnancy, record) = pregnancy_visit(&store);
    let clean = sanitize(&photo_with_gps()).unwrap();
    let photo = added::<PregnancyBook>(&mut store, record, &clean);
    assert_eq!(store.pregnancy_photos(record).unwrap(), vec![photo.clone()]);
    assert_eq!(
        store.photo::<PregnancyBook>(photo.id).unwrap(),
        Some(photo.clone())
    );
    assert!(!photo.bytes.windows(12).any(|w| w == b"GPS-SENTINEL"));
    assert!(photo.bytes.windows(15).any(|w| w == b"PIXELS-SENTINEL"));
    assert_eq!(
        store.photo_counts::<PregnancyBook>(pregnancy).unwrap(),
        vec![(record, 1)]
    );
    let listed = store
        .photo_infos::<PregnancyBook>(pregnancy, None, false)
        .unwrap();
    assert_eq!(
        (listed.len(), listed[0].record_id, listed[0].size),
        (1, record, clean.bytes.len())
    );
    // Its own numbering: the child's record of the same id has no photo.
    assert_eq!(record, child_record);
    assert!(store.photos(child_record).unwrap().is_empty());
    assert_eq!(store.photo::<ChildBook>(photo.id).unwrap(), None);
    drop(store);
    assert_no_pixels_on_disk(dir.path());
}

#[test]
fn pregnancy_photos_are_capped_and_can_be_deleted() {
    let (_dir, mut store, _) = setup();
    let (pregnancy, record) = pregnancy_visit(&store);
    // Over 8 MB after cleaning: refused before the store, and the table
    // itself refuses such a blob.
    let mut big = JPEG_HEAD.to_vec();
    big.resize(MAX_PHOTO_BYTES + 16, 0x55);
    big.extend_from_slice(&[0xFF, 0xD9]);
    assert_eq!(sanitize(&big), Err(PhotoError::TooLarge));
    let oversized = CleanPhoto {
        mime: Mime::Jpeg,
        bytes: big,
    };
    assert!(store
        .add_photo::<PregnancyBook>(record, &oversized, now())
        .is_err());

    let clean = sanitize(&photo_with_gps()).unwrap();
    for _ in 0..MAX_PHOTOS_PER_RECORD {
        added::<PregnancyBook>(&mut store, record, &clean);
    }
    assert_eq!(
        store
            .add_photo::<PregnancyBook>(record, &clean, now())
            .unwrap(),
        Err(PhotoProblem::Photo(PhotoError::TooMany))
    );
    let first = store.pregnancy_photos(record).unwrap()[0].id;
    store
        .delete_photo::<PregnancyBook>(first, now())
        .unwrap()
        .unwrap();
    assert_eq!(
        store.delete_photo::<PregnancyBook>(first, now()).unwrap(),
        Err(PhotoProblem::NoSuchPhoto)
    );
    assert!(store
        .photo::<PregnancyBook>(first)
        .unwrap()
        .is_some_and(|p| p.deleted_at.is_some()));
    assert_eq!(
        store.pregnancy_photos(record).unwrap().len(),
        MAX_PHOTOS_PER_RECORD - 1
    );
    // Not on a deleted record, nor on one that does not exist.
    store
        .delete::<PregnancyBook>(record, now())
        .unwrap()
        .unwrap();
    assert_eq!(
        store
            .add_photo::<PregnancyBook>(record, &clean, now())
            .unwrap(),
        Err(PhotoProblem::NoSuchRecord)
    );
    assert_eq!(
        store
            .add_photo::<PregnancyBook>(999, &clean, now())
            .unwrap(),
        Err(PhotoProblem::NoSuchRecord)
    );
    // A deleted record's photos are listed only when asked for by record.
    assert!(store
        .photo_infos::<PregnancyBook>(pregnancy, None, false)
        .unwrap()
        .is_empty());
    assert_eq!(
        store
            .photo_infos::<PregnancyBook>(pregnancy, Some(record), false)
            .unwrap()
            .len(),
        MAX_PHOTOS_PER_RECORD - 1
    );
    assert_eq!(
        store
            .photo_infos::<PregnancyBook>(pregnancy, Some(record), true)
            .unwrap()
            .len(),
        MAX_PHOTOS_PER_RECORD
    );
}

#[test]
fn pregnancy_photos_travel_in_the_export() {
    let (_dir, mut store, _) = setup();
    let (_, record) = pregnancy_visit(&store);
    let clean = sanitize(&photo_with_gps()).unwrap();
    added::<PregnancyBook>(&mut store, record, &clean);
    let export = store.export("2026-11-25T10:00:00Z").unwrap();
    assert_eq!(export.pregnancy_photos.len(), 1);
    assert_eq!(export.pregnancy_photos[0].pregnancy_record_id, record);
    assert!(export.photos.is_empty());
    let (_other, mut copy) = fresh();
    copy.import(&export).unwrap();
    assert_eq!(copy.export("2026-11-25T10:00:00Z").unwrap(), export);
    assert_eq!(copy.pregnancy_photos(record).unwrap()[0].bytes, clean.bytes);

    // An exported photo is cleaned again on import; one of a record that
    // is not there is refused, and nothing is written.
    let mut dirty = export.clone();
    dirty.pregnancy_photos[0].data_base64 = BASE64.encode(photo_with_gps());
    let (_third, mut cleaned) = fresh();
    cleaned.import(&dirty).unwrap();
    assert_eq!(
        cleaned.pregnancy_photos(record).unwrap()[0].bytes,
        clean.bytes
    );
    let mut dangling = export.clone();
    dangling.pregnancy_photos[0].pregnancy_record_id = 999;
    let (_fourth, mut empty) = fresh();
    assert!(matches!(
        empty.import(&dangling),
        Err(ImportError::Invalid(_))
    ));
    assert!(empty.pregnancies().unwrap().is_empty());
}

#[test]
fn an_import_with_more_photos_on_a_record_than_the_app_allows_is_refused() {
    let (_dir, mut store, _) = setup();
    let (_, record) = pregnancy_visit(&store);
    let clean = sanitize(&photo_with_gps()).unwrap();
    added::<PregnancyBook>(&mut store, record, &clean);
    let mut export = store.export("2026-11-25T10:00:00Z").unwrap();
    let one = export.pregnancy_photos[0].clone();
    export.pregnancy_photos = (0..=MAX_PHOTOS_PER_RECORD as i64)
        .map(|i| {
            let mut p = one.clone();
            p.id = 100 + i;
            p
        })
        .collect();
    let (_other, mut copy) = fresh();
    let err = copy.import(&export).unwrap_err();
    assert!(err.to_string().contains("more than 10"), "{err}");
    assert!(copy.pregnancies().unwrap().is_empty());
    // Exactly the limit is fine.
    export.pregnancy_photos.pop();
    copy.import(&export).unwrap();
}

#[test]
fn a_deleted_photo_comes_back_with_undo_for_thirty_days() {
    let (dir, mut store, record) = setup();
    let (pregnancy, visit) = pregnancy_visit(&store);
    let clean = sanitize(&photo_with_gps()).unwrap();
    let child = store.get::<ChildBook>(record).unwrap().unwrap().child_id;
    // One set of rules for both tables: (add, delete, restore, live list,
    // with deleted, one photo, counts).
    type Ops = (
        fn(&mut Store, i64, &CleanPhoto, NaiveDateTime) -> Refusable<Photo>,
        fn(&mut Store, i64, NaiveDateTime) -> Refusable<()>,
        fn(&mut Store, i64, NaiveDateTime) -> Refusable<Photo>,
        fn(&Store, i64) -> Vec<Photo>,
        fn(&Store, i64, NaiveDateTime) -> Vec<Photo>,
        fn(&Store, i64) -> Option<Photo>,
    );
    let child_ops: Ops = (
        |s, r, p, n| s.add_photo::<ChildBook>(r, p, n),
        |s, id, n| s.delete_photo::<ChildBook>(id, n),
        |s, id, n| s.restore_photo::<ChildBook>(id, n),
        |s, r| s.photos(r).unwrap(),
        |s, r, n| s.record_photos::<ChildBook>(r, Some(n)).unwrap(),
        |s, id| s.photo::<ChildBook>(id).unwrap(),
    );
    let pregnancy_ops: Ops = (
        |s, r, p, n| s.add_photo::<PregnancyBook>(r, p, n),
        |s, id, n| s.delete_photo::<PregnancyBook>(id, n),
        |s, id, n| s.restore_photo::<PregnancyBook>(id, n),
        |s, r| s.pregnancy_photos(r).unwrap(),
        |s, r, n| s.record_photos::<PregnancyBook>(r, Some(n)).unwrap(),
        |s, id| s.photo::<PregnancyBook>(id).unwrap(),
    );
    for (rec, (add, delete, restore, live, with_deleted, one)) in
        [(record, child_ops), (visit, pregnancy_ops)]
    {
        let kept = add(&mut store, rec, &clean, now()).unwrap().unwrap();
        let photo = add(&mut store, rec, &clean, now()).unwrap().unwrap();
        delete(&mut store, photo.id, now()).unwrap().unwrap();
        // Gone from the record, still there to undo.
        assert_eq!(live(&store, rec), vec![kept.clone()]);
        let later = now() + Duration::days(29);
        let listed = with_deleted(&store, rec, later);
        assert_eq!(listed.len(), 2);
        assert_eq!(
            listed[1].deleted_at.as_deref(),
            Some("2026-11-25T10:00:00Z")
        );
        // Undo: the same photo, bytes and all.
        let back = restore(&mut store, photo.id, later).unwrap().unwrap();
        assert_eq!(back, photo);
        assert_eq!(live(&store, rec), vec![kept.clone(), photo.clone()]);
        assert_eq!(
            restore(&mut store, photo.id, later).unwrap(),
            Err(PhotoProblem::CannotRestore),
            "not deleted"
        );
        assert_eq!(
            restore(&mut store, 999, later).unwrap(),
            Err(PhotoProblem::NoSuchPhoto)
        );
        // Past 30 days: no undo, and the next photo write removes it.
        delete(&mut store, photo.id, now()).unwrap().unwrap();
        let too_late = now() + Duration::days(30) + Duration::seconds(1);
        assert!(with_deleted(&store, rec, too_late).len() == 1);
        assert_eq!(
            restore(&mut store, photo.id, too_late).unwrap(),
            Err(PhotoProblem::CannotRestore)
        );
        assert!(one(&store, photo.id).is_some());
        delete(&mut store, kept.id, too_late).unwrap().unwrap();
        assert_eq!(one(&store, photo.id), None, "purged for good");
        assert!(one(&store, kept.id).is_some(), "its own 30 days run");
        restore(&mut store, kept.id, too_late).unwrap().unwrap();
    }
    assert_eq!(
        store.photo_counts::<ChildBook>(child).unwrap(),
        vec![(record, 1)]
    );
    assert_eq!(
        store.photo_counts::<PregnancyBook>(pregnancy).unwrap(),
        vec![(visit, 1)]
    );
    drop(store);
    assert_no_pixels_on_disk(dir.path());
}

#[test]
fn deleted_photos_free_their_place_and_a_restore_respects_the_cap() {
    let (_dir, mut store, record) = setup();
    let clean = sanitize(&photo_with_gps()).unwrap();
    let first = added::<ChildBook>(&mut store, record, &clean);
    store
        .delete_photo::<ChildBook>(first.id, now())
        .unwrap()
        .unwrap();
    for _ in 0..MAX_PHOTOS_PER_RECORD {
        added::<ChildBook>(&mut store, record, &clean);
    }
    assert_eq!(
        store.restore_photo::<ChildBook>(first.id, now()).unwrap(),
        Err(PhotoProblem::Photo(PhotoError::TooMany))
    );
    assert!(store
        .photo::<ChildBook>(first.id)
        .unwrap()
        .unwrap()
        .deleted_at
        .is_some());
    assert_eq!(store.photos(record).unwrap().len(), MAX_PHOTOS_PER_RECORD);
}

#[test]
fn a_deleted_photos_state_travels_in_the_export() {
    let (_dir, mut store, record) = setup();
    let (_, visit) = pregnancy_visit(&store);
    let clean = sanitize(&photo_with_gps()).unwrap();
    let photo = added::<ChildBook>(&mut store, record, &clean);
    let pregnancy_photo = added::<PregnancyBook>(&mut store, visit, &clean);
    store
        .delete_photo::<ChildBook>(photo.id, now())
        .unwrap()
        .unwrap();
    store
        .delete_photo::<PregnancyBook>(pregnancy_photo.id, now())
        .unwrap()
        .unwrap();
    let export = store.export("2026-11-25T10:00:00Z").unwrap();
    assert_eq!(
        export.photos[0].deleted_at.as_deref(),
        Some("2026-11-25T10:00:00Z")
    );
    assert_eq!(
        export.pregnancy_photos[0].deleted_at.as_deref(),
        Some("2026-11-25T10:00:00Z")
    );
    let (_other, mut copy) = fresh();
    copy.import(&export).unwrap();
    assert_eq!(copy.export("2026-11-25T10:00:00Z").unwrap(), export);
    assert!(copy.photos(record).unwrap().is_empty());
    // The undo still works in the copy.
    assert_eq!(
        copy.restore_photo::<ChildBook>(photo.id, now())
            .unwrap()
            .unwrap(),
        photo
    );
    copy.restore_photo::<PregnancyBook>(pregnancy_photo.id, now())
        .unwrap()
        .unwrap();

    // An older export without the field reads as live photos; a malformed
    // stamp is refused.
    let mut json = serde_json::to_value(&export).unwrap();
    json["photos"][0]
        .as_object_mut()
        .unwrap()
        .remove("deleted_at");
    let older: hagukumi_store::Export = serde_json::from_value(json).unwrap();
    assert_eq!(older.photos[0].deleted_at, None);
    let mut bad = export.clone();
    bad.photos[0].deleted_at = Some("yesterday".into());
    let (_third, mut third) = fresh();
    assert!(matches!(third.import(&bad), Err(ImportError::Invalid(_))));
    assert!(third.children().unwrap().is_empty());
}

#[test]
fn an_image_declaring_too_many_pixels_is_refused_before_the_store() {
    // A real PNG header of 50000 × 50000 (a few bytes on disk, 10 GB once
    // decoded).
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let chunk = |kind: &[u8], data: &[u8]| {
        let mut v = (data.len() as u32).to_be_bytes().to_vec();
        v.extend_from_slice(kind);
        v.extend_from_slice(data);
        v.extend_from_slice(&[0; 4]);
        v
    };
    let mut ihdr = 50_000u32.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&50_000u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    png.extend(chunk(b"IHDR", &ihdr));
    png.extend(chunk(b"IDAT", &[0x78, 0x9C, 0x63, 0, 0]));
    png.extend(chunk(b"IEND", &[]));
    assert_eq!(sanitize(&png), Err(PhotoError::TooManyPixels));
    assert_eq!(
        PhotoError::TooManyPixels.message_id(),
        "error-photo-too-many-pixels"
    );
}
