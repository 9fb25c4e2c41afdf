//! The search's results on a map without tiles (no network): an SVG with
//! each facility placed around the centre (the point the parent entered,
//! else the middle of the results) by core's geometry
//! (`core::nursery::map::layout`), distance rings labelled, each facility a
//! focusable mark numbered as in the list, named for screen readers, that
//! opens the facility's detail (click, tap, Enter or Space). Facilities in
//! the same building, next door or in a dense town are spread over the map
//! (`MapLayout::fit`: a tap target apart, off the ring labels, inside the
//! frame, the map taller than wide when the marks need the room), each with
//! a line to where it truly is, so every mark can still be tapped.
//!
//! A tap target is 45 CSS px as the map is drawn (`map::tap_gap`, at
//! least 36 of the 360 units): the map measures its drawn width after each
//! render and at every window resize. On a desktop (560 px wide) marks stay
//! 36 units (56 px) apart on the square; on a 390 px phone (324 px wide)
//! they are 50 units (45 px) apart and the 62 SAMPLE facilities make the
//! map about 360 × 490 units (324 × 441 px).

use super::filters::FROM_KINDS;
use crate::use_tr;
use hagukumi_core::nursery::map::{layout, middle_of, tap_gap};
use hagukumi_core::nursery::{Point, SearchView};
use hagukumi_i18n::{Localizer, Value};
use yew::prelude::*;

/// The map's width in SVG units (its height as tall as `fit` needs), and
/// the room left for the outer ring's label.
const SIZE: f64 = 360.0;
const MARGIN: f64 = 26.0;

