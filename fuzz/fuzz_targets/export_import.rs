//! The import format: an export document read as `hagu import` and the app
//! read it (JSON into `Export`), then every check an import makes before
//! anything is written (`Export::check`: timestamps, records against
//! their forms, photos decoded and cleaned, bookmarks).
#![no_main]

use hagukumi_store::Export;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(export) = serde_json::from_slice::<Export>(data) {
        let _ = export.check();
    }
});
