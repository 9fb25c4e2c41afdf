//! The April intake checklist (`core::nursery::intake`): the embedded
//! checklists, read once at start (one that fails validation is logged
//! with its file and field and left out), and the documents the family
//! ticked, kept in the handbook's settings (`Store::intake_checklist`,
//! `Store::tick_intake_document`). The clock is read here for the days left.

use crate::clock::today;
use crate::state::{refused, AppState};
use hagukumi_core::api::CommandError;
use hagukumi_core::nursery::intake::{embedded_checklists, Checklist, ChecklistView};
use std::sync::OnceLock;
use tauri::State;

static DATA: OnceLock<Vec<Checklist>> = OnceLock::new();

/// Reads the checklists; called when the app starts.
pub fn init() {
    data();
}

fn data() -> &'static [Checklist] {
    DATA.get_or_init(|| {
        embedded_checklists().unwrap_or_else(|e| {
            eprintln!("hagukumi: intake checklist: {e}");
            Vec::new()
        })
    })
}

fn checklist(code: &str) -> Result<&'static Checklist, CommandError> {
    data()
        .iter()
        .find(|c| c.municipality.code == code)
        .ok_or_else(|| refused("hoiku-checklist-error-municipality"))
}

/// A municipality's checklist with the documents ticked in this handbook.
#[tauri::command(rename_all = "snake_case")]
pub fn intake_checklist(
    state: State<'_, AppState>,
    code: String,
) -> Result<ChecklistView, CommandError> {
    let c = checklist(&code)?;
    state.with(|store| Ok(store.intake_checklist(c, today())?))
}

/// Ticks a document or not and returns the checklist; an unknown
/// municipality or document is refused and changes nothing.
#[tauri::command(rename_all = "snake_case")]
pub fn tick_intake_document(
    state: State<'_, AppState>,
    code: String,
    document: String,
    checked: bool,
) -> Result<ChecklistView, CommandError> {
    let c = checklist(&code)?;
    state.with(|store| {
        store
            .tick_intake_document(c, &document, checked, today())?
            .ok_or_else(|| refused("hoiku-checklist-error-document"))
    })
}
