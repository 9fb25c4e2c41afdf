//! The municipality's April intake checklist: the SAMPLE label when the
//! dates are not the published ones, the periods and deadlines with the
//! days left, and the documents with boxes the family ticks (kept in the
//! handbook's settings by the shell: `intake_checklist`,
//! `tick_intake_document`).

use crate::form::show;
use crate::{status_line, submit, use_tr, FormState, Invalid};
use hagukumi_core::nursery::intake::ChecklistView;
use hagukumi_i18n::hoiku as words;
use hagukumi_i18n::nursery::title;
use hagukumi_i18n::Value;
use serde::Serialize;
use yew::prelude::*;

#[derive(Serialize)]
struct Load {
    code: String,
}

#[derive(Serialize, Clone)]
struct Tick {
    code: String,
    document: String,
    checked: bool,
}

#[derive(Properties, PartialEq)]
pub(super) struct ChecklistProps {
    pub code: String,
}

#[function_component(Checklist)]
pub(super) fn checklist(props: &ChecklistProps) -> Html {
    let tr = use_tr();
    let state = use_state(FormState::default);
    let view = use_state(|| None::<ChecklistView>);
    {
        let (state, view) = (state.clone(), view.clone());
        use_effect_with(props.code.clone(), move |code| {
            view.set(None);
            let args = Load { code: code.clone() };
            submit(
                &state,
                "intake_checklist",
                args,
                Invalid::AsFailure,
                show(&view),
            );
        });
    }
    let Some(v) = &*view else {
        return html! {
            <section class="card hoiku-checklist" id="hoiku-checklist" aria-busy="true">
                <h2>{ tr.text("hoiku-checklist-title") }</h2>
                { status_line(&tr, "hoiku-checklist-status", &state) }
            </section>
        };
    };
    let m = &v.municipality;
    let name = hagukumi_i18n::programs::name(&tr, &m.name, Some(m.name_en.as_str()));
    html! {
        <section class="card hoiku-checklist" id="hoiku-checklist" aria-labelledby="hoiku-checklist-title">
            <h2 id="hoiku-checklist-title">{ tr.text("hoiku-checklist-title") }</h2>
            <p class="hoiku-checklist-heading">
                { tr.format("hoiku-checklist-heading", &[
                    ("municipality", Value::from(name)),
                    ("year", Value::from(v.fiscal_year_label.as_str())),
                    ("date", Value::from(tr.date(v.intake))),
                ]) }
            </p>
            <p class={classes!("hoiku-checklist-label", v.sample.then_some("hoiku-warning"))} id="hoiku-checklist-label">
                { title(&tr, &v.label) }
            </p>
            <h3>{ tr.text("hoiku-checklist-periods") }</h3>
            <ul class="hoiku-periods" id="hoiku-periods">
                { for v.periods.iter().map(|p| html! {
                    <li class={classes!((p.days_left < 0).then_some("passed"))}>{ words::period(&tr, p) }</li>
                }) }
            </ul>
            <h3 id="hoiku-documents-heading">
                { tr.format("hoiku-checklist-documents", &[
                    ("checked", Value::from(v.checked)),
                    ("total", Value::from(v.documents.len())),
                ]) }
            </h3>
            <div class="hoiku-documents" id="hoiku-documents">
                { for v.documents.iter().map(|d| {
                    let id = format!("hoiku-doc-{}", d.document.id);
                    let onchange = {
                        let (state, view) = (state.clone(), view.clone());
                        let args = Tick {
                            code: props.code.clone(),
                            document: d.document.id.clone(),
                            checked: !d.checked,
                        };
                        Callback::from(move |_| {
                            submit(&state, "tick_intake_document", args.clone(), Invalid::AsFailure, show(&view));
                        })
                    };
                    html! {
                        <div class="hoiku-document">
                            <label class="check" for={id.clone()}>
                                <input type="checkbox" id={id} checked={d.checked} {onchange}
                                    disabled={state.saving} />
                                <span>
                                    { title(&tr, &d.document.title) }
                                    if let Some(s) = d.document.situation {
                                        <span class="muted">{ " " }{ tr.format("hoiku-checklist-for", &[("situation", Value::from(words::situation(&tr, s)))]) }</span>
                                    }
                                </span>
                            </label>
                            if let Some(note) = &d.document.note {
                                <p class="muted hoiku-document-note">{ title(&tr, note) }</p>
                            }
                        </div>
                    }
                }) }
            </div>
            { status_line(&tr, "hoiku-checklist-status", &state) }
            <p class="muted">{ tr.format("hoiku-checklist-as-of", &[("date", Value::from(tr.date(v.as_of)))]) }</p>
            <ul class="muted hoiku-sources">
                { for v.sources.iter().map(|s| html! {
                    <li>{ tr.format("hoiku-checklist-source", &[
                        ("title", Value::from(s.title.as_str())),
                        ("url", Value::from(s.url.as_deref().unwrap_or(""))),
                    ]) }</li>
                }) }
            </ul>
        </section>
    }
}
