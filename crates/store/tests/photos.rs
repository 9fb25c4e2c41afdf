//! Photos inside the encrypted handbook, on a child's records and on
//! pregnancy records: cleaned, capped, deleted, exported.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::photo::{
    sanitize, CleanPhoto, Mime, PhotoError, MAX_PHOTOS_PER_RECORD, MAX_PHOTO_BYTES,
};
use hagukumi_core::pregnancy_records::PregnancyRecordInput;
use hagukumi_core::records::RecordInput;
use hagukumi_core::{ChildInput, Date, PregnancyInput};
use hagukumi_store::{ImportError, KeySource, PhotoProblem, Store};

fn now() -> NaiveDateTime {
    NaiveDateTime::parse_from_str("2026-11-25 10:00", "%Y-%m-%d %H:%M").unwrap()
}

/// A tiny JPEG-shaped file whose Exif block names a place.
fn photo_with_gps() -> Vec<u8> {
    let seg = |m: u8, p: &[u8]| {
        let mut v = vec![0xFF, m];
        v.extend_from_slice(&((p.len() + 2) as u16).to_be_bytes());
        v.extend_from_slice(p);
        v
    };
    let mut j = vec![0xFF, 0xD8];
    j.extend(seg(0xE1, b"Exif\0\0MM\0*GPS-SENTINEL-35.6812N"));
    j.extend(seg(0xDB, &[0u8; 65]));
    j.extend(seg(0xDA, &[1, 1, 0, 0, 0x3F, 0]));
    j.extend_from_slice(b"PIXELS-SENTINEL");
    j.extend_from_slice(&[0xFF, 0xD9]);
    j
}

fn setup() -> (tempfile::TempDir, Store, i64) {
    let dir = tempfile::tempdir().unwrap();
    let store =
        Store::open_with(dir.path(), &KeySource::Passphrase("p-passphrase-12".into())).unwrap();
    let today: Date = "2026-11-25".parse().unwrap();
    let child = store
        .add_child(
            &ChildInput {
                name: "ゆい".into(),
                birth_date: "2025-02-28".into(),
                ..Default::default()
            }
            .validate(today)
            .unwrap(),
        )
        .unwrap();
    let note = RecordInput::Note {
        date: "2025-06-01".into(),
        text: "はじめての寝返り".into(),
    }
    .validate(child.birth_date, today)
    .unwrap();
    let record = store.add_record(child.id, &note, now()).unwrap().unwrap();
    (dir, store, record.id)
}

#[test]
fn a_photo_is_kept_encrypted_without_its_location() {
    let (dir, mut store, record) = setup();
    let clean = sanitize(&photo_with_gps()).unwrap();
    let photo = store.add_photo(record, &clean, now()).unwrap().unwrap();
    let stored = store.photos(record).unwrap();
    assert_eq!(stored, vec![photo]);
    assert!(!stored[0].bytes.windows(12).any(|w| w == b"GPS-SENTINEL"));
    drop(store);
    // Neither the pixels nor anything else is readable on disk.
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(!bytes.windows(15).any(|w| w == b"PIXELS-SENTINEL"));
    }
}

#[test]
fn photos_are_capped_and_can_be_deleted() {
    let (_dir, mut store, record) = setup();
    let clean = sanitize(&photo_with_gps()).unwrap();
    for _ in 0..MAX_PHOTOS_PER_RECORD {
        store.add_photo(record, &clean, now()).unwrap().unwrap();
    }
    assert_eq!(
        store.add_photo(record, &clean, now()).unwrap(),
        Err(PhotoProblem::Photo(PhotoError::TooMany))
    );
    let first = store.photos(record).unwrap()[0].id;
    store.delete_photo(first).unwrap().unwrap();
    assert_eq!(
        store.delete_photo(first).unwrap(),
        Err(PhotoProblem::NoSuchPhoto)
    );
    assert_eq!(
        store.photos(record).unwrap().len(),
        MAX_PHOTOS_PER_RECORD - 1
    );
    assert_eq!(
        store.add_photo(999, &clean, now()).unwrap(),
        Err(PhotoProblem::NoSuchRecord)
    );
}

