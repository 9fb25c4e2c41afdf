//! Pregnancy commands: one pregnancy's screen and its records (prenatal
//! visits, postnatal checkups, …) with their history and photos. Validation is core's
//! (`PregnancyRecordInput::validate`), storage the store's; each command only
//! translates and returns a typed error.

use crate::commands::{clean_upload, photo_refused, photo_view, photo_views, today};
use crate::state::{store_error, AppState};
use hagukumi_core::api::{CommandError, PhotoView, PregnancyView};
use hagukumi_core::model::RecordId;
use hagukumi_core::pregnancy_records::{
    PregnancyHistoryEntry, PregnancyRecord, PregnancyRecordInput,
};
use hagukumi_core::Pregnancy;
use hagukumi_store::{PregnancyRecordProblem, Store};
use tauri::State;

fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

fn refused(problem: PregnancyRecordProblem) -> CommandError {
    CommandError::Refused {
        message_id: match problem {
            PregnancyRecordProblem::NoSuchPregnancy => "error-no-such-pregnancy",
            PregnancyRecordProblem::NoSuchRecord => "error-no-such-record",
            PregnancyRecordProblem::CannotRestore => "error-cannot-restore",
        }
        .into(),
    }
}

fn find_pregnancy(store: &Store, pregnancy_id: RecordId) -> Result<Pregnancy, CommandError> {
    store
        .pregnancy(pregnancy_id)
        .map_err(|e| store_error(&e))?
        .ok_or_else(|| refused(PregnancyRecordProblem::NoSuchPregnancy))
}

/// The pregnancy and all its records, deleted ones included (for undo).
#[tauri::command(rename_all = "snake_case")]
pub fn load_pregnancy(
    state: State<'_, AppState>,
    pregnancy_id: RecordId,
) -> Result<PregnancyView, CommandError> {
    state.with_result(|store| {
        let pregnancy = find_pregnancy(store, pregnancy_id)?;
        let records = store
            .pregnancy_records(pregnancy_id, None, true)
            .map_err(|e| store_error(&e))?;
        let photo_counts = store
            .pregnancy_photo_counts(pregnancy_id)
            .map_err(|e| store_error(&e))?;
        let today = today();
        let plan = hagukumi_core::schedule::from_records::pregnancy_plan(
            &crate::schedule::rules(store)?.rules,
            &pregnancy,
            &records,
            today,
        );
        Ok(PregnancyView {
            today,
            pregnancy,
            records,
            photo_counts,
            plan,
        })
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn add_pregnancy_record(
    state: State<'_, AppState>,
    pregnancy_id: RecordId,
    input: PregnancyRecordInput,
) -> Result<PregnancyRecord, CommandError> {
    state.with_result(|store| {
        let pregnancy = find_pregnancy(store, pregnancy_id)?;
        let data = input
            .validate(pregnancy.expected_date, today())
            .map_err(|errors| CommandError::Invalid { errors })?;
        store
            .add_pregnancy_record(pregnancy_id, &data, now())
            .map_err(|e| store_error(&e))?
            .map_err(refused)
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn edit_pregnancy_record(
    state: State<'_, AppState>,
    record_id: RecordId,
    input: PregnancyRecordInput,
) -> Result<PregnancyRecord, CommandError> {
    state.with_result_mut(|store| {
        let record = store
            .pregnancy_record(record_id)
            .map_err(|e| store_error(&e))?
            .ok_or_else(|| refused(PregnancyRecordProblem::NoSuchRecord))?;
        let pregnancy = find_pregnancy(store, record.pregnancy_id)?;
        let data = input
            .validate(pregnancy.expected_date, today())
            .map_err(|errors| CommandError::Invalid { errors })?;
        store
            .edit_pregnancy_record(record_id, &data, now())
            .map_err(|e| store_error(&e))?
            .map_err(refused)
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn delete_pregnancy_record(
    state: State<'_, AppState>,
    record_id: RecordId,
) -> Result<(), CommandError> {
    state.with_result_mut(|store| {
        store
            .delete_pregnancy_record(record_id, now())
            .map_err(|e| store_error(&e))?
            .map_err(refused)
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn restore_pregnancy_record(
    state: State<'_, AppState>,
    record_id: RecordId,
) -> Result<PregnancyRecord, CommandError> {
    state.with_result_mut(|store| {
        store
            .restore_pregnancy_record(record_id, now())
            .map_err(|e| store_error(&e))?
            .map_err(refused)
    })
}

/// A pregnancy record's earlier versions (edits, deletions, restorations),
/// oldest first.
#[tauri::command(rename_all = "snake_case")]
pub fn pregnancy_record_history(
    state: State<'_, AppState>,
    record_id: RecordId,
) -> Result<Vec<PregnancyHistoryEntry>, CommandError> {
    state.with_result(|store| {
        store
            .pregnancy_record(record_id)
            .map_err(|e| store_error(&e))?
            .ok_or_else(|| refused(PregnancyRecordProblem::NoSuchRecord))?;
        store
            .pregnancy_record_history(record_id)
            .map_err(|e| store_error(&e))
    })
}

/// Attaches a photo (base64 of a JPEG or PNG file) to a pregnancy record,
/// cleaned exactly as a child's record photo is.
#[tauri::command(rename_all = "snake_case")]
pub fn add_pregnancy_photo(
    state: State<'_, AppState>,
    record_id: RecordId,
    data_base64: String,
) -> Result<PhotoView, CommandError> {
    let clean = clean_upload(&data_base64)?;
    state.with_result_mut(|store| {
        let photo = store
            .add_pregnancy_photo(record_id, &clean, now())
            .map_err(|e| store_error(&e))?
            .map_err(photo_refused)?;
        Ok(photo_view(&photo))
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn pregnancy_record_photos(
    state: State<'_, AppState>,
    record_id: RecordId,
) -> Result<Vec<PhotoView>, CommandError> {
    state.with(|store| {
        Ok(photo_views(
            &store.pregnancy_photos_with_deleted(record_id, now())?,
        ))
    })
}

/// Deletes a pregnancy record's photo; it can be restored for 30 days.
#[tauri::command(rename_all = "snake_case")]
pub fn delete_pregnancy_photo(
    state: State<'_, AppState>,
    photo_id: RecordId,
) -> Result<(), CommandError> {
    state.with_result_mut(|store| {
        store
            .delete_pregnancy_photo(photo_id, now())
            .map_err(|e| store_error(&e))?
            .map_err(photo_refused)
    })
}

/// Undoes the deletion of a pregnancy record's photo (within 30 days).
#[tauri::command(rename_all = "snake_case")]
pub fn restore_pregnancy_photo(
    state: State<'_, AppState>,
    photo_id: RecordId,
) -> Result<PhotoView, CommandError> {
    state.with_result_mut(|store| {
        let photo = store
            .restore_pregnancy_photo(photo_id, now())
            .map_err(|e| store_error(&e))?
            .map_err(photo_refused)?;
        Ok(photo_view(&photo))
    })
}
