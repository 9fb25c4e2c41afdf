//! The list of an owner's records: the notice line, live rows (photos,
//! edit, history, delete) and the deleted ones with their undo.

use super::{Notice, OpenHistory, Owner, Records};
use crate::error_text;
use hagukumi_core::model::RecordId;
use hagukumi_i18n::{Localizer, Value};
use yew::prelude::*;

/// The notice line and the records section of `owner`'s screen: the live
/// rows as given (newest first), "more" when another page follows, then
/// the deleted rows. `photo_counts` holds the number of live photos of
/// each record.
pub fn record_list<O: Owner>(
    tr: &Localizer,
    owner: &O,
    records: &[O::Record],
    photo_counts: &[(RecordId, usize)],
    st: &Records<O>,
    more: Option<Callback<()>>,
) -> Html {
    let p = O::PREFIX;
    let (live, deleted): (Vec<&O::Record>, Vec<&O::Record>) =
        records.iter().partition(|r| !O::is_deleted(r));
    html! {
        <>
            { notice_line(tr, st.notice.as_ref(), &st.on_restore) }
            <section aria-labelledby={format!("{p}records-title")}>
                <h2 id={format!("{p}records-title")}>{ tr.text(O::TITLE) }</h2>
                if live.is_empty() {
                    <p class="card empty" id={format!("no-{p}records")}>{ tr.text(O::EMPTY) }</p>
                } else {
                    <ul class={O::LIST_CLASS} id={format!("{p}records")}>
                        { for live.iter().map(|r| {
                            let id = O::id(r);
                            let photos = photo_counts
                                .iter()
                                .find(|(i, _)| *i == id)
                                .map_or(0, |(_, n)| *n);
                            let open = st.history.as_ref().filter(|h| h.record_id == id);
                            record_row(tr, owner, r, photos, open, st)
                        }) }
                    </ul>
                }
                if let Some(more) = more {
                    <button type="button" class="chip records-more" id={format!("{p}records-more")}
                        onclick={Callback::from(move |_| more.emit(()))}>
                        { tr.text("records-more") }
                    </button>
                }
                if !deleted.is_empty() {
                    <details class="deleted">
                        <summary>{ tr.format("child-deleted", &[("count", Value::from(deleted.len()))]) }</summary>
                        <ul class={O::LIST_CLASS} id={format!("deleted-{p}records")}>
                            { for deleted.iter().map(|r| deleted_row(tr, owner, r, &st.on_restore)) }
                        </ul>
                    </details>
                }
            </section>
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

/// "妊婦健診 · 2026年11月24日 · 妊娠26週1日", a badge on a child's.
fn meta<O: Owner>(tr: &Localizer, owner: &O, r: &O::Record, deleted: bool) -> Html {
    let data = O::data(r);
    html! {
        <p class="record-meta muted">
            <span class="record-kind">{ O::kind_name(tr, O::kind(data)) }</span>
            { " · " }
            <span class="record-date">{ tr.date(O::date(data)) }</span>
            { owner.meta_extra(tr, r, deleted) }
        </p>
    }
}

fn record_row<O: Owner>(
    tr: &Localizer,
    owner: &O,
    r: &O::Record,
    photos: usize,
    history: Option<&OpenHistory<O>>,
    st: &Records<O>,
) -> Html {
    let p = O::PREFIX;
    let id = O::id(r);
    let on_delete = st.on_delete.clone();
    let on_history = st.on_history.clone();
    let on_edit = {
        let (on_edit, record) = (st.on_edit.clone(), r.clone());
        Callback::from(move |_| on_edit.emit(record.clone()))
    };
    let data = O::data(r);
    let kind = O::kind_str(O::kind(data));
    let text = O::summary(tr, data);
    // Official records are read-only: history only.
    let writable = !O::read_only(r);
    html! {
        <li class={classes!("card", "record-row", format!("record-{kind}"))} id={format!("{p}record-{id}")}>
            <div class="record-main">
                { meta(tr, owner, r, false) }
                if !text.is_empty() {
                    <p class="record-summary">{ text }</p>
                }
                { owner.row_note(tr, r) }
                <crate::photos::PhotoStrip record_id={id} count={photos} of={O::PHOTOS} />
                if let Some(h) = history {
                    { crate::history::history_list(tr, format!("{p}history-{id}"), h, |d| O::before(tr, d)) }
                }
            </div>
            <div class="record-actions">
                if writable {
                    <button type="button" class="link record-edit" id={format!("{p}edit-{id}")}
                        onclick={on_edit}>
                        { tr.text("record-edit") }
                    </button>
                }
                <button type="button" class="link record-history-toggle" id={format!("{p}history-toggle-{id}")}
                    aria-expanded={history.is_some().to_string()}
                    onclick={Callback::from(move |_| on_history.emit(id))}>
                    { tr.text("record-history") }
                </button>
                if writable {
                    <button type="button" class="link record-delete" aria-label={tr.text("record-delete")}
                        onclick={Callback::from(move |_| on_delete.emit(id))}>
                        { tr.text("record-delete") }
                    </button>
                }
            </div>
        </li>
    }
}

fn deleted_row<O: Owner>(
    tr: &Localizer,
    owner: &O,
    r: &O::Record,
    on_restore: &Callback<RecordId>,
) -> Html {
    let id = O::id(r);
    let on_restore = on_restore.clone();
    html! {
        <li class="card record-row deleted-row" id={format!("{}{id}", O::DELETED_ROW)}>
            <div class="record-main">
                { meta(tr, owner, r, true) }
                <p class="record-summary">{ O::summary(tr, O::data(r)) }</p>
            </div>
            <button type="button" class="link record-restore" onclick={Callback::from(move |_| on_restore.emit(id))}>
                { tr.text("record-undo") }
            </button>
        </li>
    }
}
