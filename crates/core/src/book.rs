//! The record book: what every owner of records (a child, a pregnancy)
//! shares. A [`Book`] names its owner and its record types; the store keeps
//! every book the same way (add, list, edit with history, soft delete and a
//! 30-day undo), so a third owner is a new `Book`, not a copy of a stack.
//!
//! The books: [`crate::records::ChildBook`] (a child's records) and
//! [`crate::pregnancy_records::PregnancyBook`] (a pregnancy's, and the
//! mother's after the birth).

use crate::model::RecordId;
use crate::validate::ValidationErrors;
use crate::Date;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fmt::Debug;

/// Days a deleted record can still be restored.
pub const UNDO_DAYS: i64 = 30;

/// Whether a record deleted at `deleted_at` can still be restored at `now`.
pub fn can_restore(deleted_at: chrono::NaiveDateTime, now: chrono::NaiveDateTime) -> bool {
    now >= deleted_at && (now - deleted_at) <= chrono::Duration::days(UNDO_DAYS)
}

/// One owner's kind of record book.
pub trait Book: Sized + 'static {
    /// The owner's name in field and column names: a stored record says
    /// whose it is as `<OWNER>_id` (`child_id`, `pregnancy_id`).
    const OWNER: &'static str;
    /// A validated record (tagged by `kind` in JSON).
    type Data: Clone + Debug + PartialEq + Serialize + DeserializeOwned;
    /// What a form or the CLI sends, unchecked.
    type Input;
    /// The record kinds.
    type Kind: Copy + Debug + PartialEq;
    /// The owner's facts validation needs (a child's birth date, a
    /// pregnancy's expected date).
    type Owner;
    /// The stored record as callers see it (`Record`, `PregnancyRecord`,
    /// which name the owner's field); a [`Stored`] either way.
    type Record: From<Stored<Self>> + Into<Stored<Self>> + Clone + Debug + PartialEq;

    fn kind(data: &Self::Data) -> Self::Kind;
    /// The kind's id, as stored and as named on the command line.
    fn kind_id(kind: Self::Kind) -> &'static str;
    fn date(data: &Self::Data) -> Date;
    /// Checks `input` as its form would: against the owner and today.
    fn validate(
        input: &Self::Input,
        owner: &Self::Owner,
        today: Date,
    ) -> Result<Self::Data, ValidationErrors>;
    /// The input a form is filled from to edit `data`.
    fn to_input(data: &Self::Data) -> Self::Input;
    /// Kinds an owner has at most one live record of (a child's birth).
    fn once_per_owner(_kind: Self::Kind) -> bool {
        false
    }
}

