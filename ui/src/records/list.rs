//! The list of an owner's records: the notice line, live rows (photos,
//! edit, history, delete), the next page asked for as the parent scrolls
//! near the end (and by "more"), and the deleted ones with their undo,
//! read when the parent opens them.

use super::{deleted_records, Notice, OpenHistory, Owner, Records};
use crate::{error_text, use_tr};
use hagukumi_core::api::CommandError;
use hagukumi_core::model::RecordId;
use hagukumi_i18n::{Localizer, Value};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

/// The notice line and the records section of `owner`'s screen:
/// "recently deleted" with its count, then the live rows as given (newest
/// first) and the next page when the parent scrolls near their end or
/// presses "more" (when another page follows). `photo_counts` holds the number of
/// live photos of each record.
pub fn record_list<O: Owner>(
    tr: &Localizer,
    owner: &O,
    records: &[O::Record],
    deleted: usize,
    photo_counts: &[(RecordId, usize)],
    st: &Records<O>,
    more: Option<Callback<()>>,
) -> Html {
    let p = O::PREFIX;
    html! {
        <>
            { notice_line(tr, st.notice.as_ref(), &st.on_restore) }
            <section aria-labelledby={format!("{p}records-title")}>
                <h2 id={format!("{p}records-title")}>{ tr.text(O::TITLE) }</h2>
                // Above the rows: below them it would move away with every
                // page the parent scrolls to.
                if deleted > 0 {
                    <DeletedRecords<O> owner={owner.clone()} count={deleted}
                        on_restore={st.on_restore.clone()} />
                }
                if records.is_empty() {
                    <p class="card empty" id={format!("no-{p}records")}>{ tr.text(O::EMPTY) }</p>
                } else {
                    <ul class={O::LIST_CLASS} id={format!("{p}records")}>
                        { for records.iter().map(|r| {
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
                    <NearEnd on_near={more.clone()} rows={records.len()} />
                    <button type="button" class="chip records-more" id={format!("{p}records-more")}
                        onclick={Callback::from(move |_| more.emit(()))}>
                        { tr.text("records-more") }
                    </button>
                }
            </section>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct NearEndProps {
    /// Asks for the next page.
    on_near: Callback<()>,
    /// The live rows shown: with each page added the end is watched anew.
    rows: usize,
}

/// A mark after the last row: when it comes within a window's height of
/// the bottom of the window (the parent scrolling down, or a window taller
/// than the rows), the next page is asked for, so scrolling never waits at
/// the end of the rows. Only where the rows end the page, though: where
/// something follows them (on a phone the record form comes after the
/// list), each page loaded would push it away as the parent scrolls to
/// it, so there "more" brings the next page.
#[function_component(NearEnd)]
fn near_end(props: &NearEndProps) -> Html {
    let mark = use_node_ref();
    // The latest callback: the screen makes a new one with each render.
    let on_near = use_mut_ref(|| props.on_near.clone());
    *on_near.borrow_mut() = props.on_near.clone();
    {
        let mark = mark.clone();
        use_effect_with(props.rows, move |_| {
            let watching = mark.cast::<web_sys::Element>().and_then(|el| {
                let watched = el.clone();
                let near = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
                    move |entries: js_sys::Array, observer: IntersectionObserver| {
                        let close = entries.iter().any(|e| {
                            e.unchecked_into::<IntersectionObserverEntry>()
                                .is_intersecting()
                        });
                        if close && !followed(&watched) {
                            // Once per page: watched again when it is shown.
                            observer.disconnect();
                            on_near.borrow().emit(());
                        }
                    },
                );
                let init = IntersectionObserverInit::new();
                init.set_root_margin("0px 0px 100% 0px");
                let observer =
                    IntersectionObserver::new_with_options(near.as_ref().unchecked_ref(), &init)
                        .ok()?;
                observer.observe(&el);
                Some((observer, near))
            });
            move || {
                if let Some((observer, _near)) = watching {
                    observer.disconnect();
                }
            }
        });
    }
    html! { <div class="records-end" ref={mark} aria-hidden="true"></div> }
}

#[derive(Properties, PartialEq)]
struct DeletedProps<O: Owner> {
    owner: O,
    /// How many deleted records can still be restored (from the screen's
    /// load).
    count: usize,
    on_restore: Callback<RecordId>,
}

/// "Recently deleted (n)": a disclosure whose rows, each with its undo,
/// are read when it is opened, and read again while it is open whenever
/// the count changes (a deletion, an undo).
#[function_component(DeletedRecords)]
fn deleted_records_list<O: Owner>(props: &DeletedProps<O>) -> Html {
    let tr = use_tr();
    let p = O::PREFIX;
    let open = use_state(|| false);
    let rows = use_state(|| None::<Result<Vec<O::Record>, CommandError>>);
    {
        let rows = rows.clone();
        let owner_id = props.owner.owner_id();
        use_effect_with((*open, props.count), move |(open, _)| {
            if *open {
                wasm_bindgen_futures::spawn_local(async move {
                    rows.set(Some(deleted_records::<O>(owner_id).await));
                });
            }
        });
    }
    // The summary's click (a tap, Enter or Space) opens and closes the
    // disclosure (`toggle` does not bubble to Yew's listeners).
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let list = match (*open, &*rows) {
        (false, _) => html! {},
        (true, None) => html! { <p class="loading">{ tr.text("app-loading") }</p> },
        (true, Some(Err(e))) => html! { <p class="error" role="alert">{ error_text(&tr, e) }</p> },
        (true, Some(Ok(rows))) => html! {
            <ul class={O::LIST_CLASS} id={format!("deleted-{p}records")}>
                { for rows.iter().map(|r| deleted_row(&tr, &props.owner, r, &props.on_restore)) }
            </ul>
        },
    };
    html! {
        <details class="deleted">
            <summary id={format!("deleted-{p}records-open")} {onclick}>
                { tr.format("child-deleted", &[("count", Value::from(props.count))]) }
            </summary>
            { list }
        </details>
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
        // Keyed by the record: a row added above keeps each row's state
        // (an open photo strip) with its own record.
        <li key={id.to_string()} class={classes!("card", "record-row", format!("record-{kind}"))} id={format!("{p}record-{id}")}>
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

/// Whether the screen goes on below the rows ending at `end`: a later item
/// of the screen (`main`'s children after the one holding the list) laid
/// out below it, such as the record form on a phone. Beside it (the form's
/// column on a desktop) does not count.
fn followed(end: &web_sys::Element) -> bool {
    let below = end.get_bounding_client_rect().bottom() - 1.0;
    let mut next = end
        .closest("main > *")
        .ok()
        .flatten()
        .and_then(|item| item.next_element_sibling());
    while let Some(item) = next {
        let r = item.get_bounding_client_rect();
        if r.height() > 0.0 && r.top() >= below {
            return true;
        }
        next = item.next_element_sibling();
    }
    false
}
