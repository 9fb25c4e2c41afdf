// tidy: over budget because the dose planner, cohorts and alternatives (PCV15/20) are one algorithm; its 69 lines of tests sit beside it.
//! Planning a child's vaccinations.
//!
//! Vaccines are planned one after the other in rule order; each dose of a
//! series gets the earliest date (not before today) that satisfies its age
//! window, every interval from earlier doses (given or planned) and the
//! 27-day rule against every other injected live vaccine's dose (recorded or
//! already planned). Because each planned live dose is checked against all
//! those before it, any two planned or recorded live doses of different
//! vaccines end up on the same day or at least 27 days apart.

use super::reason::ids;
use super::rules::{AgeWindow, Cohort, DoseRule, Interval, Series, Span, Vaccine, VaccineSubject};
use super::time::{add_days, day_before, days_between};
use super::{ChildInfo, DoseRecord, ItemRef, Options, PlanItem, Reason, Rules, Status, VaccineId};
use crate::Date;
use std::collections::{BTreeMap, BTreeSet};

/// "27日以上の間隔": the next injected live vaccine no earlier than day 28.
pub(crate) const LIVE_GAP_DAYS: u32 = 27;

/// Below this gestational age at birth (weeks) a baby is premature.
const TERM_WEEKS: u32 = 37;

/// A dose of an injected live vaccine, recorded or planned.
#[derive(Debug, Clone)]
struct LiveDose {
    vaccine: VaccineId,
    name: String,
    date: Date,
    recorded: bool,
}

/// What became of each dose while walking a series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Given(Date),
    Planned(Date),
    /// Not given and not needed any more (the series goes on).
    Skipped,
    /// Can no longer be given within its window (the series stops).
    Missed,
}

impl State {
    fn date(self) -> Option<Date> {
        match self {
            State::Given(d) | State::Planned(d) => Some(d),
            State::Skipped | State::Missed => None,
        }
    }
}

/// A record counted for a vaccine: its own, or one of a combined vaccine.
#[derive(Debug, Clone)]
struct Counted {
    dose: u8,
    date: Date,
    /// Name of the combined vaccine the dose was given as.
    via: Option<String>,
}

/// The dose a later one is counted from.
enum Anchor {
    /// No earlier dose given or planned (all skipped).
    None,
    At(u8, Date),
    /// An earlier dose can no longer be given.
    Missed(u8),
}

struct Ctx<'a> {
    /// For a pregnancy: `birth_date` is the pregnancy's first day (expected
    /// date − 280 days), from which its vaccines' ages count.
    child: &'a ChildInfo,
    today: Date,
    options: &'a Options,
    /// The pregnancy ended (delivery) on this day: no dose from it on.
    ended: Option<Date>,
}

pub(super) fn plan_vaccines(
    rules: &Rules,
    child: &ChildInfo,
    records: &[DoseRecord],
    today: Date,
    options: &Options,
) -> Vec<PlanItem> {
    plan_subject(
        rules,
        VaccineSubject::Child,
        child,
        None,
        records,
        today,
        options,
    )
}

/// A pregnancy's vaccines: ages count from its first day (`start`), and the
/// delivery (`ended`) closes every window.
pub(super) fn plan_pregnancy_vaccines(
    rules: &Rules,
    start: Date,
    ended: Option<Date>,
    records: &[DoseRecord],
    today: Date,
    options: &Options,
) -> Vec<PlanItem> {
    let mother = ChildInfo {
        birth_date: start,
        sex: Some(super::Sex::Female),
        gestational_age_at_birth: None,
    };
    plan_subject(
        rules,
        VaccineSubject::Pregnancy,
        &mother,
        ended,
        records,
        today,
        options,
    )
}

