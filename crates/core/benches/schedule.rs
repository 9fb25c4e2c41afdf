//! `cargo xtask bench`: the full schedule of a family of five over 18 years,
//! as a ratio to a plain loop over the same rule list, both timed in this
//! process (ratios, not seconds, are what we compare between machines).
//!
//! Workload: for each of five children (born a year apart) and each month
//! of 18 years, `schedule::plan` with the child's doses recorded on time so
//! far. Baseline: for the same (child, month) pairs, a loop that visits
//! every vaccine, series and dose rule and does trivial work per rule.

use hagukumi_core::schedule::{
    load_rules, plan, ChildInfo, DoseRecord, History, ItemRef, Options, Person, Rules, Status,
};
use hagukumi_core::Date;
use std::hint::black_box;
use std::time::{Duration, Instant};

const CHILDREN: usize = 5;
const MONTHS: u32 = 18 * 12;

fn family(today: Date) -> Vec<ChildInfo> {
    (0..CHILDREN)
        .map(|i| ChildInfo {
            birth_date: today
                .checked_sub_months(chrono::Months::new(12 * i as u32))
                .unwrap(),
            sex: None,
            gestational_age_at_birth: None,
        })
        .collect()
}

/// Doses "given" on their suggested days, as a family following the plan.
fn on_time_history(rules: &Rules, child: &ChildInfo, until: Date) -> History {
    let person = Person::Child(child.clone());
    let mut history = History::default();
    let mut day = child.birth_date;
    while day <= until {
        let items = plan(rules, &person, &history, day, &Options::default());
        let mut next = None::<Date>;
        for item in &items {
            if let (ItemRef::Vaccine(v), Some(dose), Some(s)) =
                (&item.item, item.dose, item.suggested)
            {
                if item.status == Status::DueNow && s == day {
                    history.doses.push(DoseRecord {
                        vaccine: v.clone(),
                        dose,
                        date: day,
                    });
                } else if item.status.is_open() && s > day {
                    next = Some(next.map_or(s, |n: Date| n.min(s)));
                }
            }
        }
        match next {
            Some(n) => day = n,
            None => break,
        }
    }
    history
}

fn workload(rules: &Rules, kids: &[(ChildInfo, History)]) -> usize {
    let mut n = 0;
    for (child, history) in kids {
        let person = Person::Child(child.clone());
        for m in 0..MONTHS {
            let day = child.birth_date + chrono::Months::new(m);
            n += plan(rules, &person, history, day, &Options::default()).len();
        }
    }
    n
}

fn baseline(rules: &Rules, kids: &[(ChildInfo, History)]) -> usize {
    let mut n = 0usize;
    for (child, history) in kids {
        for m in 0..MONTHS {
            let day = child.birth_date + chrono::Months::new(m);
            for v in rules.vaccines() {
                for s in &v.series {
                    for d in &s.doses {
                        n = n.wrapping_add(black_box(d as *const _ as usize) & 1);
                        n += history.doses.iter().filter(|h| h.date <= day).count() & 1;
                    }
                }
            }
        }
    }
    n
}

fn time(mut f: impl FnMut() -> usize) -> Duration {
    let mut samples: Vec<Duration> = (0..7)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    let rules = load_rules().expect("valid rules");
    let today: Date = "2026-11-25".parse().unwrap();
    let kids: Vec<_> = family(today)
        .into_iter()
        .map(|c| {
            let h = on_time_history(&rules, &c, c.birth_date + chrono::Months::new(MONTHS));
            (c, h)
        })
        .collect();
    let plans = time(|| workload(&rules, &kids));
    let loop_only = time(|| baseline(&rules, &kids));
    let ratio = plans.as_secs_f64() / loop_only.as_secs_f64();
    println!(
        "schedule: family of {CHILDREN} x {MONTHS} months = {} plans; median {:?} vs plain rule loop {:?}; ratio {ratio:.1}x",
        CHILDREN * MONTHS as usize,
        plans,
        loop_only
    );
    println!(
        "bench-row: Schedule, {} plans vs a plain loop over the rules | {ratio:.0}× ({:.0?} per plan) | — (kept for comparison) | —",
        CHILDREN * MONTHS as usize,
        plans / (CHILDREN * MONTHS as usize) as u32
    );
}
