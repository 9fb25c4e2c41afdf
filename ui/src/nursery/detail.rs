//! One facility's detail, opened from its mark on the map: what the dataset
//! says of it (type, address, hours, ages, capacity, openings per class for
//! the intake, care offered, fees, contact, updated date), its straight-line
//! distance when one was measured. Focus moves to it when it opens.

use crate::use_tr;
use hagukumi_core::nursery::FacilityRow;
use hagukumi_core::Date;
use hagukumi_i18n::nursery as words;
use hagukumi_i18n::{Localizer, Value};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FacilityDetailProps {
    pub facility: FacilityRow,
    pub intake: Date,
    pub on_close: Callback<()>,
}

fn yes_no(tr: &Localizer, v: Option<bool>) -> String {
    tr.text(match v {
        Some(true) => "nursery-yes",
        Some(false) => "nursery-no",
        None => "nursery-unknown",
    })
}

fn item(tr: &Localizer, label: &str, value: Option<String>) -> Html {
    match value {
        Some(v) => html! {
            <>
                <dt>{ tr.text(label) }</dt>
                <dd>{ v }</dd>
            </>
        },
        None => html! {},
    }
}

#[function_component(FacilityDetail)]
pub fn facility_detail(props: &FacilityDetailProps) -> Html {
    let tr = use_tr();
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(props.facility.id.clone(), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let f = &props.facility;
    let d = &f.detail;
    let municipality =
        hagukumi_i18n::programs::name(&tr, &f.municipality, f.municipality_en.as_deref());
    let mut hours = tr.format(
        "nursery-row-hours",
        &[
            ("opens", Value::from(f.opens.as_str())),
            ("closes", Value::from(f.closes.as_str())),
        ],
    );
    if let Some(until) = &f.extended_until {
        hours.push(' ');
        hours.push_str(&tr.format(
            "nursery-row-extended",
            &[("until", Value::from(until.as_str()))],
        ));
    }
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <section class="card nursery-detail" id="nursery-detail" aria-labelledby="nursery-detail-name">
            <h3 id="nursery-detail-name" tabindex="-1" ref={heading}>{ &f.name }</h3>
            if let Some(kana) = &d.name_kana {
                <p class="muted">{ kana }</p>
            }
            <p class="muted">
                { tr.format("nursery-row-kind", &[
                    ("type", Value::from(words::facility_type(&tr, f.kind))),
                    ("municipality", Value::from(municipality)),
                ]) }
            </p>
            <dl class="nursery-detail-list">
                { item(&tr, "nursery-detail-distance", f.distance_km.map(|km|
                    tr.format("nursery-row-distance", &[("km", Value::from(format!("{km:.1}")))]))) }
                { item(&tr, "nursery-detail-address", f.address.clone()) }
                { item(&tr, "nursery-detail-access", d.access.clone()) }
                { item(&tr, "nursery-detail-hours", Some(hours)) }
                { item(&tr, "nursery-detail-days", d.days.clone()) }
                { item(&tr, "nursery-detail-ages", Some(d.ages.clone())) }
                { item(&tr, "nursery-detail-capacity", d.capacity.map(|n|
                    tr.format("nursery-detail-capacity-value", &[("count", n.into())]))) }
                { item(&tr, "nursery-detail-temporary", Some(yes_no(&tr, d.temporary_care))) }
                { item(&tr, "nursery-detail-sick", Some(yes_no(&tr, d.sick_child_care))) }
                { item(&tr, "nursery-detail-fees", d.fees.clone()) }
                { item(&tr, "nursery-detail-phone", d.phone.clone()) }
                { item(&tr, "nursery-detail-url", d.url.clone()) }
                { item(&tr, "nursery-detail-updated", d.updated.map(|u| tr.date(u))) }
                { item(&tr, "nursery-detail-note", d.note.clone()) }
            </dl>
            <h4>{ tr.format("nursery-detail-openings", &[("date", Value::from(tr.date(props.intake)))]) }</h4>
            <table class="nursery-openings-table" id="nursery-detail-openings">
                <tbody>
                    { for d.openings.iter().enumerate().map(|(class, n)| html! {
                        <tr>
                            <th scope="row">{ tr.format("nursery-detail-class", &[("class", class.into())]) }</th>
                            <td>{ n.map_or_else(|| tr.text("nursery-detail-openings-unknown"), |n| n.to_string()) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <button type="button" id="nursery-detail-close" onclick={close}>{ tr.text("nursery-detail-close") }</button>
        </section>
    }
}