fn plan_subject(
    rules: &Rules,
    subject: VaccineSubject,
    child: &ChildInfo,
    ended: Option<Date>,
    records: &[DoseRecord],
    today: Date,
    options: &Options,
) -> Vec<PlanItem> {
    // Sorting first makes everything below independent of the input order.
    let mut records = records.to_vec();
    records.sort_by(|a, b| (a.date, &a.vaccine, a.dose).cmp(&(b.date, &b.vaccine, b.dose)));
    records.dedup();

    let ctx = Ctx {
        child,
        today,
        options,
        ended,
    };
    let routes = choose_routes(rules, &records, options);
    let mut live: Vec<LiveDose> = records
        .iter()
        .filter_map(|r| {
            let v = rules.vaccine(r.vaccine.as_str())?;
            v.injected_live.then(|| LiveDose {
                vaccine: v.id.clone(),
                name: v.name.clone(),
                date: r.date,
                recorded: true,
            })
        })
        .collect();

    let mut items = Vec::new();
    for v in rules.vaccines() {
        if v.subject != subject {
            continue;
        }
        let own = records.iter().filter(|r| r.vaccine == v.id);
        if routes.inactive.contains(&v.id) {
            // A combined vaccine's doses are shown under the vaccines they
            // count as when the child follows those.
            let absorbed = v.counts_as.iter().any(|c| !routes.inactive.contains(c));
            if !absorbed {
                items.extend(own.map(|r| done_item(v, r.dose, None, r.date, Vec::new())));
            }
            continue;
        }
        let mut counted: Vec<Counted> = own
            .map(|r| Counted {
                dose: r.dose,
                date: r.date,
                via: None,
            })
            .collect();
        for w in rules.vaccines() {
            if routes.inactive.contains(&w.id) && w.counts_as.contains(&v.id) {
                counted.extend(
                    records
                        .iter()
                        .filter(|r| r.vaccine == w.id)
                        .map(|r| Counted {
                            dose: 0,
                            date: r.date,
                            via: Some(w.name.clone()),
                        }),
                );
            }
        }
        number_combined_doses(&mut counted);
        if !v.funded && !options.include_voluntary {
            items.extend(
                counted
                    .iter()
                    .map(|c| done_item(v, c.dose, None, c.date, given_as(c))),
            );
            continue;
        }
        let extra = routes.extra.get(&v.id).cloned().unwrap_or_default();
        items.extend(plan_vaccine(&ctx, rules, v, counted, &mut live, extra));
    }

    for r in records.iter().filter(|r| {
        rules
            .vaccine(r.vaccine.as_str())
            .is_none_or(|v| v.subject != subject)
    }) {
        let name = rules
            .vaccine(r.vaccine.as_str())
            .map_or(ids::VACCINE_OTHER, |v| v.name.as_str());
        items.push(PlanItem {
            dose: Some(r.dose),
            label: Some(Reason::new(ids::DOSE_NTH).number("n", r.dose)),
            given_on: Some(r.date),
            ..PlanItem::new(
                ItemRef::Vaccine(r.vaccine.clone()),
                name.to_owned(),
                Status::Done,
                vec![Reason::new(ids::GIVEN).date("date", r.date)],
            )
        });
    }
    items
}

/// Which vaccines of each alternative the child follows.
struct Routes {
    inactive: BTreeSet<VaccineId>,
    /// Reasons added to the chosen route's pending doses.
    extra: BTreeMap<VaccineId, Vec<Reason>>,
}

/// The route whose records start earliest; without records, the family's
/// preferred product or else the first route.
fn choose_routes(rules: &Rules, records: &[DoseRecord], options: &Options) -> Routes {
    let mut routes = Routes {
        inactive: BTreeSet::new(),
        extra: BTreeMap::new(),
    };
    for alt in rules.alternatives() {
        let started = alt
            .routes
            .iter()
            .enumerate()
            .filter_map(|(i, route)| {
                records
                    .iter()
                    .filter(|r| route.contains(&r.vaccine))
                    .map(|r| r.date)
                    .min()
                    .map(|d| (d, i))
            })
            .min();
        let chosen = match started {
            Some((_, i)) => i,
            None => alt
                .routes
                .iter()
                .position(|route| route.iter().any(|v| options.preferred.contains(v)))
                .unwrap_or(0),
        };
        for (i, route) in alt.routes.iter().enumerate() {
            if i != chosen {
                routes.inactive.extend(route.iter().cloned());
            }
        }
        if alt.selectable && started.is_none() {
            let others: Vec<Reason> = alt
                .routes
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != chosen)
                .filter_map(|(_, route)| route.first())
                .filter_map(|id| rules.vaccine(id.as_str()))
                .map(|v| Reason::new(ids::PRODUCT_CHOICE).message("other", &v.name))
                .collect();
            for id in &alt.routes[chosen] {
                routes
                    .extra
                    .entry(id.clone())
                    .or_default()
                    .extend(others.iter().cloned());
            }
        }
    }
    routes
}

/// Doses of a combined vaccine take the next numbers, in date order.
fn number_combined_doses(counted: &mut [Counted]) {
    counted.sort_by_key(|c| (c.date, c.via.is_some(), c.dose));
    for (i, c) in counted.iter_mut().enumerate() {
        if c.via.is_some() {
            c.dose = u8::try_from(i + 1).unwrap_or(u8::MAX);
        }
    }
}

