//! What the store's tests share: opening a real encrypted handbook in a
//! fresh folder, times, and a handbook with one child or one pregnancy.
//! Each test file uses part of it.
#![allow(dead_code)]

use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::model::RecordId;
use hagukumi_core::pregnancy_records::PregnancyRecordInput;
use hagukumi_core::{Child, ChildInput, Date, Pregnancy, PregnancyInput};
use hagukumi_store::{KeySource, Store};
use std::path::Path;

/// The passphrase of every test handbook opened with [`open`].
pub const PASSPHRASE: &str = "p-passphrase-12";

/// The passphrase key source of [`PASSPHRASE`].
pub fn pass() -> KeySource {
    KeySource::Passphrase(PASSPHRASE.into())
}

/// Opens (or creates) the handbook in `dir` under [`PASSPHRASE`].
pub fn open(dir: &Path) -> Store {
    Store::open_with(dir, &pass()).unwrap()
}

/// A fresh folder with a new handbook in it.
pub fn fresh() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    (dir, store)
}

/// `YYYY-MM-DD HH:MM` (UTC).
pub fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
}

pub fn date(s: &str) -> Date {
    s.parse().unwrap()
}

/// Adds a child named `name` born on `birth` (checked as the form would on
/// `today`).
pub fn add_child(store: &Store, name: &str, birth: &str, today: Date) -> Child {
    store
        .add_child(
            &ChildInput {
                name: name.into(),
                birth_date: birth.into(),
                ..Default::default()
            }
            .validate(today)
            .unwrap(),
        )
        .unwrap()
}

/// Adds a pregnancy labelled `label` due on `expected`.
pub fn add_pregnancy(store: &Store, label: &str, expected: &str, today: Date) -> Pregnancy {
    store
        .add_pregnancy(
            &PregnancyInput {
                label: label.into(),
                expected_date: expected.into(),
            }
            .validate(today)
            .unwrap(),
        )
        .unwrap()
}

/// A handbook with one child, ゆい, born 2025-02-28 (checked on `today`):
/// its folder, the store, the child's id and birth date.
pub fn with_child(today: Date) -> (tempfile::TempDir, Store, RecordId, Date) {
    let (dir, store) = fresh();
    let child = add_child(&store, "ゆい", "2025-02-28", today);
    (dir, store, child.id, child.birth_date)
}

/// A handbook with one pregnancy, 第三子, due 2027-03-01 (26w1d on
/// 2026-11-24): its folder, the store, the pregnancy's id and due date.
pub fn with_pregnancy(today: Date) -> (tempfile::TempDir, Store, RecordId, Date) {
    let (dir, store) = fresh();
    let pregnancy = add_pregnancy(&store, "第三子", "2027-03-01", today);
    (dir, store, pregnancy.id, pregnancy.expected_date)
}

/// A prenatal visit on 2026-11-20 weighing `weight` kg.
pub fn visit(weight: &str) -> PregnancyRecordInput {
    PregnancyRecordInput::PrenatalVisit {
        date: "2026-11-20".into(),
        weight_kg: weight.into(),
        systolic: "112".into(),
        diastolic: "70".into(),
        urine_protein: "negative".into(),
        urine_sugar: "negative".into(),
        edema: "plus1".into(),
        fundal_height_cm: "24".into(),
        abdominal_girth_cm: "86".into(),
        fetal_heart: "present".into(),
        fetal_heart_bpm: "145".into(),
        notes: "順調です".into(),
        facility: "さくら産婦人科".into(),
    }
}

/// A child as the form would accept it on `today`.
pub fn new_child(name: &str, birth: &str, today: Date) -> hagukumi_core::NewChild {
    ChildInput {
        name: name.into(),
        birth_date: birth.into(),
        ..Default::default()
    }
    .validate(today)
    .unwrap()
}

mod bundle;
mod files;
#[allow(unused_imports)]
pub use bundle::bcg_bundle;
#[allow(unused_imports)]
pub use files::snapshot;

/// A tiny JPEG-shaped file whose Exif block names a place.
pub fn photo_with_gps() -> Vec<u8> {
    let seg = |m: u8, p: &[u8]| {
        let mut v = vec![0xFF, m];
        v.extend_from_slice(&((p.len() + 2) as u16).to_be_bytes());
        v.extend_from_slice(p);
        v
    };
    let mut j = vec![0xFF, 0xD8];
    j.extend(seg(0xE1, b"Exif\0\0MM\0*GPS-SENTINEL-35.6812N"));
    j.extend(seg(0xDB, &[0u8; 65]));
    j.extend(seg(0xC0, &[8, 0, 1, 0, 1, 1, 1, 0x11, 0]));
    j.extend(seg(0xDA, &[1, 1, 0, 0, 0x3F, 0]));
    j.extend_from_slice(b"PIXELS-SENTINEL");
    j.extend_from_slice(&[0xFF, 0xD9]);
    j
}
