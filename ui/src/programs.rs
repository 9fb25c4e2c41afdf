//! Child-support programs (子育て支援制度): the "for your family now" card on
//! home, and the screen behind it (`programs/screen.rs`: the municipality
//! picker with what a move changes, what applies now to each child and the
//! pregnancy, what begins in the next three months).
//!
//! Matching is core's and runs in the shell (`family_programs`); the words
//! are `hagukumi_i18n::programs`, shared with `hagu programs`.

mod screen;

pub use screen::ProgramsScreen;

use crate::poll::{use_loaded, Loaded};
use crate::{error_text, ipc, use_tr};
use hagukumi_core::api::CommandError;
use hagukumi_core::programs::{FamilyPrograms, Match, Person, ProgramName};
use hagukumi_core::Date;
use hagukumi_i18n::programs as words;
use hagukumi_i18n::{Localizer, Value};
use serde::Serialize;
use yew::prelude::*;

/// The family's programs, loaded at mount and whenever `version` changes;
/// the callback loads them again.
#[hook]
fn use_family_programs(version: usize) -> (Loaded<FamilyPrograms>, Callback<()>) {
    use_loaded("family_programs", (), version)
}

/// What the words of a match need besides the match.
#[derive(Clone, Copy)]
struct Names<'a> {
    related: &'a [ProgramName],
    expected: &'a [(i64, Date)],
}

impl Names<'_> {
    /// Whom the match is for: the child's name, or the pregnancy.
    fn person(&self, tr: &Localizer, m: &Match) -> String {
        words::person(tr, m, |id| {
            self.expected
                .iter()
                .find(|(p, _)| *p == id)
                .map(|(_, d)| tr.date(*d))
        })
    }

    /// "Apply together with …", when the data says so.
    fn applied_with(&self, tr: &Localizer, m: &Match) -> Option<String> {
        let other = self
            .related
            .iter()
            .find(|p| Some(&p.psid) == m.applied_with.as_ref())?;
        let name = words::name(tr, &other.name, other.name_en.as_deref());
        Some(tr.format("programs-applied-with", &[("name", Value::from(name))]))
    }
}

/// A stable key of whom a match is for (`child-3`, `pregnancy-1`).
fn person_key(m: &Match) -> String {
    match &m.person {
        Person::Child { id, .. } => format!("child-{id}"),
        Person::Pregnancy { id, .. } => format!("pregnancy-{id}"),
    }
}

/// Where a program's buttons lead: its page or its cited source in the
/// system browser, or, beside a benefit, the Benefits screen.
#[derive(Clone, PartialEq)]
enum Open {
    Link { psid: String, source: bool },
    Benefits,
}

/// Opens a program's page or its source in the system browser (the shell
/// looks the address up; the window names only the program).
fn open_link(
    psid: String,
    source: bool,
    outcome: UseStateHandle<Option<Result<(), CommandError>>>,
) {
    #[derive(Serialize)]
    struct Args {
        psid: String,
        source: bool,
    }
    wasm_bindgen_futures::spawn_local(async move {
        outcome.set(Some(
            ipc::invoke::<_, ()>("open_program_link", &Args { psid, source }).await,
        ));
    });
}

