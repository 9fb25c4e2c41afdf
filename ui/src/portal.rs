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
pub use items::{child_checkups, official_badge, state_badge};
pub use questionnaire::QuestionnaireForm;
pub use screen::OfficialScreen;

use crate::poll::{use_polled, Loaded};
use hagukumi_core::api::PortalView;
use hagukumi_i18n::{Localizer, Value};
use yew::prelude::*;

/// A consent or a sync is running: worth asking again soon.
fn in_progress(v: &PortalView) -> bool {
    v.syncing || v.consent_url.is_some()
}

type Status = Loaded<PortalView>;

/// The portal status, loaded at mount and polled while something runs.
#[hook]
fn use_portal_status() -> (Status, Callback<()>) {
    use_polled("portal_status", in_progress, 700, u32::MAX)
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
