//! The commands the UI may call (each granted in capabilities/main.json).
//! Every one validates its input with core and returns a typed error.

use crate::state::AppState;
use hagukumi_core::api::{CommandError, HomeView};
use hagukumi_core::{Child, ChildInput, Date, Language, Pregnancy, PregnancyInput};
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
