//! The record layer, one body per rule, run for every book (a child's
//! records and a pregnancy's) in the real encrypted store: edits keep the
//! previous version, deletion is soft and undoable for 30 days, records need
//! an existing owner.

mod support;

use hagukumi_core::book::Stored;
use hagukumi_core::pregnancy_records::{PregnancyBook, PregnancyRecordInput};
use hagukumi_core::records::{ChildBook, RecordInput};
use hagukumi_core::Date;
use hagukumi_store::{Refused, Shelf, Store};
use support::{at, date, visit, with_child, with_pregnancy};

/// What the shared bodies need of each book.
trait Fixture: Shelf<Owner = Date> {
    fn today() -> Date;
    /// A handbook with one owner: its id and what its records are checked
    /// against.
    fn setup() -> (tempfile::TempDir, Store, i64, Date);
    /// A record with a plausible typo, and the same record fixed.
    fn first() -> Self::Input;
    fn fixed() -> Self::Input;
    /// A record of another kind than [`Fixture::first`].
    fn other_kind() -> Self::Input;

    fn data(input: &Self::Input, owner: Date) -> Self::Data {
        Self::validate(input, &owner, Self::today()).unwrap()
    }
}

fn measurement(weight: &str) -> RecordInput {
    RecordInput::Measurement {
        date: "2025-03-28".into(),
        weight_kg: weight.into(),
        height_cm: "".into(),
        head_cm: "".into(),
        chest_cm: "".into(),
    }
}

impl Fixture for ChildBook {
    fn today() -> Date {
        date("2026-11-25")
    }
    fn setup() -> (tempfile::TempDir, Store, i64, Date) {
        with_child(Self::today())
    }
    fn first() -> RecordInput {
        measurement("42.1")
    }
    fn fixed() -> RecordInput {
        measurement("4.21")
    }
    fn other_kind() -> RecordInput {
        RecordInput::Note {
            date: "2025-03-28".into(),
            text: "x".into(),
        }
    }
}

impl Fixture for PregnancyBook {
    fn today() -> Date {
        date("2026-11-24")
    }
    fn setup() -> (tempfile::TempDir, Store, i64, Date) {
        with_pregnancy(Self::today())
    }
    /// 58400 would be refused; 85.4 (digits swapped) is plausible.
    fn first() -> PregnancyRecordInput {
        visit("85.4")
    }
    fn fixed() -> PregnancyRecordInput {
        visit("58.4")
    }
    fn other_kind() -> PregnancyRecordInput {
        PregnancyRecordInput::Environment {
            date: "2026-11-01".into(),
            text: "在宅勤務に切り替え".into(),
        }
    }
}

/// Runs `body` for every book.
macro_rules! for_every_book {
    ($($name:ident => $body:ident;)*) => {
        mod child {
            $(#[test] fn $name() { super::$body::<hagukumi_core::records::ChildBook>(); })*
        }
        mod pregnancy {
            $(#[test] fn $name() { super::$body::<hagukumi_core::pregnancy_records::PregnancyBook>(); })*
        }
    };
}

for_every_book! {
    edits_keep_the_previous_version => edits_keep_the_previous_version;
    deletion_is_soft_and_undoable_for_thirty_days => deletion_is_soft_and_undoable_for_thirty_days;
    records_need_an_existing_owner => records_need_an_existing_owner;
}

fn edits_keep_the_previous_version<B: Fixture>() {
    let (_dir, mut store, owner, context) = B::setup();
    let first = B::data(&B::first(), context);
    let rec = stored::<B>(
        store
            .add::<B>(owner, &first, at("2026-11-20 10:00"))
            .unwrap()
            .unwrap(),
    );
    assert_eq!((rec.owner_id, &rec.data), (owner, &first));
    let rec_id = rec.id;
    let fixed = B::data(&B::fixed(), context);
    let edited = stored::<B>(
        store
            .edit::<B>(rec_id, &fixed, at("2026-11-21 10:00"))
            .unwrap()
            .unwrap(),
    );
    assert_eq!(edited.data, fixed);
    assert_eq!(
        stored::<B>(store.get::<B>(rec_id).unwrap().unwrap()).data,
        fixed
    );
    let history = store.history::<B>(rec_id).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].change, "edit");
    assert_eq!(history[0].previous, first);
    assert_eq!(history[0].changed_at, "2026-11-21T10:00:00Z");
    // A record cannot silently become another kind.
    let other = B::data(&B::other_kind(), context);
    assert_eq!(
        store
            .edit::<B>(rec_id, &other, at("2026-11-22 10:00"))
            .unwrap()
            .map(|_| ()),
        Err(Refused::NoSuchRecord)
    );
    assert_eq!(store.history::<B>(rec_id).unwrap().len(), 1);
}

