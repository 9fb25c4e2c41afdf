//! The nursery search (保活): the facilities the handbook kept from the
//! portal (`Store::nurseries_in_use`: per municipality the newest signed
//! copy that reads, else the built-in SAMPLE dataset), read from the
//! handbook for each search so a sync's copy is used at once and nothing
//! needs the network; what cannot be read is logged once and left out. The
//! search is core's (`core::nursery::search_view`); the clock is read here
//! for the next intake.

use crate::clock::today;
use crate::programs::log_once;
use crate::state::{refused, AppState};
use hagukumi_core::api::CommandError;
use hagukumi_core::nursery::{self, SearchRequest, SearchView};
use tauri::State;

/// The built-in datasets are read once at start, so a broken build is seen
/// at once (the SAMPLE files are tested to load without a problem).
pub fn init() {
    log_once("nursery data", &nursery::load_embedded().problems);
}

/// The facilities matching what the parent typed (a refusal names the
/// Fluent message of the first problem; nothing is stored).
#[tauri::command(rename_all = "snake_case")]
pub fn nursery_search(
    state: State<'_, AppState>,
    request: SearchRequest,
) -> Result<SearchView, CommandError> {
    state.with(|store| {
        let data = store.nurseries_in_use()?;
        log_once("nursery data", &data.problems);
        nursery::search_view(&data, &request, today()).map_err(|e| refused(e.message_id))
    })
}
