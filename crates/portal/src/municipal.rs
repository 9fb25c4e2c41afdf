//! Municipal catalogues (`GET /v1/municipalities/{code}/{catalogue}`):
//! what a municipality publishes for every family living there, not
//! personal, so no token is needed, served in signed incremental pages like
//! the data categories (`account` = `municipality:{code}`, `category` = the
//! catalogue):
//!
//! - `registry`: the child-support program registry for the municipality
//!   (its own programs, the prefecture's and the national ones), the SAMPLE
//!   files of `assets/programs/`, each file a `file` item (what the file
//!   says about itself) followed by its records as `record` items, in the
//!   Tokyo open-data shape;
//! - `materials`: the printed materials handed out at 妊娠届, SAMPLE
//!   (`sample/materials.json`).
//!
//! Items are in change order; a changed item is appended again with its id
//! (the client keeps the last one), a `withdrawn` item removes it.

use std::sync::Arc;

use crate::faults::refusal;
use crate::pages::{
    cursor_and_limit, data_request, signed_page, take_replay, window, PageParams, Window,
};
use crate::respond::error;
use crate::respond::{Path, Query};
use crate::state::{lock, Portal};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde_json::Value;

/// `GET /v1/municipalities/{code}/{catalogue}`: one signed page.
pub(crate) async fn municipal_page(
    State(portal): State<Arc<Portal>>,
    Path((code, catalogue)): Path<(String, String)>,
    Query(params): Query<PageParams>,
    headers: HeaderMap,
) -> Response {
    if let Some(resp) = take_replay(&portal, &catalogue) {
        return resp;
    }
    data_request(&portal, &headers, |fault| {
        if let Some(resp) = refusal(fault) {
            return resp;
        }
        let (after, limit) = match cursor_and_limit(&catalogue, &params) {
            Ok(v) => v,
            Err(resp) => return *resp,
        };
        let catalogues = lock(&portal.catalogues);
        let Some(all) = catalogues.get(&(catalogue.clone(), code.clone())) else {
            return error(
                StatusCode::NOT_FOUND,
                "not_found",
                "no such municipality or catalogue",
            );
        };
        let (items, end, complete) = window(all.iter(), after, limit);
        drop(catalogues);
        let account = format!("municipality:{code}");
        let window = Window {
            account: &account,
            category: &catalogue,
            cursor: params.cursor.as_deref().unwrap_or(""),
            items,
            end,
            complete,
        };
        signed_page(&portal, window, &headers, fault)
    })
    .await
}

impl Portal {
    /// Appends `item` to a municipality's catalogue (changed items are
    /// appended again: the client keeps the last).
    pub(crate) fn publish_municipal(
        &self,
        catalogue: &str,
        code: &str,
        item: Value,
    ) -> Result<(), String> {
        if item.get("id").and_then(Value::as_str).is_none() {
            return Err("the item needs a string `id`".into());
        }
        let mut catalogues = lock(&self.catalogues);
        let items = catalogues
            .get_mut(&(catalogue.to_owned(), code.to_owned()))
            .ok_or_else(|| format!("no catalogue `{catalogue}` for `{code}`"))?;
        items.push(item);
        Ok(())
    }
}
