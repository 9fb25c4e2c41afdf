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

/// A card on home that says what a screen is for and opens it: `name`
/// gives its ids (`{name}-card`, `open-{name}`) and its words
/// (`{name}-card-title`, `{name}-card-intro`, `{name}-card-open`).
pub(crate) fn entry_card(l: &Localizer, name: &str, on_open: &Callback<()>) -> Html {
    let title_id = format!("{name}-card-title");
    html! {
        <section class={format!("card {name}-card")} id={format!("{name}-card")}
            aria-labelledby={title_id.clone()}>
            <h2 id={title_id.clone()}>{ l.text(&title_id) }</h2>
            <p class="muted">{ l.text(&format!("{name}-card-intro")) }</p>
            <button type="button" class="chip" id={format!("open-{name}")} onclick={on_open.reform(|_| ())}>
                { l.text(&format!("{name}-card-open")) }{ " ›" }
            </button>
        </section>
    }
}
