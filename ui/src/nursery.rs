//! The nursery search (保活): the child's birth date, a type, extended care
//! and the further filters of `filters.rs` (commute hours, distance from
//! home, the workplace or a station, order); the facilities with an opening
//! for the child's class at the next April intake, each with its hours and
//! position, as a list or on the map of `map.rs` (a mark opens the
//! facility's detail, `detail.rs`), and where the data came from. Offline:
//! the shell asks core (`nursery_search`) over the data the handbook kept;
//! nothing is stored. Each result has a bookmark toggle; the screen opens
//! its other pages: the bookmarks in preference order (`bookmarks.rs`) and
//! the comparison table (`compare.rs`). A facility picked from the results
//! shows its visit slots, the bookings and the application
//! (`nursery/booking.rs`).

mod booking;
mod bookmarks;
mod compare;
mod detail;
mod filters;
mod map;

use crate::form::{select_field, show};
use crate::{
    error_text, on_submit, setter, status_line, submit, submit_button, use_tr, FormState, Invalid,
    TextField,
};
use hagukumi_core::nursery::{
    BookmarksView, CompareRequest, FacilityRow, FacilityType, SearchRequest, SearchView,
};
use hagukumi_i18n::nursery as words;
use hagukumi_i18n::{Localizer, Value};
use serde::Serialize;
use yew::prelude::*;

#[derive(Serialize)]
struct Args {
    request: SearchRequest,
}

#[derive(Properties, PartialEq)]
pub struct NurseryCardProps {
    pub on_open: Callback<()>,
}

/// On home: what the search is, and the way in.
#[function_component(NurseryCard)]
pub fn nursery_card(props: &NurseryCardProps) -> Html {
    crate::nav::entry_card(&use_tr(), "nursery", &props.on_open)
}

#[derive(Properties, PartialEq)]
pub struct NurseryScreenProps {
    pub on_back: Callback<()>,
    /// The handbook's children (the application is for one of them).
    #[prop_or_default]
    pub children: Vec<hagukumi_core::Child>,
}

/// Which page of the screen is open.
#[derive(Clone, PartialEq)]
enum Page {
    Search,
    Bookmarks,
    Compare(CompareRequest),
}

#[function_component(NurseryScreen)]
pub fn nursery_screen(props: &NurseryScreenProps) -> Html {
    let page = use_state(|| Page::Search);
    let open = |to: Page| {
        let page = page.clone();
        Callback::from(move |()| page.set(to.clone()))
    };
    match &*page {
        Page::Search => html! {
            <SearchPage on_back={props.on_back.clone()} on_bookmarks={open(Page::Bookmarks)}
                children={props.children.clone()} />
        },
        Page::Bookmarks => {
            let on_compare = {
                let page = page.clone();
                Callback::from(move |r| page.set(Page::Compare(r)))
            };
            html! { <bookmarks::BookmarksPage on_back={open(Page::Search)} {on_compare} /> }
        }
        Page::Compare(request) => html! {
            <compare::ComparePage request={request.clone()} on_back={open(Page::Bookmarks)} />
        },
    }
}

#[derive(Properties, PartialEq)]
struct SearchPageProps {
    on_back: Callback<()>,
    on_bookmarks: Callback<()>,
    /// The handbook's children (the application is for one of them).
    children: Vec<hagukumi_core::Child>,
}