fn given_as(c: &Counted) -> Vec<Reason> {
    c.via
        .iter()
        .map(|name| {
            Reason::new(ids::GIVEN_AS)
                .message("vaccine", name)
                .date("date", c.date)
        })
        .collect()
}

/// A dose's label: the rules' own, else "dose n", none for the one dose of
/// a single-dose vaccine (the RSウイルス母子免疫ワクチン is not "1回目").
fn label_of(v: &Vaccine, rule: Option<&DoseRule>, dose: u8) -> Option<Reason> {
    match rule.and_then(|r| r.label.as_ref()) {
        Some(l) => Some(l.reason()),
        None if dose == 1 && v.series.iter().all(|s| s.doses.len() <= 1) => None,
        None => Some(Reason::new(ids::DOSE_NTH).number("n", dose)),
    }
}

fn done_item(
    v: &Vaccine,
    dose: u8,
    rule: Option<&DoseRule>,
    date: Date,
    warnings: Vec<Reason>,
) -> PlanItem {
    let mut reasons = vec![Reason::new(ids::GIVEN).date("date", date)];
    reasons.extend(warnings);
    PlanItem {
        dose: Some(dose),
        label: label_of(v, rule, dose),
        given_on: Some(date),
        ..PlanItem::new(
            ItemRef::Vaccine(v.id.clone()),
            v.name.clone(),
            Status::Done,
            reasons,
        )
    }
}

fn open_item(v: &Vaccine, rule: &DoseRule, status: Status, reasons: Vec<Reason>) -> PlanItem {
    PlanItem {
        dose: Some(rule.dose),
        label: label_of(v, Some(rule), rule.dose),
        ..PlanItem::new(
            ItemRef::Vaccine(v.id.clone()),
            v.name.clone(),
            status,
            reasons,
        )
    }
}

/// The dates a window spans for this child: `from` (None: unreachable) and
/// `until` (excluded; None: open).
fn window_dates(w: &AgeWindow, birth: Date) -> (Option<Date>, Option<Date>) {
    (w.from.on(birth), w.until.and_then(|u| u.on(birth)))
}

/// Dates from `from` (included; `None`: never reached) until `until`
/// (excluded; `None`: open), narrowed window by window.
struct DateRange {
    from: Option<Date>,
    until: Option<Date>,
}

impl DateRange {
    fn open(from: Date) -> Self {
        DateRange {
            from: Some(from),
            until: None,
        }
    }

    fn narrow(&mut self, from: Option<Date>, until: Option<Date>) {
        self.from = match (self.from, from) {
            (Some(a), Some(b)) => Some(a.max(b)),
            _ => None,
        };
        self.until = match (self.until, until) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }

    /// Ends the range before `until` (excluded) at the latest.
    fn end_before(&mut self, until: Option<Date>) {
        if let Some(u) = until {
            self.until = Some(self.until.map_or(u, |a| a.min(u)));
        }
    }

    fn contains(&self, d: Date) -> bool {
        self.from.is_some_and(|f| f <= d) && self.until.is_none_or(|u| d < u)
    }

    fn last_day(&self) -> Option<Date> {
        self.until.and_then(day_before)
    }
}

