//! The clinic card: one read of what the handbook already holds (no
//! network; `Store::clinic_card`, shared with `hagu clinic-card`), and the
//! parent's insurance note. The card is core's (`core::clinic_card`), the
//! note is validated there; the clock is read here.

use crate::book;
use crate::clock::today;
use crate::state::{refused, AppState};
use hagukumi_core::api::CommandError;
use hagukumi_core::clinic_card::{ClinicCard, InsuranceNote};
use hagukumi_core::model::RecordId;
use hagukumi_core::records::ChildBook;
use hagukumi_store::Store;
use tauri::State;

fn card(store: &Store, child_id: RecordId) -> Result<ClinicCard, CommandError> {
    store
        .clinic_card(child_id, today())?
        .ok_or_else(book::no_such_holder::<ChildBook>)
}

/// A child's clinic card, from the handbook alone.
#[tauri::command(rename_all = "snake_case")]
pub fn clinic_card(
    state: State<'_, AppState>,
    child_id: RecordId,
) -> Result<ClinicCard, CommandError> {
    state.with(|store| card(store, child_id))
}

/// Writes a child's insurance note (an empty one clears it) and returns the
/// card; a refused note changes nothing.
#[tauri::command(rename_all = "snake_case")]
pub fn set_insurance_note(
    state: State<'_, AppState>,
    child_id: RecordId,
    note: String,
) -> Result<ClinicCard, CommandError> {
    let note = InsuranceNote::parse(&note).map_err(|p| refused(p.message_id()))?;
    state.with(|store| {
        if !store.set_insurance_note(child_id, note.as_ref())? {
            return Err(book::no_such_holder::<ChildBook>());
        }
        card(store, child_id)
    })
}
