//! The clinic card: a large-type, high-contrast screen to show at a
//! clinic's counter, from what the handbook holds (no network): the
//! child's 受給者証, the parent's insurance note (editable here), allergies
//! and vaccinations. The card is core's (`core::clinic_card`), read with
//! one command.

use crate::{error_text, ipc, on_submit, status_line, submit_button, use_tr, FormState, Invalid};
use hagukumi_core::api::CommandError;
use hagukumi_core::clinic_card::{CardCertificate, ClinicCard};
use hagukumi_core::model::RecordId;
use hagukumi_i18n::clinic_card::{self as words, date_with_era};
use hagukumi_i18n::{Localizer, Value};
use serde::Serialize;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClinicCardProps {
    pub child_id: RecordId,
    pub on_back: Callback<()>,
}

#[derive(Serialize)]
struct Args {
    child_id: RecordId,
}

#[function_component(ClinicCardScreen)]
pub fn clinic_card_screen(props: &ClinicCardProps) -> Html {
    let tr = use_tr();
    let card = use_state(|| None::<Result<ClinicCard, CommandError>>);
    let editing = use_state(|| false);
    let note = use_state(String::new);
    let state = use_state(FormState::default);
    {
        let (card, note) = (card.clone(), note.clone());
        let child_id = props.child_id;
        use_effect_with(child_id, move |_| {
            crate::nav::to_top();
            wasm_bindgen_futures::spawn_local(async move {
                let answer: Result<ClinicCard, CommandError> =
                    ipc::invoke("clinic_card", &Args { child_id }).await;
                if let Ok(c) = &answer {
                    note.set(
                        c.insurance_note
                            .as_ref()
                            .map(|n| n.as_str().to_owned())
                            .unwrap_or_default(),
                    );
                }
                card.set(Some(answer));
            });
        });
    }
    let onsubmit = {
        #[derive(Serialize)]
        struct NoteArgs {
            child_id: RecordId,
            note: String,
        }
        let child_id = props.child_id;
        let n = note.clone();
        let args = move || NoteArgs {
            child_id,
            note: (*n).clone(),
        };
        let (card, editing, tr) = (card.clone(), editing.clone(), tr.clone());
        on_submit(
            &state,
            "set_insurance_note",
            Invalid::AsFailure,
            args,
            move |saved: ClinicCard| {
                card.set(Some(Ok(saved)));
                editing.set(false);
                Some(tr.text("clinic-card-insurance-saved"))
            },
        )
    };
    let body = match &*card {
        None => html! { <p class="loading">{ tr.text("app-loading") }</p> },
        Some(Err(e)) => html! {
            <p class="card fatal" id="clinic-card-error" role="alert">{ error_text(&tr, e) }</p>
        },
        Some(Ok(c)) => {
            let insurance = if *editing {
                let oninput = {
                    let note = note.clone();
                    Callback::from(move |e: InputEvent| {
                        let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
                        note.set(area.value());
                    })
                };
                let cancel = {
                    let (editing, note, state) = (editing.clone(), note.clone(), state.clone());
                    let saved = c
                        .insurance_note
                        .as_ref()
                        .map(|n| n.as_str().to_owned())
                        .unwrap_or_default();
                    Callback::from(move |_| {
                        note.set(saved.clone());
                        state.set(FormState::default());
                        editing.set(false);
                    })
                };
                html! {
                    <form class="form" id="insurance-form" {onsubmit} novalidate=true>
                        <div class="field">
                            <label for="insurance-note">{ tr.text("clinic-card-insurance-label") }</label>
                            <textarea id="insurance-note" rows="4" value={(*note).clone()} {oninput}
                                aria-invalid={state.failure.is_some().to_string()} />
                        </div>
                        <div class="cc-actions">
                            { submit_button(&tr, "insurance-save", state.saving, "clinic-card-insurance-save", "clinic-card-insurance-save") }
                            <button type="button" class="chip" id="insurance-cancel" onclick={cancel}>
                                { tr.text("clinic-card-insurance-cancel") }
                            </button>
                        </div>
                        { status_line(&tr, "insurance-status", &state) }
                    </form>
                }
            } else {
                let edit = {
                    let editing = editing.clone();
                    Callback::from(move |_| editing.set(true))
                };
                html! {
                    <>
                        if let Some(n) = &c.insurance_note {
                            <p class="cc-note" id="insurance-note-text">{ n.as_str() }</p>
                        } else {
                            <p class="cc-empty" id="insurance-note-text">{ tr.text("clinic-card-insurance-none") }</p>
                        }
                        <button type="button" class="chip cc-edit" id="insurance-edit" onclick={edit}>
                            { tr.text("clinic-card-insurance-edit") }
                        </button>
                        { status_line(&tr, "insurance-status", &state) }
                    </>
                }
            };
            card_body(&tr, c, insurance)
        }
    };
    html! {
        <>
            { crate::nav::crumb(&tr, "clinic-card-back", "clinic-card-back", &props.on_back) }
            { body }
        </>
    }
}

