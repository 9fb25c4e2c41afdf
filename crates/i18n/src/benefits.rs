//! Words for benefit applications (`locales/*/benefits.ftl`), shared by
//! `hagu benefits` and the app's Benefits screen.

use crate::programs::yen;
use crate::{Localizer, Value};
use hagukumi_core::benefits::{Application, Payment, SendState, Submission};
use hagukumi_core::Date;

/// The program's name: a registry program's with its English name first
/// in English, else the application's.
pub fn program(l: &Localizer, a: &Application) -> String {
    match &a.qualifies {
        Some(m) => crate::programs::name(l, &m.name, m.name_en.as_deref()),
        None => a.program.clone(),
    }
}

/// The state in words ("申請済み"), for the badge.
pub fn state(l: &Localizer, a: &Application) -> String {
    l.text(&a.state.message_id())
}

/// The portal's own status ("窓口の状況：審査中"), when official.
pub fn portal_status(l: &Localizer, a: &Application) -> Option<String> {
    let status = l.text(a.status_id.as_deref()?);
    Some(l.format("benefit-portal-status", &[("status", Value::from(status))]))
}

/// "¥5,000 on 2027-02-10".
pub fn payment(l: &Localizer, p: &Payment) -> String {
    l.format(
        "benefit-next-payment",
        &[
            ("date", Value::from(l.date(p.date))),
            ("yen", Value::from(yen(p.amount_yen.into()))),
        ],
    )
}

/// The deadline with the days left (or passed) on `today`.
pub fn deadline(l: &Localizer, a: &Application, today: Date) -> Option<String> {
    let d = a.deadline?;
    let days = (d - today).num_days();
    let id = if days < 0 {
        "benefit-deadline-passed"
    } else {
        "benefit-deadline"
    };
    Some(l.format(
        id,
        &[
            ("date", Value::from(l.date(d))),
            ("days", Value::from(days)),
        ],
    ))
}

/// The details of an application after its name and state, in order:
/// where it comes from, the portal's status, when applied, the amount,
/// the next payment, the deadline. A registry program not applied for:
/// why the family qualifies, the amount and the deadline as the programs
/// list words them (the deadline only when there is a last day to apply).
pub fn details(l: &Localizer, a: &Application, today: Date) -> Vec<String> {
    use hagukumi_core::benefits::Source;
    let mut out = vec![l.text(match a.source {
        Source::Official { .. } => "benefit-source-official",
        Source::Tracked { .. } => "benefit-source-tracked",
        Source::Program { .. } => "benefit-source-registry",
    })];
    if let Some(m) = &a.qualifies {
        use crate::programs as words;
        out.extend(
            m.reasons
                .iter()
                .filter(|r| r.message_id != hagukumi_core::programs::ids::APPLY_BY)
                .map(|r| words::reason(l, m, r)),
        );
        out.extend(words::amount_of(l, m));
        // The last day to apply, when the registry gives one (how long
        // the program lasts is among the reasons already).
        if m.apply_by.is_some() {
            out.extend(words::deadline(l, m));
        }
        return out;
    }
    out.extend(portal_status(l, a));
    if let Some(d) = a.applied_on {
        out.push(l.format("benefit-applied-on", &[("date", Value::from(l.date(d)))]));
    }
    if a.next_payment.is_none() {
        if let Some(n) = a.amount_yen {
            out.push(l.format("benefit-amount", &[("yen", Value::from(yen(n.into())))]));
        }
    }
    if let Some(p) = a.upcoming_payment(today) {
        out.push(payment(l, &p));
    }
    out.extend(deadline(l, a, today));
    out
}

/// A once-only application sent from this device, in words.
pub fn submission(l: &Localizer, s: &Submission) -> String {
    let children = Value::from(s.children.join(&l.text("record-line-separator")));
    match (s.state, &s.problem_id) {
        (SendState::Pending, Some(problem)) => l.format(
            "submission-pending-problem",
            &[
                ("children", children),
                ("problem", Value::from(l.text(problem))),
            ],
        ),
        (SendState::Pending, None) => l.format("submission-pending", &[("children", children)]),
        (SendState::Sent, _) => l.format("submission-sent", &[("children", children)]),
        (SendState::Refused, _) => l.format("submission-refused", &[("children", children)]),
    }
}
