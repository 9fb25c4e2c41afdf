//! The app lock in the window: [`Gate`] wraps the whole app and, while the
//! shell says it is locked, renders only the lock screen (the app below is
//! not mounted, so nothing of the handbook is in the page); it reports the
//! parent's activity (`lock_tick`) and locks at once when the window is
//! left (`lock_now`, before the shell's own focus event arrives). The
//! settings card is `lock/settings.rs`.

pub(crate) mod settings;

use crate::listen::Listeners;
use crate::{error_text, ipc, poll::sleep, use_localizer};
use hagukumi_core::api::CommandError;
use hagukumi_core::app_lock::{LockStatus, SecretKind};
use hagukumi_i18n::Value;
use serde::Serialize;
use std::cell::Cell;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How often the gate reports activity or asks for the lock's state.
const EVERY_MS: i32 = 1000;

/// The lock's state and a way to replace it, for the settings card.
#[derive(Clone, PartialEq)]
pub(crate) struct LockCtx {
    pub status: LockStatus,
    pub set: Callback<LockStatus>,
}

#[derive(Properties, PartialEq)]
pub(crate) struct GateProps {
    pub children: Html,
}

/// The whole app, or only the lock screen while locked.
#[function_component(Gate)]
pub(crate) fn gate(props: &GateProps) -> Html {
    let status = use_state_eq(|| None::<LockStatus>);
    // Set by activity, taken by the next report.
    let used = (*use_state(|| Rc::new(Cell::new(false)))).clone();
    // The state as last rendered, for the window's event listeners.
    let latest = use_mut_ref(|| None::<LockStatus>);
    *latest.borrow_mut() = (*status).clone();
    {
        let (status, used) = (status.clone(), used.clone());
        use_effect_with((), move |()| {
            let listeners = listen(&status, &latest, &used);
            wasm_bindgen_futures::spawn_local(async move {
                loop {
                    let command = if used.replace(false) {
                        "lock_tick"
                    } else {
                        "lock_status"
                    };
                    if let Ok(s) = ipc::invoke::<_, LockStatus>(command, &()).await {
                        status.set(Some(s));
                    }
                    sleep(EVERY_MS).await;
                }
            });
            move || drop(listeners)
        });
    }
    let set = {
        let status = status.clone();
        Callback::from(move |s: LockStatus| status.set(Some(s)))
    };
    match &*status {
        None => html! {},
        Some(s) if s.locked => html! { <LockScreen status={s.clone()} on_status={set} /> },
        Some(s) => html! {
            <ContextProvider<LockCtx> context={LockCtx { status: s.clone(), set }}>
                { props.children.clone() }
            </ContextProvider<LockCtx>>
        },
    }
}

/// Activity marks the window as used; leaving it (blur, hidden) locks at
/// once, so the window is covered before the OS takes its picture.
fn listen(
    status: &UseStateHandle<Option<LockStatus>>,
    latest: &Rc<std::cell::RefCell<Option<LockStatus>>>,
    used: &Rc<Cell<bool>>,
) -> Listeners {
    let mut all = Listeners::default();
    let Some(window) = web_sys::window() else {
        return all;
    };
    let document = window.document();
    for name in ["pointerdown", "keydown", "touchstart", "wheel"] {
        let used = used.clone();
        all.on(window.clone(), name, move |_| used.set(true));
    }
    let leave = {
        let (status, latest) = (status.clone(), latest.clone());
        move |hidden_only: bool| {
            let hidden = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.hidden());
            if hidden_only && !hidden {
                return;
            }
            let Some(current) = latest.borrow().clone() else {
                return;
            };
            if !current.enabled || current.locked {
                return;
            }
            status.set(Some(LockStatus {
                locked: true,
                ..current
            }));
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(s) = ipc::invoke::<_, LockStatus>("lock_now", &()).await {
                    status.set(Some(s));
                }
            });
        }
    };
    let leave = Rc::new(leave);
    let blur = leave.clone();
    all.on(window, "blur", move |_| blur(false));
    if let Some(document) = document {
        all.on(document, "visibilitychange", move |_| leave(true));
    }
    all
}

