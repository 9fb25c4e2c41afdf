//! DOM event listeners that live as long as a value: added when made,
//! removed when dropped (a hook's effect keeps them and drops them at
//! unmount).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast as _;
use web_sys::{Event, EventTarget};

/// Where, for which event, and what runs.
type Listener = (EventTarget, &'static str, Closure<dyn Fn(Event)>);

/// Listeners on the window or the document; removed when dropped.
#[derive(Default)]
pub(crate) struct Listeners(Vec<Listener>);

impl Listeners {
    /// Runs `f` at every `name` event on `target`, until dropped.
    pub(crate) fn on(
        &mut self,
        target: impl Into<EventTarget>,
        name: &'static str,
        f: impl Fn(Event) + 'static,
    ) {
        let (target, f) = (target.into(), Closure::<dyn Fn(Event)>::new(f));
        let _ = target.add_event_listener_with_callback(name, f.as_ref().unchecked_ref());
        self.0.push((target, name, f));
    }
}

impl Drop for Listeners {
    fn drop(&mut self) {
        for (target, name, f) in &self.0 {
            let _ = target.remove_event_listener_with_callback(name, f.as_ref().unchecked_ref());
        }
    }
}

/// Runs `f` at every `name` event on the window, until dropped.
pub(crate) fn window(name: &'static str, f: impl Fn(Event) + 'static) -> Listeners {
    let mut all = Listeners::default();
    if let Some(w) = web_sys::window() {
        all.on(w, name, f);
    }
    all
}
