// tidy: over budget because the child's record list, form and summary, twin of `pregnancy.rs`; #11 makes one generic record list and form frame.
//! One child's screen: age, latest measurements, the record form and the
//! list of records with delete and 30-day undo.

use crate::{error_text, ipc, use_tr, TextField};
use hagukumi_core::api::{ChildView, CommandError, OfficialItemView, OfficialState};
use hagukumi_core::model::RecordId;
use hagukumi_core::records::{Funding, HistoryEntry, Record, RecordData, RecordInput, RecordKind};
use hagukumi_core::{ErrorCode, Field, FieldError, ValidationErrors};
use hagukumi_i18n::{Localizer, Value};
use serde::Serialize;
use yew::prelude::*;

mod handbook;

/// Vaccines offered in the form (ids as in `assets/schedules`).
pub const VACCINES: [&str; 17] = [
    "hepb",
    "rotavirus-rv1",
    "rotavirus-rv5",
    "pcv",
    "pcv15",
    "dpt-ipv-hib",
    "dpt-ipv",
    "hib",
    "bcg",
    "mr",
    "varicella",
    "je",
    "dt",
    "hpv",
    "mumps",
    "influenza",
    "other",
];

#[derive(Properties, PartialEq)]
pub struct ChildScreenProps {
    pub child_id: RecordId,
    pub on_back: Callback<()>,
}

#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Ready(ChildView),
    Failed(CommandError),
}

