//! The home screen's forms: add a child, add a pregnancy.

use crate::{
    on_submit, select_setter, setter, status_line, submit_button, use_tr, FormState, Invalid,
    TextField,
};
use hagukumi_core::{Child, ChildInput, Field, Pregnancy, PregnancyInput};
use hagukumi_i18n::Value;
use serde::Serialize;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(crate) struct FormProps {
    pub on_added: Callback<()>,
}

#[function_component(ChildForm)]
pub(crate) fn child_form(props: &FormProps) -> Html {
    let tr = use_tr();
    let name = use_state(String::new);
    let birth = use_state(String::new);
    let sex = use_state(String::new);
    let state = use_state(FormState::default);

    let onsubmit = {
        #[derive(Serialize)]
        struct Args {
            input: ChildInput,
        }
        let fields = (name.clone(), birth.clone(), sex.clone());
        let (n, b, x) = fields.clone();
        let args = move || Args {
            input: ChildInput {
                name: (*n).clone(),
                birth_date: (*b).clone(),
                sex: (*x).clone(),
            },
        };
        let (on_added, tr) = (props.on_added.clone(), tr.clone());
        on_submit(
            &state,
            "add_child",
            Invalid::ByField,
            args,
            move |child: Child| {
                let (name, birth, sex) = &fields;
                for field in [name, birth, sex] {
                    field.set(String::new());
                }
                on_added.emit(());
                Some(tr.format("form-saved-child", &[("name", Value::from(child.name))]))
            },
        )
    };
    let set = setter;
    html! {
        <form class="card form" id="child-form" {onsubmit} novalidate=true>
            <h2>{ tr.text("form-child-title") }</h2>
            <TextField
                id="child-name"
                label={tr.text("form-child-name")}
                placeholder={tr.text("form-child-name-placeholder")}
                value={(*name).clone()}
                error={state.error(&tr, Field::Name)}
                oninput={set(&name)}
            />
            <TextField
                id="child-birth"
                label={tr.text("form-child-birth")}
                placeholder={tr.text("form-date-placeholder")}
                hint={Some(AttrValue::from(tr.text("form-date-hint")))}
                value={(*birth).clone()}
                error={state.error(&tr, Field::BirthDate)}
                numeric=true
                oninput={set(&birth)}
            />
            <div class={classes!("field", state.error(&tr, Field::Sex).is_some().then_some("invalid"))}>
                <label for="child-sex">{ tr.text("field-sex") }</label>
                <select id="child-sex" onchange={select_setter(&sex)}>
                    <option value="" selected={sex.is_empty()}>{ tr.text("sex-unset") }</option>
                    <option value="female" selected={*sex == "female"}>{ tr.text("growth-sex-female") }</option>
                    <option value="male" selected={*sex == "male"}>{ tr.text("growth-sex-male") }</option>
                </select>
            </div>
            { submit_button(&tr, "add-child-submit", state.saving, "form-saving", "form-submit-child") }
            { status_line(&tr, "child-form-status", &state) }
        </form>
    }
}

#[function_component(PregnancyForm)]
pub(crate) fn pregnancy_form(props: &FormProps) -> Html {
    let tr = use_tr();
    let label = use_state(String::new);
    let expected = use_state(String::new);
    let state = use_state(FormState::default);

    let onsubmit = {
        #[derive(Serialize)]
        struct Args {
            input: PregnancyInput,
        }
        let fields = (label.clone(), expected.clone());
        let (l, x) = fields.clone();
        let args = move || Args {
            input: PregnancyInput {
                label: (*l).clone(),
                expected_date: (*x).clone(),
            },
        };
        let (on_added, tr) = (props.on_added.clone(), tr.clone());
        on_submit(
            &state,
            "add_pregnancy",
            Invalid::ByField,
            args,
            move |_: Pregnancy| {
                fields.0.set(String::new());
                fields.1.set(String::new());
                on_added.emit(());
                Some(tr.text("form-saved-pregnancy"))
            },
        )
    };
    let set = setter;
    html! {
        <form class="card form" id="pregnancy-form" {onsubmit} novalidate=true>
            <h2>{ tr.text("form-pregnancy-title") }</h2>
            <TextField
                id="pregnancy-label"
                label={tr.text("form-pregnancy-label")}
                placeholder={tr.text("form-pregnancy-label-placeholder")}
                value={(*label).clone()}
                error={state.error(&tr, Field::Label)}
                oninput={set(&label)}
            />
            <TextField
                id="pregnancy-expected"
                label={tr.text("form-pregnancy-expected")}
                placeholder={tr.text("form-date-placeholder")}
                hint={Some(AttrValue::from(tr.text("form-date-hint")))}
                value={(*expected).clone()}
                error={state.error(&tr, Field::ExpectedDate)}
                numeric=true
                oninput={set(&expected)}
            />
            { submit_button(&tr, "add-pregnancy-submit", state.saving, "form-saving", "form-submit-pregnancy") }
            { status_line(&tr, "pregnancy-form-status", &state) }
        </form>
    }
}
