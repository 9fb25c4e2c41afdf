// tidy: over budget because the pregnancy's record list, form and summary, twin of `child.rs`; #11 makes one generic record list and form frame.
//! One pregnancy's screen: week and due date, the latest checkup, the
//! record form (prenatal visits, the notification, dental checkup, classes,
//! notes, the mother's postnatal checkups) and the list of records with
//! photos, edit, history, delete and 30-day undo. Mirrors `child.rs`.

use crate::{error_text, ipc, use_tr, TextField};
use hagukumi_core::api::{CommandError, PregnancyView};
use hagukumi_core::model::RecordId;
use hagukumi_core::pregnancy::{days_until_expected, gestational_age_on};
use hagukumi_core::pregnancy_records::{
    Edema, ExpectedDateMethod, FetalHeart, PostnatalTiming, PregnancyHistoryEntry, PregnancyRecord,
    PregnancyRecordData, PregnancyRecordInput, PregnancyRecordKind, UrineTest, POST_TERM_DAYS,
};
use hagukumi_core::validate::parse_date;
use hagukumi_core::{Date, ErrorCode, Field, FieldError, Pregnancy, ValidationErrors};
use hagukumi_i18n::pregnancy::{kind_name, summary, week};
use hagukumi_i18n::{Localizer, Value};
use serde::Serialize;
use yew::prelude::*;

/// What the home card and the screen's head say about a pregnancy today.
pub(crate) struct Facts {
    pub title: String,
    /// `None` once the pregnancy is past 42 weeks (the baby has been born).
    pub week: Option<String>,
    pub expected: String,
    pub countdown: String,
}

impl Facts {
    pub fn new(tr: &Localizer, p: &Pregnancy, today: Date) -> Facts {
        let title = p
            .label
            .clone()
            .unwrap_or_else(|| tr.text("pregnancy-untitled"));
        let week = match p.gestational_age_on(today) {
            Some(ga) if ga.total_days() > POST_TERM_DAYS => None,
            Some(ga) => Some(tr.gestational_age(ga)),
            None => Some(tr.text("pregnancy-not-started")),
        };
        let countdown = match days_until_expected(p.expected_date, today) {
            0 => tr.text("pregnancy-due-today"),
            d if d > 0 => tr.format("pregnancy-days-left", &[("days", Value::from(d))]),
            d => tr.format("pregnancy-past-due", &[("days", Value::from(-d))]),
        };
        let expected = tr.format(
            "pregnancy-expected",
            &[("date", Value::from(tr.date(p.expected_date)))],
        );
        Facts {
            title,
            week,
            expected,
            countdown,
        }
    }

    /// The first character of the title, for the avatar.
    pub fn initial(&self) -> String {
        self.title
            .chars()
            .next()
            .map(String::from)
            .unwrap_or_default()
    }
}

#[derive(Properties, PartialEq)]
pub struct PregnancyScreenProps {
    pub pregnancy_id: RecordId,
    pub on_back: Callback<()>,
}

#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Ready(PregnancyView),
    Failed(CommandError),
}

#[derive(Serialize)]
struct RecordArgs {
    record_id: RecordId,
}

type OpenHistory = crate::history::OpenHistory<PregnancyHistoryEntry>;

impl crate::history::Entry for PregnancyHistoryEntry {
    fn change(&self) -> &str {
        &self.change
    }

    fn changed_at(&self) -> &str {
        &self.changed_at
    }

    fn before(&self, tr: &Localizer) -> String {
        let date = tr.date(self.previous.date());
        match summary(tr, &self.previous) {
            text if text.is_empty() => date,
            text => format!("{date} {text}"),
        }
    }
}

/// What a record row's buttons do, and how many photos it has.
struct RowActions<'a> {
    photos: usize,
    on_delete: &'a Callback<RecordId>,
    on_edit: &'a Callback<PregnancyRecord>,
    on_history: &'a Callback<RecordId>,
    /// This row's history, when open.
    history: Option<&'a OpenHistory>,
}