fn deletion_is_soft_and_undoable_for_thirty_days<B: Fixture>() {
    let (_dir, mut store, owner, context) = B::setup();
    let data = B::data(&B::first(), context);
    store
        .add::<B>(owner, &data, at("2026-10-01 08:00"))
        .unwrap()
        .unwrap();
    let id = ids::<B>(&store, owner)[0];
    store
        .delete::<B>(id, at("2026-10-02 08:00"))
        .unwrap()
        .unwrap();
    assert!(store.list::<B>(owner, None, false).unwrap().is_empty());
    let with_deleted = store.list::<B>(owner, None, true).unwrap();
    assert_eq!(
        stored::<B>(with_deleted[0].clone()).deleted_at.as_deref(),
        Some("2026-10-02T08:00:00Z")
    );
    assert_eq!(
        store.delete::<B>(id, at("2026-10-02 08:01")).unwrap(),
        Err(Refused::NoSuchRecord),
        "already deleted"
    );
    // Undo within the window brings it back unchanged.
    let back = stored::<B>(
        store
            .restore::<B>(id, at("2026-11-01 08:00"))
            .unwrap()
            .unwrap(),
    );
    assert_eq!(back.data, data);
    assert_eq!(back.deleted_at, None);
    assert_eq!(ids::<B>(&store, owner), [id]);
    assert_eq!(
        store
            .restore::<B>(id, at("2026-11-01 08:01"))
            .unwrap()
            .map(|_| ()),
        Err(Refused::CannotRestore),
        "not deleted"
    );
    // Deleted again, then too late to undo.
    store
        .delete::<B>(id, at("2026-11-01 09:00"))
        .unwrap()
        .unwrap();
    assert_eq!(
        store
            .restore::<B>(id, at("2026-12-01 09:01"))
            .unwrap()
            .map(|_| ()),
        Err(Refused::CannotRestore)
    );
    let changes: Vec<_> = store
        .history::<B>(id)
        .unwrap()
        .into_iter()
        .map(|h| h.change)
        .collect();
    assert_eq!(changes, ["delete", "restore", "delete"]);
}

fn records_need_an_existing_owner<B: Fixture>() {
    let (_dir, mut store, owner, context) = B::setup();
    // What validation needs of the owner comes from the store.
    assert_eq!(store.owner::<B>(owner).unwrap(), Some(context));
    assert_eq!(store.owner::<B>(999).unwrap(), None);
    let data = B::data(&B::first(), context);
    assert_eq!(
        store
            .add::<B>(999, &data, at("2026-11-24 09:00"))
            .unwrap()
            .map(|_| ()),
        Err(Refused::NoSuchOwner)
    );
    assert_eq!(
        store.delete::<B>(999, at("2026-11-24 09:00")).unwrap(),
        Err(Refused::NoSuchRecord)
    );
}

fn stored<B: Fixture>(record: B::Record) -> Stored<B> {
    record.into()
}

/// The ids of an owner's live records, oldest first.
fn ids<B: Fixture>(store: &Store, owner: i64) -> Vec<i64> {
    let records = store.list::<B>(owner, None, false).unwrap();
    records.into_iter().map(|r| stored::<B>(r).id).collect()
}

/// The record layer says which is missing: the owner or the record.
#[test]
fn a_missing_owner_or_record_is_named() {
    let (_dir, mut store, _child, birth) = ChildBook::setup();
    let data = ChildBook::data(&ChildBook::other_kind(), birth);
    assert_eq!(
        store
            .add::<ChildBook>(999, &data, at("2026-11-25 09:00"))
            .unwrap(),
        Err(Refused::NoSuchOwner)
    );
    let expected = date("2027-03-01");
    let data = PregnancyBook::data(&PregnancyBook::other_kind(), expected);
    assert_eq!(
        store
            .add::<PregnancyBook>(999, &data, at("2026-11-24 09:00"))
            .unwrap(),
        Err(Refused::NoSuchOwner)
    );
    assert_eq!(
        store
            .delete::<PregnancyBook>(999, at("2026-11-24 09:00"))
            .unwrap(),
        Err(Refused::NoSuchRecord)
    );
    assert_eq!(
        store
            .delete::<ChildBook>(999, at("2026-11-24 09:00"))
            .unwrap(),
        Err(Refused::NoSuchRecord)
    );
}