#[test]
fn photos_travel_in_the_export() {
    let (_dir, mut store, record) = setup();
    let clean = sanitize(&photo_with_gps()).unwrap();
    store.add_photo(record, &clean, now()).unwrap().unwrap();
    let export = store.export("2026-11-25T10:00:00Z").unwrap();
    assert_eq!(export.photos.len(), 1);
    let other = tempfile::tempdir().unwrap();
    let mut copy = Store::open_with(
        other.path(),
        &KeySource::Passphrase("q-passphrase-12".into()),
    )
    .unwrap();
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
    let photo = store.add_photo(record, &clean, now()).unwrap().unwrap();
    let child = store.record(record).unwrap().unwrap().child_id;
    let listed = store.child_photo_infos(child, None).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (listed[0].id, listed[0].record_id, listed[0].size),
        (photo.id, record, clean.bytes.len())
    );
    assert_eq!(store.photo(photo.id).unwrap(), Some(photo.clone()));
    assert_eq!(store.photo(photo.id + 1).unwrap(), None);

    store.delete_record(record, now()).unwrap().unwrap();
    assert!(store.child_photo_infos(child, None).unwrap().is_empty());
    assert_eq!(
        store.child_photo_infos(child, Some(record)).unwrap(),
        listed
    );
    assert!(store
        .child_photo_infos(child + 1, Some(record))
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
        .add_pregnancy_record(pregnancy.id, &visit, now())
        .unwrap()
        .unwrap();
    (pregnancy.id, record.id)
}

#[test]
fn a_pregnancy_photo_round_trips_encrypted_without_its_location() {
    let (dir, mut store, child_record) = setup();
    let (pregnancy, record) = pregnancy_visit(&store);
    let clean = sanitize(&photo_with_gps()).unwrap();
    let photo = store
        .add_pregnancy_photo(record, &clean, now())
        .unwrap()
        .unwrap();
    assert_eq!(store.pregnancy_photos(record).unwrap(), vec![photo.clone()]);
    assert_eq!(
        store.pregnancy_photo(photo.id).unwrap(),
        Some(photo.clone())
    );
    assert!(!photo.bytes.windows(12).any(|w| w == b"GPS-SENTINEL"));
    assert!(photo.bytes.windows(15).any(|w| w == b"PIXELS-SENTINEL"));
    assert_eq!(
        store.pregnancy_photo_counts(pregnancy).unwrap(),
        vec![(record, 1)]
    );
    let listed = store.pregnancy_photo_infos(pregnancy, None).unwrap();
    assert_eq!(
        (listed.len(), listed[0].record_id, listed[0].size),
        (1, record, clean.bytes.len())
    );
    // Its own numbering: the child's record of the same id has no photo.
    assert_eq!(record, child_record);
    assert!(store.photos(child_record).unwrap().is_empty());
    assert_eq!(store.photo(photo.id).unwrap(), None);
    drop(store);
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(!bytes.windows(15).any(|w| w == b"PIXELS-SENTINEL"));
    }
}

