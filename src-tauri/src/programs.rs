//! Child-support program commands: the family's municipality and the
//! programs that apply to each child and pregnancy, and the municipality's
//! printed materials. The registry is the one in use
//! (`Store::registry_in_use`: the kept copy from the portal, newest valid,
//! else the embedded SAMPLE one), read from the handbook for each command
//! so a sync's new copy is used at once and nothing needs the network; what
//! it cannot read is logged once per problem and left out. The matching and
//! the views are core's (`core::programs`), the clock is read here.

use crate::clock::today;
use crate::state::{refused, AppState};
use hagukumi_core::api::CommandError;
use hagukumi_core::materials::Materials;
use hagukumi_core::programs::{
    self, FamilyPrograms, MunicipalitiesView, MunicipalityChanged, Problem, Registry,
};
use hagukumi_store::Store;
use std::collections::HashSet;
use std::sync::{Mutex, OnceLock};
use tauri::{AppHandle, State};

/// The embedded registry is read once at start, so a broken build is seen
/// at once (the SAMPLE files are tested to load without a problem).
pub fn init() {
    log_problems(&programs::load_embedded());
}

fn log_problems(registry: &Registry) {
    log_once("program registry", &registry.problems);
}

/// Logs each problem of municipal data once per run (the data is read again
/// for every command).
pub(crate) fn log_once(topic: &str, problems: &[Problem]) {
    static LOGGED: OnceLock<Mutex<HashSet<String>>> = OnceLock::new();
    let mut logged = LOGGED
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    for problem in problems {
        if logged.insert(format!("{topic}: {problem}")) {
            eprintln!("hagukumi: {topic}: {problem}");
        }
    }
}

/// The registry in use for this handbook.
pub(crate) fn registry(store: &Store) -> Result<Registry, CommandError> {
    let (registry, _) = store.registry_in_use()?;
    log_problems(&registry);
    Ok(registry)
}

/// The municipalities of the registry and the family's one.
#[tauri::command(rename_all = "snake_case")]
pub fn municipalities(state: State<'_, AppState>) -> Result<MunicipalitiesView, CommandError> {
    state.with(|store| Ok(registry(store)?.municipalities_view(store.municipality()?)))
}

/// The family's municipality's printed materials as kept (none before a
/// sync reached the end, or before a municipality is set): read from the
/// handbook only, so they are there offline.
#[tauri::command(rename_all = "snake_case")]
pub fn materials(state: State<'_, AppState>) -> Result<Option<Materials>, CommandError> {
    state.with(|store| {
        let Some(code) = store.municipality()? else {
            return Ok(None);
        };
        Ok(store.kept_materials(&code)?)
    })
}

/// Sets the family's municipality (one of the registry's, else refused and
/// nothing changes); a change from another one is a 転居: what ends in the
/// old place and what to apply for again in the new one.
#[tauri::command(rename_all = "snake_case")]
pub fn set_municipality(
    state: State<'_, AppState>,
    code: String,
) -> Result<MunicipalityChanged, CommandError> {
    state.with_mut(|store| {
        let registry = registry(store)?;
        let chosen = registry
            .municipality(code.trim())
            .ok_or_else(|| refused("error-unknown-municipality"))?;
        let previous = store.set_municipality(chosen)?;
        Ok(programs::municipality_changed(
            &registry,
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
            &registry(store)?,
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
pub fn open_program_link(
    app: AppHandle,
    state: State<'_, AppState>,
    psid: String,
    source: bool,
) -> Result<(), CommandError> {
    use tauri_plugin_opener::OpenerExt;
    let url = state.with(|store| {
        registry(store)?
            .program_link(&psid, source)
            .ok_or_else(|| refused("error-program-no-link"))
    })?;
    app.opener()
        .open_url(url, None::<&str>)
        .map_err(|_| refused("error-no-browser"))
}
