//! Which programs apply to the family today, and which begin soon.
//!
//! Ages follow [`crate::age`] (a month is complete on the same day-of-month
//! as the birth, or on the month's last day when that day does not exist).
//! Bounds of the registry's `target` on completed months:
//! `greaterThanOrEqualTo` X from the day X months are complete;
//! `greaterThan` X from the day X + 1 months are complete; `lessThan` X until
//! the day before X months are complete; `lessThanOrEqualTo` X until the day
//! before X + 1 months are complete (「X以下」 of an age). School years start
//! on 1 April; a child reaches an age on the day before the birthday, so one
//! born on 1 April belongs to the school year before one born on 2 April.

use super::registry::Program;
use super::rules::{Bound, Per, Subject};
use super::Registry;
use crate::age::{age_on, month_anniversary};
use crate::schedule::Reason;
use crate::{Child, Date, Pregnancy};
use chrono::{Datelike, Days, Months};
use serde::{Deserialize, Serialize};

/// The Fluent ids of the engine's reasons (`locales/*/programs.ftl`). The
/// renderer adds `name` (the child's name) to each.
pub mod ids {
    /// {name, years, months}: the child's age.
    pub const CHILD_AGE: &str = "programs-reason-child-age";
    /// {name, date}: the program is for children born on or after date.
    pub const BORN_ON_OR_AFTER: &str = "programs-reason-born-on-or-after";
    /// {name, date}: it applies from date.
    pub const FROM: &str = "programs-reason-from";
    /// {name, date}: it applies through date.
    pub const UNTIL: &str = "programs-reason-until";
    /// {name, age, date}: through the first 31 March after turning age.
    pub const SCHOOL_YEAR_END: &str = "programs-reason-school-year-end";
    /// {name, order}: the child's order among the siblings that count.
    pub const CHILD_ORDER: &str = "programs-reason-child-order";
    /// {name, count}: born the same day as other children in the handbook;
    /// each one counts.
    pub const TWINS: &str = "programs-reason-twins";
    /// {name, weeks, days}: the pregnancy's week today.
    pub const PREGNANCY_WEEK: &str = "programs-reason-pregnancy-week";
    /// {name, week, date}: claimable from that week (that date).
    pub const PREGNANCY_WEEK_FROM: &str = "programs-reason-pregnancy-week-from";
    /// {name}: paid for each expected child.
    pub const PER_EXPECTED_CHILD: &str = "programs-reason-per-expected-child";
    /// {name, date}: for the baby once born (expected on date).
    pub const AFTER_BIRTH: &str = "programs-reason-after-birth";
    /// {name, date}: the application period ends on date.
    pub const APPLY_BY: &str = "programs-reason-apply-by";

    /// Every id with the arguments its message uses (checked against the
    /// .ftl files; the renderer passes `name` to every one).
    pub const ALL: &[(&str, &[&str])] = &[
        (CHILD_AGE, &["name", "years", "months"]),
        (BORN_ON_OR_AFTER, &["date"]),
        (FROM, &["date"]),
        (UNTIL, &["date"]),
        (SCHOOL_YEAR_END, &["age", "date"]),
        (CHILD_ORDER, &["name", "order"]),
        (TWINS, &["name", "count"]),
        (PREGNANCY_WEEK, &["weeks", "days"]),
        (PREGNANCY_WEEK_FROM, &["week", "date"]),
        (PER_EXPECTED_CHILD, &[]),
        (AFTER_BIRTH, &["date"]),
        (APPLY_BY, &["date"]),
    ];
}

/// Who a match is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Person {
    Child { id: i64, name: String },
    Pregnancy { id: i64, label: Option<String> },
}

/// An amount as published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amount {
    pub yen: u64,
    pub per: Per,
    /// The amount is for each expected child (the handbook does not know
    /// how many are expected).
    pub per_expected_child: bool,
}

