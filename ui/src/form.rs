//! What every form shares: its state (busy, errors by field, the failure or
//! the saved message), its status line and one submit path.

use crate::{error_text, ipc};
use hagukumi_core::api::CommandError;
use hagukumi_core::{ErrorCode, Field, FieldError, ValidationErrors};
use hagukumi_i18n::Localizer;
use serde::de::DeserializeOwned;
use serde::Serialize;
use yew::prelude::*;

/// Shared state of a form: saving flag, field errors, status line.
#[derive(Clone, PartialEq, Default)]
pub(crate) struct FormState {
    pub saving: bool,
    pub errors: Option<ValidationErrors>,
    pub failure: Option<CommandError>,
    pub saved: Option<String>,
}

impl FormState {
    /// The error under `field`, in the validation's own words.
    pub fn error(&self, tr: &Localizer, field: Field) -> Option<String> {
        let code: ErrorCode = self.errors.as_ref()?.for_field(field)?;
        Some(tr.validation_error(code))
    }

    /// The error under `field`, naming the field (the record forms).
    pub fn field_error(&self, tr: &Localizer, field: Field) -> Option<String> {
        let code: ErrorCode = self.errors.as_ref()?.for_field(field)?;
        Some(tr.field_error(&FieldError { field, code }))
    }
}

/// The form's status line: the failure, or what was saved.
pub(crate) fn status_line(tr: &Localizer, id: &str, state: &FormState) -> Html {
    if let Some(failure) = &state.failure {
        html! { <p class="error form-status" id={id.to_owned()} role="alert">{ error_text(tr, failure) }</p> }
    } else if let Some(saved) = &state.saved {
        html! { <p class="ok form-status" id={id.to_owned()} role="status">{ saved }</p> }
    } else {
        html! {}
    }
}

/// A form's submit button, disabled while `saving`: then it says `busy`,
/// else `label` (Fluent ids).
pub(crate) fn submit_button(
    tr: &Localizer,
    id: impl Into<AttrValue>,
    saving: bool,
    busy: &str,
    label: &str,
) -> Html {
    html! {
        <button type="submit" class="primary" id={id.into()} disabled={saving}>
            { tr.text(if saving { busy } else { label }) }
        </button>
    }
}

/// A chip that picks or answers (`aria-pressed`), `active` while pressed.
pub(crate) fn pressed_chip(
    id: String,
    pressed: bool,
    onclick: Callback<MouseEvent>,
    label: String,
) -> Html {
    html! {
        <button type="button" {id} class={classes!("chip", pressed.then_some("active"))}
            aria-pressed={pressed.to_string()} {onclick}>
            { label }
        </button>
    }
}

/// はい / いいえ to the question `question_id`: the chips `{id}-yes` and
/// `{id}-no`, the answer pressed. Pressing it again takes it back
/// (`on_answer` gets `None`).
pub(crate) fn yes_no(
    tr: &Localizer,
    id: &str,
    question_id: String,
    answer: Option<bool>,
    on_answer: &Callback<Option<bool>>,
) -> Html {
    let chip = |value: bool, name: &str| {
        let pressed = answer == Some(value);
        let onclick = on_answer.reform(move |_| (!pressed).then_some(value));
        let label = tr.text(&format!("record-answer-{name}"));
        pressed_chip(format!("{id}-{name}"), pressed, onclick, label)
    };
    html! {
        <div class="kinds answers" role="group" aria-labelledby={question_id}>
            { chip(true, "yes") }
            { chip(false, "no") }
        </div>
    }
}

/// How a form shows a refused input.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Invalid {
    /// Each error under its field.
    ByField,
    /// As the status line's failure (forms whose fields the caller words).
    AsFailure,
}

/// Runs `command` with `args` unless the form is already saving: busy
/// while it runs, then `done` with the answer (it clears the fields and
/// returns the saved message), or the errors by field, or the failure.
pub(crate) fn submit<A, T>(
    state: &UseStateHandle<FormState>,
    command: &'static str,
    args: A,
    invalid: Invalid,
    done: impl FnOnce(T) -> Option<String> + 'static,
) where
    A: Serialize + 'static,
    T: DeserializeOwned + 'static,
{
    if state.saving {
        return;
    }
    state.set(FormState {
        saving: true,
        ..FormState::default()
    });
    let state = state.clone();
    wasm_bindgen_futures::spawn_local(async move {
        state.set(match ipc::invoke::<_, T>(command, &args).await {
            Ok(value) => FormState {
                saved: done(value),
                ..FormState::default()
            },
            Err(CommandError::Invalid { errors }) if invalid == Invalid::ByField => FormState {
                errors: Some(errors),
                ..FormState::default()
            },
            Err(e) => FormState {
                failure: Some(e),
                ..FormState::default()
            },
        });
    });
}

/// A `done` of [`submit`] that shows the answer in `view` and has no
/// saved message.
pub(crate) fn show<T: 'static>(view: &UseStateHandle<Option<T>>) -> impl Fn(T) -> Option<String> {
    let view = view.clone();
    move |answer| {
        view.set(Some(answer));
        None
    }
}

/// A form's `onsubmit`: [`submit`] with the arguments `args` reads from
/// the fields when the parent submits.
pub(crate) fn on_submit<A, T>(
    state: &UseStateHandle<FormState>,
    command: &'static str,
    invalid: Invalid,
    args: impl Fn() -> A + 'static,
    done: impl Fn(T) -> Option<String> + 'static,
) -> Callback<SubmitEvent>
where
    A: Serialize + 'static,
    T: DeserializeOwned + 'static,
{
    let state = state.clone();
    let done = std::rc::Rc::new(done);
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        let done = done.clone();
        submit(&state, command, args(), invalid, move |value| done(value));
    })
}

/// A labelled `<select>` of `(value, text)` options whose value is kept in
/// `h`.
pub(crate) fn select_field(
    id: &'static str,
    label: String,
    h: &UseStateHandle<String>,
    options: Vec<(&str, String)>,
) -> Html {
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <select {id} onchange={select_setter(h)}>
                { for options.into_iter().map(|(value, text)| html! {
                    <option value={value.to_owned()} selected={**h == value}>{ text }</option>
                }) }
            </select>
        </div>
    }
}

/// A callback writing one text field of a form's `draft`.
pub(crate) fn field_setter<D: Clone + 'static>(
    draft: &UseStateHandle<D>,
    f: fn(&mut D) -> &mut String,
) -> Callback<String> {
    let draft = draft.clone();
    Callback::from(move |v: String| {
        let mut d = (*draft).clone();
        *f(&mut d) = v;
        draft.set(d);
    })
}

/// A callback writing a text field's state.
pub(crate) fn setter(h: &UseStateHandle<String>) -> Callback<String> {
    let h = h.clone();
    Callback::from(move |v: String| h.set(v))
}

/// A `<select>`'s `onchange` that keeps its value in `h`.
pub(crate) fn select_setter(h: &UseStateHandle<String>) -> Callback<Event> {
    setter(h).reform(select_value)
}

/// The value of a `<select>` that changed.
pub(crate) fn select_value(e: Event) -> String {
    let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
    select.value()
}
