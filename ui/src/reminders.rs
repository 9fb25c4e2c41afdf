//! The reminder settings: how many days before a window opens and before a
//! funded window closes the shell sends its notifications.

use crate::{
    ipc, setter, status_line, submit, submit_button, use_tr, FormState, Invalid, TextField,
};
use hagukumi_core::schedule::reminders::ReminderSettings;
use hagukumi_core::{ErrorCode, Field, FieldError, ValidationErrors};
use serde::Serialize;
use yew::prelude::*;

#[function_component(ReminderSettingsForm)]
pub(crate) fn reminder_settings_form() -> Html {
    let tr = use_tr();
    let open = use_state(String::new);
    let close = use_state(String::new);
    let state = use_state(FormState::default);

    {
        let (open, close, state) = (open.clone(), close.clone(), state.clone());
        use_effect_with((), move |()| {
            wasm_bindgen_futures::spawn_local(async move {
                match ipc::invoke::<_, ReminderSettings>("reminder_settings", &()).await {
                    Ok(s) => {
                        open.set(s.days_before_open.to_string());
                        close.set(s.days_before_close.to_string());
                    }
                    Err(e) => state.set(FormState {
                        failure: Some(e),
                        ..FormState::default()
                    }),
                }
            });
        });
    }

    let onsubmit = {
        let (open, close, state, tr) = (open.clone(), close.clone(), state.clone(), tr.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if state.saving {
                return;
            }
            let mut errors = Vec::new();
            let mut number = |text: &str, field: Field| {
                text.trim().parse::<i64>().ok().or_else(|| {
                    errors.push(FieldError {
                        field,
                        code: ErrorCode::DaysOutOfRange,
                    });
                    None
                })
            };
            let days_open = number(&open, Field::DaysBeforeOpen);
            let days_close = number(&close, Field::DaysBeforeClose);
            let (Some(days_before_open), Some(days_before_close)) = (days_open, days_close) else {
                state.set(FormState {
                    errors: Some(ValidationErrors(errors)),
                    ..FormState::default()
                });
                return;
            };
            #[derive(Serialize)]
            struct Args {
                days_before_open: i64,
                days_before_close: i64,
            }
            let args = Args {
                days_before_open,
                days_before_close,
            };
            let (open, close, tr) = (open.clone(), close.clone(), tr.clone());
            submit(
                &state,
                "set_reminder_settings",
                args,
                Invalid::ByField,
                move |s: ReminderSettings| {
                    open.set(s.days_before_open.to_string());
                    close.set(s.days_before_close.to_string());
                    Some(tr.text("reminder-settings-saved"))
                },
            );
        })
    };
    let set = setter;
    html! {
        <form class="card form" id="reminder-settings" {onsubmit} novalidate=true>
            <h2>{ tr.text("reminder-settings-title") }</h2>
            <TextField
                id="reminder-days-open"
                label={tr.text("reminder-settings-open")}
                value={(*open).clone()}
                error={state.error(&tr, Field::DaysBeforeOpen)}
                numeric=true
                oninput={set(&open)}
            />
            <TextField
                id="reminder-days-close"
                label={tr.text("reminder-settings-close")}
                hint={Some(AttrValue::from(tr.text("reminder-settings-note")))}
                value={(*close).clone()}
                error={state.error(&tr, Field::DaysBeforeClose)}
                numeric=true
                oninput={set(&close)}
            />
            { submit_button(&tr, "reminder-settings-submit", state.saving, "form-saving", "reminder-settings-save") }
            { status_line(&tr, "reminder-settings-status", &state) }
        </form>
    }
}