fn card_body(tr: &Localizer, c: &ClinicCard, insurance: Html) -> Html {
    let age = c
        .child
        .age_on(c.today)
        .map(|a| tr.age(a))
        .unwrap_or_default();
    html! {
        <article class="clinic-card" id="clinic-card" aria-labelledby="clinic-card-title">
            <header class="cc-head">
                <h2 id="clinic-card-title">{ tr.text("clinic-card-title") }</h2>
                <p class="cc-intro">{ tr.text("clinic-card-intro") }</p>
            </header>
            <section class="cc-section cc-child">
                <p class="cc-name" id="clinic-card-name">{ &c.child.name }</p>
                <dl class="cc-facts">
                    <div class="cc-fact">
                        <dt>{ tr.text("clinic-card-born") }</dt>
                        <dd id="clinic-card-born">{ date_with_era(tr, c.child.birth_date) }</dd>
                    </div>
                    <div class="cc-fact"><dd>{ age }</dd></div>
                </dl>
            </section>
            <section class="cc-section" id="clinic-card-certificates" aria-labelledby="cc-certificates-title">
                <h3 id="cc-certificates-title">{ tr.text("clinic-card-certificates") }</h3>
                if c.certificates.is_empty() {
                    <p class="cc-empty" id="clinic-card-no-certificates">{ tr.text("clinic-card-no-certificates") }</p>
                }
                { for c.certificates.iter().map(|cert| certificate(tr, cert)) }
            </section>
            <section class="cc-section" id="clinic-card-insurance" aria-labelledby="cc-insurance-title">
                <h3 id="cc-insurance-title">{ tr.text("clinic-card-insurance") }</h3>
                { insurance }
            </section>
            <section class="cc-section" id="clinic-card-allergies" aria-labelledby="cc-allergies-title">
                <h3 id="cc-allergies-title">{ tr.text("clinic-card-allergies") }</h3>
                if c.allergies.is_empty() {
                    <p class="cc-empty">{ tr.text("clinic-card-no-allergies") }</p>
                } else {
                    <ul class="cc-list">
                        { for c.allergies.iter().map(|a| html! {
                            <li class="cc-allergy">
                                <strong>{ &a.substance }</strong>
                                if let Some(r) = &a.reaction {
                                    { " — " }{ r }
                                }
                                <span class="cc-date">{ tr.date(a.date) }</span>
                            </li>
                        }) }
                    </ul>
                }
            </section>
            <section class="cc-section" id="clinic-card-vaccinations" aria-labelledby="cc-vaccinations-title">
                <h3 id="cc-vaccinations-title">{ tr.text("clinic-card-vaccinations") }</h3>
                if c.vaccinations.is_empty() {
                    <p class="cc-empty">{ tr.text("clinic-card-no-vaccinations") }</p>
                } else {
                    <ul class="cc-list">
                        { for c.vaccinations.iter().map(|v| html! {
                            <li class="cc-vaccine">
                                <strong>{ tr.text(&format!("schedule-vaccine-{}", v.vaccine)) }</strong>
                                <span class="cc-doses">
                                    { v.doses.iter().map(|d| tr.format("clinic-card-dose", &[
                                        ("dose", Value::from(d.dose)),
                                        ("date", Value::from(tr.date(d.date))),
                                    ])).collect::<Vec<_>>().join(" · ") }
                                </span>
                            </li>
                        }) }
                    </ul>
                }
            </section>
            <p class="cc-as-of" id="clinic-card-as-of">
                { tr.format("clinic-card-as-of", &[("date", Value::from(tr.date(c.today)))]) }
            </p>
        </article>
    }
}

fn certificate(tr: &Localizer, c: &CardCertificate) -> Html {
    let cert = &c.certificate;
    let (class, validity) = words::validity(c.validity);
    let copay = words::copay(tr, &cert.copay_limit);
    html! {
        <div class={classes!("cc-certificate", class)} id={format!("clinic-cert-{}", cert.id)}>
            <p class="cc-cert-name">
                { &cert.certificate_name }
                <span class={classes!("cc-validity", class)}>{ tr.text(validity) }</span>
            </p>
            <dl class="cc-facts">
                <div class="cc-fact">
                    <dt>{ tr.text("portal-certificate-payer") }</dt>
                    <dd class="cc-number">{ &cert.public_payer_number }</dd>
                </div>
                <div class="cc-fact">
                    <dt>{ tr.text("portal-certificate-recipient") }</dt>
                    <dd class="cc-number">{ &cert.recipient_number }</dd>
                </div>
                <div class="cc-fact wide">
                    <dt>{ tr.text("portal-certificate-valid") }</dt>
                    <dd>{ tr.format("portal-certificate-valid-range", &[
                        ("from", Value::from(date_with_era(tr, cert.valid_from))),
                        ("to", Value::from(date_with_era(tr, cert.valid_to))),
                    ]) }</dd>
                </div>
                if !copay.is_empty() {
                    <div class="cc-fact wide">
                        <dt>{ tr.text("portal-certificate-copay") }</dt>
                        <dd>{ copay.join(" · ") }</dd>
                    </div>
                }
            </dl>
        </div>
    }
}