/// A program that applies (or will) to one person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Match {
    pub psid: String,
    pub name: String,
    pub name_en: Option<String>,
    /// `national`, `prefecture` or `municipality`.
    pub level: String,
    pub person: Person,
    pub reasons: Vec<Reason>,
    pub amount: Option<Amount>,
    /// The registry's own words on the support (`support.monetarySupport`).
    pub amount_text: Option<String>,
    pub starts: Option<Date>,
    /// The last day it applies, when known.
    pub ends: Option<Date>,
    /// The last day to apply (`procedurePeriod.toYMD`), when known.
    pub apply_by: Option<Date>,
    /// Days from today to the earlier of `ends` and `apply_by`.
    pub days_left: Option<i64>,
    /// The next month with a payment, `YYYY-MM`.
    pub next_payment_month: Option<String>,
    pub schedule: Option<String>,
    pub applied_with: Option<String>,
    pub how: Option<String>,
    pub where_to: Option<String>,
    pub bring: Option<String>,
    pub link: Option<String>,
    pub source: Option<String>,
    /// The cited source's address, when the file gives one.
    pub source_url: Option<String>,
    pub note: Option<String>,
}

impl Match {
    /// The program `psid` (`name`, of `level`) for `person`, with no
    /// reason, dates, amount or procedure yet.
    pub fn new(psid: String, name: String, level: String, person: Person) -> Match {
        Match {
            psid,
            name,
            name_en: None,
            level,
            person,
            reasons: Vec::new(),
            amount: None,
            amount_text: None,
            starts: None,
            ends: None,
            apply_by: None,
            days_left: None,
            next_payment_month: None,
            schedule: None,
            applied_with: None,
            how: None,
            where_to: None,
            bring: None,
            link: None,
            source: None,
            source_url: None,
            note: None,
        }
    }

    /// A benefit to apply for: the program pays an amount in yen to this
    /// person (the rules' `amounts`: 児童手当, 018サポート, …), unlike a
    /// service or a subsidy certificate.
    pub fn is_benefit(&self) -> bool {
        self.amount.is_some()
    }
}

/// A program of the family's area whose conditions the data does not give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    pub psid: String,
    pub name: String,
    pub name_en: Option<String>,
    pub level: String,
    pub source: Option<String>,
    pub note: Option<String>,
}

/// The result of matching a family.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Matches {
    pub as_of: Date,
    pub municipality: String,
    pub now: Vec<Match>,
    /// Beginning within the next 3 months.
    pub coming: Vec<Match>,
    pub check: Vec<Check>,
}

/// What changes when the family moves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Move {
    pub from: String,
    pub to: String,
    /// Applies now in the old place and not in the new one.
    pub ends: Vec<Match>,
    /// Applies now in the new place and did not in the old one.
    pub apply: Vec<Match>,
}

/// The first 31 March on or after the day a child born on `birth` reaches
/// `age` (the day before the birthday).
pub fn school_year_end_after_age(birth: Date, age: u32) -> Option<Date> {
    let reached = month_anniversary(birth, age * 12)?.pred_opt()?;
    let march = Date::from_ymd_opt(reached.year(), 3, 31)?;
    if reached <= march {
        Some(march)
    } else {
        Date::from_ymd_opt(reached.year() + 1, 3, 31)
    }
}

fn bound_start(birth: Date, b: Bound) -> Option<Date> {
    match b {
        Bound::Months(n) => month_anniversary(birth, n),
        Bound::SchoolYearEndAfterAge(n) | Bound::SchoolYearStartAfterAge(n) => {
            school_year_end_after_age(birth, n)?.succ_opt()
        }
    }
}

fn bound_end(birth: Date, b: Bound) -> Option<Date> {
    match b {
        Bound::Months(n) => month_anniversary(birth, n)?.pred_opt(),
        Bound::SchoolYearEndAfterAge(n) | Bound::SchoolYearStartAfterAge(n) => {
            school_year_end_after_age(birth, n)
        }
    }
}

