//! What a tapped notification opens (the shell's `tap`): the shell fires a
//! `hagukumi-open` DOM event on the window and keeps what to open until
//! asked (`take_opened`), so a tap that started the app is opened once the
//! window has loaded too.

use crate::ipc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn ask(on_open: Callback<String>) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(Some(screen)) = ipc::invoke::<_, Option<String>>("take_opened", &()).await {
            on_open.emit(screen);
        }
    });
}

/// Calls `on_open` with the screen a tapped notification opens: once at
/// mount, and at every `hagukumi-open` event.
#[hook]
pub(crate) fn use_opened(on_open: Callback<String>) {
    use_effect_with((), move |()| {
        ask(on_open.clone());
        let listener = Closure::<dyn Fn()>::new(move || ask(on_open.clone()));
        let window = web_sys::window();
        if let Some(w) = &window {
            let _ = w.add_event_listener_with_callback(
                "hagukumi-open",
                listener.as_ref().unchecked_ref(),
            );
        }
        move || {
            if let Some(w) = &window {
                let _ = w.remove_event_listener_with_callback(
                    "hagukumi-open",
                    listener.as_ref().unchecked_ref(),
                );
            }
            drop(listener);
        }
    });
}
