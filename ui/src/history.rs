//! A record's earlier versions under its row, shared by the child's screen
//! (`record_history`) and a pregnancy's (`pregnancy_record_history`).

use crate::error_text;
use hagukumi_core::api::CommandError;
use hagukumi_core::book::{Book, History};
use hagukumi_core::model::RecordId;
use hagukumi_i18n::{Localizer, Value};
use yew::prelude::*;

/// A row whose history is shown: its earlier versions once loaded.
#[derive(Clone, PartialEq)]
pub struct OpenHistory<E> {
    pub record_id: RecordId,
    pub entries: Option<Result<Vec<E>, CommandError>>,
}

/// When a change was made, in the device's time zone.
pub(crate) fn changed_when(tr: &Localizer, changed_at: &str) -> String {
    let t = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(changed_at));
    if t.get_time().is_nan() {
        return changed_at.to_owned();
    }
    match hagukumi_core::Date::from_ymd_opt(
        t.get_full_year() as i32,
        t.get_month() + 1,
        t.get_date(),
    ) {
        Some(date) => format!(
            "{} {:02}:{:02}",
            tr.date(date),
            t.get_hours(),
            t.get_minutes()
        ),
        None => changed_at.to_owned(),
    }
}

/// The earlier versions of a record, newest first; `id` is the section's
/// element id, `before` says a record as it was in one line.
pub fn history_list<B: Book>(
    tr: &Localizer,
    id: String,
    h: &OpenHistory<History<B>>,
    before: impl Fn(&B::Data) -> String,
) -> Html {
    let body = match &h.entries {
        None => html! { <p class="muted">{ tr.text("record-history-loading") }</p> },
        Some(Err(e)) => html! { <p class="error" role="alert">{ error_text(tr, e) }</p> },
        Some(Ok(entries)) if entries.is_empty() => {
            html! { <p class="muted history-empty">{ tr.text("record-history-empty") }</p> }
        }
        Some(Ok(entries)) => html! {
            <ol class="history-entries">
                { for entries.iter().rev().map(|e| html! {
                    <li class={classes!("history-entry", format!("history-{}", e.change))}>
                        <p class="history-meta muted">
                            <span class="history-change">{ tr.text(&format!("record-change-{}", e.change)) }</span>
                            { " · " }
                            <span class="history-when">{ changed_when(tr, &e.changed_at) }</span>
                        </p>
                        <p class="history-previous">{ tr.format(
                            "record-history-before",
                            &[("summary", Value::from(before(&e.previous)))],
                        ) }</p>
                    </li>
                }) }
            </ol>
        },
    };
    html! {
        <section class="record-history" {id}>
            <h3>{ tr.text("record-history-title") }</h3>
            { body }
        </section>
    }
}
