//! A rules bundle with one rule moved, as a publisher would make it (also
//! used by the sync's tests).

use hagukumi_core::rules_bundle::builtin_bundle_json;
use serde_json::{json, Value};

/// The built-in rules as bundle `version`, issued 2026-10-01, with BCG's
/// standard time from `bcg_from` months (5 in the built-in rules).
pub fn bcg_bundle(version: u64, bcg_from: u32) -> Value {
    let issued = "2026-10-01".parse().unwrap();
    let mut v: Value = serde_json::from_str(&builtin_bundle_json(version, issued)).unwrap();
    let bcg = v["files"]["schedules/vaccines-jp.json"]["vaccines"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|x| x["id"] == "bcg")
        .unwrap();
    bcg["series"][0]["doses"][0]["recommended"]["from"] = json!({ "months": bcg_from });
    v
}