#[function_component(ChildScreen)]
pub fn child_screen(props: &ChildScreenProps) -> Html {
    let tr = use_tr();
    let load = use_state(|| Load::Loading);
    let notice = use_state(|| None::<Notice>);
    let show_summary = use_state(|| false);
    // The record being edited in the form, and the row whose history is open.
    let editing = use_state(|| None::<Record>);
    let history = use_state(|| None::<OpenHistory>);
    let child_id = props.child_id;

    let plan = use_state(Vec::<hagukumi_core::schedule::PlanItem>::new);
    // Official items about this child (provenance of records, checkups).
    let official = use_state(Vec::<OfficialItemView>::new);
    let reload = {
        let (load, plan, official) = (load.clone(), plan.clone(), official.clone());
        Callback::from(move |()| {
            let (load, plan, official) = (load.clone(), plan.clone(), official.clone());
            #[derive(Serialize)]
            struct Args {
                child_id: RecordId,
            }
            wasm_bindgen_futures::spawn_local(async move {
                match ipc::invoke::<_, ChildView>("load_child", &Args { child_id }).await {
                    Ok(view) => load.set(Load::Ready(view)),
                    Err(e) => load.set(Load::Failed(e)),
                }
                #[derive(Serialize)]
                struct Items {
                    child_id: Option<RecordId>,
                }
                let items = Items {
                    child_id: Some(child_id),
                };
                if let Ok(items) = ipc::invoke("official_items", &items).await {
                    official.set(items);
                }
                // The plan follows the records; without it the screen still works.
                if let Ok(items) = ipc::invoke("load_plan", &Args { child_id }).await {
                    plan.set(items);
                }
            });
        })
    };
    {
        let reload = reload.clone();
        use_effect_with(child_id, move |_| reload.emit(()));
    }

    let on_delete = {
        let (reload, notice) = (reload.clone(), notice.clone());
        Callback::from(move |record_id: RecordId| {
            let (reload, notice) = (reload.clone(), notice.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let r = ipc::invoke::<_, ()>("delete_record", &RecordArgs { record_id }).await;
                notice.set(Some(match r {
                    Ok(()) => Notice::Deleted(record_id),
                    Err(e) => Notice::Failed(e),
                }));
                reload.emit(());
            });
        })
    };
    let on_restore = {
        let (reload, notice) = (reload.clone(), notice.clone());
        Callback::from(move |record_id: RecordId| {
            let (reload, notice) = (reload.clone(), notice.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let r = ipc::invoke::<_, Record>("restore_record", &RecordArgs { record_id }).await;
                notice.set(Some(match r {
                    Ok(_) => Notice::Restored,
                    Err(e) => Notice::Failed(e),
                }));
                reload.emit(());
            });
        })
    };

    let on_edit = {
        let (editing, history) = (editing.clone(), history.clone());
        Callback::from(move |record: Record| {
            history.set(None);
            editing.set(Some(record));
        })
    };
    let on_cancel_edit = {
        let editing = editing.clone();
        Callback::from(move |()| editing.set(None))
    };
    let on_history = {
        let history = history.clone();
        Callback::from(move |record_id: RecordId| {
            if history.as_ref().is_some_and(|h| h.record_id == record_id) {
                history.set(None);
                return;
            }
            history.set(Some(OpenHistory {
                record_id,
                entries: None,
            }));
            let history = history.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let r = ipc::invoke::<_, Vec<HistoryEntry>>(
                    "record_history",
                    &RecordArgs { record_id },
                )
                .await;
                history.set(Some(OpenHistory {
                    record_id,
                    entries: Some(r),
                }));
            });
        })
    };

    let back = {
        let on_back = props.on_back.clone();
        Callback::from(move |_| on_back.emit(()))
    };
    let body = match &*load {
        Load::Loading => html! { <p class="loading">{ tr.text("app-loading") }</p> },
        Load::Failed(e) => html! {
            <p class="card fatal" id="child-error" role="alert">{ error_text(&tr, e) }</p>
        },
        Load::Ready(view) => {
            let age = view
                .child
                .age_on(view.today)
                .map(|a| tr.age(a))
                .unwrap_or_default();
            let live: Vec<&Record> = view
                .records
                .iter()
                .filter(|r| r.deleted_at.is_none())
                .collect();
            let deleted: Vec<&Record> = view
                .records
                .iter()
                .filter(|r| r.deleted_at.is_some())
                .collect();
            let on_added = {
                let (reload, notice) = (reload.clone(), notice.clone());
                let (editing, history) = (editing.clone(), history.clone());
                Callback::from(move |()| {
                    notice.set(None);
                    editing.set(None);
                    history.set(None);
                    reload.emit(())
                })
            };
            html! {
                <>
                    <section class="card child-head">
                        <h2 id="child-title">{ &view.child.name }</h2>
                        <p class="child-age" id="child-age">{ age }</p>
                        { latest_measurement(&tr, &live) }
                        <button type="button" class="chip summary-toggle" id="open-summary"
                            aria-expanded={show_summary.to_string()}
                            onclick={{ let s = show_summary.clone(); Callback::from(move |_| s.set(!*s)) }}>
                            { tr.text("summary-open") }
                        </button>
                    </section>
                    if *show_summary {
                        <section class="card summary" id="clinic-summary">
                            { Html::from_html_unchecked(AttrValue::from(hagukumi_report::clinic_summary_body(
                                &tr,
                                &hagukumi_report::ClinicSummary {
                                    child: &view.child,
                                    today: view.today,
                                    records: &view.records,
                                    next_due: &next_due(&tr, &plan),
                                },
                            ))) }
                            <button type="button" class="chip" id="print-summary"
                                onclick={Callback::from(|_| { if let Some(w) = web_sys::window() { let _ = w.print(); } })}>
                                { tr.text("summary-print") }
                            </button>
                        </section>
                    }
                    <crate::growth::GrowthSection
                        child={view.child.clone()}
                        today={view.today}
                        records={view.records.clone()}
                        reference={view.growth_reference}
                        on_changed={reload.clone()}
                    />
                    <crate::timeline::Plan
                        owner={crate::timeline::PlanOwner::Child(child_id)}
                        today={view.today}
                        items={(*plan).clone()}
                        on_recorded={reload.clone()}
                    />
                    { notice_line(&tr, notice.as_ref(), &on_restore) }
                    <section aria-labelledby="records-title">
                        <h2 id="records-title">{ tr.text("child-records") }</h2>
                        if live.is_empty() {
                            <p class="card empty" id="no-records">{ tr.text("child-no-records") }</p>
                        } else {
                            <ul class="cards" id="records">
                                { for live.iter().rev().map(|r| {
                                    let photos = view
                                        .photo_counts
                                        .iter()
                                        .find(|(id, _)| *id == r.id)
                                        .map_or(0, |(_, n)| *n);
                                    let open = history.as_ref().filter(|h| h.record_id == r.id);
                                    let provenance = official
                                        .iter()
                                        .find(|i| !r.official && i.record.as_ref().is_some_and(|m| m.id == r.id))
                                        .map(|i| i.state);
                                    record_row(&tr, r, photos, &RowActions {
                                        on_delete: &on_delete,
                                        on_edit: &on_edit,
                                        on_history: &on_history,
                                        history: open,
                                        provenance,
                                    })
                                }) }
                            </ul>
                        }
                        if !deleted.is_empty() {
                            <details class="deleted">
                                <summary>{ tr.format("child-deleted", &[("count", Value::from(deleted.len()))]) }</summary>
                                <ul class="cards" id="deleted-records">
                                    { for deleted.iter().map(|r| deleted_row(&tr, r, &on_restore)) }
                                </ul>
                            </details>
                        }
                    </section>
                    { crate::portal::child_checkups(&tr, &official) }
                    <div class="forms">
                        <RecordForm child_id={child_id} on_added={on_added}
                            editing={(*editing).clone()} on_cancel={on_cancel_edit}
                            birth_date={view.child.birth_date}
                            has_birth={live.iter().any(|r| r.data.kind() == RecordKind::Birth)} />
                        <crate::portal::QuestionnaireForm child_id={child_id} />
                    </div>
                </>
            }
        }
    };
    html! {
        <>
            <nav class="crumbs">
                <button type="button" id="back" class="link" onclick={back}>{ tr.text("child-back") }</button>
            </nav>
            { body }
        </>
    }
}

