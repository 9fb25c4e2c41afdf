//! Planning checkups: the child's (by age), the prenatal visits (by week of
//! pregnancy, from the expected date) and the mother's postnatal ones (from
//! the delivery date).

use super::reason::ids;
use super::rules::{Basis, Checkup, CheckupSubject};
use super::time::{add_days, day_before, sub_days};
use super::vaccines::closing_soon;
use super::{
    CheckupId, CheckupRecord, ItemRef, Options, PlanItem, PregnancyInfo, Reason, Rules, Status,
};
use crate::pregnancy::TERM_DAYS;
use crate::Date;

fn basis_reason(basis: Basis) -> Reason {
    Reason::new(match basis {
        Basis::Law => ids::CHECKUP_LAW,
        Basis::Municipal => ids::CHECKUP_MUNICIPAL,
    })
}

fn sorted(records: &[CheckupRecord]) -> Vec<CheckupRecord> {
    let mut records = records.to_vec();
    records.sort_by(|a, b| (a.date, &a.checkup).cmp(&(b.date, &b.checkup)));
    records.dedup();
    records
}

struct Visit<'a> {
    id: &'a CheckupId,
    name: &'a str,
    number: Option<u8>,
    basis: Basis,
    from: Date,
    /// Excluded.
    until: Date,
}

/// A visit's item: its status and reasons, no dates yet.
fn visit_item(visit: &Visit<'_>, status: Status, reasons: Vec<Reason>) -> PlanItem {
    PlanItem {
        dose: visit.number,
        label: visit
            .number
            .map(|n| Reason::new(ids::VISIT_NTH).number("n", n)),
        ..PlanItem::new(
            ItemRef::Checkup(visit.id.clone()),
            visit.name.to_owned(),
            status,
            reasons,
        )
    }
}

fn done(visit: &Visit<'_>, date: Date) -> PlanItem {
    PlanItem {
        given_on: Some(date),
        ..visit_item(
            visit,
            Status::Done,
            vec![Reason::new(ids::CHECKUP_DONE).date("date", date)],
        )
    }
}

/// A checkup not yet attended: upcoming, due within its window, or missed.
fn open(visit: &Visit<'_>, today: Date, options: &Options, mut extra: Vec<Reason>) -> PlanItem {
    let last = day_before(visit.until).unwrap_or(visit.from);
    let mut reasons = Vec::new();
    let (status, earliest) = if today < visit.from {
        (Status::Upcoming, Some(visit.from))
    } else if today < visit.until {
        (Status::DueNow, Some(today))
    } else {
        (Status::FundedWindowMissed, None)
    };
    let closing = status.is_open() && closing_soon(Some(last), today, options);
    if status == Status::FundedWindowMissed {
        reasons.push(Reason::new(ids::CHECKUP_WINDOW_PASSED).date("date", last));
    } else {
        reasons.push(
            Reason::new(ids::CHECKUP_WINDOW)
                .date("from", visit.from)
                .date("until", last),
        );
        if closing {
            reasons.push(
                Reason::new(ids::FUNDED_CLOSING)
                    .date("date", last)
                    .number("days", (last - today).num_days()),
            );
        }
    }
    reasons.push(basis_reason(visit.basis));
    reasons.append(&mut extra);
    PlanItem {
        earliest,
        suggested: earliest,
        recommended_by: Some(last),
        funded_until: Some(last),
        closing_soon: closing,
        ..visit_item(visit, status, reasons)
    }
}

/// Checkups with an age window, counted from `start` (birth or delivery).
fn plan_windowed<'a>(
    checkups: impl Iterator<Item = &'a Checkup>,
    start: Date,
    records: &[CheckupRecord],
    today: Date,
    options: &Options,
    extra: &[Reason],
) -> Vec<PlanItem> {
    let mut items = Vec::new();
    for c in checkups {
        let (Some(from), Some(until)) = (
            c.window.from.on(start),
            c.window.until.and_then(|u| u.on(start)),
        ) else {
            continue;
        };
        let visit = Visit {
            id: &c.id,
            name: &c.name,
            number: None,
            basis: c.basis,
            from,
            until,
        };
        // The earliest record counts (any date is respected); repeats are
        // listed too.
        let mut mine = records.iter().filter(|r| r.checkup == c.id).peekable();
        if mine.peek().is_none() {
            items.push(open(&visit, today, options, extra.to_vec()));
        }
        items.extend(mine.map(|r| done(&visit, r.date)));
    }
    items
}

