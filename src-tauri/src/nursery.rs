//! The nursery search (保活): the SAMPLE facilities, read once at start
//! (what cannot be read is logged and left out), searched offline by core
//! (`core::nursery::search_view`); the clock is read here for the next
//! intake.

use crate::clock::today;
use hagukumi_core::api::CommandError;
use hagukumi_core::nursery::{self, Nurseries, SearchRequest, SearchView};
use std::sync::OnceLock;

static DATA: OnceLock<Nurseries> = OnceLock::new();

/// The embedded datasets, read once; called when the app starts.
pub fn init() {
    data();
}

pub(crate) fn data() -> &'static Nurseries {
    DATA.get_or_init(|| {
        let data = nursery::load_embedded();
        for problem in &data.problems {
            eprintln!("hagukumi: nursery data: {problem}");
        }
        data
    })
}

/// The facilities matching what the parent typed (a refusal names the
/// Fluent message of the first problem; nothing is stored).
#[tauri::command(rename_all = "snake_case")]
pub fn nursery_search(request: SearchRequest) -> Result<SearchView, CommandError> {
    nursery::search_view(data(), &request, today()).map_err(|e| CommandError::Refused {
        message_id: e.message_id.to_owned(),
    })
}