#[derive(Clone, PartialEq)]
enum Notice {
    Deleted(RecordId),
    Restored,
    Failed(CommandError),
}

#[function_component(PregnancyScreen)]
pub fn pregnancy_screen(props: &PregnancyScreenProps) -> Html {
    let tr = use_tr();
    let load = use_state(|| Load::Loading);
    let notice = use_state(|| None::<Notice>);
    // The record being edited in the form, and the row whose history is open.
    let editing = use_state(|| None::<PregnancyRecord>);
    let history = use_state(|| None::<OpenHistory>);
    let pregnancy_id = props.pregnancy_id;

    let reload = {
        let load = load.clone();
        Callback::from(move |()| {
            let load = load.clone();
            #[derive(Serialize)]
            struct Args {
                pregnancy_id: RecordId,
            }
            wasm_bindgen_futures::spawn_local(async move {
                match ipc::invoke::<_, PregnancyView>("load_pregnancy", &Args { pregnancy_id })
                    .await
                {
                    Ok(view) => load.set(Load::Ready(view)),
                    Err(e) => load.set(Load::Failed(e)),
                }
            });
        })
    };
    {
        let reload = reload.clone();
        use_effect_with(pregnancy_id, move |_| {
            // A new screen starts at its top, not where home was scrolled.
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
            reload.emit(())
        });
    }

    let on_delete = {
        let (reload, notice) = (reload.clone(), notice.clone());
        Callback::from(move |record_id: RecordId| {
            let (reload, notice) = (reload.clone(), notice.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let r = ipc::invoke::<_, ()>("delete_pregnancy_record", &RecordArgs { record_id })
                    .await;
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
                let r = ipc::invoke::<_, PregnancyRecord>(
                    "restore_pregnancy_record",
                    &RecordArgs { record_id },
                )
                .await;
                notice.set(Some(match r {
                    Ok(_) => Notice::Restored,
                    Err(e) => Notice::Failed(e),
                }));
                reload.emit(());
            });
        })
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
                let r = ipc::invoke::<_, Vec<PregnancyHistoryEntry>>(
                    "pregnancy_record_history",
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
    // The left column (on a desktop) and the form beside it.
    let (column, form) = match &*load {
        Load::Loading => (
            html! { <p class="loading">{ tr.text("app-loading") }</p> },
            html! {},
        ),
        Load::Failed(e) => (
            html! { <p class="card fatal" id="pregnancy-error" role="alert">{ error_text(&tr, e) }</p> },
            html! {},
        ),
        Load::Ready(view) => {
            let facts = Facts::new(&tr, &view.pregnancy, view.today);
            let expected = view.pregnancy.expected_date;
            let live: Vec<&PregnancyRecord> = view
                .records
                .iter()
                .filter(|r| r.deleted_at.is_none())
                .collect();
            let deleted: Vec<&PregnancyRecord> = view
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
            let on_edit = {
                let (editing, history) = (editing.clone(), history.clone());
                Callback::from(move |r: PregnancyRecord| {
                    history.set(None);
                    editing.set(Some(r))
                })
            };
            let on_cancel = {
                let editing = editing.clone();
                Callback::from(move |()| editing.set(None))
            };
            let column = html! {
                <>
                    <section class="card child-head" id="pregnancy-head">
                        <h2 id="pregnancy-title">{ &facts.title }</h2>
                        if let Some(week) = &facts.week {
                            <p class="child-age" id="pregnancy-week">{ week }</p>
                        }
                        <p class="muted" id="pregnancy-due">{ &facts.expected }{ " · " }{ &facts.countdown }</p>
                        { latest_visit(&tr, &live) }
                    </section>
                    <crate::timeline::Plan
                        owner={crate::timeline::PlanOwner::Pregnancy(pregnancy_id)}
                        today={view.today}
                        items={view.plan.clone()}
                        on_recorded={on_added.clone()}
                    />
                    { notice_line(&tr, notice.as_ref(), &on_restore) }
                    <section aria-labelledby="pregnancy-records-title">
                        <h2 id="pregnancy-records-title">{ tr.text("pregnancy-records") }</h2>
                        if live.is_empty() {
                            <p class="card empty" id="no-pregnancy-records">{ tr.text("pregnancy-no-records") }</p>
                        } else {
                            <ul class="cards single" id="pregnancy-records">
                                { for live.iter().rev().map(|r| record_row(&tr, r, expected, &RowActions {
                                    photos: view
                                        .photo_counts
                                        .iter()
                                        .find(|(id, _)| *id == r.id)
                                        .map_or(0, |(_, n)| *n),
                                    on_delete: &on_delete,
                                    on_edit: &on_edit,
                                    on_history: &on_history,
                                    history: history.as_ref().filter(|h| h.record_id == r.id),
                                })) }
                            </ul>
                        }
                        if !deleted.is_empty() {
                            <details class="deleted">
                                <summary>{ tr.format("child-deleted", &[("count", Value::from(deleted.len()))]) }</summary>
                                <ul class="cards single" id="deleted-pregnancy-records">
                                    { for deleted.iter().map(|r| deleted_row(&tr, r, expected, &on_restore)) }
                                </ul>
                            </details>
                        }
                    </section>
                </>
            };
            let form = html! {
                <div class="forms">
                    <PregnancyRecordForm {pregnancy_id} {expected} {on_added}
                        editing={(*editing).clone()} {on_cancel} />
                </div>
            };
            (column, form)
        }
    };
    // One column item, so the tall form beside it never stretches the gaps
    // between the head and the list.
    html! {
        <>
            <div class="screen-column">
                <nav class="crumbs">
                    <button type="button" id="back" class="link" onclick={back}>{ tr.text("child-back") }</button>
                </nav>
                { column }
            </div>
            { form }
        </>
    }
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

/// Weight and blood pressure of the most recent checkup (before or after
/// the birth), each with its date.
fn latest_visit(tr: &Localizer, records: &[&PregnancyRecord]) -> Html {
    let mut weight: Option<(f64, Date)> = None;
    let mut bp: Option<((u16, u16), Date)> = None;
    for r in records {
        let (date, w, s, d) = match &r.data {
            PregnancyRecordData::PrenatalVisit(v) => (v.date, v.weight_kg, v.systolic, v.diastolic),
            PregnancyRecordData::PostnatalCheckup(p) => {
                (p.date, p.weight_kg, p.systolic, p.diastolic)
            }
            _ => continue,
        };
        if let Some(w) = w {
            if weight.is_none_or(|(_, at)| at <= date) {
                weight = Some((w, date));
            }
        }
        if let Some(sd) = s.zip(d) {
            if bp.is_none_or(|(_, at)| at <= date) {
                bp = Some((sd, date));
            }
        }
    }
    let mut items = Vec::new();
    if let Some((w, date)) = weight {
        items.push((
            tr.text("field-weight-short"),
            tr.format("unit-kg", &[("value", Value::from(w))]),
            date,
        ));
    }
    if let Some(((s, d), date)) = bp {
        items.push((
            tr.text("pregnancy-stat-blood-pressure"),
            tr.format(
                "pregnancy-stat-blood-pressure-value",
                &[("systolic", Value::from(s)), ("diastolic", Value::from(d))],
            ),
            date,
        ));
    }
    if items.is_empty() {
        return html! {};
    }
    html! {
        <dl class="stats" id="latest-visit">
            { for items.into_iter().map(|(label, value, date)| html! {
                <div class="stat">
                    <dt>{ label }</dt>
                    <dd>{ value }<span class="muted stat-date">{ tr.date(date) }</span></dd>
                </div>
            }) }
        </dl>
    }
}

/// "妊婦健診 · 2026年11月24日 · 妊娠26週1日".
fn meta(tr: &Localizer, r: &PregnancyRecord, expected: Date) -> Html {
    html! {
        <p class="record-meta muted">
            <span class="record-kind">{ kind_name(tr, r.data.kind()) }</span>
            { " · " }
            <span class="record-date">{ tr.date(r.data.date()) }</span>
            if let Some(w) = week(tr, &r.data, expected) {
                { " · " }
                <span class="record-week">{ w }</span>
            }
        </p>
    }
}

fn record_row(
    tr: &Localizer,
    r: &PregnancyRecord,
    expected: Date,
    actions: &RowActions<'_>,
) -> Html {
    let id = r.id;
    let on_delete = actions.on_delete.clone();
    let on_history = actions.on_history.clone();
    let on_edit = {
        let (on_edit, record) = (actions.on_edit.clone(), r.clone());
        Callback::from(move |_| on_edit.emit(record.clone()))
    };
    let kind = r.data.kind().as_str();
    let text = summary(tr, &r.data);
    html! {
        <li class={classes!("card", "record-row", format!("record-{kind}"))} id={format!("pregnancy-record-{id}")}>
            <div class="record-main">
                { meta(tr, r, expected) }
                if !text.is_empty() {
                    <p class="record-summary">{ text }</p>
                }
                if r.data.suggests_follow_up() {
                    <p class="hint epds-hint" id={format!("epds-hint-{id}")} role="note">
                        { tr.text("pregnancy-epds-hint") }
                    </p>
                }
                <crate::photos::PhotoStrip record_id={id} count={actions.photos}
                    of={crate::photos::PhotoOf::PregnancyRecord} />
                if let Some(h) = actions.history {
                    { crate::history::history_list(tr, format!("pregnancy-history-{id}"), h) }
                }
            </div>
            <div class="record-actions">
                <button type="button" class="link record-edit" id={format!("pregnancy-edit-{id}")}
                    onclick={on_edit}>
                    { tr.text("record-edit") }
                </button>
                <button type="button" class="link record-history-toggle" id={format!("pregnancy-history-toggle-{id}")}
                    aria-expanded={actions.history.is_some().to_string()}
                    onclick={Callback::from(move |_| on_history.emit(id))}>
                    { tr.text("record-history") }
                </button>
                <button type="button" class="link record-delete" aria-label={tr.text("record-delete")}
                    onclick={Callback::from(move |_| on_delete.emit(id))}>
                    { tr.text("record-delete") }
                </button>
            </div>
        </li>
    }
}

fn deleted_row(
    tr: &Localizer,
    r: &PregnancyRecord,
    expected: Date,
    on_restore: &Callback<RecordId>,
) -> Html {
    let id = r.id;
    let on_restore = on_restore.clone();
    html! {
        <li class="card record-row deleted-row" id={format!("deleted-pregnancy-record-{id}")}>
            <div class="record-main">
                { meta(tr, r, expected) }
                <p class="record-summary">{ summary(tr, &r.data) }</p>
            </div>
            <button type="button" class="link record-restore" onclick={Callback::from(move |_| on_restore.emit(id))}>
                { tr.text("record-undo") }
            </button>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    pregnancy_id: RecordId,
    expected: Date,
    on_added: Callback<()>,
    /// A record to edit: the form is filled with its values and saving
    /// changes it (its kind is fixed).
    #[prop_or_default]
    editing: Option<PregnancyRecord>,
    #[prop_or_default]
    on_cancel: Callback<()>,
}

/// The form's fields, all as typed (kept when switching kinds).
#[derive(Clone, PartialEq, Default)]
struct Draft {
    date: String,
    method: String,
    weight: String,
    systolic: String,
    diastolic: String,
    urine_protein: String,
    urine_sugar: String,
    edema: String,
    fundal_height: String,
    abdominal_girth: String,
    fetal_heart: String,
    heart_rate: String,
    notes: String,
    facility: String,
    findings: String,
    class_name: String,
    text: String,
    timing: String,
    epds: String,
    vaccine: String,
    lot: String,
}

/// Vaccines given in pregnancy (rules with `"subject": "pregnancy"`).
pub const PREGNANCY_VACCINES: [&str; 1] = ["rsv-maternal"];

impl Draft {
    /// The form filled with a stored record's values (to edit it).
    fn from_input(input: &PregnancyRecordInput) -> Draft {
        let mut d = Draft::default();
        match input.clone() {
            PregnancyRecordInput::Notification { date, method } => {
                d.date = date;
                d.method = method;
            }
            PregnancyRecordInput::PrenatalVisit {
                date,
                weight_kg,
                systolic,
                diastolic,
                urine_protein,
                urine_sugar,
                edema,
                fundal_height_cm,
                abdominal_girth_cm,
                fetal_heart,
                fetal_heart_bpm,
                notes,
                facility,
            } => {
                d.date = date;
                d.weight = weight_kg;
                d.systolic = systolic;
                d.diastolic = diastolic;
                d.urine_protein = urine_protein;
                d.urine_sugar = urine_sugar;
                d.edema = edema;
                d.fundal_height = fundal_height_cm;
                d.abdominal_girth = abdominal_girth_cm;
                d.fetal_heart = fetal_heart;
                d.heart_rate = fetal_heart_bpm;
                d.notes = notes;
                d.facility = facility;
            }
            PregnancyRecordInput::Dental { date, findings } => {
                d.date = date;
                d.findings = findings;
            }
            PregnancyRecordInput::Vaccination {
                vaccine,
                date,
                lot,
                facility,
            } => {
                d.vaccine = vaccine;
                d.date = date;
                d.lot = lot;
                d.facility = facility;
            }
            PregnancyRecordInput::Class { date, name } => {
                d.date = date;
                d.class_name = name;
            }
            PregnancyRecordInput::Environment { date, text } => {
                d.date = date;
                d.text = text;
            }
            PregnancyRecordInput::PostnatalCheckup {
                timing,
                date,
                weight_kg,
                systolic,
                diastolic,
                epds,
                notes,
            } => {
                d.timing = timing;
                d.date = date;
                d.weight = weight_kg;
                d.systolic = systolic;
                d.diastolic = diastolic;
                d.epds = epds;
                d.notes = notes;
            }
        }
        d
    }

    fn input(&self, kind: PregnancyRecordKind) -> PregnancyRecordInput {
        let d = self.clone();
        match kind {
            PregnancyRecordKind::Notification => PregnancyRecordInput::Notification {
                date: d.date,
                method: d.method,
            },
            PregnancyRecordKind::PrenatalVisit => PregnancyRecordInput::PrenatalVisit {
                date: d.date,
                weight_kg: d.weight,
                systolic: d.systolic,
                diastolic: d.diastolic,
                urine_protein: d.urine_protein,
                urine_sugar: d.urine_sugar,
                edema: d.edema,
                fundal_height_cm: d.fundal_height,
                abdominal_girth_cm: d.abdominal_girth,
                fetal_heart: d.fetal_heart,
                fetal_heart_bpm: d.heart_rate,
                notes: d.notes,
                facility: d.facility,
            },
            PregnancyRecordKind::Dental => PregnancyRecordInput::Dental {
                date: d.date,
                findings: d.findings,
            },
            PregnancyRecordKind::Vaccination => PregnancyRecordInput::Vaccination {
                vaccine: d.vaccine,
                date: d.date,
                lot: d.lot,
                facility: d.facility,
            },
            PregnancyRecordKind::Class => PregnancyRecordInput::Class {
                date: d.date,
                name: d.class_name,
            },
            PregnancyRecordKind::Environment => PregnancyRecordInput::Environment {
                date: d.date,
                text: d.text,
            },
            PregnancyRecordKind::PostnatalCheckup => PregnancyRecordInput::PostnatalCheckup {
                timing: d.timing,
                date: d.date,
                weight_kg: d.weight,
                systolic: d.systolic,
                diastolic: d.diastolic,
                epds: d.epds,
                notes: d.notes,
            },
        }
    }
}

#[function_component(PregnancyRecordForm)]
fn pregnancy_record_form(props: &FormProps) -> Html {
    let tr = use_tr();
    let kind = use_state(|| PregnancyRecordKind::PrenatalVisit);
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
                        .and_then(|d| d.get_element_by_id("pregnancy-record-form"))
                    {
                        form.scroll_into_view();
                    }
                }
                None => draft.set(Draft::default()),
            }
        });
    }
    let editing_id = props.editing.as_ref().map(|r| r.id);
    let current = props.editing.as_ref().map_or(*kind, |r| r.data.kind());

    let onsubmit = {
        let (draft, errors, status, saving) = (
            draft.clone(),
            errors.clone(),
            status.clone(),
            saving.clone(),
        );
        let (pregnancy_id, on_added, tr) = (props.pregnancy_id, props.on_added.clone(), tr.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *saving {
                return;
            }
            #[derive(Serialize)]
            struct Args {
                pregnancy_id: RecordId,
                input: PregnancyRecordInput,
            }
            #[derive(Serialize)]
            struct EditArgs {
                record_id: RecordId,
                input: PregnancyRecordInput,
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
                        ipc::invoke::<_, PregnancyRecord>(
                            "edit_pregnancy_record",
                            &EditArgs { record_id, input },
                        )
                        .await
                    }
                    None => {
                        ipc::invoke::<_, PregnancyRecord>(
                            "add_pregnancy_record",
                            &Args {
                                pregnancy_id,
                                input,
                            },
                        )
                        .await
                    }
                };
                saving.set(false);
                match r {
                    Ok(record) => {
                        errors.set(None);
                        draft.set(Draft::default());
                        on_added.emit(());
                        let kind = kind_name(&tr, record.data.kind());
                        let message = if editing_id.is_some() {
                            "record-edited"
                        } else {
                            "record-saved"
                        };
                        status.set(Some(Ok(tr.format(message, &[("kind", Value::from(kind))]))));
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
    let select = |id: &'static str,
                  f: Field,
                  value: &str,
                  options: Vec<(&'static str, String)>,
                  cb: Callback<String>| {
        let error = error(f);
        html! {
            <div class={classes!("field", error.is_some().then_some("invalid"))}>
                <label for={id}>{ tr.text(&f.label_id()) }</label>
                <select id={id} onchange={cb.reform(select_value)}
                    aria-invalid={error.is_some().to_string()}
                    aria-describedby={error.is_some().then(|| format!("{id}-error"))}>
                    <option value="" selected={value.is_empty()}>{ tr.text("form-choose") }</option>
                    { for options.into_iter().map(|(v, label)| html! {
                        <option value={v} selected={value == v}>{ label }</option>
                    }) }
                </select>
                if let Some(e) = error {
                    <p class="error" id={format!("{id}-error")} role="alert">{ e }</p>
                }
            </div>
        }
    };
    let options = |prefix: &str, ids: &mut dyn Iterator<Item = &'static str>, suffix: &str| {
        ids.map(|id| (id, tr.text(&format!("{prefix}-{id}{suffix}"))))
            .collect::<Vec<_>>()
    };
    // The week on the typed date, once it reads as a date (before the birth).
    let date_hint = parse_date(&draft.date)
        .ok()
        .filter(|_| !kind.is_postnatal())
        .and_then(|d| gestational_age_on(props.expected, d))
        .map(|ga| {
            tr.format(
                "pregnancy-date-week",
                &[("week", Value::from(tr.gestational_age(ga)))],
            )
        })
        .unwrap_or_else(|| tr.text("form-date-hint"));
    let date_field = html! {
        <TextField id="pregnancy-record-date" label={tr.text("field-date")} value={draft.date.clone()}
            placeholder={tr.text("form-date-placeholder")}
            hint={Some(AttrValue::from(date_hint))}
            error={error(Field::Date)} numeric=true oninput={set(|d| &mut d.date)} />
    };
    let blood_pressure = html! {
        <>
            <div class="grid-2 top">
                { field("pregnancy-record-systolic", Field::Systolic, &draft.systolic, true, set(|d| &mut d.systolic)) }
                { field("pregnancy-record-diastolic", Field::Diastolic, &draft.diastolic, true, set(|d| &mut d.diastolic)) }
            </div>
            <p class="hint" id="pregnancy-record-bp-hint">{ tr.text("pregnancy-bp-hint") }</p>
        </>
    };
    let notes = field(
        "pregnancy-record-notes",
        Field::Text,
        &draft.notes,
        false,
        set(|d| &mut d.notes),
    );
    let fields = match current {
        PregnancyRecordKind::PrenatalVisit => html! {
            <>
                { date_field }
                <div class="grid-2 top">
                    { field("pregnancy-record-weight", Field::Weight, &draft.weight, true, set(|d| &mut d.weight)) }
                    { field("pregnancy-record-fundal-height", Field::FundalHeight, &draft.fundal_height, true, set(|d| &mut d.fundal_height)) }
                </div>
                { blood_pressure }
                <div class="grid-2 top">
                    { select("pregnancy-record-urine-protein", Field::UrineProtein, &draft.urine_protein,
                        options("pregnancy-urine", &mut UrineTest::ALL.iter().map(|u| u.as_str()), "-option"),
                        set(|d| &mut d.urine_protein)) }
                    { select("pregnancy-record-urine-sugar", Field::UrineSugar, &draft.urine_sugar,
                        options("pregnancy-urine", &mut UrineTest::ALL.iter().map(|u| u.as_str()), "-option"),
                        set(|d| &mut d.urine_sugar)) }
                    { select("pregnancy-record-edema", Field::Edema, &draft.edema,
                        options("pregnancy-edema", &mut Edema::ALL.iter().map(|e| e.as_str()), "-option"),
                        set(|d| &mut d.edema)) }
                    { field("pregnancy-record-abdominal-girth", Field::AbdominalGirth, &draft.abdominal_girth, true, set(|d| &mut d.abdominal_girth)) }
                    { select("pregnancy-record-fetal-heart", Field::FetalHeart, &draft.fetal_heart,
                        options("pregnancy-heart", &mut FetalHeart::ALL.iter().map(|h| h.as_str()), ""),
                        set(|d| &mut d.fetal_heart)) }
                    { field("pregnancy-record-heart-rate", Field::FetalHeartRate, &draft.heart_rate, true, set(|d| &mut d.heart_rate)) }
                </div>
                { field("pregnancy-record-facility", Field::Facility, &draft.facility, false, set(|d| &mut d.facility)) }
                { notes }
            </>
        },
        PregnancyRecordKind::Notification => html! {
            <>
                { date_field }
                { select("pregnancy-record-method", Field::ExpectedDateMethod, &draft.method,
                    options("pregnancy-method", &mut ExpectedDateMethod::ALL.iter().map(|m| m.as_str()), ""),
                    set(|d| &mut d.method)) }
            </>
        },
        PregnancyRecordKind::Vaccination => html! {
            <>
                { select("pregnancy-record-vaccine", Field::Vaccine, &draft.vaccine,
                    options("schedule-vaccine", &mut PREGNANCY_VACCINES.iter().copied(), ""),
                    set(|d| &mut d.vaccine)) }
                { date_field }
                { field("pregnancy-record-lot", Field::Lot, &draft.lot, false, set(|d| &mut d.lot)) }
                { field("pregnancy-record-facility", Field::Facility, &draft.facility, false, set(|d| &mut d.facility)) }
            </>
        },
        PregnancyRecordKind::Dental => html! {
            <>
                { date_field }
                { field("pregnancy-record-findings", Field::Findings, &draft.findings, false, set(|d| &mut d.findings)) }
            </>
        },
        PregnancyRecordKind::Class => html! {
            <>
                { date_field }
                { field("pregnancy-record-class-name", Field::ClassName, &draft.class_name, false, set(|d| &mut d.class_name)) }
            </>
        },
        PregnancyRecordKind::Environment => html! {
            <>
                { date_field }
                { field("pregnancy-record-text", Field::Text, &draft.text, false, set(|d| &mut d.text)) }
            </>
        },
        PregnancyRecordKind::PostnatalCheckup => html! {
            <>
                { select("pregnancy-record-timing", Field::CheckupTiming, &draft.timing,
                    options("pregnancy-timing", &mut PostnatalTiming::ALL.iter().map(|t| t.as_str()), ""),
                    set(|d| &mut d.timing)) }
                { date_field }
                { field("pregnancy-record-weight", Field::Weight, &draft.weight, true, set(|d| &mut d.weight)) }
                { blood_pressure }
                <TextField id="pregnancy-record-epds" label={tr.text("field-epds")} value={draft.epds.clone()}
                    hint={Some(AttrValue::from(tr.text("pregnancy-epds-field-hint")))}
                    error={error(Field::Epds)} numeric=true oninput={set(|d| &mut d.epds)} />
                { notes }
            </>
        },
    };
    html! {
        <form class={classes!("card", "form", editing_id.is_some().then_some("editing"))} id="pregnancy-record-form" {onsubmit} novalidate=true>
            if editing_id.is_some() {
                <h2 id="pregnancy-record-form-title">{ tr.text("record-edit-title") }</h2>
                <p class="muted record-edit-kind">{ kind_name(&tr, current) }</p>
            } else {
                <h2 id="pregnancy-record-form-title">{ tr.text("record-add-title") }</h2>
            }
            if editing_id.is_none() {
                <div class="kinds" role="group" aria-label={tr.text("record-add-title")}>
                    { for PregnancyRecordKind::ALL.iter().map(|&k| {
                        let (kind, errors, status) = (kind.clone(), errors.clone(), status.clone());
                        let pressed = current == k;
                        html! {
                            <button type="button" id={format!("pregnancy-kind-{}", k.as_str())}
                                class={classes!("chip", pressed.then_some("active"))}
                                aria-pressed={pressed.to_string()}
                                onclick={Callback::from(move |_| { kind.set(k); errors.set(None); status.set(None); })}>
                                { kind_name(&tr, k) }
                            </button>
                        }
                    }) }
                </div>
            }
            { fields }
            <button type="submit" id="add-pregnancy-record-submit" class="primary" disabled={*saving}>
                { if *saving {
                    tr.text("form-saving")
                } else if editing_id.is_some() {
                    tr.text("record-edit-submit")
                } else {
                    tr.text("record-submit")
                } }
            </button>
            if editing_id.is_some() {
                <button type="button" id="pregnancy-record-edit-cancel" class="link"
                    onclick={props.on_cancel.reform(|_| ())}>
                    { tr.text("record-edit-cancel") }
                </button>
            }
            { match &*status {
                Some(Ok(msg)) => html! { <p class="ok form-status" id="pregnancy-record-form-status" role="status">{ msg }</p> },
                Some(Err(e)) => html! { <p class="error form-status" id="pregnancy-record-form-status" role="alert">{ error_text(&tr, e) }</p> },
                None => html! {},
            } }
        </form>
    }
}

fn select_value(e: Event) -> String {
    let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
    select.value()
}
