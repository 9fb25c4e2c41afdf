//! A pregnancy's records (and the mother's after the birth): the record
//! layer ([`crate::book`]) for [`PregnancyBook`] (tables of migration
//! 0005), under the names the app (`src-tauri`) still calls.

use crate::book::{Outcome, Refused};
use crate::{Result, Store};
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::model::RecordId;
use hagukumi_core::pregnancy_records::{
    PregnancyBook, PregnancyHistoryEntry, PregnancyRecord, PregnancyRecordData, PregnancyRecordKind,
};
use hagukumi_core::Pregnancy;
use rusqlite::OptionalExtension;

/// Why a pregnancy record operation was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PregnancyRecordProblem {
    NoSuchPregnancy,
    NoSuchRecord,
    /// Deleted more than 30 days ago (or not deleted at all).
    CannotRestore,
}

impl From<Refused> for PregnancyRecordProblem {
    fn from(refused: Refused) -> Self {
        match refused {
            Refused::NoSuchOwner => PregnancyRecordProblem::NoSuchPregnancy,
            Refused::CannotRestore => PregnancyRecordProblem::CannotRestore,
            // A pregnancy has no once-only kinds and no official records.
            Refused::NoSuchRecord | Refused::AlreadyRecorded(_) | Refused::Official => {
                PregnancyRecordProblem::NoSuchRecord
            }
        }
    }
}

/// The result of an operation that may be refused.
type PregnancyOutcome<T> = std::result::Result<T, PregnancyRecordProblem>;

fn problem<T>(outcome: Outcome<T>) -> PregnancyOutcome<T> {
    outcome.map_err(PregnancyRecordProblem::from)
}

impl Store {
    /// One pregnancy, if there is one with this id.
    pub fn pregnancy(&self, id: RecordId) -> Result<Option<Pregnancy>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, label, expected_date FROM pregnancies WHERE id = ?1",
                [id],
                |r| {
                    Ok(Pregnancy {
                        id: r.get(0)?,
                        label: r.get(1)?,
                        expected_date: r.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    /// Adds a validated record to a pregnancy.
    pub fn add_pregnancy_record(
        &self,
        pregnancy_id: RecordId,
        data: &PregnancyRecordData,
        now: NaiveDateTime,
    ) -> Result<PregnancyOutcome<PregnancyRecord>> {
        self.add::<PregnancyBook>(pregnancy_id, data, now)
            .map(problem)
    }

    /// A pregnancy's records, oldest first; deleted ones only when asked.
    pub fn pregnancy_records(
        &self,
        pregnancy_id: RecordId,
        kind: Option<PregnancyRecordKind>,
        include_deleted: bool,
    ) -> Result<Vec<PregnancyRecord>> {
        self.list::<PregnancyBook>(pregnancy_id, kind, include_deleted)
    }

    pub fn pregnancy_record(&self, id: RecordId) -> Result<Option<PregnancyRecord>> {
        self.get::<PregnancyBook>(id)
    }

    /// Replaces a record's content, keeping the previous version in its
    /// history (one transaction). The kind may not change.
    pub fn edit_pregnancy_record(
        &mut self,
        id: RecordId,
        data: &PregnancyRecordData,
        now: NaiveDateTime,
    ) -> Result<PregnancyOutcome<PregnancyRecord>> {
        self.edit::<PregnancyBook>(id, data, now).map(problem)
    }

    /// Soft-deletes a record; it can be restored for 30 days.
    pub fn delete_pregnancy_record(
        &mut self,
        id: RecordId,
        now: NaiveDateTime,
    ) -> Result<PregnancyOutcome<()>> {
        self.delete::<PregnancyBook>(id, now).map(problem)
    }

    /// Undoes a deletion made at most 30 days before `now`.
    pub fn restore_pregnancy_record(
        &mut self,
        id: RecordId,
        now: NaiveDateTime,
    ) -> Result<PregnancyOutcome<PregnancyRecord>> {
        self.restore::<PregnancyBook>(id, now).map(problem)
    }

    /// A pregnancy record's earlier versions, oldest first.
    pub fn pregnancy_record_history(&self, id: RecordId) -> Result<Vec<PregnancyHistoryEntry>> {
        self.history::<PregnancyBook>(id)
    }
}
