//! The commands the UI may call (each granted in capabilities/main.json).
//! Every one validates its input with core and returns a typed error.

use crate::state::AppState;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use hagukumi_core::api::{ChildView, CommandError, HomeView, PhotoView};
use hagukumi_core::growth::{Reference, Sex};
use hagukumi_core::model::RecordId;
use hagukumi_core::photo::{sanitize, CleanPhoto, PhotoError};
use hagukumi_core::records::{HistoryEntry, Record, RecordInput};
use hagukumi_core::{Child, ChildInput, Date, Language, Pregnancy, PregnancyInput};
use hagukumi_store::{Photo, PhotoProblem, RecordProblem};
use tauri::State;

/// The device's local date: the one place the shell reads the clock.
pub fn today() -> Date {
    chrono::Local::now().date_naive()
}

#[tauri::command(rename_all = "snake_case")]
pub fn load_home(state: State<'_, AppState>) -> Result<HomeView, CommandError> {
    state.with(|store| {
        Ok(HomeView {
            language: store.language()?.unwrap_or_default(),
            today: today(),
            children: store.children()?,
            pregnancies: store.pregnancies()?,
        })
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn add_child(state: State<'_, AppState>, input: ChildInput) -> Result<Child, CommandError> {
    let child = input
        .validate(today())
        .map_err(|errors| CommandError::Invalid { errors })?;
    state.with(|store| store.add_child(&child))
}

#[tauri::command(rename_all = "snake_case")]
pub fn add_pregnancy(
    state: State<'_, AppState>,
    input: PregnancyInput,
) -> Result<Pregnancy, CommandError> {
    let pregnancy = input
        .validate(today())
        .map_err(|errors| CommandError::Invalid { errors })?;
    state.with(|store| store.add_pregnancy(&pregnancy))
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_language(state: State<'_, AppState>, language: Language) -> Result<(), CommandError> {
    state.with(|store| store.set_language(language))
}

fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

fn refused(problem: RecordProblem) -> CommandError {
    CommandError::Refused {
        message_id: match problem {
            RecordProblem::NoSuchChild => "error-no-such-child",
            RecordProblem::NoSuchRecord => "error-no-such-record",
            RecordProblem::CannotRestore => "error-cannot-restore",
            RecordProblem::AlreadyRecorded(_) => "error-birth-already-recorded",
            RecordProblem::Official => "error-record-official",
        }
        .into(),
    }
}

fn find_child(store: &hagukumi_store::Store, child_id: RecordId) -> Result<Child, CommandError> {
    store
        .children()
        .map_err(|e| crate::state::store_error(&e))?
        .into_iter()
        .find(|c| c.id == child_id)
        .ok_or_else(|| refused(RecordProblem::NoSuchChild))
}

#[tauri::command(rename_all = "snake_case")]
pub fn load_child(
    state: State<'_, AppState>,
    child_id: RecordId,
) -> Result<ChildView, CommandError> {
    state.with_result(|store| {
        let child = find_child(store, child_id)?;
        let records = store
            .records(child_id, None, true)
            .map_err(|e| crate::state::store_error(&e))?;
        let photo_counts = store
            .photo_counts(child_id)
            .map_err(|e| crate::state::store_error(&e))?;
        let growth_reference = store
            .growth_reference(child_id)
            .map_err(|e| crate::state::store_error(&e))?;
        Ok(ChildView {
            today: today(),
            child,
            records,
            photo_counts,
            growth_reference,
            rules: crate::rules::in_use(store).ok().map(|r| r.version),
            checklist: crate::rules::bundle_checklist(store),
        })
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn add_record(
    state: State<'_, AppState>,
    child_id: RecordId,
    input: RecordInput,
) -> Result<Record, CommandError> {
    state.with_result(|store| {
        let child = find_child(store, child_id)?;
        let data = crate::rules::validate_record(store, &input, child.birth_date, today())
            .map_err(|errors| CommandError::Invalid { errors })?;
        store
            .add_record(child_id, &data, now())
            .map_err(|e| crate::state::store_error(&e))?
            .map_err(refused)
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn edit_record(
    state: State<'_, AppState>,
    record_id: RecordId,
    input: RecordInput,
) -> Result<Record, CommandError> {
    state.with_result_mut(|store| {
        let record = store
            .record(record_id)
            .map_err(|e| crate::state::store_error(&e))?
            .ok_or_else(|| refused(RecordProblem::NoSuchRecord))?;
        let child = find_child(store, record.child_id)?;
        let data = crate::rules::validate_record(store, &input, child.birth_date, today())
            .map_err(|errors| CommandError::Invalid { errors })?;
        store
            .edit_record(record_id, &data, now())
            .map_err(|e| crate::state::store_error(&e))?
            .map_err(refused)
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn delete_record(state: State<'_, AppState>, record_id: RecordId) -> Result<(), CommandError> {
    state.with_result_mut(|store| {
        store
            .delete_record(record_id, now())
            .map_err(|e| crate::state::store_error(&e))?
            .map_err(refused)
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn restore_record(
    state: State<'_, AppState>,
    record_id: RecordId,
) -> Result<Record, CommandError> {
    state.with_result_mut(|store| {
        store
            .restore_record(record_id, now())
            .map_err(|e| crate::state::store_error(&e))?
            .map_err(refused)
    })
}

/// A record's earlier versions (edits, deletions, restorations), oldest
/// first.
#[tauri::command(rename_all = "snake_case")]
pub fn record_history(
    state: State<'_, AppState>,
    record_id: RecordId,
) -> Result<Vec<HistoryEntry>, CommandError> {
    state.with_result(|store| {
        store
            .record(record_id)
            .map_err(|e| crate::state::store_error(&e))?
            .ok_or_else(|| refused(RecordProblem::NoSuchRecord))?;
        store
            .record_history(record_id)
            .map_err(|e| crate::state::store_error(&e))
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_child_sex(
    state: State<'_, AppState>,
    child_id: RecordId,
    sex: Option<Sex>,
) -> Result<(), CommandError> {
    state.with_result(|store| {
        match store
            .set_child_sex(child_id, sex)
            .map_err(|e| crate::state::store_error(&e))?
        {
            true => Ok(()),
            false => Err(refused(RecordProblem::NoSuchChild)),
        }
    })
}

/// Chooses the growth reference of a child's charts (Japanese 2023 or WHO).
#[tauri::command(rename_all = "snake_case")]
pub fn set_growth_reference(
    state: State<'_, AppState>,
    child_id: RecordId,
    reference: Reference,
) -> Result<(), CommandError> {
    state.with_result(|store| {
        match store
            .set_growth_reference(child_id, reference)
            .map_err(|e| crate::state::store_error(&e))?
        {
            true => Ok(()),
            false => Err(refused(RecordProblem::NoSuchChild)),
        }
    })
}

pub(crate) fn photo_refused(problem: PhotoProblem) -> CommandError {
    CommandError::Refused {
        message_id: match problem {
            PhotoProblem::NoSuchRecord => "error-no-such-record",
            PhotoProblem::NoSuchPhoto => "error-no-such-photo",
            PhotoProblem::CannotRestore => "error-photo-cannot-restore",
            PhotoProblem::Photo(e) => e.message_id(),
        }
        .into(),
    }
}

/// A photo sent by the UI (base64 of a JPEG or PNG file), decoded and
/// cleaned of its metadata, including any location.
pub(crate) fn clean_upload(data_base64: &str) -> Result<CleanPhoto, CommandError> {
    // The cap applies to the decoded photo; refuse absurd payloads early.
    if data_base64.len() > hagukumi_core::photo::MAX_ORIGINAL_BYTES.div_ceil(3) * 4 {
        return Err(photo_refused(PhotoProblem::Photo(PhotoError::TooLarge)));
    }
    let bytes = BASE64
        .decode(data_base64.as_bytes())
        .map_err(|_| photo_refused(PhotoProblem::Photo(PhotoError::Malformed)))?;
    sanitize(&bytes).map_err(|e| photo_refused(PhotoProblem::Photo(e)))
}

/// A stored photo as the UI shows it.
pub(crate) fn photo_view(photo: &Photo) -> PhotoView {
    PhotoView {
        id: photo.id,
        mime: photo.mime.as_str().into(),
        data_base64: BASE64.encode(&photo.bytes),
        deleted_at: photo.deleted_at.clone(),
    }
}

/// A record's photos as the strip shows them: the live ones, and the
/// deleted ones that can still be restored (with their undo).
pub(crate) fn photo_views(photos: &[Photo]) -> Vec<PhotoView> {
    photos.iter().map(photo_view).collect()
}

/// Attaches a photo (base64 of a JPEG or PNG file) to a record; its
/// metadata, including any location, is removed before it is stored.
#[tauri::command(rename_all = "snake_case")]
pub fn add_photo(
    state: State<'_, AppState>,
    record_id: RecordId,
    data_base64: String,
) -> Result<PhotoView, CommandError> {
    let clean = clean_upload(&data_base64)?;
    state.with_result_mut(|store| {
        let photo = store
            .add_photo(record_id, &clean, now())
            .map_err(|e| crate::state::store_error(&e))?
            .map_err(photo_refused)?;
        Ok(photo_view(&photo))
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn record_photos(
    state: State<'_, AppState>,
    record_id: RecordId,
) -> Result<Vec<PhotoView>, CommandError> {
    state.with(|store| Ok(photo_views(&store.photos_with_deleted(record_id, now())?)))
}

/// Deletes a photo; it can be restored for 30 days.
#[tauri::command(rename_all = "snake_case")]
pub fn delete_photo(state: State<'_, AppState>, photo_id: RecordId) -> Result<(), CommandError> {
    state.with_result_mut(|store| {
        store
            .delete_photo(photo_id, now())
            .map_err(|e| crate::state::store_error(&e))?
            .map_err(photo_refused)
    })
}

/// Undoes a photo's deletion (within 30 days).
#[tauri::command(rename_all = "snake_case")]
pub fn restore_photo(
    state: State<'_, AppState>,
    photo_id: RecordId,
) -> Result<PhotoView, CommandError> {
    state.with_result_mut(|store| {
        let photo = store
            .restore_photo(photo_id, now())
            .map_err(|e| crate::state::store_error(&e))?
            .map_err(photo_refused)?;
        Ok(photo_view(&photo))
    })
}