/// One program for one person: what, how much, why, until when, how to
/// apply, the source.
fn program_item(tr: &Localizer, names: Names<'_>, m: &Match, on_link: &Callback<Open>) -> Html {
    let name = words::name(tr, &m.name, m.name_en.as_deref());
    let amount = words::amount_of(tr, m);
    let mut lines: Vec<(&'static str, String)> = Vec::new();
    if let Some(d) = words::next_payment(tr, m) {
        lines.push(("program-payment", d));
    }
    if let Some(w) = names.applied_with(tr, m) {
        lines.push(("program-with", w));
    }
    if m.schedule.is_some() {
        lines.push(("program-schedule", tr.text("programs-schedule-link-app")));
    }
    for (class, id, text) in [
        ("program-how", "programs-how", &m.how),
        ("program-where", "programs-where", &m.where_to),
        ("program-bring", "programs-bring", &m.bring),
    ] {
        if let Some(text) = text {
            lines.push((
                class,
                tr.format(id, &[("text", Value::from(text.as_str()))]),
            ));
        }
    }
    if let Some(note) = &m.note {
        lines.push((
            "program-note",
            tr.format("programs-note", &[("note", Value::from(note.as_str()))]),
        ));
    }
    if let Some(source) = &m.source {
        lines.push((
            "program-source",
            tr.format(
                "programs-source",
                &[("source", Value::from(source.as_str()))],
            ),
        ));
    }
    let link = |source: bool| {
        let (on_link, psid) = (on_link.clone(), m.psid.clone());
        Callback::from(move |_| {
            on_link.emit(Open::Link {
                psid: psid.clone(),
                source,
            })
        })
    };
    let benefits = on_link.reform(|_| Open::Benefits);
    html! {
        <li class="card program" data-psid={m.psid.clone()} data-person={person_key(m)}>
            <div class="program-head">
                <span class="program-name">{ name }</span>
                <span class="badge level">{ words::level(tr, &m.level) }</span>
            </div>
            if let Some(amount) = amount {
                <p class="program-amount">{ amount }</p>
            }
            <ul class="program-reasons">
                { for m.reasons.iter().map(|r| html! { <li>{ words::reason(tr, m, r) }</li> }) }
            </ul>
            if let Some(deadline) = words::deadline(tr, m) {
                <p class={classes!("program-deadline", m.days_left.is_some_and(|d| d <= 30).then_some("soon"))}>
                    { deadline }
                </p>
            }
            { for lines.into_iter().map(|(class, text)| html! { <p class={classes!("program-line", class)}>{ text }</p> }) }
            if m.link.is_some() || m.source_url.is_some() || m.is_benefit() {
                <div class="program-links">
                    if m.is_benefit() {
                        <button type="button" class="chip program-open-benefits" onclick={benefits}>
                            { tr.text("programs-open-benefits") }{ " ›" }
                        </button>
                    }
                    if m.link.is_some() {
                        <button type="button" class="chip program-open-link" onclick={link(false)}>
                            { tr.text("programs-open-link") }{ " ↗" }
                        </button>
                    }
                    if m.source_url.is_some() {
                        <button type="button" class="chip program-open-source" onclick={link(true)}>
                            { tr.text("programs-open-source") }{ " ↗" }
                        </button>
                    }
                </div>
            }
        </li>
    }
}

/// Matches grouped by whom they are for, in the order they first appear.
fn by_person(list: &[Match]) -> Vec<(String, Vec<&Match>)> {
    let mut groups: Vec<(String, Vec<&Match>)> = Vec::new();
    for m in list {
        let key = person_key(m);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, ms)) => ms.push(m),
            None => groups.push((key, vec![m])),
        }
    }
    groups
}

/// A list of matches, one group per child or pregnancy, or "none".
fn grouped(
    tr: &Localizer,
    names: Names<'_>,
    id: &str,
    list: &[Match],
    on_link: &Callback<Open>,
) -> Html {
    if list.is_empty() {
        return html! { <p class="muted program-none" id={format!("{id}-none")}>{ tr.text("programs-none") }</p> };
    }
    html! {
        <div class="program-groups" id={id.to_owned()}>
            { for by_person(list).into_iter().map(|(key, ms)| {
                let who = match &ms[0].person {
                    Person::Child { name, .. } => tr.format("programs-for-person", &[("name", Value::from(name.as_str()))]),
                    Person::Pregnancy { .. } => names.person(tr, ms[0]),
                };
                html! {
                    <section class="program-group" data-person={key}>
                        <h3 class="program-person">{ who }</h3>
                        <ul class="cards single program-list">
                            { for ms.into_iter().map(|m| program_item(tr, names, m, on_link)) }
                        </ul>
                    </section>
                }
            }) }
        </div>
    }
}

