//! A command's answer, loaded at mount (and when what it follows changes),
//! and asked for again while something is still running in the shell (a
//! consent, a sync, an application on its way): shared by the screens.

use crate::ipc;
use hagukumi_core::api::CommandError;
use serde::de::DeserializeOwned;
use serde::Serialize;
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

/// `command`'s answer to `args`, loaded at mount and whenever `deps`
/// change. The callback loads it again.
#[hook]
pub(crate) fn use_loaded<T, A, D>(
    command: &'static str,
    args: A,
    deps: D,
) -> (Loaded<T>, Callback<()>)
where
    T: DeserializeOwned + 'static,
    A: Serialize + 'static,
    D: PartialEq + 'static,
{
    let loaded: Loaded<T> = use_state(|| None);
    let reload = {
        let (loaded, args) = (loaded.clone(), Rc::new(args));
        Callback::from(move |()| {
            let (loaded, args) = (loaded.clone(), args.clone());
            wasm_bindgen_futures::spawn_local(async move {
                loaded.set(Some(ipc::invoke(command, &*args).await));
            });
        })
    };
    {
        let reload = reload.clone();
        use_effect_with(deps, move |_| reload.emit(()));
    }
    (loaded, reload)
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
    let (loaded, reload) = use_loaded(command, (), ());
    let polling = matches!(&*loaded, Some(Ok(v)) if running(v));
    let last = loaded.clone();
    use_poll(
        polling,
        command,
        (),
        every_ms,
        times,
        move |r: Result<T, _>| {
            let done = !matches!(&r, Ok(v) if running(v));
            last.set(Some(r));
            done
        },
    );
    (loaded, reload)
}

/// While `polling`: `command`'s answer to `args` every `every_ms`, at most
/// `times` times, each handed to `step`, which says whether it was the
/// last one wanted. Stops when `polling` changes or the component goes.
#[hook]
pub(crate) fn use_poll<T, A, S>(
    polling: bool,
    command: &'static str,
    args: A,
    every_ms: i32,
    times: u32,
    step: S,
) where
    T: DeserializeOwned + 'static,
    A: Serialize + 'static,
    S: Fn(Result<T, CommandError>) -> bool + 'static,
{
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
                    let r = ipc::invoke::<_, T>(command, &args).await;
                    if !alive.get() || step(r) {
                        break;
                    }
                }
            });
        }
        move || alive.set(false)
    });
}