/// The days a child born on `birth` is within the program's bounds, both
/// included (`None` as end: no end given); `None` when never.
fn child_window(p: &Program, birth: Date) -> Option<(Date, Option<Date>)> {
    let rules = p.rules.as_ref();
    if let Some(from) = rules.and_then(|r| r.born_on_or_after) {
        if birth < from {
            return None;
        }
    }
    let mut start = birth;
    let mut end: Option<Date> = None;
    let mut later = |d: Date| start = start.max(d);
    let t = &p.target;
    if let Some(b) = t.greater_than_or_equal_to {
        later(month_anniversary(birth, b.months)?);
    }
    if let Some(b) = t.greater_than {
        later(month_anniversary(birth, b.months + 1)?);
    }
    if let Some(from) = rules.and_then(|r| r.from) {
        later(bound_start(birth, from)?);
    }
    let mut earlier = |d: Date| end = Some(end.map_or(d, |e| e.min(d)));
    if let Some(b) = t.less_than {
        earlier(month_anniversary(birth, b.months)?.pred_opt()?);
    }
    if let Some(b) = t.less_than_or_equal_to {
        earlier(month_anniversary(birth, b.months + 1)?.pred_opt()?);
    }
    if let Some(until) = rules.and_then(|r| r.until) {
        earlier(bound_end(birth, until)?);
    }
    match end {
        Some(e) if e < start => None,
        _ => Some((start, end)),
    }
}

fn subject(p: &Program) -> Option<Subject> {
    match &p.rules {
        Some(r) => Some(r.subject),
        // A registry record without Hagukumi's rules: a child's program
        // when it has age bounds, else nothing to match on.
        None if p.target.has_age_bounds() => Some(Subject::Child),
        None => None,
    }
}

struct Ctx<'a> {
    registry: &'a Registry,
    children: &'a [Child],
    today: Date,
}

