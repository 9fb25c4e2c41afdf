//! Calls into the Tauri shell. The only bridge is Tauri's own
//! `window.__TAURI_INTERNALS__.invoke`; no JS package, no remote code.

use hagukumi_core::api::CommandError;
use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["window", "__TAURI_INTERNALS__"], js_name = invoke)]
    async fn tauri_invoke(cmd: &str, args: JsValue) -> Result<JsValue, JsValue>;
}

/// Invokes command `cmd` with `args` (an object of named arguments).
pub async fn invoke<A: Serialize, T: DeserializeOwned>(
    cmd: &str,
    args: &A,
) -> Result<T, CommandError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let args = args.serialize(&serializer).map_err(|e| internal(&e))?;
    match tauri_invoke(cmd, args).await {
        Ok(value) => serde_wasm_bindgen::from_value(value).map_err(|e| internal(&e)),
        // A command's typed error arrives as its JSON form; anything else
        // (e.g. a refused permission) is reported as an internal error.
        Err(value) => Err(
            serde_wasm_bindgen::from_value(value.clone()).unwrap_or_else(|_| {
                CommandError::Internal {
                    detail: value.as_string().unwrap_or_else(|| format!("{value:?}")),
                }
            }),
        ),
    }
}

fn internal(e: &impl std::fmt::Display) -> CommandError {
    CommandError::Internal {
        detail: e.to_string(),
    }
}
