//! What the store's tests share: opening a real encrypted handbook in a
//! fresh folder, times, and a handbook with one child or one pregnancy.
//! Each test file uses part of it.
#![allow(dead_code)]

use hagukumi_core::chrono::NaiveDateTime;
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

/// Every file of a folder with its bytes, to prove nothing changed.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}