fn plan_vaccine(
    ctx: &Ctx<'_>,
    rules: &Rules,
    v: &Vaccine,
    mut counted: Vec<Counted>,
    live: &mut Vec<LiveDose>,
    mut extra: Vec<Reason>,
) -> Vec<PlanItem> {
    let birth = ctx.child.birth_date;
    let season = v.season.and_then(|s| s.around(ctx.today));
    if let Some((from, until)) = season {
        counted.retain(|c| from <= c.date && c.date < until);
        if let Some(last) = day_before(until) {
            extra.push(
                Reason::new(ids::SEASON)
                    .date("from", from)
                    .date("until", last),
            );
        }
    }
    if let Some(sex) = v.sex {
        match ctx.child.sex {
            Some(s) if s != sex => {
                let mut items: Vec<PlanItem> = counted
                    .iter()
                    .map(|c| done_item(v, c.dose, None, c.date, given_as(c)))
                    .collect();
                items.push(PlanItem {
                    dose: None,
                    label: None,
                    ..open_item(
                        v,
                        &v.series[0].doses[0],
                        Status::NotEligible,
                        vec![Reason::new(ids::GIRLS_ONLY)],
                    )
                });
                return items;
            }
            Some(_) => {}
            None => extra.push(Reason::new(ids::GIRLS_ONLY)),
        }
    }
    if let Some(to) = v
        .replaced_by
        .as_ref()
        .and_then(|id| rules.vaccine(id.as_str()))
    {
        extra.push(Reason::new(ids::REPLACED_BY).message("vaccine", &to.name));
    }
    if ctx
        .child
        .gestational_age_at_birth
        .is_some_and(|g| g.weeks < TERM_WEEKS)
    {
        extra.push(Reason::new(ids::CHRONOLOGICAL_AGE));
    }
    if !v.funded {
        extra.push(Reason::new(ids::VOLUNTARY));
    }

    // The first record of each dose number counts; further ones are shown.
    let mut by_dose: BTreeMap<u8, &Counted> = BTreeMap::new();
    let mut repeats = Vec::new();
    for c in &counted {
        match by_dose.entry(c.dose) {
            std::collections::btree_map::Entry::Vacant(e) => {
                e.insert(c);
            }
            std::collections::btree_map::Entry::Occupied(_) => repeats.push(c),
        }
    }

    let series_index = match by_dose.get(&1) {
        Some(first) => series_for_first_dose(v, birth, first.date),
        None => Some(series_to_start(ctx, v, season, live)),
    };
    let mut items = match series_index {
        Some(i) => plan_series(ctx, v, i, &by_dose, season, live, &extra),
        None => by_dose
            .values()
            .map(|c| {
                let mut w = given_as(c);
                if v.funded {
                    w.push(Reason::new(ids::RECORD_NOT_ROUTINE));
                }
                done_item(v, c.dose, None, c.date, w)
            })
            .collect(),
    };
    // Records of doses the series does not have, and repeated records.
    let planned: BTreeSet<u8> = items.iter().filter_map(|i| i.dose).collect();
    for c in by_dose.values().filter(|c| !planned.contains(&c.dose)) {
        items.push(done_item(v, c.dose, None, c.date, given_as(c)));
    }
    for c in repeats {
        items.push(done_item(v, c.dose, None, c.date, given_as(c)));
    }
    items
}

/// The series whose first-dose window contains `date` (or the next one
/// when it falls before or between windows); `None` after all of them.
fn series_for_first_dose(v: &Vaccine, birth: Date, date: Date) -> Option<usize> {
    v.series.iter().position(|s| match &s.first_dose {
        None => true,
        Some(w) => match w.until {
            None => true,
            Some(u) => u.on(birth).is_none_or(|u| date < u),
        },
    })
}

/// Without a first dose: the series whose first dose can be given earliest
/// (from today), or, when none can, the one in effect today.
fn series_to_start(
    ctx: &Ctx<'_>,
    v: &Vaccine,
    season: Option<(Date, Date)>,
    live: &[LiveDose],
) -> usize {
    let birth = ctx.child.birth_date;
    for (i, s) in v.series.iter().enumerate() {
        let window = dose_window(ctx, v, s, &s.doses[0], true, season);
        let Some(from) = window.from else { continue };
        if let Some((d, _)) = first_slot(v, from.max(ctx.today), live) {
            if window.contains(d) {
                return i;
            }
        }
    }
    series_for_first_dose(v, birth, ctx.today).unwrap_or(v.series.len() - 1)
}

fn dose_window(
    ctx: &Ctx<'_>,
    v: &Vaccine,
    series: &Series,
    rule: &DoseRule,
    first: bool,
    season: Option<(Date, Date)>,
) -> DateRange {
    let birth = ctx.child.birth_date;
    let mut span = DateRange::open(birth);
    let (f, u) = window_dates(&v.window, birth);
    span.narrow(f, u);
    if let Some(w) = &rule.window {
        let (f, u) = window_dates(w, birth);
        span.narrow(f, u);
    }
    if first {
        if let Some(w) = &series.first_dose {
            let (f, u) = window_dates(w, birth);
            span.narrow(f, u);
        }
    }
    if let Some((f, u)) = season {
        span.narrow(Some(f), Some(u));
    }
    limit(ctx, v, &mut span);
    span
}

/// What bounds every window of `v`: the day it became routine and the end
/// of the pregnancy.
fn limit(ctx: &Ctx<'_>, v: &Vaccine, span: &mut DateRange) {
    if let Some(r) = v.routine_from {
        span.from = span.from.map(|f| f.max(r));
    }
    if let Some(e) = ctx.ended {
        span.end_before(Some(e));
    }
}

/// The funded windows of the birth cohorts `dose` belongs to (特例), each
/// with its cohort.
fn cohort_windows<'v>(ctx: &Ctx<'_>, v: &'v Vaccine, dose: u8) -> Vec<(DateRange, &'v Cohort)> {
    let birth = ctx.child.birth_date;
    v.cohorts
        .iter()
        .filter(|c| c.includes(birth, dose))
        .map(|c| {
            let mut span = DateRange::open(birth);
            let (f, u) = window_dates(&c.window, birth);
            span.narrow(f, u);
            span.end_before(c.through.and_then(|t| add_days(t, 1)));
            if let Some(since) = c.since {
                span.from = span.from.map(|f| f.max(since));
            }
            limit(ctx, v, &mut span);
            (span, c)
        })
        .collect()
}

