//! Pregnancy commands: one pregnancy's screen and its records (prenatal
//! visits, postnatal checkups, …) with their history and photos, as thin
//! wrappers over [`crate::book`] for [`PregnancyBook`]. Validation is core's
//! (`PregnancyBook::validate`), storage the store's.

use crate::book::{self, AppBook, Lookup};
use crate::state::AppState;
use hagukumi_core::api::{CommandError, PhotoView, PregnancyView};
use hagukumi_core::book::{Book, Cursor, Filter, History, Page};
use hagukumi_core::model::RecordId;
use hagukumi_core::pregnancy_records::{PregnancyBook, PregnancyRecordKind};
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

book::record_commands!(PregnancyBook, pregnancy_id: pregnancy_records,
    pregnancy_deleted_records, add_pregnancy_record, edit_pregnancy_record,
    delete_pregnancy_record, restore_pregnancy_record, pregnancy_record_history);
book::photo_commands!(PregnancyBook: add_pregnancy_photo, pregnancy_record_photos,
    delete_pregnancy_photo, restore_pregnancy_photo);
