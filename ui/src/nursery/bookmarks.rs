//! The bookmarked nurseries in the parent's preference order (希望順位):
//! each with its rank, stars, note, photos from visits, up/down buttons
//! (named for screen readers) and a box to pick it for the comparison.
//! Every change goes through the shell (`nursery_bookmark_*`), which
//! answers with the whole list; nothing is decided here.

use crate::photos::{PhotoOf, PhotoStrip};
use crate::{error_text, ipc, use_tr};
use hagukumi_core::api::CommandError;
use hagukumi_core::model::RecordId;
use hagukumi_core::nursery::bookmark::{COMPARE_MAX, COMPARE_MIN, MAX_STARS};
use hagukumi_core::nursery::{BookmarkRow, BookmarksView, CompareRequest, Move};
use hagukumi_i18n::nursery as words;
use hagukumi_i18n::Value;
use serde::Serialize;
use yew::prelude::*;

/// Runs a bookmark command and hands its answer (the list) to `done`, or
/// its refusal to `failed`.
pub(super) fn run<A: Serialize + 'static>(
    command: &'static str,
    args: A,
    done: Callback<BookmarksView>,
    failed: Callback<CommandError>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        match ipc::invoke::<_, BookmarksView>(command, &args).await {
            Ok(view) => done.emit(view),
            Err(e) => failed.emit(e),
        }
    });
}

/// The bookmarks as the shell last answered (loaded once), its last
/// refusal, and where a command's answer and refusal go.
pub(super) struct Marks {
    pub view: UseStateHandle<Option<BookmarksView>>,
    pub failure: UseStateHandle<Option<CommandError>>,
    pub done: Callback<BookmarksView>,
    pub failed: Callback<CommandError>,
}

#[hook]
pub(super) fn use_bookmarks() -> Marks {
    let view = use_state(|| None::<BookmarksView>);
    let failure = use_state(|| None::<CommandError>);
    let done = {
        let (view, failure) = (view.clone(), failure.clone());
        Callback::from(move |v: BookmarksView| {
            failure.set(None);
            view.set(Some(v));
        })
    };
    let failed = {
        let failure = failure.clone();
        Callback::from(move |e: CommandError| failure.set(Some(e)))
    };
    {
        let (done, failed) = (done.clone(), failed.clone());
        use_effect_with((), move |()| {
            run("nursery_bookmarks", (), done, failed);
        });
    }
    Marks {
        view,
        failure,
        done,
        failed,
    }
}

#[derive(Serialize)]
struct Id {
    bookmark_id: RecordId,
}

/// Moves a bookmark in the preference order (up, down, to a place).
fn move_bookmark(
    id: RecordId,
    to: Move,
    done: Callback<BookmarksView>,
    failed: Callback<CommandError>,
) {
    #[derive(Serialize)]
    struct Args {
        bookmark_id: RecordId,
        to: Move,
    }
    run(
        "nursery_bookmark_move",
        Args {
            bookmark_id: id,
            to,
        },
        done,
        failed,
    )
}

#[derive(Properties, PartialEq)]
pub struct BookmarksPageProps {
    pub on_back: Callback<()>,
    pub on_compare: Callback<CompareRequest>,
}