/// The earliest date from `lower` on which `v` may be given with respect to
/// the other injected live vaccines (same day, or at least 27 days apart),
/// with the live dose that pushed it there, if any.
fn first_slot(v: &Vaccine, lower: Date, live: &[LiveDose]) -> Option<(Date, Option<LiveDose>)> {
    if !v.injected_live {
        return Some((lower, None));
    }
    let others: Vec<&LiveDose> = live.iter().filter(|l| l.vaccine != v.id).collect();
    let gap = i64::from(LIVE_GAP_DAYS);
    let clashes = |d: Date, l: &LiveDose| d != l.date && days_between(l.date, d).abs() <= gap;
    let mut candidates = vec![lower];
    for l in &others {
        candidates.push(l.date);
        if let Some(after) = add_days(l.date, u64::from(LIVE_GAP_DAYS) + 1) {
            candidates.push(after);
        }
    }
    candidates.retain(|&d| d >= lower);
    candidates.sort();
    candidates.dedup();
    let date = candidates
        .into_iter()
        .find(|&d| others.iter().all(|l| !clashes(d, l)))?;
    // Name the dose whose 27 days end on the date found (else the first one
    // in the way).
    let pushed_by = (date != lower)
        .then(|| {
            let in_way = || others.iter().filter(|l| clashes(lower, l));
            in_way()
                .filter(|l| add_days(l.date, u64::from(LIVE_GAP_DAYS) + 1) == Some(date))
                .min_by_key(|l| (l.date, l.vaccine.clone()))
                .or_else(|| in_way().min_by_key(|l| (l.date, l.vaccine.clone())))
                .map(|l| (*l).clone())
        })
        .flatten();
    Some((date, pushed_by))
}

/// The latest dose given or planned at or before `dose` (1-based), looking
/// past skipped ones.
fn anchor(states: &[State], dose: u8) -> Anchor {
    let mut n = usize::from(dose).min(states.len());
    while n > 0 {
        match states[n - 1] {
            State::Given(d) | State::Planned(d) => return Anchor::At(n as u8, d),
            State::Missed => return Anchor::Missed(n as u8),
            State::Skipped => n -= 1,
        }
    }
    Anchor::None
}

/// Whether a later dose of the same chain (each following the previous) is
/// recorded: then this one is not planned any more.
fn later_recorded(series: &Series, k: usize, by_dose: &BTreeMap<u8, &Counted>) -> Option<u8> {
    let mut later = None;
    for rule in &series.doses[k + 1..] {
        if !rule.after_previous {
            break;
        }
        if by_dose.contains_key(&rule.dose) {
            later = Some(rule.dose);
        }
    }
    later
}

fn interval_reason(dose: u8, after: u8, anchor: Date, iv: &Interval) -> Reason {
    let base = |id| {
        Reason::new(id)
            .number("dose", dose)
            .number("after", after)
            .date("date", anchor)
    };
    match iv.min {
        Span::Days(n) => base(ids::MIN_INTERVAL).number("days", n),
        Span::Months(n) => base(ids::MIN_INTERVAL_MONTHS).number("months", n),
    }
}