/// The next three open items of the plan, worded for the clinic summary.
fn next_due(
    tr: &Localizer,
    plan: &[hagukumi_core::schedule::PlanItem],
) -> Vec<hagukumi_report::DueItem> {
    let mut open: Vec<_> = plan.iter().filter(|i| i.status.is_open()).collect();
    open.sort_by_key(|i| i.suggested.unwrap_or(hagukumi_core::Date::MAX));
    open.into_iter()
        .take(3)
        .map(|i| hagukumi_report::DueItem {
            what: tr.plan_item_title(i),
            when: crate::timeline::item_when(tr, i),
        })
        .collect()
}

#[derive(Serialize)]
struct RecordArgs {
    record_id: RecordId,
}

type OpenHistory = crate::history::OpenHistory<HistoryEntry>;

impl crate::history::Entry for HistoryEntry {
    fn change(&self) -> &str {
        &self.change
    }

    fn changed_at(&self) -> &str {
        &self.changed_at
    }

    fn before(&self, tr: &Localizer) -> String {
        format!(
            "{} {}",
            tr.date(self.previous.date()),
            summary(tr, &self.previous)
        )
    }
}

/// What a record row's buttons do.
struct RowActions<'a> {
    on_delete: &'a Callback<RecordId>,
    on_edit: &'a Callback<Record>,
    on_history: &'a Callback<RecordId>,
    /// This row's history, when open.
    history: Option<&'a OpenHistory>,
    /// How the portal's item about the same thing relates to this record
    /// (a parent's record the portal also has).
    provenance: Option<OfficialState>,
}

#[derive(Clone, PartialEq)]
enum Notice {
    Deleted(RecordId),
    Restored,
    Failed(CommandError),
}

fn notice_line(tr: &Localizer, notice: Option<&Notice>, on_restore: &Callback<RecordId>) -> Html {
    match notice {
        None => html! {},
        Some(Notice::Deleted(id)) => {
            let id = *id;
            let on_restore = on_restore.clone();
            html! {
                <p class="card notice" id="record-notice" role="status">
                    <span>{ tr.text("record-deleted") }</span>
                    <button type="button" id="undo-delete" class="link"
                        onclick={Callback::from(move |_| on_restore.emit(id))}>
                        { tr.text("record-undo") }
                    </button>
                </p>
            }
        }
        Some(Notice::Restored) => html! {
            <p class="card notice" id="record-notice" role="status">{ tr.text("record-restored") }</p>
        },
        Some(Notice::Failed(e)) => html! {
            <p class="card notice error" id="record-notice" role="alert">{ error_text(tr, e) }</p>
        },
    }
}

