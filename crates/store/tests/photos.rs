//! Photos inside the encrypted handbook: cleaned, capped, exported.

use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::photo::{sanitize, PhotoError, MAX_PHOTOS_PER_RECORD};
use hagukumi_core::records::RecordInput;
use hagukumi_core::{ChildInput, Date};
use hagukumi_store::{KeySource, PhotoProblem, Store};

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
    let store = Store::open_with(dir.path(), &KeySource::Passphrase("p".into())).unwrap();
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
    let mut copy = Store::open_with(other.path(), &KeySource::Passphrase("q".into())).unwrap();
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
