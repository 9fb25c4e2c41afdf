//! The app lock's card on home: set a PIN or passphrase and the idle time;
//! once set, lock now, change the idle time, or turn the lock off with the
//! PIN or passphrase.

use super::LockCtx;
use crate::form::select_field;
use crate::{
    ipc, on_submit, select_setter, setter, status_line, submit, submit_button, use_tr, FormState,
    Invalid,
};
use hagukumi_core::app_lock::{LockStatus, SecretKind, IDLE_CHOICES};
use hagukumi_i18n::Value;
use serde::Serialize;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct SecretProps {
    id: AttrValue,
    label: String,
    value: String,
    pin: bool,
    on_input: Callback<String>,
}

/// A password field (PIN: the numeric keyboard on phones).
#[function_component(SecretField)]
fn secret_field(props: &SecretProps) -> Html {
    let oninput = props.on_input.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        input.value()
    });
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ &props.label }</label>
            <input id={props.id.clone()} type="password" autocomplete="new-password"
                inputmode={props.pin.then_some("numeric")}
                value={props.value.clone()} {oninput} />
        </div>
    }
}

#[function_component(LockSettings)]
pub(crate) fn lock_settings() -> Html {
    let tr = use_tr();
    let Some(ctx) = use_context::<LockCtx>() else {
        return html! {};
    };
    let kind = use_state(|| "pin".to_owned());
    let secret = use_state(String::new);
    let again = use_state(String::new);
    let idle = use_state(|| ctx.status.idle_minutes.to_string());
    let state = use_state(FormState::default);
    let status = &ctx.status;
    let pin_chosen = kind.as_str() == "pin";

    let idle_options = |selected: u32| {
        html! {
            { for IDLE_CHOICES.iter().map(|m| html! {
                <option value={m.to_string()} selected={*m == selected}>
                    { tr.format("lock-idle-minutes", &[("minutes", Value::from(*m))]) }
                </option>
            }) }
        }
    };
    let done = {
        let (set_status, secret, again) = (ctx.set.clone(), secret.clone(), again.clone());
        move |message: String| {
            let (set_status, secret, again) = (set_status.clone(), secret.clone(), again.clone());
            move |s: LockStatus| {
                secret.set(String::new());
                again.set(String::new());
                set_status.emit(s);
                Some(message.clone())
            }
        }
    };

    if !status.enabled {
        let onsubmit = {
            #[derive(Serialize)]
            struct Args {
                kind: SecretKind,
                secret: String,
                again: String,
                idle_minutes: u32,
            }
            let (kind, secret, again, idle) =
                (kind.clone(), secret.clone(), again.clone(), idle.clone());
            let args = move || Args {
                kind: if kind.as_str() == "pin" {
                    SecretKind::Pin
                } else {
                    SecretKind::Passphrase
                },
                secret: (*secret).clone(),
                again: (*again).clone(),
                idle_minutes: idle.parse().unwrap_or_default(),
            };
            let done = done(tr.text("lock-enabled"));
            on_submit(&state, "enable_lock", Invalid::AsFailure, args, done)
        };
        let (hint, label, label_again) = if pin_chosen {
            ("lock-pin-hint", "lock-new-pin", "lock-new-pin-again")
        } else {
            (
                "lock-passphrase-hint",
                "lock-new-passphrase",
                "lock-new-passphrase-again",
            )
        };
        return html! {
            <form class="card form" id="lock-settings" {onsubmit} novalidate=true>
                <h2>{ tr.text("lock-settings-title") }</h2>
                <p class="hint">{ tr.text("lock-settings-body") }</p>
                { select_field("lock-kind", tr.text("lock-kind"), &kind, vec![
                    ("pin", tr.text("lock-kind-pin")),
                    ("passphrase", tr.text("lock-kind-passphrase")),
                ]) }
                <SecretField id="lock-new-secret" label={tr.text(label)} value={(*secret).clone()}
                    pin={pin_chosen} on_input={setter(&secret)} />
                <SecretField id="lock-new-again" label={tr.text(label_again)} value={(*again).clone()}
                    pin={pin_chosen} on_input={setter(&again)} />
                <p class="hint">{ tr.text(hint) }</p>
                <div class="field">
                    <label for="lock-idle">{ tr.text("lock-idle") }</label>
                    <select id="lock-idle" onchange={select_setter(&idle)}>
                        { idle_options(idle.parse().unwrap_or(status.idle_minutes)) }
                    </select>
                </div>
                { submit_button(&tr, "lock-enable", state.saving, "form-saving", "lock-enable") }
                { status_line(&tr, "lock-settings-status", &state) }
            </form>
        };
    }

    let on_idle = {
        let (state, done) = (state.clone(), done(tr.text("lock-idle-saved")));
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            #[derive(Serialize)]
            struct Args {
                idle_minutes: u32,
            }
            let args = Args {
                idle_minutes: select.value().parse().unwrap_or_default(),
            };
            submit(
                &state,
                "set_lock_idle",
                args,
                Invalid::AsFailure,
                done.clone(),
            );
        })
    };
    let on_lock_now = {
        let set_status = ctx.set.clone();
        Callback::from(move |_| {
            let set_status = set_status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(s) = ipc::invoke::<_, LockStatus>("lock_now", &()).await {
                    set_status.emit(s);
                }
            });
        })
    };
    let on_disable = {
        #[derive(Serialize)]
        struct Args {
            secret: String,
        }
        let s = secret.clone();
        let args = move || Args {
            secret: (*s).clone(),
        };
        let done = done(tr.text("lock-disabled"));
        on_submit(&state, "disable_lock", Invalid::AsFailure, args, done)
    };
    let pin = status.kind == Some(SecretKind::Pin);
    let kind_name = tr.text(if pin {
        "lock-kind-pin"
    } else {
        "lock-kind-passphrase"
    });
    html! {
        <form class="card form" id="lock-settings" onsubmit={on_disable} novalidate=true>
            <h2>{ tr.text("lock-settings-title") }</h2>
            <p id="lock-settings-on">
                { tr.format("lock-on", &[
                    ("kind", Value::from(kind_name)),
                    ("minutes", Value::from(status.idle_minutes)),
                ]) }
            </p>
            <button type="button" id="lock-now" class="primary" onclick={on_lock_now}>
                { tr.text("lock-now") }
            </button>
            <div class="field">
                <label for="lock-idle">{ tr.text("lock-idle") }</label>
                <select id="lock-idle" onchange={on_idle}>{ idle_options(status.idle_minutes) }</select>
            </div>
            <SecretField id="lock-off-secret"
                label={tr.text(if pin { "lock-pin" } else { "lock-passphrase" })}
                value={(*secret).clone()} {pin} on_input={setter(&secret)} />
            <button type="submit" id="lock-disable" disabled={state.saving}>{ tr.text("lock-disable") }</button>
            { status_line(&tr, "lock-settings-status", &state) }
        </form>
    }
}
