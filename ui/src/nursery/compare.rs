//! The comparison table of 2–4 bookmarked nurseries (or of every starred
//! one), computed by core (`nursery_compare`) and worded by
//! `i18n::nursery::comparison_rows`, the same rows `hagu nursery compare`
//! prints. The child's birth date (openings for the class at the intake)
//! and a point to measure distances from are optional. At phone width the
//! table scrolls sideways inside its card, its first column kept in view.

use crate::form::show;
use crate::{
    on_submit, setter, status_line, submit, submit_button, use_tr, FormState, Invalid, TextField,
};
use hagukumi_core::nursery::{CompareRequest, Comparison};
use hagukumi_i18n::nursery as words;
use hagukumi_i18n::Localizer;
use serde::Serialize;
use yew::prelude::*;

#[derive(Serialize)]
struct Args {
    request: CompareRequest,
}

#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    /// Which bookmarks (the facilities or every starred one).
    pub request: CompareRequest,
    pub on_back: Callback<()>,
}

#[function_component(ComparePage)]
pub fn compare_page(props: &ComparePageProps) -> Html {
    let tr = use_tr();
    let birth = use_state(String::new);
    let from = use_state(String::new);
    let state = use_state(FormState::default);
    let table = use_state(|| None::<Comparison>);
    {
        let (state, table, request) = (state.clone(), table.clone(), props.request.clone());
        use_effect_with((), move |()| {
            crate::nav::to_top();
            submit(
                &state,
                "nursery_compare",
                Args { request },
                Invalid::AsFailure,
                show(&table),
            );
        });
    }
    let onsubmit = {
        let (b, f, picked) = (birth.clone(), from.clone(), props.request.clone());
        let args = move || Args {
            request: CompareRequest {
                birth: Some((*b).clone()),
                from: Some((*f).clone()),
                ..picked.clone()
            },
        };
        on_submit(
            &state,
            "nursery_compare",
            Invalid::AsFailure,
            args,
            show(&table),
        )
    };
    html! {
        <>
            { crate::nav::back_crumb(&tr, &props.on_back) }
            <div class="compare-screen" id="compare-screen">
                <form class="card form compare-form" id="compare-form" {onsubmit} novalidate=true
                    aria-labelledby="compare-title">
                    <h2 id="compare-title">{ tr.text("nursery-compare-title") }</h2>
                    <TextField
                        id="compare-birth"
                        label={tr.text("nursery-birth-label")}
                        placeholder={tr.text("form-date-placeholder")}
                        hint={Some(AttrValue::from(tr.text("nursery-compare-birth-hint")))}
                        value={(*birth).clone()}
                        numeric=true
                        oninput={setter(&birth)}
                    />
                    <TextField
                        id="compare-from"
                        label={tr.text("nursery-compare-from-label")}
                        hint={Some(AttrValue::from(tr.text("nursery-compare-from-hint")))}
                        value={(*from).clone()}
                        oninput={setter(&from)}
                    />
                    { submit_button(&tr, "compare-submit", state.saving, "nursery-compare-submit", "nursery-compare-submit") }
                    { status_line(&tr, "compare-status", &state) }
                </form>
                <section class="card compare-result" id="compare-result" aria-busy={state.saving.to_string()}>
                    { comparison(&tr, table.as_ref()) }
                </section>
            </div>
        </>
    }
}

fn comparison(tr: &Localizer, c: Option<&Comparison>) -> Html {
    let Some(c) = c else {
        return html! {};
    };
    let rows = words::comparison_rows(tr, c);
    html! {
        <>
            <p class="hint compare-scroll-hint">{ tr.text("nursery-compare-scroll-hint") }</p>
            <div class="compare-scroll" id="compare-scroll" tabindex="0" role="region"
                aria-labelledby="compare-title">
                <table class="compare-table" id="compare-table">
                    <thead>
                        <tr>
                            <th scope="col" class="compare-corner">{ tr.text("nursery-compare-facility") }</th>
                            { for c.columns.iter().map(|col| html! {
                                <th scope="col" class={classes!("compare-facility", col.bookmark.missing.then_some("missing"))}
                                    data-facility={col.bookmark.facility_id.clone()}>
                                    <span class="compare-rank">
                                        { tr.format("nursery-bookmark-rank", &[("rank", col.bookmark.rank.into())]) }
                                    </span>
                                    <span class="compare-name">{ words::column_name(tr, col) }</span>
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr data-row={r.id}>
                                <th scope="row">{ &r.label }</th>
                                { for r.cells.iter().map(|cell| html! { <td>{ cell }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            { for c.sample_labels.iter().map(|label| html! {
                <p class="muted nursery-sample">{ words::label(tr, label) }</p>
            }) }
        </>
    }
}