// ------------------------------------------------------------------ home

#[derive(Properties, PartialEq)]
pub struct ProgramsCardProps {
    /// Opens the programs screen.
    pub on_open: Callback<()>,
    /// Changes whenever the family changed, to match again.
    pub version: usize,
}

/// "For your family now" on home: for each child and the pregnancy the
/// first program with an amount, why, and the way to the screen; before a
/// municipality is chosen, what choosing one gives.
#[function_component(ProgramsCard)]
pub fn programs_card(props: &ProgramsCardProps) -> Html {
    let tr = use_tr();
    let (programs, _) = use_family_programs(props.version);
    let open = |label: &str| crate::nav::open_chip(&tr, "open-programs", label, &props.on_open);
    let body = match &*programs {
        None => html! {},
        Some(Err(e)) => html! { <p class="error">{ error_text(&tr, e) }</p> },
        Some(Ok(view)) => match (&view.municipality, &view.matches) {
            (Some(muni), Some(matches)) => {
                let names = Names {
                    related: &view.related,
                    expected: &view.expected,
                };
                // One per person: the first with an amount, else the first.
                let top: Vec<&Match> = by_person(&matches.now)
                    .into_iter()
                    .filter_map(|(_, ms)| {
                        ms.iter()
                            .find(|m| m.amount.is_some())
                            .or(ms.first())
                            .copied()
                    })
                    .take(3)
                    .collect();
                let more = matches.now.len().saturating_sub(top.len());
                let where_ = words::name(&tr, &muni.name, muni.name_en.as_deref());
                html! {
                    <>
                        <p class="muted programs-card-where">
                            { tr.format("programs-card-where", &[("name", Value::from(where_))]) }
                        </p>
                        if top.is_empty() {
                            <p class="muted" id="programs-card-none">{ tr.text("programs-none") }</p>
                        } else {
                            <ul class="programs-brief" id="programs-card-list">
                                { for top.into_iter().map(|m| brief(&tr, names, m)) }
                            </ul>
                        }
                        if more > 0 {
                            <p class="muted" id="programs-card-more">
                                { tr.format("programs-card-more", &[("count", Value::from(more))]) }
                            </p>
                        }
                        { open("programs-card-open") }
                    </>
                }
            }
            _ => html! {
                <>
                    <p class="muted">{ tr.text("programs-card-intro") }</p>
                    { open("programs-card-choose") }
                </>
            },
        },
    };
    html! {
        <section class="card programs-card" id="programs-card" aria-labelledby="programs-card-title"
            aria-busy={programs.is_none().to_string()}>
            <h2 id="programs-card-title">{ tr.text("programs-card-title") }</h2>
            { body }
        </section>
    }
}

/// One line of the card: who, what, how much; why; a deadline within 30 days.
fn brief(tr: &Localizer, names: Names<'_>, m: &Match) -> Html {
    let name = words::name(tr, &m.name, m.name_en.as_deref());
    let why = m.reasons.first().map(|r| words::reason(tr, m, r));
    let soon = m
        .days_left
        .filter(|d| *d <= 30)
        .and_then(|_| words::deadline(tr, m));
    html! {
        <li class="program-brief" data-psid={m.psid.clone()} data-person={person_key(m)}>
            <span class="program-brief-head">
                <span class="program-who">{ names.person(tr, m) }</span>
                <span class="program-name">{ name }</span>
                if let Some(amount) = words::amount_of(tr, m) {
                    <span class="program-amount">{ amount }</span>
                }
            </span>
            if let Some(why) = why {
                <span class="program-why muted">{ why }</span>
            }
            if let Some(soon) = soon {
                <span class="program-deadline soon">{ soon }</span>
            }
        </li>
    }
}
