//! The official-data card on home.

use super::{synced_when, use_portal_status};
use crate::{error_text, use_tr};
use hagukumi_i18n::Value;
use yew::prelude::*;

// ------------------------------------------------------------------ home

#[derive(Properties, PartialEq)]
pub struct PortalCardProps {
    pub on_open: Callback<()>,
    /// Called when a sync has ended (children or records may be new).
    pub on_synced: Callback<()>,
}

/// The official-data card on home: one status line and the way in.
#[function_component(PortalCard)]
pub fn portal_card(props: &PortalCardProps) -> Html {
    let tr = use_tr();
    let (status, _) = use_portal_status();
    let last = match &*status {
        Some(Ok(v)) => v.status.last_attempt.clone(),
        _ => None,
    };
    {
        let seen = use_mut_ref(|| None::<Option<String>>);
        let on_synced = props.on_synced.clone();
        use_effect_with(last, move |last| {
            let before = seen.borrow_mut().replace(last.clone());
            if matches!(before, Some(b) if b != *last) {
                on_synced.emit(());
            }
        });
    }
    let line = match &*status {
        Some(Ok(v)) if v.consent_url.is_some() => {
            html! { <p class="portal-line">{ tr.text("portal-consenting-title") }</p> }
        }
        Some(Ok(v)) if v.status.portal.is_some() => html! {
            <>
                <p class="portal-line">
                    <span class="ok">{ tr.text("portal-card-connected") }</span>
                    { " · " }
                    <span class="muted">{ if v.syncing { tr.text("portal-syncing") } else { synced_when(&tr, v) } }</span>
                </p>
                if v.status.conflicts > 0 {
                    <p class="portal-line portal-attention" id="portal-card-conflicts">
                        { tr.format("portal-card-conflicts", &[("count", Value::from(v.status.conflicts))]) }
                    </p>
                }
            </>
        },
        Some(Err(e)) => html! { <p class="error">{ error_text(&tr, e) }</p> },
        _ => html! { <p class="muted portal-line">{ tr.text("portal-card-intro") }</p> },
    };
    html! {
        <section class="card portal-card" id="portal-card" aria-labelledby="portal-card-title"
            aria-busy={status.is_none().to_string()}>
            <h2 id="portal-card-title">{ tr.text("portal-card-title") }</h2>
            { line }
            { crate::nav::open_chip(&tr, "open-portal", "portal-card-open", &props.on_open) }
        </section>
    }
}