#[function_component(SearchPage)]
fn search_page(props: &SearchPageProps) -> Html {
    let tr = use_tr();
    let bookmarks::Marks {
        view: marks,
        failure: mark_failure,
        done: marks_done,
        failed: marks_failed,
    } = bookmarks::use_bookmarks();
    // A toggle: bookmark the facility, or remove its bookmark.
    let on_toggle = Callback::from(move |(facility_id, bookmark): (String, Option<i64>)| {
        let (done, failed) = (marks_done.clone(), marks_failed.clone());
        match bookmark {
            Some(bookmark_id) => {
                #[derive(Serialize)]
                struct Remove {
                    bookmark_id: i64,
                }
                bookmarks::run(
                    "nursery_bookmark_remove",
                    Remove { bookmark_id },
                    done,
                    failed,
                )
            }
            None => {
                #[derive(Serialize)]
                struct Add {
                    facility_id: String,
                }
                bookmarks::run("nursery_bookmark_add", Add { facility_id }, done, failed)
            }
        }
    });
    let birth = use_state(String::new);
    let kind = use_state(String::new);
    let extended = use_state(|| false);
    let state = use_state(FormState::default);
    let view = use_state(|| None::<SearchView>);
    let filters = filters::use_filters();
    let on_map = use_state(|| false);
    let searched_from = use_state(String::new);
    let opened = use_state(|| None::<String>);
    let picked = use_state(|| None::<booking::Picked>);
    let on_pick = {
        let picked = picked.clone();
        Callback::from(move |p: booking::Picked| {
            picked.set(Some(p));
            crate::nav::scroll_to("nursery-booking");
        })
    };
    {
        // Every facility at first, as `hagu nursery search` with no filter.
        let (state, view) = (state.clone(), view.clone());
        use_effect_with((), move |()| {
            crate::nav::to_top();
            let args = Args {
                request: SearchRequest::default(),
            };
            submit(
                &state,
                "nursery_search",
                args,
                Invalid::AsFailure,
                show(&view),
            );
        });
    }
    let onsubmit = {
        let (b, k, e, f) = (
            birth.clone(),
            kind.clone(),
            extended.clone(),
            filters.clone(),
        );
        let args = move || {
            let mut request = SearchRequest {
                birth: Some((*b).clone()),
                types: (!k.is_empty()).then(|| (*k).clone()).into_iter().collect(),
                extended_care: *e,
                ..SearchRequest::default()
            };
            f.apply(&mut request);
            Args { request }
        };
        let (view, searched_from, from_kind) = (
            view.clone(),
            searched_from.clone(),
            filters.from_kind.clone(),
        );
        on_submit(
            &state,
            "nursery_search",
            Invalid::AsFailure,
            args,
            move |v| {
                view.set(Some(v));
                searched_from.set((*from_kind).clone());
                None
            },
        )
    };
    let on_extended = {
        let extended = extended.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            extended.set(input.checked());
        })
    };
    let count = marks.as_ref().map_or(0, |m| m.bookmarks.len());
    let any = ("", tr.text("nursery-type-any"));
    let each = FacilityType::ALL
        .iter()
        .map(|t| (t.id(), words::facility_type(&tr, *t)));
    let types = std::iter::once(any).chain(each).collect();
    html! {
        <>
            { crate::nav::back_crumb(&tr, &props.on_back) }
            <crate::hoiku::SimulatorLink />
            <div class="nursery-screen" id="nursery-screen">
                <div class="nursery-bookmarks-bar">
                    <button type="button" class="chip" id="open-bookmarks"
                        onclick={props.on_bookmarks.reform(|_| ())}>
                        { tr.format("nursery-open-bookmarks", &[("count", count.into())]) }
                    </button>
                    if let Some(e) = &*mark_failure {
                        <p class="error" id="bookmark-status" role="alert">{ error_text(&tr, e) }</p>
                    }
                </div>
                <form class="card form nursery-form" id="nursery-form" {onsubmit} novalidate=true
                    aria-labelledby="nursery-title">
                    <h2 id="nursery-title">{ tr.text("nursery-screen-title") }</h2>
                    <TextField
                        id="nursery-birth"
                        label={tr.text("nursery-birth-label")}
                        placeholder={tr.text("form-date-placeholder")}
                        hint={Some(AttrValue::from(tr.text("nursery-birth-hint")))}
                        value={(*birth).clone()}
                        numeric=true
                        oninput={setter(&birth)}
                    />
                    { select_field("nursery-type", tr.text("nursery-type-label"), &kind, types) }
                    <label class="check" for="nursery-extended">
                        <input type="checkbox" id="nursery-extended" checked={*extended} onchange={on_extended} />
                        { tr.text("nursery-extended-label") }
                    </label>
                    { filters.fields(&tr) }
                    { submit_button(&tr, "nursery-submit", state.saving, "nursery-search-submit", "nursery-search-submit") }
                    { status_line(&tr, "nursery-status", &state) }
                </form>
                <section class={classes!("card", "nursery-results", on_map.then_some("map-mode"))}
                    id="nursery-results" aria-busy={state.saving.to_string()}>
                    if let Some(v) = view.as_ref() {
                        { view_switch(&tr, &on_map) }
                        if *on_map {
                            <map::NurseryMap view={v.clone()} centre_kind={(*searched_from).clone()}
                                on_open={{ let opened = opened.clone(); Callback::from(move |id| opened.set(Some(id))) }} />
                        }
                        if let Some(f) = (*opened).as_ref().and_then(|id| v.facilities.iter().find(|f| &f.id == id)) {
                            <detail::FacilityDetail facility={f.clone()} intake={v.intake}
                                on_close={{ let opened = opened.clone(); Callback::from(move |()| opened.set(None)) }} />
                        }
                    }
                    { results(&tr, view.as_ref(), marks.as_ref(), &on_toggle, &on_pick) }
                    { origins(&tr, view.as_ref()) }
                </section>
                <booking::Booking picked={(*picked).clone()} children={props.children.clone()}
                    intake={view.as_ref().map(|v| v.intake)} bookmarks={(*marks).clone()} />
            </div>
        </>
    }
}

/// List or map: the same results either way.
fn view_switch(tr: &Localizer, on_map: &UseStateHandle<bool>) -> Html {
    let button = |id: &'static str, map: bool, label: &str| {
        let on_map = on_map.clone();
        let pressed = *on_map == map;
        html! {
            <button type="button" {id} class={classes!("nursery-view", pressed.then_some("selected"))}
                aria-pressed={pressed.to_string()} onclick={Callback::from(move |_| on_map.set(map))}>
                { tr.text(label) }
            </button>
        }
    };
    html! {
        <div class="nursery-views" role="group" aria-label={tr.text("nursery-view-label")}>
            { button("nursery-show-list", false, "nursery-view-list") }
            { button("nursery-show-map", true, "nursery-view-map") }
        </div>
    }
}