impl Ctx<'_> {
    fn base(&self, p: &Program, person: Person) -> Match {
        let rules = p.rules.as_ref();
        let apply_by = p
            .procedure_period
            .as_ref()
            .and_then(|pp| pp.to.as_ref())
            .and_then(|d| d.date());
        Match {
            name_en: rules.and_then(|r| r.name_en.clone()),
            amount_text: p.support.monetary.clone(),
            apply_by,
            next_payment_month: rules.and_then(|r| next_payment(&r.payment_months, self.today)),
            schedule: rules.and_then(|r| r.schedule.clone()),
            applied_with: rules.and_then(|r| r.applied_with.clone()),
            how: p.procedure_method.clone(),
            where_to: p.procedure_counter.clone(),
            bring: p.belongings.clone(),
            link: p.local_government_link.as_ref().map(|l| l.uri.clone()),
            source: rules
                .and_then(|r| self.registry.source(&p.file, &r.source))
                .map(|s| s.title.clone()),
            source_url: rules
                .and_then(|r| self.registry.source(&p.file, &r.source))
                .and_then(|s| s.url.clone()),
            note: rules.and_then(|r| r.note.clone()),
            ..Match::new(
                p.psid.clone(),
                p.name.clone(),
                p.area.level().to_owned(),
                person,
            )
        }
    }

    fn finish(&self, mut m: Match, start: Date, end: Option<Date>) -> Match {
        m.starts = Some(start);
        m.ends = end;
        let last = match (end, m.apply_by) {
            (Some(e), Some(a)) => Some(e.min(a)),
            (e, a) => e.or(a),
        };
        m.days_left = last.map(|d| (d - self.today).num_days());
        if let Some(a) = m.apply_by {
            m.reasons.push(Reason::new(ids::APPLY_BY).date("date", a));
        }
        m
    }

    /// The child's order among the siblings that count for `p` on `on`.
    fn order(&self, p: &Program, child: &Child, on: Date) -> u32 {
        let until = p.rules.as_ref().and_then(|r| r.siblings_count_until);
        let counted = self.children.iter().filter(|c| {
            (c.birth_date, c.id) < (child.birth_date, child.id)
                && c.birth_date <= on
                && until.is_none_or(|u| bound_end(c.birth_date, u).is_none_or(|e| on <= e))
        });
        counted.count() as u32 + 1
    }

    /// `child` (real, or the expected baby) against a child's program on
    /// `on`: the window and the match, or `None` when outside it.
    fn child_match(&self, p: &Program, child: &Child, person: Person) -> Option<(Match, Date)> {
        let (start, end) = child_window(p, child.birth_date)?;
        if end.is_some_and(|e| e < self.today) {
            return None;
        }
        let mut m = self.base(p, person);
        if let Some(a) = m.apply_by {
            if a < self.today {
                return None;
            }
        }
        let on = start.max(self.today);
        let rules = p.rules.as_ref();
        if let Some(age) = age_on(child.birth_date, on) {
            if child.birth_date <= self.today {
                m.reasons.push(
                    Reason::new(ids::CHILD_AGE)
                        .number("years", age.years)
                        .number("months", age.months),
                );
            }
            if let Some(rules) = rules {
                let order = self.order(p, child, on);
                let chosen = rules.amounts.iter().find(|a| {
                    a.under_months.is_none_or(|u| age.total_months() < u)
                        && a.child_order_from.is_none_or(|f| order >= f)
                });
                if let Some(a) = chosen {
                    m.amount = Some(Amount {
                        yen: a.yen,
                        per: a.per,
                        per_expected_child: rules.per_expected_child,
                    });
                    if a.child_order_from.is_some() {
                        m.reasons
                            .push(Reason::new(ids::CHILD_ORDER).number("order", order));
                    }
                }
            }
        }
        if let Some(d) = rules.and_then(|r| r.born_on_or_after) {
            m.reasons
                .push(Reason::new(ids::BORN_ON_OR_AFTER).date("date", d));
        }
        if start > self.today {
            m.reasons.push(Reason::new(ids::FROM).date("date", start));
        }
        match (rules.and_then(|r| r.until), end) {
            (Some(Bound::SchoolYearEndAfterAge(n)), Some(e))
                if Some(e) == bound_end(child.birth_date, Bound::SchoolYearEndAfterAge(n)) =>
            {
                m.reasons.push(
                    Reason::new(ids::SCHOOL_YEAR_END)
                        .number("age", n)
                        .date("date", e),
                )
            }
            (_, Some(e)) => m.reasons.push(Reason::new(ids::UNTIL).date("date", e)),
            _ => {}
        }
        Some((self.finish(m, start, end), start))
    }

    fn pregnancy_match(&self, p: &Program, preg: &Pregnancy) -> Option<(Match, Date)> {
        let rules = p.rules.as_ref()?;
        let begun = preg.expected_date - Days::new(crate::pregnancy::TERM_DAYS as u64);
        let start = begun + Days::new(u64::from(rules.pregnancy_week_from.unwrap_or(0)) * 7);
        let person = Person::Pregnancy {
            id: preg.id,
            label: preg.label.clone(),
        };
        let mut m = self.base(p, person);
        if m.apply_by.is_some_and(|a| a < self.today) {
            return None;
        }
        if let Some(ga) = preg.gestational_age_on(self.today) {
            m.reasons.push(
                Reason::new(ids::PREGNANCY_WEEK)
                    .number("weeks", ga.weeks)
                    .number("days", ga.days),
            );
        }
        if let Some(w) = rules.pregnancy_week_from {
            m.reasons.push(
                Reason::new(ids::PREGNANCY_WEEK_FROM)
                    .number("week", w)
                    .date("date", start),
            );
        }
        if let Some(a) = rules.amounts.first() {
            m.amount = Some(Amount {
                yen: a.yen,
                per: a.per,
                per_expected_child: rules.per_expected_child,
            });
        }
        if rules.per_expected_child {
            m.reasons.push(Reason::new(ids::PER_EXPECTED_CHILD));
        }
        Some((self.finish(m, start, None), start))
    }
}

/// Whether a pregnancy is followed on `today`: begun, and not past 41 weeks
/// 6 days (after that the baby is expected in the handbook as a child).
fn pregnancy_current(preg: &Pregnancy, today: Date) -> bool {
    preg.gestational_age_on(today)
        .is_some_and(|ga| ga.weeks < 42)
}

fn next_payment(months: &[u32], today: Date) -> Option<String> {
    let this = today.month();
    let (year, month) = match months.iter().filter(|m| **m >= this).min() {
        Some(m) => (today.year(), *m),
        None => (today.year() + 1, *months.iter().min()?),
    };
    Some(format!("{year:04}-{month:02}"))
}

