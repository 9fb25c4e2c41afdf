//! Child-support program commands: the family's municipality and the
//! programs that apply to each child and pregnancy. The SAMPLE registry is
//! read once at start (what it cannot read is logged and left out); the
//! matching and the views are core's (`core::programs`), the clock is read
//! here.

use crate::clock::today;
use crate::state::AppState;
use hagukumi_core::api::CommandError;
use hagukumi_core::programs::{
    self, FamilyPrograms, MunicipalitiesView, MunicipalityChanged, Registry,
};
use std::sync::OnceLock;
use tauri::{AppHandle, State};

static REGISTRY: OnceLock<Registry> = OnceLock::new();

/// The embedded registry, read once; called when the app starts.
pub fn init() {
    registry();
}

pub(crate) fn registry() -> &'static Registry {
    REGISTRY.get_or_init(|| {
        let registry = programs::load_embedded();
        for problem in &registry.problems {
            eprintln!("hagukumi: program registry: {problem}");
        }
        registry
    })
}

/// The municipalities of the registry and the family's one.
#[tauri::command(rename_all = "snake_case")]
pub fn municipalities(state: State<'_, AppState>) -> Result<MunicipalitiesView, CommandError> {
    state.with(|store| Ok(registry().municipalities_view(store.municipality()?)))
}

/// Sets the family's municipality (one of the registry's, else refused and
/// nothing changes); a change from another one is a 転居: what ends in the
/// old place and what to apply for again in the new one.
#[tauri::command(rename_all = "snake_case")]
pub fn set_municipality(
    state: State<'_, AppState>,
    code: String,
) -> Result<MunicipalityChanged, CommandError> {
    let registry = registry();
    let chosen = registry
        .municipality(code.trim())
        .ok_or_else(|| CommandError::Refused {
            message_id: "error-unknown-municipality".into(),
        })?;
    state.with_mut(|store| {
        let previous = store.set_municipality(chosen)?;
        Ok(programs::municipality_changed(
            registry,
            previous.as_deref(),
            chosen,
            &store.children()?,
            &store.pregnancies()?,
            today(),
        ))
    })
}

/// The programs that apply today to each child and pregnancy, and those
/// beginning in the next three months (none before a municipality is set).
#[tauri::command(rename_all = "snake_case")]
pub fn family_programs(state: State<'_, AppState>) -> Result<FamilyPrograms, CommandError> {
    state.with(|store| {
        let code = store.municipality()?;
        Ok(programs::family_programs(
            registry(),
            code.as_deref(),
            &store.children()?,
            &store.pregnancies()?,
            today(),
        ))
    })
}

/// Opens a program's page (`source == false`) or its cited source in the
/// system browser, through tauri-plugin-opener from Rust: the window names
/// the program, never an address, and has no opener permission itself.
#[tauri::command(rename_all = "snake_case")]
pub fn open_program_link(app: AppHandle, psid: String, source: bool) -> Result<(), CommandError> {
    use tauri_plugin_opener::OpenerExt;
    let url = registry()
        .program_link(&psid, source)
        .ok_or_else(|| CommandError::Refused {
            message_id: "error-program-no-link".into(),
        })?;
    app.opener()
        .open_url(url, None::<&str>)
        .map_err(|_| CommandError::Refused {
            message_id: "error-no-browser".into(),
        })
}
