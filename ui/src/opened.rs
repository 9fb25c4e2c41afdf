//! What a tapped notification opens (the shell's `tap`): the shell fires a
//! `hagukumi-open` DOM event on the window and keeps what to open until
//! asked (`take_opened`), so a tap that started the app is opened once the
//! window has loaded too.

use crate::ipc;
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
        let listener = crate::listen::window("hagukumi-open", move |_| ask(on_open.clone()));
        move || drop(listener)
    });
}