/// The programs of `municipality` (with its prefecture's and the national
/// ones) that apply on `today` to each child and pregnancy, those that begin
/// within three months, and those whose conditions the data does not give.
pub fn match_family(
    registry: &Registry,
    municipality: &str,
    children: &[Child],
    pregnancies: &[Pregnancy],
    today: Date,
) -> Matches {
    let ctx = Ctx {
        registry,
        children,
        today,
    };
    let horizon = today
        .checked_add_months(Months::new(3))
        .unwrap_or(Date::MAX);
    let mut out = Matches {
        as_of: today,
        municipality: municipality.to_owned(),
        now: Vec::new(),
        coming: Vec::new(),
        check: Vec::new(),
    };
    let push = |out: &mut Matches, (m, start): (Match, Date)| {
        if start <= today {
            out.now.push(m);
        } else if start <= horizon {
            out.coming.push(m);
        }
    };
    for p in registry
        .programs
        .iter()
        .filter(|p| p.area.covers(municipality))
    {
        match subject(p) {
            Some(Subject::Child) => {
                let mut found = Vec::new();
                for c in children.iter().filter(|c| c.birth_date <= today) {
                    let person = Person::Child {
                        id: c.id,
                        name: c.name.clone(),
                    };
                    if let Some(r) = ctx.child_match(p, c, person) {
                        found.push((c.birth_date, r));
                    }
                }
                // Twins (or more): each child born that day counts.
                let dates: Vec<Date> = found.iter().map(|(d, _)| *d).collect();
                for (birth, (mut m, start)) in found {
                    let same = dates.iter().filter(|d| **d == birth).count();
                    if same > 1 && m.amount.is_some() {
                        m.reasons
                            .push(Reason::new(ids::TWINS).number("count", same as i64));
                    }
                    push(&mut out, (m, start));
                }
                // The baby on its way: what begins at birth.
                for preg in pregnancies.iter().filter(|pr| pregnancy_current(pr, today)) {
                    if preg.expected_date < today || preg.expected_date > horizon {
                        continue;
                    }
                    let baby = Child {
                        id: i64::MAX,
                        name: String::new(),
                        birth_date: preg.expected_date,
                        sex: None,
                    };
                    let person = Person::Pregnancy {
                        id: preg.id,
                        label: preg.label.clone(),
                    };
                    if let Some((mut m, start)) = ctx.child_match(p, &baby, person) {
                        if start == preg.expected_date {
                            m.reasons.retain(|r| r.message_id != ids::CHILD_AGE);
                            m.reasons
                                .insert(0, Reason::new(ids::AFTER_BIRTH).date("date", start));
                            out.coming.push(m);
                        }
                    }
                }
            }
            Some(Subject::Pregnancy) => {
                for preg in pregnancies.iter().filter(|pr| pregnancy_current(pr, today)) {
                    if let Some(r) = ctx.pregnancy_match(p, preg) {
                        push(&mut out, r);
                    }
                }
            }
            Some(Subject::Family) | None => out.check.push(Check {
                psid: p.psid.clone(),
                name: p.name.clone(),
                name_en: p.rules.as_ref().and_then(|r| r.name_en.clone()),
                level: p.area.level().to_owned(),
                source: p
                    .rules
                    .as_ref()
                    .and_then(|r| registry.source(&p.file, &r.source))
                    .map(|s| s.title.clone()),
                note: p.rules.as_ref().and_then(|r| r.note.clone()),
            }),
        }
    }
    out.now.sort_by(|a, b| {
        (a.days_left.unwrap_or(i64::MAX), &a.name).cmp(&(b.days_left.unwrap_or(i64::MAX), &b.name))
    });
    out.coming.sort_by_key(|m| m.starts);
    out
}

/// What ends and what to apply for when the family moves from `from` to `to`
/// on `today`: the programs applying now in one place and not the other
/// (programs of the same psid, e.g. national ones, carry over).
pub fn moving(
    registry: &Registry,
    from: &str,
    to: &str,
    children: &[Child],
    pregnancies: &[Pregnancy],
    today: Date,
) -> Move {
    let old = match_family(registry, from, children, pregnancies, today);
    let new = match_family(registry, to, children, pregnancies, today);
    let key = |m: &Match| (m.psid.clone(), m.person.clone());
    let old_keys: Vec<_> = old.now.iter().map(key).collect();
    let new_keys: Vec<_> = new.now.iter().map(key).collect();
    Move {
        from: from.to_owned(),
        to: to.to_owned(),
        ends: old
            .now
            .into_iter()
            .filter(|m| !new_keys.contains(&key(m)))
            .collect(),
        apply: new
            .now
            .into_iter()
            .filter(|m| !old_keys.contains(&key(m)))
            .collect(),
    }
}
