//! 公的データ (official data from the portal): the card on home, the screen
//! behind it (consent, sync status, conflicts, certificates, benefits,
//! notices, the mother's checkups), and for a child's screen the provenance
//! badges, the child's official checkups and the 予診票 form.
//!
//! Only the shell's commands are called; consent and sync run in the shell,
//! and this module polls the status while one is in progress.

mod card;
mod items;
mod questionnaire;
mod screen;

pub use card::PortalCard;
pub use items::{child_checkups, official_badge, state_badge, yen};
pub use questionnaire::QuestionnaireForm;
pub use screen::OfficialScreen;

use crate::ipc;
use hagukumi_core::api::{CommandError, PortalView};
use hagukumi_i18n::{Localizer, Value};
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Waits `ms` milliseconds (a browser timer).
pub(crate) async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A consent or a sync is running: worth asking again soon.
fn in_progress(v: &PortalView) -> bool {
    v.syncing || v.consent_url.is_some()
}

type Status = UseStateHandle<Option<Result<PortalView, CommandError>>>;

/// The portal status, loaded at mount and polled while something runs.
#[hook]
fn use_portal_status() -> (Status, Callback<()>) {
    let status: Status = use_state(|| None);
    let reload = {
        let status = status.clone();
        Callback::from(move |()| {
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(ipc::invoke("portal_status", &()).await));
            });
        })
    };
    {
        let reload = reload.clone();
        use_effect_with((), move |()| reload.emit(()));
    }
    let polling = matches!(&*status, Some(Ok(v)) if in_progress(v));
    {
        let status = status.clone();
        use_effect_with(polling, move |&polling| {
            let alive = Rc::new(Cell::new(true));
            if polling {
                let alive = alive.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    loop {
                        sleep(700).await;
                        if !alive.get() {
                            break;
                        }
                        let r = ipc::invoke::<_, PortalView>("portal_status", &()).await;
                        if !alive.get() {
                            break;
                        }
                        let done = !matches!(&r, Ok(v) if in_progress(v));
                        status.set(Some(r));
                        if done {
                            break;
                        }
                    }
                });
            }
            move || alive.set(false)
        });
    }
    (status, reload)
}

/// When a sync last ended, in the device's time zone.
fn synced_when(tr: &Localizer, v: &PortalView) -> String {
    match &v.status.last_success {
        Some(at) => tr.format(
            "portal-last-synced",
            &[("when", Value::from(crate::history::changed_when(tr, at)))],
        ),
        None => tr.text("portal-never-synced"),
    }
}

/// A sync or consent problem, in plain words (a store error's detail is
/// left out).
fn problem_text(tr: &Localizer, message_id: &str) -> String {
    tr.format(message_id, &[("detail", Value::from(""))])
}