fn plan_series(
    ctx: &Ctx<'_>,
    v: &Vaccine,
    series_index: usize,
    by_dose: &BTreeMap<u8, &Counted>,
    season: Option<(Date, Date)>,
    live: &mut Vec<LiveDose>,
    extra: &[Reason],
) -> Vec<PlanItem> {
    let birth = ctx.child.birth_date;
    let today = ctx.today;
    let series = &v.series[series_index];
    let several = v.series.len() > 1;
    let mut states: Vec<State> = Vec::with_capacity(series.doses.len());
    let mut items = Vec::with_capacity(series.doses.len());
    let missed_status = if v.funded && !v.hard_limit {
        Status::FundedWindowMissed
    } else {
        Status::NotEligible
    };

    for (k, rule) in series.doses.iter().enumerate() {
        let n = rule.dose;
        let window = dose_window(ctx, v, series, rule, k == 0, season);
        let cohorts = cohort_windows(ctx, v, n);
        // The series' first-dose window only selects the series; funding
        // goes on (with another series) after it.
        let usual_last_day = dose_window(ctx, v, series, rule, false, season).last_day();
        // The latest funded day, the cohorts' windows included.
        let cohort_last_day = cohorts
            .iter()
            .map(|(r, _)| r.last_day())
            .chain([usual_last_day])
            .try_fold(None::<Date>, |acc, d| d.map(|d| acc.max(Some(d))))
            .flatten();

        if let Some(c) = by_dose.get(&n) {
            let mut warnings = given_as(c);
            let windows: Vec<&DateRange> = std::iter::once(&window)
                .chain(cohorts.iter().map(|(r, _)| r))
                .collect();
            warnings.extend(record_warnings(v, rule, &windows, c.date, &states, live));
            states.push(State::Given(c.date));
            items.push(done_item(v, n, Some(rule), c.date, warnings));
            continue;
        }
        if let Some(later) = later_recorded(series, k, by_dose) {
            states.push(State::Skipped);
            items.push(open_item(
                v,
                rule,
                Status::NotEligible,
                vec![Reason::new(ids::LATER_RECORDED).number("later", later)],
            ));
            continue;
        }
        if let (Some(point), Some(previous)) = (
            rule.skip_if_previous_from,
            k.checked_sub(1).and_then(|p| states[p].date()),
        ) {
            if let Some(limit) = point.on(birth).filter(|l| previous >= *l) {
                states.push(State::Skipped);
                items.push(open_item(
                    v,
                    rule,
                    Status::NotEligible,
                    vec![Reason::new(ids::DOSE_SKIPPED_PREVIOUS_LATE)
                        .number("after", n - 1)
                        .date("date", limit)],
                ));
                continue;
            }
        }

        // Lower bounds: the window, the previous dose, each interval.
        let mut reasons = Vec::new();
        // Bounds from earlier doses; the windows come below.
        let mut lower: Option<Date> = None;
        let mut recommended_by = rule
            .recommended
            .and_then(|w| w.until)
            .and_then(|u| u.on(birth))
            .and_then(day_before);
        let mut missed_after = None;
        let mut after_previous = None;
        if rule.after_previous && k > 0 {
            match anchor(&states, n - 1) {
                Anchor::At(m, d) => {
                    after_previous = add_days(d, 1).map(|next| (m, next));
                }
                Anchor::Missed(m) => missed_after = Some(m),
                Anchor::None => {}
            }
        }
        let mut interval_lower = None;
        for iv in &rule.intervals {
            match anchor(&states, iv.after) {
                Anchor::At(m, d) => {
                    reasons.push(interval_reason(n, m, d, iv));
                    let min = iv.min.after(d);
                    interval_lower = interval_lower.max(min);
                    lower = lower.max(min);
                    if let Some(max) = iv.recommended_max.and_then(|s| s.after(d)) {
                        recommended_by = Some(recommended_by.map_or(max, |r| r.min(max)));
                    }
                }
                Anchor::Missed(m) => missed_after = missed_after.or(Some(m)),
                Anchor::None => {}
            }
        }
        if let Some(m) = missed_after {
            states.push(State::Missed);
            items.push(open_item(
                v,
                rule,
                missed_status,
                vec![Reason::new(ids::PREVIOUS_MISSED).number("after", m)],
            ));
            continue;
        }
        if let Some((m, next)) = after_previous {
            let bound = lower.max(window.from);
            if bound.is_some_and(|l| next > l) {
                reasons.push(
                    Reason::new(ids::AFTER_PREVIOUS)
                        .number("dose", n)
                        .number("after", m),
                );
            }
            lower = lower.max(Some(next));
        }

        // The first window (the usual one, then each cohort's) with a valid
        // date from the bounds on.
        let mut candidates: Vec<(&DateRange, Option<&Cohort>)> = std::iter::once((&window, None))
            .chain(cohorts.iter().map(|(r, c)| (r, Some(*c))))
            .collect();
        candidates.sort_by_key(|(r, _)| (r.from.is_none(), r.from));
        let found = candidates.into_iter().find_map(|(r, c)| {
            let from = r.from?;
            let (d, pushed_by) =
                first_slot(v, lower.map_or(from, |l| l.max(from)).max(today), live)?;
            r.contains(d).then_some((d, pushed_by, r, c))
        });
        let (window, cohort, last_day) = match found {
            Some((_, _, r, Some(c))) => (r, Some(c), r.last_day()),
            _ => (&window, None, usual_last_day),
        };
        let date = match found {
            Some((d, pushed_by, _, _)) => {
                if let Some(l) = pushed_by {
                    reasons.push(
                        Reason::new(ids::LIVE_INTERVAL)
                            .message("vaccine", &l.name)
                            .date("date", l.date)
                            .number("days", LIVE_GAP_DAYS),
                    );
                }
                d
            }
            _ => {
                let (status, id) = if rule.skippable {
                    states.push(State::Skipped);
                    (Status::NotEligible, ids::DOSE_SKIPPED)
                } else {
                    states.push(State::Missed);
                    let id = if missed_status == Status::FundedWindowMissed {
                        ids::FUNDED_CLOSED
                    } else {
                        ids::AGE_LIMIT
                    };
                    (missed_status, id)
                };
                let last_day = cohort_last_day;
                let not_yet_routine = v
                    .routine_from
                    .filter(|r| window.until.is_some_and(|u| u <= *r));
                if let Some(ended) = ctx.ended {
                    items.push(open_item(
                        v,
                        rule,
                        Status::NotEligible,
                        vec![Reason::new(ids::PREGNANCY_ENDED).date("date", ended)],
                    ));
                    continue;
                }
                if let Some(r) = not_yet_routine {
                    items.push(open_item(
                        v,
                        rule,
                        Status::NotEligible,
                        vec![Reason::new(ids::ROUTINE_FROM).date("date", r)],
                    ));
                    continue;
                }
                let reasons = last_day
                    .map(|d| vec![Reason::new(id).date("date", d)])
                    .unwrap_or_default();
                items.push(PlanItem {
                    funded_until: last_day.filter(|_| v.funded),
                    ..open_item(v, rule, status, reasons)
                });
                continue;
            }
        };
        let recommended_from = rule
            .recommended
            .and_then(|w| w.from.on(birth))
            .filter(|f| *f > date);
        let recommended_by = match (recommended_by, last_day) {
            (Some(r), Some(l)) => Some(r.min(l)),
            (r, l) => r.or(l),
        };
        // Suggest the recommended time when it is still ahead and a valid
        // date exists in it; otherwise the earliest date.
        let suggested = recommended_from
            .and_then(|f| first_slot(v, f, live))
            .map(|(s, _)| s)
            .filter(|s| window.contains(*s) && recommended_by.is_none_or(|r| *s <= r))
            .unwrap_or(date);
        states.push(State::Planned(suggested));
        if v.injected_live {
            live.push(LiveDose {
                vaccine: v.id.clone(),
                name: v.name.clone(),
                date: suggested,
                recorded: false,
            });
        }

        if let Some(from) = window.from.filter(|f| *f > today && *f == date) {
            if interval_lower.is_none_or(|i| i < from) {
                reasons.insert(0, Reason::new(ids::AGE_FROM).date("date", from));
            }
        }
        let funded_until = last_day.filter(|_| v.funded);
        let status = if recommended_by.is_some_and(|r| r < today) {
            Status::Overdue
        } else if suggested == today {
            Status::DueNow
        } else {
            Status::Upcoming
        };
        if let Some(f) = recommended_from {
            reasons.push(Reason::new(ids::RECOMMENDED_FROM).date("date", f));
        }
        if let Some(r) = recommended_by {
            reasons.push(Reason::new(ids::RECOMMENDED_BY).date("date", r));
        }
        let closing_soon = closing_soon(funded_until, today, ctx.options);
        if let Some(f) = funded_until {
            reasons.push(Reason::new(ids::FUNDED_UNTIL).date("date", f));
            if closing_soon {
                reasons.push(
                    Reason::new(ids::FUNDED_CLOSING)
                        .date("date", f)
                        .number("days", days_between(today, f)),
                );
            }
        }
        if several {
            let first = states[0].date().unwrap_or(date);
            reasons.push(
                Reason::new(ids::DOSE_COUNT)
                    .number("count", series.doses.len() as i64)
                    .date("date", first),
            );
        }
        if let Some(c) = cohort {
            reasons.push(Reason::new(ids::COHORT).message("cohort", &c.name));
        }
        if let Some(r) = v.routine_from.filter(|r| *r > today) {
            reasons.push(Reason::new(ids::ROUTINE_FROM).date("date", r));
        }
        reasons.extend(extra.iter().cloned());
        items.push(PlanItem {
            earliest: Some(date),
            suggested: Some(suggested),
            recommended_from,
            recommended_by,
            funded_until,
            closing_soon,
            ..open_item(v, rule, status, reasons)
        });
    }
    items
}