#[test]
fn pregnancy_photos_are_capped_and_can_be_deleted() {
    let (_dir, mut store, _) = setup();
    let (pregnancy, record) = pregnancy_visit(&store);
    // Over 8 MB after cleaning: refused before the store, and the table
    // itself refuses such a blob.
    let mut big = vec![0xFF, 0xD8, 0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 0x3F, 0];
    big.resize(MAX_PHOTO_BYTES + 16, 0x55);
    big.extend_from_slice(&[0xFF, 0xD9]);
    assert_eq!(sanitize(&big), Err(PhotoError::TooLarge));
    let oversized = CleanPhoto {
        mime: Mime::Jpeg,
        bytes: big,
    };
    assert!(store
        .add_pregnancy_photo(record, &oversized, now())
        .is_err());

    let clean = sanitize(&photo_with_gps()).unwrap();
    for _ in 0..MAX_PHOTOS_PER_RECORD {
        store
            .add_pregnancy_photo(record, &clean, now())
            .unwrap()
            .unwrap();
    }
    assert_eq!(
        store.add_pregnancy_photo(record, &clean, now()).unwrap(),
        Err(PhotoProblem::Photo(PhotoError::TooMany))
    );
    let first = store.pregnancy_photos(record).unwrap()[0].id;
    store.delete_pregnancy_photo(first).unwrap().unwrap();
    assert_eq!(
        store.delete_pregnancy_photo(first).unwrap(),
        Err(PhotoProblem::NoSuchPhoto)
    );
    assert_eq!(store.pregnancy_photo(first).unwrap(), None);
    assert_eq!(
        store.pregnancy_photos(record).unwrap().len(),
        MAX_PHOTOS_PER_RECORD - 1
    );
    // Not on a deleted record, nor on one that does not exist.
    store
        .delete_pregnancy_record(record, now())
        .unwrap()
        .unwrap();
    assert_eq!(
        store.add_pregnancy_photo(record, &clean, now()).unwrap(),
        Err(PhotoProblem::NoSuchRecord)
    );
    assert_eq!(
        store.add_pregnancy_photo(999, &clean, now()).unwrap(),
        Err(PhotoProblem::NoSuchRecord)
    );
    // A deleted record's photos are listed only when asked for by record.
    assert!(store
        .pregnancy_photo_infos(pregnancy, None)
        .unwrap()
        .is_empty());
    assert_eq!(
        store
            .pregnancy_photo_infos(pregnancy, Some(record))
            .unwrap()
            .len(),
        MAX_PHOTOS_PER_RECORD - 1
    );
}

#[test]
fn pregnancy_photos_travel_in_the_export() {
    let (_dir, mut store, _) = setup();
    let (_, record) = pregnancy_visit(&store);
    let clean = sanitize(&photo_with_gps()).unwrap();
    store
        .add_pregnancy_photo(record, &clean, now())
        .unwrap()
        .unwrap();
    let export = store.export("2026-11-25T10:00:00Z").unwrap();
    assert_eq!(export.pregnancy_photos.len(), 1);
    assert_eq!(export.pregnancy_photos[0].pregnancy_record_id, record);
    assert!(export.photos.is_empty());
    let other = tempfile::tempdir().unwrap();
    let mut copy = Store::open_with(
        other.path(),
        &KeySource::Passphrase("q-passphrase-12".into()),
    )
    .unwrap();
    copy.import(&export).unwrap();
    assert_eq!(copy.export("2026-11-25T10:00:00Z").unwrap(), export);
    assert_eq!(copy.pregnancy_photos(record).unwrap()[0].bytes, clean.bytes);

    // An exported photo is cleaned again on import; one of a record that
    // is not there is refused, and nothing is written.
    let mut dirty = export.clone();
    dirty.pregnancy_photos[0].data_base64 = BASE64.encode(photo_with_gps());
    let third = tempfile::tempdir().unwrap();
    let mut fresh = Store::open_with(
        third.path(),
        &KeySource::Passphrase("r-passphrase-12".into()),
    )
    .unwrap();
    fresh.import(&dirty).unwrap();
    assert_eq!(
        fresh.pregnancy_photos(record).unwrap()[0].bytes,
        clean.bytes
    );
    let mut dangling = export.clone();
    dangling.pregnancy_photos[0].pregnancy_record_id = 999;
    let fourth = tempfile::tempdir().unwrap();
    let mut empty = Store::open_with(
        fourth.path(),
        &KeySource::Passphrase("s-passphrase-12".into()),
    )
    .unwrap();
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
    store
        .add_pregnancy_photo(record, &clean, now())
        .unwrap()
        .unwrap();
    let mut export = store.export("2026-11-25T10:00:00Z").unwrap();
    let one = export.pregnancy_photos[0].clone();
    export.pregnancy_photos = (0..=MAX_PHOTOS_PER_RECORD as i64)
        .map(|i| {
            let mut p = one.clone();
            p.id = 100 + i;
            p
        })
        .collect();
    let other = tempfile::tempdir().unwrap();
    let mut copy = Store::open_with(
        other.path(),
        &KeySource::Passphrase("q-passphrase-12".into()),
    )
    .unwrap();
    let err = copy.import(&export).unwrap_err();
    assert!(err.to_string().contains("more than 10"), "{err}");
    assert!(copy.pregnancies().unwrap().is_empty());
    // Exactly the limit is fine.
    export.pregnancy_photos.pop();
    copy.import(&export).unwrap();
}