/// Where each dataset searched came from, and its date.
fn origins(tr: &Localizer, view: Option<&SearchView>) -> Html {
    let Some(v) = view else {
        return html! {};
    };
    html! {
        <ul class="muted nursery-origins" id="nursery-origins">
            { for v.datasets.iter().map(|d| html! { <li>{ words::origin(tr, d) }</li> }) }
        </ul>
    }
}

fn results(
    tr: &Localizer,
    view: Option<&SearchView>,
    marks: Option<&BookmarksView>,
    on_toggle: &Callback<(String, Option<i64>)>,
    on_pick: &Callback<booking::Picked>,
) -> Html {
    let Some(v) = view else {
        return html! {};
    };
    let date = Value::from(tr.date(v.intake));
    html! {
        <>
            if let Some(class) = v.class {
                <p class="nursery-class" id="nursery-class">
                    { tr.format("nursery-search-class", &[("class", class.into()), ("date", date.clone())]) }
                </p>
            }
            <h3 id="nursery-count">
                { tr.format("nursery-search-heading", &[("count", v.facilities.len().into()), ("date", date)]) }
            </h3>
            if v.facilities.is_empty() {
                <p id="nursery-none">{ tr.text("nursery-search-none") }</p>
            }
            <ol class="nursery-list" id="nursery-list">
                { for v.facilities.iter().map(|f| row(tr, f, v.class, marks, on_toggle, on_pick)) }
            </ol>
            { for v.sample_labels.iter().map(|label| html! {
                <p class="muted nursery-sample">{ hagukumi_i18n::nursery::label(tr, label) }</p>
            }) }
        </>
    }
}

fn row(
    tr: &Localizer,
    f: &FacilityRow,
    class: Option<u8>,
    marks: Option<&BookmarksView>,
    on_toggle: &Callback<(String, Option<i64>)>,
    on_pick: &Callback<booking::Picked>,
) -> Html {
    let pick = {
        let (on_pick, picked) = (on_pick.clone(), booking::Picked::of(f));
        Callback::from(move |_: MouseEvent| on_pick.emit(picked.clone()))
    };
    let municipality =
        hagukumi_i18n::programs::name(tr, &f.municipality, f.municipality_en.as_deref());
    let bookmark = marks.and_then(|m| m.bookmarks.iter().find(|b| b.facility_id == f.id));
    let toggle = {
        let (id, bookmark) = (f.id.clone(), bookmark.map(|b| b.id));
        on_toggle.reform(move |_: MouseEvent| (id.clone(), bookmark))
    };
    html! {
        <li class="nursery-facility" data-id={f.id.clone()}>
            <div class="nursery-facility-head">
                <p class="nursery-name">{ &f.name }</p>
                <button type="button" class={classes!("nursery-bookmark", bookmark.is_some().then_some("on"))}
                    aria-pressed={bookmark.is_some().to_string()}
                    aria-label={tr.format("nursery-bookmark-toggle-label", &[("name", Value::from(f.name.as_str()))])}
                    disabled={marks.is_none()}
                    onclick={toggle}>
                    { tr.text(if bookmark.is_some() { "nursery-bookmark-on" } else { "nursery-bookmark-off" }) }
                </button>
            </div>
            <p class="muted">
                { tr.format("nursery-row-kind", &[
                    ("type", Value::from(words::facility_type(tr, f.kind))),
                    ("municipality", Value::from(municipality)),
                ]) }
            </p>
            <p>
                { tr.format("nursery-row-hours", &[
                    ("opens", Value::from(f.opens.as_str())),
                    ("closes", Value::from(f.closes.as_str())),
                ]) }
                if let Some(until) = &f.extended_until {
                    { " " }
                    { tr.format("nursery-row-extended", &[("until", Value::from(until.as_str()))]) }
                }
            </p>
            if let Some(km) = f.distance_km {
                <p class="nursery-distance">
                    { tr.format("nursery-row-distance", &[("km", Value::from(format!("{km:.1}")))]) }
                </p>
            }
            if let (Some(class), Some(count)) = (class, f.openings) {
                <p class="nursery-openings">
                    { tr.format("nursery-row-openings", &[("class", class.into()), ("count", count.into())]) }
                </p>
            }
            <p class="muted nursery-position">
                { tr.format("nursery-row-position", &[
                    ("lat", Value::from(format!("{:.5}", f.latitude))),
                    ("lon", Value::from(format!("{:.5}", f.longitude))),
                ]) }
            </p>
            <button type="button" class="chip nursery-pick" onclick={pick}>{ tr.text("booking-pick") }</button>
        </li>
    }
}
