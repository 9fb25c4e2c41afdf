//! The printed materials handed out at 妊娠届 (guides, lists of checkup
//! forms and coupons, where to ask): a card on home and the Materials
//! screen (a search box, the list, one item's view). They come from the
//! handbook (`materials`: the family's municipality's copy kept by the
//! sync), so they read offline; the search is core's
//! (`Materials::search`), the words `hagukumi_i18n::materials`, shared with
//! `hagu materials`.

use crate::nav::back_crumb;
use crate::poll::use_loaded;
use crate::{error_text, use_tr};
use hagukumi_core::materials::{Material, Materials};
use hagukumi_i18n::materials as words;
use hagukumi_i18n::{Localizer, Value};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MaterialsCardProps {
    pub on_open: Callback<()>,
}

/// On home: what the materials are, and the way to them.
#[function_component(MaterialsCard)]
pub fn materials_card(props: &MaterialsCardProps) -> Html {
    crate::nav::entry_card(&use_tr(), "materials", &props.on_open)
}

#[derive(Properties, PartialEq)]
pub struct MaterialsScreenProps {
    pub on_back: Callback<()>,
}

fn label(tr: &Localizer, all: &Materials) -> Option<String> {
    match tr.language().base() {
        hagukumi_core::Language::En => all.label_en.clone().or(all.label.clone()),
        _ => all.label.clone(),
    }
}

#[function_component(MaterialsScreen)]
pub fn materials_screen(props: &MaterialsScreenProps) -> Html {
    let tr = use_tr();
    let (loaded, _) = use_loaded::<Option<Materials>, _, _>("materials", (), ());
    let query = use_state(String::new);
    let open = use_state(|| None::<String>);
    crate::nav::use_to_top();
    let oninput = {
        let (query, open) = (query.clone(), open.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
            open.set(None);
        })
    };
    let body = match &*loaded {
        None => html! {},
        Some(Err(e)) => html! { <p class="card error" role="alert">{ error_text(&tr, e) }</p> },
        Some(Ok(None)) => html! {
            <p class="card muted" id="materials-none">{ tr.text("materials-none") }</p>
        },
        Some(Ok(Some(all))) => match (*open).as_ref().and_then(|id| all.get(id)) {
            Some(m) => {
                let back = {
                    let open = open.clone();
                    Callback::from(move |_| open.set(None))
                };
                html! {
                    <>
                        <button type="button" class="link" id="materials-list-back" onclick={back}>
                            { "‹ " }{ tr.text("materials-back") }
                        </button>
                        { item_view(&tr, m) }
                    </>
                }
            }
            None => {
                let found = all.search(&query);
                html! {
                    <>
                        <div class="field materials-search">
                            <label for="materials-search">{ tr.text("materials-search-label") }</label>
                            <input id="materials-search" type="search" value={(*query).clone()}
                                placeholder={tr.text("materials-search-placeholder")} {oninput} />
                        </div>
                        <p class="muted" id="materials-count" role="status">
                            { tr.format("materials-count", &[("count", Value::from(found.len()))]) }
                        </p>
                        if found.is_empty() && !all.items.is_empty() {
                            <p class="muted" id="materials-no-match">
                                { tr.format("materials-no-match", &[("query", Value::from((*query).clone()))]) }
                            </p>
                        }
                        <ul class="materials-list" id="materials-list">
                            { for found.into_iter().map(|m| list_item(&tr, m, open.clone())) }
                        </ul>
                        if let Some(label) = label(&tr, all) {
                            <p class="muted materials-sample" id="materials-sample">{ label }</p>
                        }
                    </>
                }
            }
        },
    };
    html! {
        <>
            { back_crumb(&tr, &props.on_back) }
            <section class="card materials-screen" id="materials-screen" aria-labelledby="materials-screen-title"
                aria-busy={loaded.is_none().to_string()}>
                <h2 id="materials-screen-title">{ tr.text("materials-screen-title") }</h2>
                { body }
            </section>
        </>
    }
}

fn list_item(tr: &Localizer, m: &Material, open: UseStateHandle<Option<String>>) -> Html {
    let id = m.id.clone();
    let onclick = Callback::from(move |_| open.set(Some(id.clone())));
    html! {
        <li class="material" data-id={m.id.clone()}>
            <button type="button" class="material-open" {onclick}>
                <span class="material-title">{ words::title(tr, m) }</span>
            </button>
            <span class="badge level">{ words::kind(tr, m.kind) }</span>
            if let Some(d) = words::description(tr, m) {
                <p class="muted material-description">{ d }</p>
            }
        </li>
    }
}

fn item_view(tr: &Localizer, m: &Material) -> Html {
    html! {
        <article class="material-view" id="material-view" data-id={m.id.clone()}>
            <h3 id="material-title">{ words::title(tr, m) }</h3>
            <span class="badge level">{ words::kind(tr, m.kind) }</span>
            if let Some(d) = words::description(tr, m) {
                <p class="material-description">{ d }</p>
            }
            <ul class="material-entries">
                { for m.entries.iter().map(|e| {
                    let (label, text) = words::entry(tr, e);
                    html! {
                        <li class="material-entry">
                            <strong>{ label }</strong>
                            if let Some(text) = text { <p>{ text }</p> }
                        </li>
                    }
                }) }
            </ul>
            if let Some(source) = &m.source {
                <p class="muted material-source">
                    { tr.format("materials-source", &[("source", Value::from(source.as_str()))]) }
                </p>
            }
        </article>
    }
}