/// Whether an open item's funded window ends within the warning horizon.
pub(super) fn closing_soon(funded_until: Option<Date>, today: Date, options: &Options) -> bool {
    funded_until.is_some_and(|f| {
        let left = days_between(today, f);
        (0..=i64::from(options.warn_within_days)).contains(&left)
    })
}

/// Warnings for a record that broke a rule (it still counts).
fn record_warnings(
    v: &Vaccine,
    rule: &DoseRule,
    windows: &[&DateRange],
    date: Date,
    states: &[State],
    live: &[LiveDose],
) -> Vec<Reason> {
    let mut out = Vec::new();
    for iv in &rule.intervals {
        if let Anchor::At(m, d) = anchor(states, iv.after) {
            if let Some(min) = iv.min.after(d).filter(|min| date < *min) {
                out.push(
                    Reason::new(ids::RECORD_BEFORE_INTERVAL)
                        .number("after", m)
                        .date("date", min),
                );
            }
        }
    }
    if v.funded && !windows.iter().any(|w| w.contains(date)) {
        out.push(Reason::new(ids::RECORD_NOT_ROUTINE));
    }
    if v.injected_live {
        let gap = i64::from(LIVE_GAP_DAYS);
        if let Some(l) = live
            .iter()
            .filter(|l| l.recorded && l.vaccine != v.id)
            .filter(|l| (1..=gap).contains(&days_between(l.date, date)))
            .max_by_key(|l| (l.date, l.vaccine.clone()))
        {
            out.push(
                Reason::new(ids::RECORD_LIVE_TOO_CLOSE)
                    .message("vaccine", &l.name)
                    .date("date", l.date),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn live(id: &str, date: &str) -> LiveDose {
        LiveDose {
            vaccine: VaccineId::from(id),
            name: format!("schedule-vaccine-{id}"),
            date: d(date),
            recorded: true,
        }
    }

    fn vaccine(live: bool) -> Vaccine {
        let rules = super::super::load_rules().unwrap();
        let mut v = rules.vaccine("varicella").unwrap().clone();
        v.injected_live = live;
        v
    }

    #[test]
    fn a_single_dose_vaccine_has_no_ordinal_others_do() {
        let rules = super::super::load_rules().unwrap();
        let rsv = rules.vaccine("rsv-maternal").unwrap();
        let mr = rules.vaccine("mr").unwrap();
        for v in [rsv, mr] {
            let rule = &v.series[0].doses[0];
            let open = open_item(v, rule, Status::DueNow, vec![]);
            let done = done_item(v, 1, None, d("2026-05-01"), vec![]);
            if v.id.as_str() == "rsv-maternal" {
                assert_eq!((open.label, done.label), (None, None), "{}", v.id.as_str());
            } else {
                let label = open.label.expect("MR 1期 is labelled");
                assert!(done.label.is_some());
                assert_ne!(label.message_id, "", "{label:?}");
            }
        }
        // Dose 2 of a vaccine recorded beyond its rules still says which.
        let two = done_item(rsv, 2, None, d("2026-05-01"), vec![]);
        assert_eq!(two.label.unwrap().message_id, ids::DOSE_NTH);
    }

    #[test]
    fn live_vaccines_go_the_same_day_or_27_days_apart() {
        let v = vaccine(true);
        let others = [live("mr", "2026-05-01")];
        // Same day is fine.
        assert_eq!(
            first_slot(&v, d("2026-05-01"), &others).map(|s| s.0),
            Some(d("2026-05-01"))
        );
        // The day after: next possible on day 28 (27 days between).
        let (date, by) = first_slot(&v, d("2026-05-02"), &others).unwrap();
        assert_eq!(date, d("2026-05-29"));
        assert_eq!(by.unwrap().date, d("2026-05-01"));
        // Before the other one: only if 27 full days lie between.
        assert_eq!(
            first_slot(&v, d("2026-04-03"), &others).map(|s| s.0),
            Some(d("2026-04-03"))
        );
        assert_eq!(
            first_slot(&v, d("2026-04-04"), &others).map(|s| s.0),
            Some(d("2026-05-01"))
        );
    }

    #[test]
    fn inactivated_vaccines_ignore_live_ones() {
        let v = vaccine(false);
        let others = [live("mr", "2026-05-01")];
        assert_eq!(
            first_slot(&v, d("2026-05-02"), &others).map(|s| s.0),
            Some(d("2026-05-02"))
        );
    }

    #[test]
    fn the_slot_dodges_several_live_doses() {
        let v = vaccine(true);
        let others = [live("mr", "2026-05-01"), live("bcg", "2026-05-20")];
        // 05-01 + 28 = 05-29 is too close to 05-20; 05-20 itself clashes
        // with 05-01 (19 days); 05-20 + 28 = 06-17 is clear of both.
        assert_eq!(
            first_slot(&v, d("2026-05-02"), &others).map(|s| s.0),
            Some(d("2026-06-17"))
        );
    }
}