/// The map's drawn width in CSS px (rounded to a tenth), measured on the
/// SVG; unchanged when it has none yet.
fn measure(svg: &NodeRef, drawn: &UseStateHandle<Option<f64>>) {
    if let Some(e) = svg.cast::<web_sys::Element>() {
        let width = (e.get_bounding_client_rect().width() * 10.0).round() / 10.0;
        if width > 0.0 {
            drawn.set(Some(width));
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct NurseryMapProps {
    pub view: SearchView,
    /// What the centre is (`home`, `work`, `station`; else the middle of
    /// the results).
    pub centre_kind: String,
    /// A mark was chosen: the facility's id.
    pub on_open: Callback<String>,
}

/// A ring's distance in words (`500 m`, `1 km`, `2 km`).
fn ring_label(tr: &Localizer, km: f64) -> String {
    if km < 1.0 {
        let m = (km * 1000.0).round();
        tr.format("nursery-map-ring-m", &[("m", Value::from(format!("{m}")))])
    } else {
        tr.format(
            "nursery-map-ring-km",
            &[("km", Value::from(format!("{km}")))],
        )
    }
}

#[function_component(NurseryMap)]
pub fn nursery_map(props: &NurseryMapProps) -> Html {
    let tr = use_tr();
    let svg = use_node_ref();
    // None until measured: then drawn at its widest (560 px).
    let drawn = use_state_eq(|| None::<f64>);
    {
        let (svg, drawn) = (svg.clone(), drawn.clone());
        use_effect(move || measure(&svg, &drawn));
    }
    {
        let (svg, drawn) = (svg.clone(), drawn.clone());
        use_effect_with((), move |_| {
            let listener = crate::listen::window("resize", move |_| measure(&svg, &drawn));
            move || drop(listener)
        });
    }
    let view = &props.view;
    let points: Vec<(&str, Point)> = view
        .facilities
        .iter()
        .filter_map(|f| Some((f.id.as_str(), Point::new(f.latitude, f.longitude)?)))
        .collect();
    let positions: Vec<Point> = points.iter().map(|(_, p)| *p).collect();
    let Some(centre) = view.from.or_else(|| middle_of(&positions)) else {
        return html! {};
    };
    let mut map = layout(centre, &points, SIZE, MARGIN);
    let gap = tap_gap(SIZE, drawn.unwrap_or(560.0));
    map.fit(gap);
    // A mark's tap target: a circle a gap wide.
    let hit = format!("{:.1}", gap / 2.0);
    let centre_name = match (view.from, props.centre_kind.as_str()) {
        (Some(_), kind) if FROM_KINDS.contains(&kind) => tr.text(&format!("nursery-from-{kind}")),
        _ => tr.text("nursery-map-centre-results"),
    };
    let (mid_x, mid_y) = map.middle();
    let height = map.height;
    let title = tr.format(
        "nursery-map-title",
        &[
            ("centre", Value::from(centre_name.as_str())),
            ("count", view.facilities.len().into()),
        ],
    );
    let marks = map.marks.iter().zip(&view.facilities).enumerate().map(|(i, (mark, f))| {
        let no = i + 1;
        let id = if mark.beyond { "nursery-map-mark-beyond" } else { "nursery-map-mark" };
        let label = tr.format(
            id,
            &[
                ("no", no.into()),
                ("name", Value::from(f.name.as_str())),
                ("km", Value::from(format!("{:.1}", mark.distance_km))),
            ],
        );
        let open = {
            let (on_open, id) = (props.on_open.clone(), f.id.clone());
            Callback::from(move |_: MouseEvent| on_open.emit(id.clone()))
        };
        let key = {
            let (on_open, id) = (props.on_open.clone(), f.id.clone());
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    on_open.emit(id.clone());
                }
            })
        };
        html! {
            <g class={classes!("nursery-mark", mark.beyond.then_some("beyond"), mark.moved().then_some("spread"))}
                role="button" tabindex="0" aria-label={label} data-id={f.id.clone()}
                onclick={open} onkeydown={key}
                transform={format!("translate({:.1} {:.1})", mark.x, mark.y)}>
                <circle class="nursery-mark-hit" r={hit.clone()} />
                <circle class="nursery-mark-dot" r="11" />
                <text class="nursery-mark-no" text-anchor="middle" dy="0.35em">{ no.to_string() }</text>
            </g>
        }
    });
    // Every line under every mark, so no line crosses a mark's number.
    let leaders = map.marks.iter().filter(|m| m.moved()).map(|mark| html! {
        <g class="nursery-leader" aria-hidden="true">
            <line x1={format!("{:.1}", mark.true_x)} y1={format!("{:.1}", mark.true_y)}
                x2={format!("{:.1}", mark.x)} y2={format!("{:.1}", mark.y)} />
            <circle cx={format!("{:.1}", mark.true_x)} cy={format!("{:.1}", mark.true_y)} r="3" />
        </g>
    });
    html! {
        <figure class="nursery-map" id="nursery-map-figure">
            <figcaption id="nursery-map-title">{ &title }</figcaption>
            <svg id="nursery-map" ref={svg} viewBox={format!("0 0 {SIZE} {height:.1}")} role="group"
                aria-labelledby="nursery-map-title">
                <rect class="nursery-map-ground" x="0" y="0" width={SIZE.to_string()} height={format!("{height:.1}")} rx="12" />
                { for map.rings.iter().map(|r| html! {
                    <g class="nursery-ring">
                        <circle cx={format!("{mid_x:.1}")} cy={format!("{mid_y:.1}")} r={format!("{:.1}", r.radius)} />
                        <text class="nursery-ring-label" x={format!("{:.1}", map.label_at(r).0)}
                            y={format!("{:.1}", map.label_at(r).1)}
                            text-anchor="middle">{ ring_label(&tr, r.km) }</text>
                    </g>
                }) }
                { for leaders }
                { for marks }
                // Over the marks, so its name stays readable; taps go through.
                <g class="nursery-centre" aria-hidden="true">
                    <rect x={format!("{:.1}", mid_x - 6.0)} y={format!("{:.1}", mid_y - 6.0)} width="12" height="12" />
                    <text x={format!("{mid_x:.1}")} y={format!("{:.1}", mid_y + 20.0)} text-anchor="middle">{ &centre_name }</text>
                </g>
            </svg>
            <p class="muted nursery-map-note">{ tr.text("nursery-map-note") }</p>
        </figure>
    }
}