fn number(tr: &Localizer, id: &str, value: f64) -> String {
    tr.format(id, &[("value", Value::from(value))])
}

/// The most recent weight, height and head circumference, each with its
/// date.
fn latest_measurement(tr: &Localizer, records: &[&Record]) -> Html {
    // Measurements, checkups and the birth, as the clinic summary counts them.
    let latest =
        hagukumi_core::child_records::latest_growth_values(records.iter().map(|r| &r.data));
    let items: Vec<Html> = latest
        .iter()
        .zip([
            ("field-weight-short", "unit-kg"),
            ("field-height-short", "unit-cm"),
            ("field-head-circumference-short", "unit-cm"),
        ])
        .filter_map(|(v, (label, unit))| {
            v.map(|(v, d)| {
                html! {
                    <div class="stat">
                        <dt>{ tr.text(label) }</dt>
                        <dd>{ number(tr, unit, v) }<span class="muted stat-date">{ tr.date(d) }</span></dd>
                    </div>
                }
            })
        })
        .collect();
    if items.is_empty() {
        return html! {};
    }
    html! { <dl class="stats" id="latest-measurements">{ for items }</dl> }
}

/// One line describing a record.
pub fn summary(tr: &Localizer, data: &RecordData) -> String {
    match data {
        RecordData::Vaccination(v) => {
            let mut parts = vec![
                tr.text(&format!("schedule-vaccine-{}", v.vaccine)),
                tr.format("record-dose", &[("dose", Value::from(v.dose))]),
            ];
            if let Some(f) = v.funding {
                parts.push(tr.text(match f {
                    Funding::Public => "funding-public",
                    Funding::SelfPaid => "funding-self-paid",
                }));
            }
            if let Some(lot) = &v.lot {
                parts.push(tr.format("record-lot", &[("lot", Value::from(lot.as_str()))]));
            }
            parts.join(" · ")
        }
        RecordData::Measurement(m) => [
            (m.weight_kg, "field-weight", "unit-kg"),
            (m.height_cm, "field-height", "unit-cm"),
            (m.head_cm, "field-head-circumference", "unit-cm"),
            (m.chest_cm, "field-chest-circumference", "unit-cm"),
        ]
        .into_iter()
        .filter_map(|(v, label, unit)| {
            v.map(|v| {
                format!(
                    "{} {}",
                    tr.text(&format!("{label}-short")),
                    number(tr, unit, v)
                )
            })
        })
        .collect::<Vec<_>>()
        .join(" · "),
        RecordData::Milestone(m) => match &m.note {
            Some(note) => format!("{} — {note}", m.what),
            None => m.what.clone(),
        },
        RecordData::Note(n) => n.text.clone(),
        RecordData::Allergy(a) => match &a.reaction {
            Some(r) => format!("{} — {r}", a.substance),
            None => a.substance.clone(),
        },
        RecordData::Illness(i) => match &i.note {
            Some(n) => format!("{} — {n}", i.name),
            None => i.name.clone(),
        },
        RecordData::Birth(_)
        | RecordData::Checkup(_)
        | RecordData::Dental(_)
        | RecordData::Screening(_)
        | RecordData::Medicine(_) => handbook::summary(tr, data),
    }
}

