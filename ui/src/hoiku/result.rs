//! The simulator's result: the total, one line per rule applied (the rule
//! as the table names it, then its source and fiscal year), what the table
//! leaves out, the "what if" toggles with the changed total beside the
//! current one, and the table's tie-break order.

use crate::use_tr;
use hagukumi_core::nursery::index::flow::{try_tweaks, tweaks};
use hagukumi_core::nursery::index::{points, Answers, Table};
use hagukumi_i18n::hoiku as words;
use hagukumi_i18n::nursery::{line, title};
use hagukumi_i18n::Value;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct ResultProps {
    pub table: Rc<Table>,
    pub answers: Rc<Answers>,
}

#[function_component(PointsResult)]
pub(super) fn points_result(props: &ResultProps) -> Html {
    let tr = use_tr();
    let (t, a) = (&*props.table, &*props.answers);
    let on = use_state(Vec::<usize>::new);
    let p = points(t, a);
    let all = tweaks(t, a);
    let chosen: Vec<_> = on.iter().filter_map(|i| all.get(*i).cloned()).collect();
    let compared = (!chosen.is_empty()).then(|| try_tweaks(t, a, &chosen));
    html! {
        <section class="card hoiku-result" id="hoiku-result" aria-labelledby="hoiku-result-title">
            <h2 id="hoiku-result-title">{ tr.text("hoiku-result-title") }</h2>
            <p class="hoiku-total" id="hoiku-total">
                { tr.format("hoiku-total", &[("points", p.total.into())]) }
            </p>
            <ul class="hoiku-lines" id="hoiku-lines">
                { for p.lines.iter().map(|l| html! {
                    <li class={classes!("hoiku-line", l.points.is_none().then_some("missing"))}
                        data-rule={l.rule_id.clone().unwrap_or_default()}>
                        <span class="hoiku-line-text">{ line(&tr, l) }</span>
                        if l.source.is_some() {
                            <span class="muted hoiku-line-source">{ words::line_source(&tr, t, l) }</span>
                        }
                    </li>
                }) }
            </ul>
            if !p.complete {
                <p class="hoiku-warning" id="hoiku-incomplete">{ tr.text("hoiku-incomplete") }</p>
            }
            <p class="hoiku-promise">{ tr.text("hoiku-result-promise") }</p>

            <h3>{ tr.text("hoiku-whatif-title") }</h3>
            if all.is_empty() {
                <p class="muted" id="hoiku-whatif-none">{ tr.text("hoiku-whatif-none") }</p>
            } else {
                <p class="muted">{ tr.text("hoiku-whatif-intro") }</p>
                <div class="hoiku-whatifs" id="hoiku-whatifs">
                    { for all.iter().enumerate().map(|(i, tw)| {
                        let checked = on.contains(&i);
                        let onchange = {
                            let on = on.clone();
                            Callback::from(move |_| {
                                let mut v = (*on).clone();
                                if let Some(k) = v.iter().position(|x| *x == i) { v.remove(k); } else { v.push(i); }
                                on.set(v);
                            })
                        };
                        let id = format!("hoiku-whatif-{i}");
                        html! {
                            <label class="check" for={id.clone()}>
                                <input type="checkbox" {id} {checked} {onchange} />
                                { words::tweak(&tr, tw) }
                            </label>
                        }
                    }) }
                </div>
                if let Some(c) = &compared {
                    <p class="hoiku-compare" id="hoiku-whatif-result" role="status">
                        { words::comparison(&tr, c) }
                    </p>
                    <ul class="hoiku-lines muted" id="hoiku-whatif-lines">
                        { for c.after.lines.iter().map(|l| html! { <li>{ line(&tr, l) }</li> }) }
                    </ul>
                }
            }

            <h3>{ tr.text("hoiku-tie-heading") }</h3>
            if t.tie_break.is_empty() {
                <p class="muted" id="hoiku-tie-none">{ tr.text("hoiku-tie-none") }</p>
            } else {
                <ol class="hoiku-ties" id="hoiku-ties">
                    { for t.tie_break.iter().map(|s| html! { <li>{ title(&tr, &s.title) }</li> }) }
                </ol>
            }
            if let Some(note) = &t.tie_break_note {
                <p class="muted" id="hoiku-tie-note">{ title(&tr, note) }</p>
            }
            <p class="muted" id="hoiku-past">{ tr.text("hoiku-past-none") }</p>
            <p class="muted hoiku-note" id="hoiku-note">
                { tr.format("hoiku-note", &[("note", Value::from(title(&tr, &t.note)))]) }
            </p>
            <ul class="muted hoiku-sources">
                { for t.sources.iter().map(|s| html! {
                    <li>{ tr.format("hoiku-source", &[
                        ("title", Value::from(s.title.as_str())),
                        ("url", Value::from(s.url.as_deref().unwrap_or(""))),
                    ]) }</li>
                }) }
            </ul>
        </section>
    }
}