/// Records the plan does not otherwise show (another person's checkup or
/// one the rules do not know): listed as done, never dropped.
fn other_records(
    rules: &Rules,
    records: &[CheckupRecord],
    shown: impl Fn(&CheckupId) -> bool,
) -> Vec<PlanItem> {
    records
        .iter()
        .filter(|r| !shown(&r.checkup))
        .map(|r| {
            let name = rules
                .checkup(r.checkup.as_str())
                .map(|c| c.name.as_str())
                .or_else(|| {
                    rules
                        .prenatal()
                        .filter(|p| p.id == r.checkup)
                        .map(|p| p.name.as_str())
                })
                .unwrap_or(ids::CHECKUP_OTHER);
            let visit = Visit {
                id: &r.checkup,
                name,
                number: None,
                basis: Basis::Municipal,
                from: r.date,
                until: r.date,
            };
            done(&visit, r.date)
        })
        .collect()
}

pub(super) fn plan_child(
    rules: &Rules,
    birth: Date,
    records: &[CheckupRecord],
    today: Date,
    options: &Options,
) -> Vec<PlanItem> {
    let records = sorted(records);
    let mut items = plan_windowed(
        rules
            .checkups()
            .iter()
            .filter(|c| c.subject == CheckupSubject::Child),
        birth,
        &records,
        today,
        options,
        &[],
    );
    items.extend(other_records(rules, &records, |id| {
        rules
            .checkup(id.as_str())
            .is_some_and(|c| c.subject == CheckupSubject::Child)
    }));
    items
}

pub(super) fn plan_pregnancy(
    rules: &Rules,
    pregnancy: &PregnancyInfo,
    records: &[CheckupRecord],
    today: Date,
    options: &Options,
) -> Vec<PlanItem> {
    let records = sorted(records);
    let mut items = Vec::new();

    if let Some(p) = rules.prenatal() {
        let start = sub_days(pregnancy.expected_date, TERM_DAYS.unsigned_abs());
        let week_date = |w: u32| start.and_then(|s| add_days(s, u64::from(w) * 7));
        let visits: Vec<Visit<'_>> = p
            .visits()
            .into_iter()
            .enumerate()
            .filter_map(|(i, (week, every))| {
                Some(Visit {
                    id: &p.id,
                    name: &p.name,
                    number: Some(u8::try_from(i + 1).ok()?),
                    basis: p.basis,
                    from: week_date(week)?,
                    until: week_date(week + every)?,
                })
            })
            .collect();
        let weeks: Vec<u32> = p.visits().into_iter().map(|(w, _)| w).collect();

        // Each record fills the visit whose window holds its date (the first
        // visit when earlier); a second record for a filled visit is shown
        // on its own.
        let mut filled: Vec<Option<Date>> = vec![None; visits.len()];
        let mut extra_records = Vec::new();
        for r in records.iter().filter(|r| r.checkup == p.id) {
            let slot = visits
                .iter()
                .position(|v| r.date < v.until)
                .filter(|&i| visits[i].from <= r.date || i == 0);
            match slot {
                Some(i) if filled[i].is_none() => filled[i] = Some(r.date),
                _ => extra_records.push(r.date),
            }
        }
        for (i, visit) in visits.iter().enumerate() {
            let week = Reason::new(ids::PRENATAL_WEEK).number("week", weeks[i]);
            if let Some(date) = filled[i] {
                let mut item = done(visit, date);
                item.reasons.push(week);
                items.push(item);
            } else if let Some(delivered) = pregnancy.delivered_on.filter(|d| visit.from >= *d) {
                items.push(visit_item(
                    visit,
                    Status::NotEligible,
                    vec![
                        Reason::new(ids::PREGNANCY_ENDED).date("date", delivered),
                        week,
                    ],
                ));
            } else {
                items.push(open(visit, today, options, vec![week]));
            }
        }
        for date in extra_records {
            let visit = Visit {
                id: &p.id,
                name: &p.name,
                number: None,
                basis: p.basis,
                from: date,
                until: date,
            };
            items.push(done(&visit, date));
        }
    }

    let (start, extra) = match pregnancy.delivered_on {
        Some(d) => (d, Vec::new()),
        None => (
            pregnancy.expected_date,
            vec![Reason::new(ids::FROM_EXPECTED_DATE).date("date", pregnancy.expected_date)],
        ),
    };
    items.extend(plan_windowed(
        rules
            .checkups()
            .iter()
            .filter(|c| c.subject == CheckupSubject::Postnatal),
        start,
        &records,
        today,
        options,
        &extra,
    ));
    items.extend(other_records(rules, &records, |id| {
        rules.prenatal().is_some_and(|p| p.id == *id)
            || rules
                .checkup(id.as_str())
                .is_some_and(|c| c.subject == CheckupSubject::Postnatal)
    }));
    items
}
