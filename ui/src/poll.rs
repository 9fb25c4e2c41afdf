//! A command's answer, loaded at mount and asked for again while something
//! is still running in the shell (a consent, a sync, an application on its
//! way): shared by the portal status and the Benefits screen.

use crate::ipc;
use hagukumi_core::api::CommandError;
use serde::de::DeserializeOwned;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// The last answer of a command (none before the first).
pub(crate) type Loaded<T> = UseStateHandle<Option<Result<T, CommandError>>>;

/// Waits `ms` milliseconds (a browser timer).
pub(crate) async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// `command`'s answer (no arguments), loaded at mount; while `running`
/// says so of the last answer it is asked for again every `every_ms`, at
/// most `times` times. The callback loads it again.
#[hook]
pub(crate) fn use_polled<T: DeserializeOwned + 'static>(
    command: &'static str,
    running: fn(&T) -> bool,
    every_ms: i32,
    times: u32,
) -> (Loaded<T>, Callback<()>) {
    let loaded: Loaded<T> = use_state(|| None);
    let reload = {
        let loaded = loaded.clone();
        Callback::from(move |()| {
            let loaded = loaded.clone();
            wasm_bindgen_futures::spawn_local(async move {
                loaded.set(Some(ipc::invoke(command, &()).await));
            });
        })
    };
    {
        let reload = reload.clone();
        use_effect_with((), move |()| reload.emit(()));
    }
    let polling = matches!(&*loaded, Some(Ok(v)) if running(v));
    {
        let loaded = loaded.clone();
        use_effect_with(polling, move |&polling| {
            let alive = Rc::new(Cell::new(true));
            if polling {
                let alive = alive.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    for _ in 0..times {
                        sleep(every_ms).await;
                        if !alive.get() {
                            break;
                        }
                        let r = ipc::invoke::<_, T>(command, &()).await;
                        if !alive.get() {
                            break;
                        }
                        let done = !matches!(&r, Ok(v) if running(v));
                        loaded.set(Some(r));
                        if done {
                            break;
                        }
                    }
                });
            }
            move || alive.set(false)
        });
    }
    (loaded, reload)
}