#[derive(Properties, PartialEq)]
struct LockScreenProps {
    status: LockStatus,
    on_status: Callback<LockStatus>,
}

/// The lock screen: the app's name, the PIN or passphrase, the wait after
/// failed attempts and, on phones, the device's biometrics or passcode.
#[function_component(LockScreen)]
fn lock_screen(props: &LockScreenProps) -> Html {
    let tr = use_localizer(props.status.language, Callback::noop());
    let secret = use_state(String::new);
    let failure = use_state(|| None::<CommandError>);
    let busy = use_state(|| false);
    let status = &props.status;
    let pin = status.kind == Some(SecretKind::Pin);
    let waiting = status.wait_seconds > 0;
    let attempt = |command: &'static str, args: Option<String>| {
        let (secret, failure, busy, on_status) = (
            secret.clone(),
            failure.clone(),
            busy.clone(),
            props.on_status.clone(),
        );
        move || {
            if *busy {
                return;
            }
            busy.set(true);
            let (secret, failure, busy, on_status) = (
                secret.clone(),
                failure.clone(),
                busy.clone(),
                on_status.clone(),
            );
            let args = args.clone().unwrap_or_else(|| (*secret).clone());
            wasm_bindgen_futures::spawn_local(async move {
                #[derive(Serialize)]
                struct Args {
                    secret: String,
                }
                let answer = ipc::invoke::<_, LockStatus>(command, &Args { secret: args }).await;
                busy.set(false);
                secret.set(String::new());
                match answer {
                    Ok(s) => {
                        failure.set(None);
                        on_status.emit(s);
                    }
                    Err(e) => {
                        failure.set(Some(e));
                        if let Ok(s) = ipc::invoke::<_, LockStatus>("lock_status", &()).await {
                            on_status.emit(s);
                        }
                    }
                }
            });
        }
    };
    let onsubmit = {
        let go = attempt("unlock", None);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            go();
        })
    };
    let on_biometric = {
        let go = attempt("unlock_biometric", Some(String::new()));
        Callback::from(move |_| go())
    };
    let oninput = {
        let secret = secret.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            secret.set(input.value());
        })
    };
    let (label, hint) = if pin {
        ("lock-pin", "lock-pin-hint")
    } else {
        ("lock-passphrase", "lock-passphrase-hint")
    };
    // The lock screen's words come with the language's files, a moment after.
    let Some(tr) = (*tr).clone() else {
        return html! { <main id="lock-screen" class="lock-screen" /> };
    };
    html! {
        <main id="lock-screen" class="lock-screen" lang={status.language.unwrap_or_default().code()}>
            <form class="card form lock-card" {onsubmit} novalidate=true>
                <h1 id="lock-app-name">{ tr.text("app-name") }</h1>
                <h2 id="lock-title">{ tr.text("lock-title") }</h2>
                <p class="hint">{ tr.text("lock-body") }</p>
                if status.biometric {
                    <button type="button" id="lock-biometric" class="primary" onclick={on_biometric}
                        disabled={*busy}>
                        { tr.text("lock-biometric") }
                    </button>
                }
                <div class="field">
                    <label for="lock-secret">{ tr.text(label) }</label>
                    <input id="lock-secret" type="password" autocomplete="off"
                        inputmode={pin.then_some("numeric")}
                        value={(*secret).clone()} {oninput}
                        aria-describedby="lock-secret-hint" />
                    <p class="hint" id="lock-secret-hint">{ tr.text(hint) }</p>
                </div>
                <button type="submit" id="lock-unlock" class="primary" disabled={*busy || waiting}>
                    { if *busy { tr.text("lock-checking") } else { tr.text("lock-unlock") } }
                </button>
                if waiting {
                    <p id="lock-wait" class="error" role="status">
                        { tr.format("lock-wait-seconds", &[
                            ("seconds", Value::from(status.wait_seconds)),
                            ("failures", Value::from(status.failures)),
                        ]) }
                    </p>
                } else if let Some(e) = &*failure {
                    <p id="lock-error" class="error" role="alert">{ error_text(&tr, e) }</p>
                }
            </form>
        </main>
    }
}