fn record_row(tr: &Localizer, r: &Record, photos: usize, actions: &RowActions<'_>) -> Html {
    let id = r.id;
    let on_delete = actions.on_delete.clone();
    let on_history = actions.on_history.clone();
    let on_edit = {
        let (on_edit, record) = (actions.on_edit.clone(), r.clone());
        Callback::from(move |_| on_edit.emit(record.clone()))
    };
    let kind = r.data.kind().as_str();
    html! {
        <li class={classes!("card", "record-row", format!("record-{kind}"))} id={format!("record-{id}")}>
            <div class="record-main">
                <p class="record-meta muted">
                    <span class="record-kind">{ tr.text(&format!("record-kind-{kind}")) }</span>
                    { " · " }
                    <span class="record-date">{ tr.date(r.data.date()) }</span>
                    if r.official {
                        { " " }{ crate::portal::official_badge(tr) }
                    } else if let Some(state) = actions.provenance {
                        { " " }{ crate::portal::state_badge(tr, state) }
                    }
                </p>
                <p class="record-summary">{ summary(tr, &r.data) }</p>
                <crate::photos::PhotoStrip record_id={id} count={photos} />
                if let Some(h) = actions.history {
                    { crate::history::history_list(tr, format!("history-{id}"), h) }
                }
            </div>
            <div class="record-actions">
                // Official records are read-only: history only.
                if !r.official {
                    <button type="button" class="link record-edit" id={format!("edit-{id}")}
                        onclick={on_edit}>
                        { tr.text("record-edit") }
                    </button>
                }
                <button type="button" class="link record-history-toggle" id={format!("history-toggle-{id}")}
                    aria-expanded={actions.history.is_some().to_string()}
                    onclick={Callback::from(move |_| on_history.emit(id))}>
                    { tr.text("record-history") }
                </button>
                if !r.official {
                    <button type="button" class="link record-delete" aria-label={tr.text("record-delete")}
                        onclick={Callback::from(move |_| on_delete.emit(id))}>
                        { tr.text("record-delete") }
                    </button>
                }
            </div>
        </li>
    }
}