/// A book's record kinds, listed once: the validated record of each kind
/// (`$data`, tagged by `kind` in JSON; each variant wraps its own type,
/// which has a `date`), the kinds (`$kind`, a `choices!` whose `ALL` is in
/// the order listed), and `kind` of a record and of an input (`$input`,
/// whose variants are named as the kinds), `date` of a record.
macro_rules! book_kinds {
    (
        $(#[$data_meta:meta])* pub enum $data:ident;
        $(#[$kind_meta:meta])* pub enum $kind:ident;
        inputs $input:ident;
        $($variant:ident($ty:ty) = $id:literal),+ $(,)?
    ) => {
        $(#[$data_meta])*
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(tag = "kind")]
        pub enum $data {
            $(#[serde(rename = $id)] $variant($ty)),+
        }

        $crate::by_name::choices! {
            $(#[$kind_meta])*
            pub enum $kind: serde { $($variant = $id),+ }
        }

        impl $data {
            pub fn kind(&self) -> $kind {
                match self {
                    $($data::$variant(_) => $kind::$variant),+
                }
            }

            /// The day the record is about.
            pub fn date(&self) -> $crate::Date {
                match self {
                    $($data::$variant(record) => record.date),+
                }
            }
        }

        impl $input {
            pub fn kind(&self) -> $kind {
                match self {
                    $($input::$variant { .. } => $kind::$variant),+
                }
            }
        }
    };
}

pub(crate) use book_kinds;

/// A stored record of any book, as the store reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored<B: Book> {
    pub id: RecordId,
    /// The child's or the pregnancy's id.
    pub owner_id: RecordId,
    pub data: B::Data,
    /// When the record was soft-deleted (UTC, RFC 3339), if it was.
    pub deleted_at: Option<String>,
    /// Synced from the portal: read-only (only a child's records so far).
    pub official: bool,
}

/// Where a page of an owner's records ends: the last row's date and id.
/// Pages run newest first by (date, id); the next page starts after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    pub date: Date,
    pub id: RecordId,
}

/// Which of an owner's records a page holds: one kind, a date range (both
/// ends included), and text the record contains (any of its text fields,
/// case-insensitive for Latin letters). Empty: every live record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(serialize = "K: Serialize", deserialize = "K: DeserializeOwned"))]
pub struct Filter<K> {
    #[serde(default)]
    pub kind: Option<K>,
    #[serde(default)]
    pub from: Option<Date>,
    #[serde(default)]
    pub to: Option<Date>,
    #[serde(default)]
    pub text: Option<String>,
}

impl<K> Default for Filter<K> {
    fn default() -> Self {
        Filter {
            kind: None,
            from: None,
            to: None,
            text: None,
        }
    }
}

/// One page of an owner's live records, newest first, with the cursor of
/// the next page (`None`: this was the last) and how many match in all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound(serialize = "R: Serialize", deserialize = "R: DeserializeOwned"))]
pub struct Page<R> {
    pub records: Vec<R>,
    pub next: Option<Cursor>,
    pub total: usize,
}

/// Rows of each further page of an owner's screen: what the window asks
/// for as the parent scrolls near the end of the rows it shows (or presses
/// "more"), ahead of the rows being read.
pub const PAGE_ROWS: usize = 50;

/// Rows of an owner's screen on its first load: what one window of the
/// list shows, so the first rows cost the same with 10 records or 50,000.
///
/// A record row is a card whose height is set by its stacked actions
/// (edit, history, delete: three 44 px touch targets) and its padding,
/// about 177 px with the gap. On a 390×844 phone that is under 5 rows,
/// one card wide; on a 1280×800 desktop window 2 cards wide, under 10
/// (the two sizes of every screenshot, `tests/src/steps.rs`). The big
/// handbook's end-to-end test checks that these rows reach past both
/// windows' height (12 rows: 2,124 px on the phone, 1,056 px on the
/// desktop). A taller or wider window shows their end at once, and the
/// next page is asked for right away.
pub const FIRST_ROWS: usize = 12;

/// An earlier version of a record, kept on every edit, deletion and
/// restoration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound = "")]
pub struct History<B: Book> {
    pub record_id: RecordId,
    /// `edit`, `delete` or `restore`.
    pub change: String,
    /// The record as it was before the change.
    pub previous: B::Data,
    /// UTC, RFC 3339.
    pub changed_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pregnancy_records::{PregnancyBook, PregnancyRecord, PregnancyRecordInput};
    use crate::records::{ChildBook, Record, RecordInput};

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn stored_records_keep_their_owner_field_in_json() {
        let note = RecordInput::Note {
            date: "2026-01-02".into(),
            text: "はじめて歩いた".into(),
        };
        let data = ChildBook::validate(&note, &d("2025-02-28"), d("2026-11-25")).unwrap();
        let record: Record = Stored::<ChildBook> {
            id: 7,
            owner_id: 3,
            data: data.clone(),
            deleted_at: None,
            official: false,
        }
        .into();
        assert_eq!(
            serde_json::to_string(&record).unwrap(),
            r#"{"id":7,"child_id":3,"kind":"note","date":"2026-01-02","text":"はじめて歩いた","deleted_at":null}"#
        );
        assert_eq!(ChildBook::to_input(&data), note);

        let visit = PregnancyRecordInput::Notification {
            date: "2026-07-01".into(),
            method: "ultrasound".into(),
        };
        let data = PregnancyBook::validate(&visit, &d("2027-03-09"), d("2026-12-03")).unwrap();
        let record: PregnancyRecord = Stored::<PregnancyBook> {
            id: 1,
            owner_id: 2,
            data,
            deleted_at: Some("2026-12-03T19:48:00Z".into()),
            official: false,
        }
        .into();
        let json = serde_json::to_string(&record).unwrap();
        assert!(
            json.starts_with(
                r#"{"id":1,"pregnancy_id":2,"kind":"notification","date":"2026-07-01""#
            ),
            "{json}"
        );
        assert!(
            json.ends_with(r#""deleted_at":"2026-12-03T19:48:00Z"}"#),
            "{json}"
        );
    }

    #[test]
    fn history_entries_read_and_write_the_same_shape_for_every_book() {
        let json = r#"{"record_id":4,"change":"edit","previous":{"kind":"note","date":"2026-01-02","text":"a"},"changed_at":"2026-01-03T10:00:00Z"}"#;
        let entry: History<ChildBook> = serde_json::from_str(json).unwrap();
        assert_eq!(entry.record_id, 4);
        assert_eq!(serde_json::to_string(&entry).unwrap(), json);
    }

    #[test]
    fn a_deletion_can_be_undone_for_30_days() {
        let at = |s: &str| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        assert!(can_restore(at("2026-01-01 10:00"), at("2026-01-31 10:00")));
        assert!(!can_restore(at("2026-01-01 10:00"), at("2026-01-31 10:01")));
        assert!(!can_restore(at("2026-01-02 10:00"), at("2026-01-01 10:00")));
    }
}
