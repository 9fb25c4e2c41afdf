//! The record form frame: title, kind chips, the owner's fields with their
//! errors, save (busy while saving) and cancel, the status line.

use super::{Draft as _, Owner, OwnerArgs, RecordArgs};
use crate::form::{
    field_setter, pressed_chip, select_value, status_line, submit, submit_button, FormState,
    Invalid,
};
use crate::{use_tr, TextField};
use hagukumi_core::book::Book as _;
use hagukumi_core::Field;
use hagukumi_i18n::{Localizer, Value};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RecordFormProps<O: Owner> {
    pub owner: O,
    /// After a record was saved.
    pub on_saved: Callback<()>,
    /// A record to edit: the form is filled with its values and saving
    /// changes it (its kind is fixed).
    #[prop_or_default]
    pub editing: Option<O::Record>,
    #[prop_or_default]
    pub on_cancel: Callback<()>,
}

/// What an owner's fields need from the form.
pub struct FormCtx<'a, D: Clone + 'static> {
    pub tr: &'a Localizer,
    pub draft: &'a UseStateHandle<D>,
    pub state: &'a FormState,
}

impl<D: Clone + 'static> FormCtx<'_, D> {
    /// The error under `field`, naming it.
    pub fn error(&self, field: Field) -> Option<String> {
        self.state.field_error(self.tr, field)
    }

    /// A callback writing one field of the draft.
    pub fn set(&self, f: fn(&mut D) -> &mut String) -> Callback<String> {
        field_setter(self.draft, f)
    }

    /// A text field labelled by its `Field`.
    pub fn field(
        &self,
        id: &'static str,
        field: Field,
        numeric: bool,
        f: fn(&mut D) -> &mut String,
    ) -> Html {
        self.text(id, field, None, numeric, f)
    }

    /// A text field labelled by the message `label`, or by its `Field`.
    pub fn text(
        &self,
        id: &'static str,
        field: Field,
        label: Option<&str>,
        numeric: bool,
        f: fn(&mut D) -> &mut String,
    ) -> Html {
        let value = f(&mut (**self.draft).clone()).clone();
        let label = self.tr.text(label.unwrap_or(&field.label_id()));
        html! {
            <TextField id={id} label={label} value={value}
                error={self.error(field)} numeric={numeric} oninput={self.set(f)} />
        }
    }

    /// A select of `(value, label)` choices with "please choose" first.
    pub fn select(
        &self,
        id: &'static str,
        field: Field,
        choices: Vec<(&'static str, String)>,
        f: fn(&mut D) -> &mut String,
    ) -> Html {
        let value = f(&mut (**self.draft).clone()).clone();
        let error = self.error(field);
        let error_id = format!("{id}-error");
        html! {
            <div class={classes!("field", error.is_some().then_some("invalid"))}>
                <label for={id}>{ self.tr.text(&field.label_id()) }</label>
                <select id={id} onchange={self.set(f).reform(select_value)}
                    aria-invalid={error.is_some().to_string()}
                    aria-describedby={error.is_some().then(|| error_id.clone())}>
                    <option value="" selected={value.is_empty()}>{ self.tr.text("form-choose") }</option>
                    { for choices.into_iter().map(|(v, label)| html! {
                        <option value={v} selected={value == v}>{ label }</option>
                    }) }
                </select>
                if let Some(e) = error {
                    <p class="error" id={error_id} role="alert">{ e }</p>
                }
            </div>
        }
    }
}

#[function_component(RecordForm)]
pub fn record_form<O: Owner>(props: &RecordFormProps<O>) -> Html {
    let tr = use_tr();
    let p = O::PREFIX;
    let kind = use_state(O::first_kind);
    let draft = use_state(O::Draft::default);
    let state = use_state(FormState::default);
    {
        let (kind, draft, state) = (kind.clone(), draft.clone(), state.clone());
        use_effect_with(props.editing.clone(), move |editing| match editing {
            Some(record) => {
                let data = O::data(record);
                kind.set(O::kind(data));
                draft.set(O::Draft::from_input(&O::Book::to_input(data)));
                state.set(FormState::default());
                crate::nav::scroll_to(&format!("{p}record-form"));
            }
            None => {
                // What was saved stays said; the errors of an edit go.
                if state.errors.is_some() {
                    state.set(FormState {
                        errors: None,
                        ..(*state).clone()
                    });
                }
                draft.set(O::Draft::default());
            }
        });
    }
    let editing_id = props.editing.as_ref().map(O::id);
    let current = match &props.editing {
        Some(record) => O::kind(O::data(record)),
        None => props.owner.current_kind(*kind),
    };

    let onsubmit = {
        let (draft, state, tr) = (draft.clone(), state.clone(), tr.clone());
        let (owner_id, on_saved) = (props.owner.owner_id(), props.on_saved.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let input = draft.input(current);
            let (draft, on_saved, tr) = (draft.clone(), on_saved.clone(), tr.clone());
            let done = move |record: O::Record| {
                draft.set(O::Draft::default());
                on_saved.emit(());
                let message = if editing_id.is_some() {
                    "record-edited"
                } else {
                    "record-saved"
                };
                let kind = O::kind_name(&tr, O::kind(O::data(&record)));
                Some(tr.format(message, &[("kind", Value::from(kind))]))
            };
            match editing_id {
                Some(record_id) => {
                    let args = RecordArgs {
                        record_id,
                        input: Some(input),
                    };
                    submit(&state, O::EDIT, args, Invalid::ByField, done)
                }
                None => {
                    let args = OwnerArgs {
                        field: O::OWNER_ARG,
                        id: owner_id,
                        key: "input",
                        value: input,
                    };
                    submit(&state, O::ADD, args, Invalid::ByField, done)
                }
            }
        })
    };

    let cx = FormCtx {
        tr: &tr,
        draft: &draft,
        state: &state,
    };
    let fields = props.owner.fields(&cx, current);
    html! {
        <form class={classes!("card", "form", editing_id.is_some().then_some("editing"))} id={format!("{p}record-form")} {onsubmit} novalidate=true>
            if editing_id.is_some() {
                <h2 id={format!("{p}record-form-title")}>{ tr.text("record-edit-title") }</h2>
                <p class="muted record-edit-kind">{ O::kind_name(&tr, current) }</p>
            } else {
                <h2 id={format!("{p}record-form-title")}>{ tr.text("record-add-title") }</h2>
                <div class="kinds" role="group" aria-label={tr.text("record-add-title")}>
                    { for props.owner.kinds().into_iter().map(|k| {
                        let (kind, state) = (kind.clone(), state.clone());
                        let onclick = Callback::from(move |_| {
                            kind.set(k);
                            state.set(FormState { saving: state.saving, ..FormState::default() });
                        });
                        pressed_chip(format!("{p}kind-{}", O::kind_str(k)), current == k, onclick, O::kind_name(&tr, k))
                    }) }
                </div>
            }
            { fields }
            { submit_button(&tr, format!("add-{p}record-submit"), state.saving, "form-saving",
                if editing_id.is_some() { "record-edit-submit" } else { "record-submit" }) }
            if editing_id.is_some() {
                <button type="button" id={format!("{p}record-edit-cancel")} class="link"
                    onclick={props.on_cancel.reform(|_| ())}>
                    { tr.text("record-edit-cancel") }
                </button>
            }
            { status_line(&tr, &format!("{p}record-form-status"), &state) }
        </form>
    }
}
