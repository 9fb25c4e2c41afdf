//! Pieces of navigation the screens share.

use hagukumi_i18n::Localizer;
use yew::prelude::*;

/// The way back home at the top of a screen (`#back`).
pub(crate) fn back_crumb(l: &Localizer, on_back: &Callback<()>) -> Html {
    html! {
        <nav class="crumbs">
            <button type="button" id="back" class="link" onclick={on_back.reform(|_| ())}>
                { l.text("child-back") }
            </button>
        </nav>
    }
}