#[function_component(BookmarksPage)]
pub fn bookmarks_page(props: &BookmarksPageProps) -> Html {
    let tr = use_tr();
    let Marks {
        view,
        failure,
        done,
        failed,
    } = use_bookmarks();
    let picked = use_state(Vec::<String>::new);
    crate::nav::use_to_top();
    let on_pick = {
        let picked = picked.clone();
        Callback::from(move |(id, on): (String, bool)| {
            let mut list: Vec<String> = (*picked).iter().filter(|p| **p != id).cloned().collect();
            if on {
                list.push(id);
            }
            picked.set(list);
        })
    };
    // Dropped on another bookmark: it takes that one's place (希望順位).
    let reorder = {
        let ids: Vec<RecordId> = view
            .iter()
            .flat_map(|v| &v.bookmarks)
            .map(|b| b.id)
            .collect();
        let (done, failed) = (done.clone(), failed.clone());
        crate::drag::use_reorder(Callback::from(move |(from, to): (usize, usize)| {
            if let Some(id) = ids.get(from) {
                move_bookmark(*id, Move::To(to as u32 + 1), done.clone(), failed.clone());
            }
        }))
    };
    let Some(v) = view.as_ref() else {
        return html! {
            <>
                { crate::nav::back_crumb(&tr, &props.on_back) }
                if let Some(e) = &*failure {
                    <p class="card error" role="alert">{ error_text(&tr, e) }</p>
                } else {
                    <p class="loading">{ tr.text("app-loading") }</p>
                }
            </>
        };
    };
    // Only what is still bookmarked counts as picked.
    let chosen: Vec<String> = picked
        .iter()
        .filter(|id| v.bookmarks.iter().any(|b| &b.facility_id == *id))
        .cloned()
        .collect();
    let starred = v.bookmarks.iter().filter(|b| b.stars.is_some()).count();
    let compare_chosen = {
        let (on_compare, chosen) = (props.on_compare.clone(), chosen.clone());
        Callback::from(move |_| {
            on_compare.emit(CompareRequest {
                facilities: chosen.clone(),
                ..CompareRequest::default()
            })
        })
    };
    let compare_starred = props.on_compare.reform(|_: MouseEvent| CompareRequest {
        starred: true,
        ..CompareRequest::default()
    });
    let last = v.bookmarks.len();
    html! {
        <>
            { crate::nav::back_crumb(&tr, &props.on_back) }
            <section class="card bookmarks-screen" id="bookmarks-screen" aria-labelledby="bookmarks-title">
                <h2 id="bookmarks-title">{ tr.text("nursery-bookmarks-title") }</h2>
                <p class="muted">{ tr.text("nursery-bookmarks-intro") }</p>
                if let Some(e) = &*failure {
                    <p class="error" id="bookmarks-status" role="alert">{ error_text(&tr, e) }</p>
                }
                if v.bookmarks.is_empty() {
                    <p id="bookmarks-none">{ tr.text("nursery-bookmarks-none") }</p>
                }
                <ol class="bookmark-list" id="bookmark-list">
                    { for v.bookmarks.iter().enumerate().map(|(i, b)| html! {
                        <BookmarkItem
                            key={b.id}
                            handle={reorder.handle(i, tr.text("nursery-drag-hint"))}
                            target={reorder.target(i)}
                            row={b.clone()}
                            first={b.rank == 1}
                            last={b.rank as usize == last}
                            picked={chosen.contains(&b.facility_id)}
                            on_pick={on_pick.clone()}
                            on_view={done.clone()}
                            on_failure={failed.clone()} />
                    }) }
                </ol>
                if last >= COMPARE_MIN {
                    <div class="bookmark-compare">
                        <p class="hint">{ tr.text("nursery-compare-hint") }</p>
                        <button type="button" class="primary" id="compare-chosen"
                            disabled={!(COMPARE_MIN..=COMPARE_MAX).contains(&chosen.len())}
                            onclick={compare_chosen}>
                            { tr.format("nursery-compare-selected", &[("count", chosen.len().into())]) }
                        </button>
                        <button type="button" class="chip" id="compare-starred"
                            disabled={starred < COMPARE_MIN} onclick={compare_starred}>
                            { tr.text("nursery-compare-starred") }
                        </button>
                    </div>
                }
                { for v.sample_labels.iter().map(|label| html! {
                    <p class="muted nursery-sample">{ words::label(&tr, label) }</p>
                }) }
            </section>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct BookmarkItemProps {
    row: BookmarkRow,
    /// Its drag handle and what makes it a place to drop on (`crate::drag`).
    handle: Html,
    target: crate::drag::DropTarget,
    first: bool,
    last: bool,
    picked: bool,
    on_pick: Callback<(String, bool)>,
    on_view: Callback<BookmarksView>,
    on_failure: Callback<CommandError>,
}

#[function_component(BookmarkItem)]
fn bookmark_item(props: &BookmarkItemProps) -> Html {
    let tr = use_tr();
    let b = &props.row;
    let note = use_state(|| b.note.clone().unwrap_or_default());
    let saved = use_state(|| false);
    let id = b.id;
    let shown = words::bookmark_name(&tr, b);
    let remove = {
        let (done, failed) = (props.on_view.clone(), props.on_failure.clone());
        Callback::from(move |_: MouseEvent| {
            let args = Id { bookmark_id: id };
            run(
                "nursery_bookmark_remove",
                args,
                done.clone(),
                failed.clone(),
            )
        })
    };
    let moved = |to: Move| {
        let (done, failed) = (props.on_view.clone(), props.on_failure.clone());
        Callback::from(move |_: MouseEvent| move_bookmark(id, to, done.clone(), failed.clone()))
    };
    let star = |stars: Option<u8>| {
        let (done, failed) = (props.on_view.clone(), props.on_failure.clone());
        Callback::from(move |_: MouseEvent| {
            #[derive(Serialize)]
            struct Args {
                bookmark_id: RecordId,
                stars: Option<u8>,
            }
            run(
                "nursery_bookmark_stars",
                Args {
                    bookmark_id: id,
                    stars,
                },
                done.clone(),
                failed.clone(),
            )
        })
    };
    let save_note = {
        let (done, failed, note, saved) = (
            props.on_view.clone(),
            props.on_failure.clone(),
            note.clone(),
            saved.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            #[derive(Serialize)]
            struct Args {
                bookmark_id: RecordId,
                note: String,
            }
            let saved = saved.clone();
            let done = done.reform(move |v: BookmarksView| {
                saved.set(true);
                v
            });
            run(
                "nursery_bookmark_note",
                Args {
                    bookmark_id: id,
                    note: (*note).clone(),
                },
                done,
                failed.clone(),
            )
        })
    };
    let on_note = {
        let (note, saved) = (note.clone(), saved.clone());
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            note.set(area.value());
            saved.set(false);
        })
    };
    let on_pick = {
        let (on_pick, facility) = (props.on_pick.clone(), b.facility_id.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            on_pick.emit((facility.clone(), input.checked()));
        })
    };
    let named = |_: &str| Value::from(shown.clone());
    let note_id = format!("bookmark-note-{id}");
    let pick_id = format!("bookmark-pick-{id}");
    let municipality = b
        .municipality
        .as_deref()
        .map(|m| hagukumi_i18n::programs::name(&tr, m, b.municipality_en.as_deref()));
    let target = &props.target;
    html! {
        <li class={classes!("bookmark", b.missing.then_some("missing"), target.class.clone())} data-facility={b.facility_id.clone()}
            id={format!("bookmark-{id}")} ondragover={target.ondragover.clone()}
            ondragleave={target.ondragleave.clone()} ondrop={target.ondrop.clone()}>
            <div class="bookmark-head">
                { props.handle.clone() }
                <span class="bookmark-rank">{ tr.format("nursery-bookmark-rank", &[("rank", b.rank.into())]) }</span>
                <p class="bookmark-name">{ &shown }</p>
            </div>
            if let (Some(kind), Some(m)) = (b.kind, municipality) {
                <p class="muted">
                    { tr.format("nursery-row-kind", &[
                        ("type", Value::from(words::facility_type(&tr, kind))),
                        ("municipality", Value::from(m)),
                    ]) }
                </p>
            }
            <div class="bookmark-stars" role="group" aria-label={tr.text("nursery-compare-stars")}>
                { for (1..=MAX_STARS).map(|n| {
                    let on = b.stars.is_some_and(|s| s >= n);
                    html! {
                        <button type="button" class={classes!("star", on.then_some("on"))}
                            aria-pressed={(b.stars == Some(n)).to_string()}
                            aria-label={tr.format("nursery-bookmark-star-label", &[("name", named("name")), ("stars", n.into())])}
                            onclick={star(Some(n))}>
                            { if on { "★" } else { "☆" } }
                        </button>
                    }
                }) }
                <button type="button" class="link star-clear" disabled={b.stars.is_none()}
                    aria-label={tr.format("nursery-bookmark-stars-clear-label", &[("name", named("name"))])}
                    onclick={star(None)}>
                    { tr.text("nursery-bookmark-stars-clear") }
                </button>
            </div>
            <form class="form bookmark-note" onsubmit={save_note} novalidate=true>
                <div class="field">
                    <label for={note_id.clone()}>{ tr.text("nursery-bookmark-note-label") }</label>
                    <textarea id={note_id} class="bookmark-note-text" rows="3" value={(*note).clone()} oninput={on_note} />
                </div>
                <button type="submit" class="chip bookmark-note-save">{ tr.text("nursery-bookmark-note-save") }</button>
                if *saved {
                    <p class="ok" role="status">{ tr.text("nursery-bookmark-note-saved") }</p>
                }
            </form>
            <PhotoStrip record_id={id} count={b.photos} of={PhotoOf::Bookmark} />
            <div class="bookmark-actions">
                <button type="button" class="chip bookmark-up" disabled={props.first}
                    aria-label={tr.format("nursery-bookmark-up-label", &[("name", named("name"))])}
                    onclick={moved(Move::Up)}>
                    { tr.text("nursery-bookmark-up") }
                </button>
                <button type="button" class="chip bookmark-down" disabled={props.last}
                    aria-label={tr.format("nursery-bookmark-down-label", &[("name", named("name"))])}
                    onclick={moved(Move::Down)}>
                    { tr.text("nursery-bookmark-down") }
                </button>
                <label class="check bookmark-pick" for={pick_id.clone()}>
                    <input type="checkbox" id={pick_id} checked={props.picked} onchange={on_pick}
                        aria-label={tr.format("nursery-bookmark-pick-label", &[("name", named("name"))])} />
                    { tr.text("nursery-bookmark-pick") }
                </label>
                <button type="button" class="link bookmark-remove"
                    aria-label={tr.format("nursery-bookmark-remove-label", &[("name", named("name"))])}
                    onclick={remove}>
                    { tr.text("nursery-bookmark-remove") }
                </button>
            </div>
        </li>
    }
}