fn deleted_row(tr: &Localizer, r: &Record, on_restore: &Callback<RecordId>) -> Html {
    let id = r.id;
    let on_restore = on_restore.clone();
    let kind = r.data.kind().as_str();
    html! {
        <li class="card record-row deleted-row" id={format!("deleted-{id}")}>
            <div class="record-main">
                <p class="record-meta muted">{ tr.text(&format!("record-kind-{kind}")) }{ " · " }{ tr.date(r.data.date()) }</p>
                <p class="record-summary">{ summary(tr, &r.data) }</p>
            </div>
            <button type="button" class="link record-restore" onclick={Callback::from(move |_| on_restore.emit(id))}>
                { tr.text("record-undo") }
            </button>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct RecordFormProps {
    child_id: RecordId,
    on_added: Callback<()>,
    birth_date: hagukumi_core::Date,
    /// The child has a birth record (a child has one): no birth chip.
    has_birth: bool,
    /// A record to edit: the form is filled with its values and saving
    /// changes it (its kind is fixed).
    #[prop_or_default]
    editing: Option<Record>,
    #[prop_or_default]
    on_cancel: Callback<()>,
}

/// The form's fields, all as typed.
#[derive(Clone, PartialEq, Default)]
struct Draft {
    date: String,
    weight: String,
    height: String,
    head: String,
    chest: String,
    vaccine: String,
    dose: String,
    /// Not asked by the form; kept so that an edit does not drop it.
    manufacturer: String,
    lot: String,
    facility: String,
    funding: String,
    what: String,
    text: String,
    /// Birth, checkup, dental, screening, medicine.
    handbook: handbook::HandbookDraft,
}

impl Draft {
    /// The form filled with a stored record's values (to edit it).
    fn from_input(input: &RecordInput) -> Draft {
        let mut d = Draft::default();
        match input {
            RecordInput::Measurement {
                date,
                weight_kg,
                height_cm,
                head_cm,
                chest_cm,
            } => {
                d.date.clone_from(date);
                d.weight.clone_from(weight_kg);
                d.height.clone_from(height_cm);
                d.head.clone_from(head_cm);
                d.chest.clone_from(chest_cm);
            }
            RecordInput::Vaccination {
                vaccine,
                dose,
                date,
                manufacturer,
                lot,
                facility,
                funding,
            } => {
                d.vaccine.clone_from(vaccine);
                d.dose.clone_from(dose);
                d.date.clone_from(date);
                d.manufacturer.clone_from(manufacturer);
                d.lot.clone_from(lot);
                d.facility.clone_from(facility);
                d.funding.clone_from(funding);
            }
            RecordInput::Milestone {
                date,
                what,
                note: text,
            }
            | RecordInput::Allergy {
                date,
                substance: what,
                reaction: text,
            }
            | RecordInput::Illness {
                date,
                name: what,
                note: text,
            } => {
                d.date.clone_from(date);
                d.what.clone_from(what);
                d.text.clone_from(text);
            }
            RecordInput::Note { date, text } => {
                d.date.clone_from(date);
                d.text.clone_from(text);
            }
            RecordInput::Birth(_)
            | RecordInput::Checkup(_)
            | RecordInput::Dental(_)
            | RecordInput::Screening(_)
            | RecordInput::Medicine(_) => handbook::fill(input, &mut d),
        }
        d
    }

    fn input(&self, kind: RecordKind) -> RecordInput {
        let d = self.clone();
        match kind {
            RecordKind::Measurement => RecordInput::Measurement {
                date: d.date,
                weight_kg: d.weight,
                height_cm: d.height,
                head_cm: d.head,
                chest_cm: d.chest,
            },
            RecordKind::Vaccination => RecordInput::Vaccination {
                vaccine: d.vaccine,
                dose: d.dose,
                date: d.date,
                manufacturer: d.manufacturer,
                lot: d.lot,
                facility: d.facility,
                funding: d.funding,
            },
            RecordKind::Milestone => RecordInput::Milestone {
                date: d.date,
                what: d.what,
                note: d.text,
            },
            RecordKind::Note => RecordInput::Note {
                date: d.date,
                text: d.text,
            },
            RecordKind::Allergy => RecordInput::Allergy {
                date: d.date,
                substance: d.what,
                reaction: d.text,
            },
            RecordKind::Illness => RecordInput::Illness {
                date: d.date,
                name: d.what,
                note: d.text,
            },
            RecordKind::Birth
            | RecordKind::Checkup
            | RecordKind::Dental
            | RecordKind::Screening
            | RecordKind::Medicine => handbook::input(kind, self),
        }
    }
}

#[function_component(RecordForm)]
fn record_form(props: &RecordFormProps) -> Html {
    let tr = use_tr();
    let kind = use_state(|| RecordKind::Measurement);
    let draft = use_state(Draft::default);
    let errors = use_state(|| None::<ValidationErrors>);
    let status = use_state(|| None::<Result<String, CommandError>>);
    let saving = use_state(|| false);
    {
        let (kind, draft, errors, status) =
            (kind.clone(), draft.clone(), errors.clone(), status.clone());
        use_effect_with(props.editing.clone(), move |editing| {
            errors.set(None);
            match editing {
                Some(record) => {
                    kind.set(record.data.kind());
                    draft.set(Draft::from_input(&record.data.to_input()));
                    status.set(None);
                    if let Some(form) = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id("record-form"))
                    {
                        form.scroll_into_view();
                    }
                }
                None => draft.set(Draft::default()),
            }
        });
    }
    let editing_id = props.editing.as_ref().map(|r| r.id);
    // Once the birth is recorded, its chip goes (a child has one).
    let current = match (&props.editing, *kind) {
        (Some(record), _) => record.data.kind(),
        (None, RecordKind::Birth) if props.has_birth => RecordKind::Measurement,
        (None, k) => k,
    };

    let onsubmit = {
        let (draft, errors, status, saving) = (
            draft.clone(),
            errors.clone(),
            status.clone(),
            saving.clone(),
        );
        let (child_id, on_added, tr) = (props.child_id, props.on_added.clone(), tr.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *saving {
                return;
            }
            #[derive(Serialize)]
            struct Args {
                child_id: RecordId,
                input: RecordInput,
            }
            #[derive(Serialize)]
            struct EditArgs {
                record_id: RecordId,
                input: RecordInput,
            }
            let input = draft.input(current);
            saving.set(true);
            let (draft, errors, status, saving, on_added, tr) = (
                draft.clone(),
                errors.clone(),
                status.clone(),
                saving.clone(),
                on_added.clone(),
                tr.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let r = match editing_id {
                    Some(record_id) => {
                        ipc::invoke::<_, Record>("edit_record", &EditArgs { record_id, input })
                            .await
                    }
                    None => ipc::invoke::<_, Record>("add_record", &Args { child_id, input }).await,
                };
                saving.set(false);
                match r {
                    Ok(record) => {
                        errors.set(None);
                        draft.set(Draft::default());
                        on_added.emit(());
                        status.set(Some(Ok(tr.format(
                            if editing_id.is_some() {
                                "record-edited"
                            } else {
                                "record-saved"
                            },
                            &[(
                                "kind",
                                Value::from(
                                    tr.text(&format!(
                                        "record-kind-{}",
                                        record.data.kind().as_str()
                                    )),
                                ),
                            )],
                        ))));
                    }
                    Err(CommandError::Invalid { errors: e }) => {
                        status.set(None);
                        errors.set(Some(e));
                    }
                    Err(e) => status.set(Some(Err(e))),
                }
            });
        })
    };

    let error = |field: Field| -> Option<String> {
        let code: ErrorCode = errors.as_ref()?.for_field(field)?;
        Some(tr.field_error(&FieldError { field, code }))
    };
    let set = |f: fn(&mut Draft) -> &mut String| {
        let draft = draft.clone();
        Callback::from(move |v: String| {
            let mut d = (*draft).clone();
            *f(&mut d) = v;
            draft.set(d);
        })
    };
    let field = |id: &'static str, f: Field, value: &str, numeric: bool, cb: Callback<String>| {
        html! {
            <TextField id={id} label={tr.text(&f.label_id())} value={value.to_owned()}
                error={error(f)} numeric={numeric} oninput={cb} />
        }
    };
    let date_field = html! {
        <TextField id="record-date" label={tr.text("field-date")} value={draft.date.clone()}
            placeholder={tr.text("form-date-placeholder")}
            hint={Some(AttrValue::from(tr.text("form-date-hint")))}
            error={error(Field::Date)} numeric=true oninput={set(|d| &mut d.date)} />
    };
    let fields = match current {
        RecordKind::Measurement => html! {
            <>
                { date_field }
                <div class="grid-2">
                    { field("record-weight", Field::Weight, &draft.weight, true, set(|d| &mut d.weight)) }
                    { field("record-height", Field::Height, &draft.height, true, set(|d| &mut d.height)) }
                    { field("record-head", Field::HeadCircumference, &draft.head, true, set(|d| &mut d.head)) }
                    { field("record-chest", Field::ChestCircumference, &draft.chest, true, set(|d| &mut d.chest)) }
                </div>
                if let Some(e) = error(Field::Measurements) {
                    <p class="error" id="record-measurements-error" role="alert">{ e }</p>
                }
            </>
        },
        RecordKind::Vaccination => {
            let vaccine_cb = set(|d| &mut d.vaccine);
            let funding_cb = set(|d| &mut d.funding);
            html! {
                <>
                    <div class={classes!("field", error(Field::Vaccine).is_some().then_some("invalid"))}>
                        <label for="record-vaccine">{ tr.text("field-vaccine") }</label>
                        <select id="record-vaccine" onchange={vaccine_cb.reform(select_value)}>
                            <option value="" selected={draft.vaccine.is_empty()}>{ tr.text("form-choose") }</option>
                            { for VACCINES.iter().map(|v| html! {
                                <option value={*v} selected={draft.vaccine == *v}>{ tr.text(&format!("schedule-vaccine-{v}")) }</option>
                            }) }
                        </select>
                        if let Some(e) = error(Field::Vaccine) {
                            <p class="error" id="record-vaccine-error" role="alert">{ e }</p>
                        }
                    </div>
                    <div class="grid-2">
                        { field("record-dose", Field::Dose, &draft.dose, true, set(|d| &mut d.dose)) }
                        { date_field }
                        { field("record-lot", Field::Lot, &draft.lot, false, set(|d| &mut d.lot)) }
                        { field("record-facility", Field::Facility, &draft.facility, false, set(|d| &mut d.facility)) }
                    </div>
                    <div class="field">
                        <label for="record-funding">{ tr.text("field-funding") }</label>
                        <select id="record-funding" onchange={funding_cb.reform(select_value)}>
                            <option value="" selected={draft.funding.is_empty()}>{ tr.text("form-choose") }</option>
                            <option value="public" selected={draft.funding == "public"}>{ tr.text("funding-public") }</option>
                            <option value="self-paid" selected={draft.funding == "self-paid"}>{ tr.text("funding-self-paid") }</option>
                        </select>
                    </div>
                </>
            }
        }
        RecordKind::Milestone => html! {
            <>
                { date_field }
                { field("record-what", Field::What, &draft.what, false, set(|d| &mut d.what)) }
                { field("record-text", Field::Text, &draft.text, false, set(|d| &mut d.text)) }
            </>
        },
        RecordKind::Note => html! {
            <>
                { date_field }
                { field("record-text", Field::Text, &draft.text, false, set(|d| &mut d.text)) }
            </>
        },
        RecordKind::Birth
        | RecordKind::Checkup
        | RecordKind::Dental
        | RecordKind::Screening
        | RecordKind::Medicine => handbook::fields(
            current,
            handbook::Ctx {
                tr: &tr,
                draft: &draft,
                errors: errors.as_ref(),
                date_field,
                birth_date: props.birth_date,
            },
        ),
        RecordKind::Allergy | RecordKind::Illness => {
            let (what, text) = if current == RecordKind::Allergy {
                ("record-allergy-substance", "record-allergy-reaction")
            } else {
                ("record-illness-name", "field-text")
            };
            html! {
                <>
                    { date_field }
                    <TextField id="record-what" label={tr.text(what)} value={draft.what.clone()}
                        error={error(Field::What)} oninput={set(|d| &mut d.what)} />
                    <TextField id="record-text" label={tr.text(text)} value={draft.text.clone()}
                        error={error(Field::Text)} oninput={set(|d| &mut d.text)} />
                </>
            }
        }
    };
    html! {
        <form class={classes!("card", "form", editing_id.is_some().then_some("editing"))} id="record-form" {onsubmit} novalidate=true>
            if editing_id.is_some() {
                <h2 id="record-form-title">{ tr.text("record-edit-title") }</h2>
                <p class="muted record-edit-kind">{ tr.text(&format!("record-kind-{}", current.as_str())) }</p>
            } else {
                <h2 id="record-form-title">{ tr.text("record-add-title") }</h2>
            }
            if editing_id.is_none() {
                <div class="kinds" role="group" aria-label={tr.text("record-add-title")}>
                    { for RecordKind::ALL.iter().filter(|&&k| !(k == RecordKind::Birth && props.has_birth)).map(|&k| {
                        let (kind, errors, status) = (kind.clone(), errors.clone(), status.clone());
                        let pressed = current == k;
                        html! {
                            <button type="button" id={format!("kind-{}", k.as_str())}
                                class={classes!("chip", pressed.then_some("active"))}
                                aria-pressed={pressed.to_string()}
                                onclick={Callback::from(move |_| { kind.set(k); errors.set(None); status.set(None); })}>
                                { tr.text(&format!("record-kind-{}", k.as_str())) }
                            </button>
                        }
                    }) }
                </div>
            }
            { fields }
            <button type="submit" id="add-record-submit" class="primary" disabled={*saving}>
                { if *saving {
                    tr.text("form-saving")
                } else if editing_id.is_some() {
                    tr.text("record-edit-submit")
                } else {
                    tr.text("record-submit")
                } }
            </button>
            if editing_id.is_some() {
                <button type="button" id="record-edit-cancel" class="link"
                    onclick={props.on_cancel.reform(|_| ())}>
                    { tr.text("record-edit-cancel") }
                </button>
            }
            { match &*status {
                Some(Ok(msg)) => html! { <p class="ok form-status" id="record-form-status" role="status">{ msg }</p> },
                Some(Err(e)) => html! { <p class="error form-status" id="record-form-status" role="alert">{ error_text(&tr, e) }</p> },
                None => html! {},
            } }
        </form>
    }
}

fn select_value(e: Event) -> String {
    let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
    select.value()
}
