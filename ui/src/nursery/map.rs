//! The search's results on a map without tiles (no network): an SVG with
//! each facility placed around the centre (the point the parent entered,
//! else the middle of the results) by core's geometry
//! (`core::nursery::map::layout`), distance rings labelled, each facility a
//! focusable mark numbered as in the list, named for screen readers, that
//! opens the facility's detail (click, tap, Enter or Space). Facilities in
//! the same building, next door or in a dense town are spread over the map
//! (`MapLayout::spread`: two tap radii apart, off the ring labels, inside
//! the frame), each with a line to where it truly is, so every mark can
//! still be tapped.

use super::filters::FROM_KINDS;
use crate::use_tr;
use hagukumi_core::nursery::map::{layout, middle_of};
use hagukumi_core::nursery::{Point, SearchView};
use hagukumi_i18n::{Localizer, Value};
use yew::prelude::*;

/// The map's side in SVG units, and the room left for the outer ring's label.
const SIZE: f64 = 360.0;
const MARGIN: f64 = 26.0;
/// A mark's tap target radius; `spread` keeps marks two of them (36 units)
/// apart. The rule in CSS px: 36 × the map's drawn width / 360. On a
/// desktop the map is 560 px wide (56 px between marks, over 44); on a
/// 390 px phone about 324 px (32 px: above WCAG 2.2's 24 px minimum, under
/// 44; the 62 SAMPLE facilities would not fit 44 px apart on that square).
const HIT: f64 = 18.0;

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
    map.spread(2.0 * HIT);
    let centre_name = match (view.from, props.centre_kind.as_str()) {
        (Some(_), kind) if FROM_KINDS.contains(&kind) => tr.text(&format!("nursery-from-{kind}")),
        _ => tr.text("nursery-map-centre-results"),
    };
    let mid = map.middle();
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
                <circle class="nursery-mark-hit" r={HIT.to_string()} />
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
            <svg id="nursery-map" viewBox={format!("0 0 {SIZE} {SIZE}")} role="group"
                aria-labelledby="nursery-map-title">
                <rect class="nursery-map-ground" x="0" y="0" width={SIZE.to_string()} height={SIZE.to_string()} rx="12" />
                { for map.rings.iter().map(|r| html! {
                    <g class="nursery-ring">
                        <circle cx={mid.to_string()} cy={mid.to_string()} r={format!("{:.1}", r.radius)} />
                        <text class="nursery-ring-label" x={format!("{:.1}", map.label_at(r).0)}
                            y={format!("{:.1}", map.label_at(r).1)}
                            text-anchor="middle">{ ring_label(&tr, r.km) }</text>
                    </g>
                }) }
                { for leaders }
                { for marks }
                // Over the marks, so its name stays readable; taps go through.
                <g class="nursery-centre" aria-hidden="true">
                    <rect x={(mid - 6.0).to_string()} y={(mid - 6.0).to_string()} width="12" height="12" />
                    <text x={mid.to_string()} y={(mid + 20.0).to_string()} text-anchor="middle">{ &centre_name }</text>
                </g>
            </svg>
            <p class="muted nursery-map-note">{ tr.text("nursery-map-note") }</p>
        </figure>
    }
}
