//! A child's records: the record layer ([`crate::book`]) for
//! [`ChildBook`], under the names the app (`src-tauri`) still calls.

use crate::book::{Outcome, Refused};
use crate::{parse_sex, Result, Store};
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::model::RecordId;
use hagukumi_core::records::{ChildBook, HistoryEntry, Record, RecordData, RecordKind};
use hagukumi_core::Child;
use rusqlite::OptionalExtension;

/// Why a record operation was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordProblem {
    NoSuchChild,
    NoSuchRecord,
    /// Deleted more than 30 days ago (or not deleted at all).
    CannotRestore,
    /// The child already has a live record of this kind, which a child has
    /// at most once (the birth, `RecordKind::once_per_child`): its id.
    AlreadyRecorded(RecordId),
    /// The record came from the portal and is read-only.
    Official,
}

impl From<Refused> for RecordProblem {
    fn from(refused: Refused) -> Self {
        match refused {
            Refused::NoSuchOwner => RecordProblem::NoSuchChild,
            Refused::NoSuchRecord => RecordProblem::NoSuchRecord,
            Refused::CannotRestore => RecordProblem::CannotRestore,
            Refused::AlreadyRecorded(id) => RecordProblem::AlreadyRecorded(id),
            Refused::Official => RecordProblem::Official,
        }
    }
}

fn problem<T>(outcome: Outcome<T>) -> std::result::Result<T, RecordProblem> {
    outcome.map_err(RecordProblem::from)
}

impl Store {
    /// One child, if there is one with this id.
    pub fn child(&self, id: RecordId) -> Result<Option<Child>> {
        let row = self
            .conn
            .query_row(
                "SELECT id, name, birth_date, sex FROM children WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        Child {
                            id: r.get(0)?,
                            name: r.get(1)?,
                            birth_date: r.get(2)?,
                            sex: None,
                        },
                        r.get::<_, Option<String>>(3)?,
                    ))
                },
            )
            .optional()?;
        row.map(|(mut child, sex)| {
            child.sex = sex.as_deref().map(parse_sex).transpose()?;
            Ok(child)
        })
        .transpose()
    }

    /// Adds a validated record to a child (refused for a second birth).
    pub fn add_record(
        &self,
        child_id: RecordId,
        data: &RecordData,
        now: NaiveDateTime,
    ) -> Result<std::result::Result<Record, RecordProblem>> {
        self.add::<ChildBook>(child_id, data, now).map(problem)
    }

    /// A child's records, oldest first; deleted ones only when asked.
    pub fn records(
        &self,
        child_id: RecordId,
        kind: Option<RecordKind>,
        include_deleted: bool,
    ) -> Result<Vec<Record>> {
        self.list::<ChildBook>(child_id, kind, include_deleted)
    }

    pub fn record(&self, id: RecordId) -> Result<Option<Record>> {
        self.get::<ChildBook>(id)
    }

    /// Replaces a record's content, keeping the previous version in its
    /// history (one transaction). The kind may not change.
    pub fn edit_record(
        &mut self,
        id: RecordId,
        data: &RecordData,
        now: NaiveDateTime,
    ) -> Result<std::result::Result<Record, RecordProblem>> {
        self.edit::<ChildBook>(id, data, now).map(problem)
    }

    /// Soft-deletes a record; it can be restored for 30 days.
    pub fn delete_record(
        &mut self,
        id: RecordId,
        now: NaiveDateTime,
    ) -> Result<std::result::Result<(), RecordProblem>> {
        self.delete::<ChildBook>(id, now).map(problem)
    }

    /// Undoes a deletion made at most 30 days before `now` (refused when it
    /// would give the child a second birth record).
    pub fn restore_record(
        &mut self,
        id: RecordId,
        now: NaiveDateTime,
    ) -> Result<std::result::Result<Record, RecordProblem>> {
        self.restore::<ChildBook>(id, now).map(problem)
    }

    /// A record's earlier versions, oldest first.
    pub fn record_history(&self, id: RecordId) -> Result<Vec<HistoryEntry>> {
        self.history::<ChildBook>(id)
    }
}
