//! How official items look: the provenance badges, certificates,
//! benefits, notices and checkups, and a child's official checkups.

use hagukumi_core::api::{OfficialItemView, OfficialState};
use hagukumi_core::model::RecordId;
use hagukumi_core::official::{Category, OfficialCheckup, OfficialItem, Subject};
use hagukumi_core::Child;
use hagukumi_i18n::{Localizer, Value};
use yew::prelude::*;

/// The small "official" provenance badge.
pub fn official_badge(tr: &Localizer) -> Html {
    html! {
        <span class="badge official" title={tr.text("portal-badge-official-hint")}>
            { tr.text("portal-badge-official") }
        </span>
    }
}

/// The badge of a parent's record the portal also knows about.
pub fn state_badge(tr: &Localizer, state: OfficialState) -> Html {
    let (class, text, hint) = match state {
        OfficialState::Linked => ("linked", "portal-badge-linked", "portal-badge-linked-hint"),
        OfficialState::Conflict => (
            "conflict",
            "portal-badge-conflict",
            "portal-badge-conflict-hint",
        ),
        _ => return html! {},
    };
    html! {
        <span class={classes!("badge", class)} title={tr.text(hint)}>{ tr.text(text) }</span>
    }
}

/// Yen with thousands separators.
pub fn yen(tr: &Localizer, id: &str, amount: u32) -> String {
    tr.format(
        id,
        &[(
            "yen",
            Value::from(hagukumi_i18n::programs::yen(amount.into())),
        )],
    )
}

pub(super) fn child_name(children: &[Child], id: Option<RecordId>) -> Option<String> {
    let id = id?;
    children.iter().find(|c| c.id == id).map(|c| c.name.clone())
}

fn fact(label: String, value: String) -> Html {
    fact_in("fact", label, value)
}

/// A fact on a row of its own (long values).
fn wide_fact(label: String, value: String) -> Html {
    fact_in("fact wide", label, value)
}

fn fact_in(class: &'static str, label: String, value: String) -> Html {
    html! {
        <div {class}>
            <dt>{ label }</dt>
            <dd>{ value }</dd>
        </div>
    }
}

pub(super) fn certificate(tr: &Localizer, i: &OfficialItemView, children: &[Child]) -> Html {
    let OfficialItem::Certificates(c) = &i.item else {
        return html! {};
    };
    let copay = hagukumi_i18n::clinic_card::copay(tr, &c.copay_limit);
    html! {
        <li class="official-item certificate" id={format!("certificate-{}", c.id)}>
            <p class="official-title">{ &c.certificate_name }{ " " }{ official_badge(tr) }</p>
            if let Some(name) = child_name(children, i.child_id) {
                <p class="muted">{ tr.format("portal-for-child", &[("name", Value::from(name))]) }</p>
            }
            <dl class="facts">
                { fact(tr.text("portal-certificate-payer"), c.public_payer_number.clone()) }
                { fact(tr.text("portal-certificate-recipient"), c.recipient_number.clone()) }
                { wide_fact(tr.text("portal-certificate-valid"), tr.format("portal-certificate-valid-range", &[
                    ("from", Value::from(tr.date(c.valid_from))),
                    ("to", Value::from(tr.date(c.valid_to))),
                ])) }
                if !copay.is_empty() {
                    { wide_fact(tr.text("portal-certificate-copay"), copay.join(" · ")) }
                }
            </dl>
        </li>
    }
}

pub(super) fn benefit(tr: &Localizer, i: &OfficialItemView) -> Html {
    let OfficialItem::Benefits(b) = &i.item else {
        return html! {};
    };
    let mut dates = vec![tr.format(
        "portal-benefit-applied",
        &[("date", Value::from(tr.date(b.applied_on)))],
    )];
    if let Some(d) = b.status_updated_on {
        dates.push(tr.format(
            "portal-benefit-updated",
            &[("date", Value::from(tr.date(d)))],
        ));
    }
    let status = b.status.message_id();
    html! {
        <li class="official-item benefit" id={format!("benefit-{}", b.id)}>
            <p class="official-title">
                { &b.program_name }{ " " }
                <span class={classes!("status", status.trim_start_matches("portal-benefit-").to_owned())}>{ tr.text(status) }</span>
            </p>
            <p class="muted">{ dates.join(" · ") }</p>
            if let Some(amount) = b.amount_yen {
                <p class="benefit-amount">{ yen(tr, "portal-yen", amount) }</p>
            }
            if let Some(note) = &b.note {
                <p class="muted">{ note }</p>
            }
        </li>
    }
}

