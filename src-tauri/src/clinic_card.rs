//! The clinic card: one read of what the handbook already holds (no
//! network), and the parent's insurance note. The card is core's
//! (`core::clinic_card`), the note is validated there; the clock is read here.

use crate::state::{store_error, AppState};
use hagukumi_core::api::CommandError;
use hagukumi_core::clinic_card::{self, ClinicCard, InsuranceNote};
use hagukumi_core::model::RecordId;
use hagukumi_core::official::{Category, OfficialItem};
use hagukumi_store::Store;
use tauri::State;

fn card(store: &Store, child_id: RecordId) -> Result<ClinicCard, CommandError> {
    let child = store
        .child(child_id)
        .map_err(|e| store_error(&e))?
        .ok_or_else(|| CommandError::Refused {
            message_id: "error-no-such-child".into(),
        })?;
    let certificates = store
        .official_items(Some(child_id), Some(Category::Certificates))
        .map_err(|e| store_error(&e))?
        .into_iter()
        .filter_map(|i| match i.item {
            OfficialItem::Certificates(c) => Some(c),
            _ => None,
        });
    let records = store
        .records(child_id, None, false)
        .map_err(|e| store_error(&e))?;
    let note = store
        .insurance_note(child_id)
        .map_err(|e| store_error(&e))?;
    Ok(clinic_card::clinic_card(
        child,
        certificates,
        &records,
        note,
        crate::commands::today(),
    ))
}

/// A child's clinic card, from the handbook alone.
#[tauri::command(rename_all = "snake_case")]
pub fn clinic_card(
    state: State<'_, AppState>,
    child_id: RecordId,
) -> Result<ClinicCard, CommandError> {
    state.with_result(|store| card(store, child_id))
}

/// Writes a child's insurance note (an empty one clears it) and returns the
/// card; a refused note changes nothing.
#[tauri::command(rename_all = "snake_case")]
pub fn set_insurance_note(
    state: State<'_, AppState>,
    child_id: RecordId,
    note: String,
) -> Result<ClinicCard, CommandError> {
    let note = InsuranceNote::parse(&note).map_err(|p| CommandError::Refused {
        message_id: p.message_id().into(),
    })?;
    state.with_result(|store| {
        if !store
            .set_insurance_note(child_id, note.as_ref())
            .map_err(|e| store_error(&e))?
        {
            return Err(CommandError::Refused {
                message_id: "error-no-such-child".into(),
            });
        }
        card(store, child_id)
    })
}
