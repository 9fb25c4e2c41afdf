//! Pregnancy commands: one pregnancy's screen and its records (prenatal
//! visits, postnatal checkups, …) with their history and photos, as thin
//! wrappers over [`crate::book`] for [`PregnancyBook`]. Validation is core's
//! (`PregnancyBook::validate`), storage the store's.

use crate::book::{self, AppBook, Lookup};
use crate::state::AppState;
use hagukumi_core::api::{CommandError, PhotoView, PregnancyView};
use hagukumi_core::book::{Cursor, Filter, Page};
use hagukumi_core::model::RecordId;
use hagukumi_core::pregnancy_records::{
    PregnancyBook, PregnancyHistoryEntry, PregnancyRecord, PregnancyRecordInput,
    PregnancyRecordKind,
};
use hagukumi_core::schedule::from_records::PREGNANCY_PLAN_KINDS;
use hagukumi_core::Pregnancy;
use hagukumi_store::Store;
use tauri::State;

impl AppBook for PregnancyBook {
    type Holder = Pregnancy;
    const HOLDER: Lookup<Option<Pregnancy>> = Store::pregnancy;
    const NO_SUCH_HOLDER: &'static str = "error-no-such-pregnancy";
}

/// The pregnancy with its newest `rows` records (when `None`, the rows one
/// window shows), how many deleted ones it can still restore (the rows
/// themselves are [`pregnancy_deleted_records`]), its plan, and the
/// prenatal visits and postnatal checkups its head reads.
#[tauri::command(rename_all = "snake_case")]
pub fn load_pregnancy(
    state: State<'_, AppState>,
    pregnancy_id: RecordId,
    rows: Option<usize>,
) -> Result<PregnancyView, CommandError> {
    state.with(|store| {
        let page = book::load::<PregnancyBook>(store, pregnancy_id, rows)?;
        let mut planned = store.of_kinds::<PregnancyBook>(pregnancy_id, &PREGNANCY_PLAN_KINDS)?;
        let plan = hagukumi_core::schedule::from_records::pregnancy_plan(
            &crate::schedule::rules(store)?.rules,
            &page.holder,
            &planned,
            page.today,
        );
        planned.retain(|r| {
            matches!(
                r.data.kind(),
                PregnancyRecordKind::PrenatalVisit | PregnancyRecordKind::PostnatalCheckup
            )
        });
        Ok(PregnancyView {
            today: page.today,
            pregnancy: page.holder,
            records: page.records,
            next: page.next,
            deleted: page.deleted,
            photo_counts: page.photo_counts,
            plan,
            visits: planned,
        })
    })
}

/// A page of the pregnancy's live records matching `filter`, newest
/// first, after `after`, with how many match.
#[tauri::command(rename_all = "snake_case")]
pub fn pregnancy_records(
    state: State<'_, AppState>,
    pregnancy_id: RecordId,
    filter: Option<Filter<PregnancyRecordKind>>,
    after: Option<Cursor>,
) -> Result<Page<PregnancyRecord>, CommandError> {
    book::records::<PregnancyBook>(&state, pregnancy_id, &filter.unwrap_or_default(), after)
}

/// The pregnancy's deleted records that can still be restored, most
/// recently deleted first: read when the parent opens "recently deleted".
#[tauri::command(rename_all = "snake_case")]
pub fn pregnancy_deleted_records(
    state: State<'_, AppState>,
    pregnancy_id: RecordId,
) -> Result<Vec<PregnancyRecord>, CommandError> {
    book::deleted::<PregnancyBook>(&state, pregnancy_id)
}

#[tauri::command(rename_all = "snake_case")]
pub fn add_pregnancy_record(
    state: State<'_, AppState>,
    pregnancy_id: RecordId,
    input: PregnancyRecordInput,
) -> Result<PregnancyRecord, CommandError> {
    book::add::<PregnancyBook>(&state, pregnancy_id, &input)
}

#[tauri::command(rename_all = "snake_case")]
pub fn edit_pregnancy_record(
    state: State<'_, AppState>,
    record_id: RecordId,
    input: PregnancyRecordInput,
) -> Result<PregnancyRecord, CommandError> {
    book::edit::<PregnancyBook>(&state, record_id, &input)
}

#[tauri::command(rename_all = "snake_case")]
pub fn delete_pregnancy_record(
    state: State<'_, AppState>,
    record_id: RecordId,
) -> Result<(), CommandError> {
    book::delete::<PregnancyBook>(&state, record_id)
}

#[tauri::command(rename_all = "snake_case")]
pub fn restore_pregnancy_record(
    state: State<'_, AppState>,
    record_id: RecordId,
) -> Result<PregnancyRecord, CommandError> {
    book::restore::<PregnancyBook>(&state, record_id)
}

#[tauri::command(rename_all = "snake_case")]
pub fn pregnancy_record_history(
    state: State<'_, AppState>,
    record_id: RecordId,
) -> Result<Vec<PregnancyHistoryEntry>, CommandError> {
    book::history::<PregnancyBook>(&state, record_id)
}

#[tauri::command(rename_all = "snake_case")]
pub fn add_pregnancy_photo(
    state: State<'_, AppState>,
    record_id: RecordId,
    data_base64: String,
) -> Result<PhotoView, CommandError> {
    book::add_photo::<PregnancyBook>(&state, record_id, &data_base64)
}

#[tauri::command(rename_all = "snake_case")]
pub fn pregnancy_record_photos(
    state: State<'_, AppState>,
    record_id: RecordId,
) -> Result<Vec<PhotoView>, CommandError> {
    book::photos::<PregnancyBook>(&state, record_id)
}

#[tauri::command(rename_all = "snake_case")]
pub fn delete_pregnancy_photo(
    state: State<'_, AppState>,
    photo_id: RecordId,
) -> Result<(), CommandError> {
    book::delete_photo::<PregnancyBook>(&state, photo_id)
}

#[tauri::command(rename_all = "snake_case")]
pub fn restore_pregnancy_photo(
    state: State<'_, AppState>,
    photo_id: RecordId,
) -> Result<PhotoView, CommandError> {
    book::restore_photo::<PregnancyBook>(&state, photo_id)
}