pub(super) fn notice(tr: &Localizer, i: &OfficialItemView) -> Html {
    let OfficialItem::Notices(n) = &i.item else {
        return html! {};
    };
    html! {
        <li class="official-item notice-item" id={format!("notice-{}", n.id)}>
            <p class="muted">{ format!("{} · {}", n.municipality, tr.date(n.published_on)) }</p>
            <p class="official-title">{ &n.title }</p>
            <p class="notice-body">{ &n.body }</p>
            if let Some(url) = &n.url {
                <p class="portal-url">{ url }</p>
            }
        </li>
    }
}

/// The name of an official checkup's kind, e.g. 3〜4か月児健診.
fn checkup_name(tr: &Localizer, c: &OfficialCheckup) -> String {
    let id = match c.subject {
        Subject::Child => format!("schedule-checkup-child-{}", c.kind),
        Subject::Mother => format!("schedule-checkup-{}", c.kind),
    };
    let name = tr.text(&id);
    if name == id {
        tr.text("schedule-checkup-other")
    } else {
        name
    }
}

pub(super) fn checkup(tr: &Localizer, i: &OfficialItemView) -> Html {
    let OfficialItem::Checkups(c) = &i.item else {
        return html! {};
    };
    let number = |label: &str, unit: &str, value: f64| {
        tr.format(
            "portal-labelled-value",
            &[
                ("label", tr.text(label).into()),
                (
                    "value",
                    tr.format(unit, &[("value", Value::from(value))]).into(),
                ),
            ],
        )
    };
    let mut values = Vec::new();
    if let Some(w) = c.gestation_weeks {
        values.push(tr.format("portal-gestation-weeks", &[("weeks", Value::from(w))]));
    }
    let weight = c.weight_kg.or(c.weight_g.map(|g| f64::from(g) / 1000.0));
    let sizes = [
        ("field-weight-short", "unit-kg", weight),
        ("field-height-short", "unit-cm", c.length_cm),
        ("field-head-circumference-short", "unit-cm", c.head_cm),
        ("field-chest-circumference-short", "unit-cm", c.chest_cm),
    ];
    for (label, unit, value) in sizes {
        values.extend(value.map(|v| number(label, unit, v)));
    }
    if let Some(bp) = &c.blood_pressure {
        values.push(tr.format(
            "portal-blood-pressure",
            &[("value", Value::from(bp.as_str()))],
        ));
    }
    if let Some(epds) = c.epds_total {
        values.push(tr.format("portal-epds", &[("value", Value::from(epds))]));
    }
    html! {
        <li class="official-item checkup-item" id={format!("official-checkup-{}", c.id)}>
            <p class="record-meta muted">{ tr.date(c.date) }</p>
            <p class="official-title">{ checkup_name(tr, c) }{ " " }{ official_badge(tr) }</p>
            if !values.is_empty() {
                <p>{ values.join(" · ") }</p>
            }
            if let Some(f) = &c.findings {
                <p>{ tr.format("portal-findings", &[("findings", Value::from(f.as_str()))]) }</p>
            }
            if let Some(f) = &c.facility {
                <p class="muted">{ tr.format("portal-facility", &[("facility", Value::from(f.as_str()))]) }</p>
            }
        </li>
    }
}

// ----------------------------------------------------------- child screen

/// A child's official checkups (the child screen), newest first.
pub fn child_checkups(tr: &Localizer, items: &[OfficialItemView]) -> Html {
    let rows: Vec<Html> = items
        .iter()
        .filter(|i| i.item.category() == Category::Checkups)
        .map(|i| checkup(tr, i))
        .collect();
    if rows.is_empty() {
        return html! {};
    }
    section(
        tr,
        "child-official-checkups",
        "portal-child-checkups-title",
        rows,
    )
}

pub(super) fn section(tr: &Localizer, id: &str, title: &str, rows: Vec<Html>) -> Html {
    let title_id = format!("{id}-title");
    html! {
        <section class="card official-section" id={id.to_owned()} aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ tr.text(title) }</h2>
            <ul class="official-list">{ for rows }</ul>
        </section>
    }
}
