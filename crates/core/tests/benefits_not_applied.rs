//! Benefits "not applied": the SAMPLE registry's programs with an amount
//! that apply today to the family in 千代田区 and that no application (the
//! portal's, the parent's, or one on its way) covers, at the boundaries of
//! the matching (born on 1 April, the school year after 18, pregnancy week
//! 32, twins).

use hagukumi_core::benefits::*;
use hagukumi_core::official::{Benefit, BenefitStatus};
use hagukumi_core::programs::{load_embedded, match_family};
use hagukumi_core::{Child, Pregnancy};

const CHIYODA: &str = "131016";
const TODAY: &str = "2026-12-04";

mod support;
use support::d;

/// Child `id`, named 子<id>.
fn child(id: i64, birth: &str) -> Child {
    support::child(id, &format!("子{id}"), birth)
}

/// The psid ends (`018-support`, …) of the rows not applied for.
fn missing(
    kids: &[Child],
    pregs: &[Pregnancy],
    apps: &[Application],
    sending: bool,
    today: &str,
) -> Vec<String> {
    let matches = match_family(&load_embedded(), CHIYODA, kids, pregs, d(today));
    let rows = not_applied(&matches, apps, sending);
    for r in &rows {
        assert_eq!(r.state, BenefitState::NotApplied);
        assert!(r.key.starts_with("program:sample+"), "{}", r.key);
        assert!(r.qualifies.is_some(), "{r:?}");
        assert!(r.amount_yen.is_some(), "{r:?}");
    }
    let mut out: Vec<String> = rows
        .iter()
        .map(|r| r.key.rsplit('+').next().unwrap().to_owned())
        .collect();
    out.sort();
    out
}

fn official(program: &str, name: &str) -> Application {
    Application::of_official(&Benefit {
        id: format!("b-{program}"),
        program: program.into(),
        program_name: name.into(),
        applied_on: d("2026-11-01"),
        status: BenefitStatus::Submitted,
        status_updated_on: None,
        amount_yen: None,
        note: None,
        deadline: None,
        next_payment_date: None,
        next_payment_yen: None,
    })
}

fn tracked(name: &str) -> Application {
    let t = TrackedInput {
        program: name.into(),
        state: "applied".into(),
        applied_on: "2026-11-20".into(),
        ..Default::default()
    }
    .validate(d(TODAY))
    .unwrap();
    Application::of_tracked(1, &t)
}

#[test]
fn a_baby_born_on_1_april_2025_qualifies_for_baby_first_and_one_born_the_day_before_does_not() {
    assert_eq!(
        missing(&[child(1, "2025-04-01")], &[], &[], false, TODAY),
        ["018-support", "akachan-first", "jidou-teate"]
    );
    assert_eq!(
        missing(&[child(1, "2025-03-31")], &[], &[], false, TODAY),
        ["018-support", "jidou-teate"],
        "no amount, no row: マル乳 and the municipality's services are not benefits"
    );
}

#[test]
fn support_ends_with_the_school_year_after_18() {
    // Born 1 April 2008: 18 on 31 March 2026, that school year's last day.
    assert!(missing(&[child(1, "2008-04-01")], &[], &[], false, TODAY).is_empty());
    assert_eq!(
        missing(&[child(1, "2008-04-02")], &[], &[], false, TODAY),
        ["018-support", "jidou-teate"]
    );
    assert_eq!(
        missing(&[child(1, "2008-04-01")], &[], &[], false, "2026-03-31"),
        ["018-support", "jidou-teate"],
        "still on the last day"
    );
}

#[test]
fn twins_give_one_row_per_program() {
    let kids = [child(1, "2026-10-01"), child(2, "2026-10-01")];
    let matches = match_family(&load_embedded(), CHIYODA, &kids, &[], d(TODAY));
    let rows = not_applied(&matches, &[], false);
    assert_eq!(rows.len(), 3, "{rows:?}");
    let first = rows[0].qualifies.as_ref().unwrap();
    assert!(!first.reasons.is_empty(), "why the family qualifies");
}

#[test]
fn the_second_pregnancy_payment_from_week_32() {
    // Due 2027-01-29: 32 weeks 0 days on 2026-12-04; the day before, 31w6d.
    let preg = [Pregnancy {
        id: 1,
        label: None,
        expected_date: d("2027-01-29"),
    }];
    assert_eq!(
        missing(&[], &preg, &[], false, TODAY),
        ["ninpu-shien-1", "ninpu-shien-2", "shussan-ikuji-ichijikin"]
    );
    assert_eq!(
        missing(&[], &preg, &[], false, "2026-12-03"),
        ["ninpu-shien-1", "shussan-ikuji-ichijikin"]
    );
}

#[test]
fn an_application_from_the_portal_by_hand_or_on_its_way_covers_its_program() {
    let kids = [child(1, "2026-10-01")];
    // The portal's names: 「赤ちゃんファースト」 for the registry's
    // 「赤ちゃんファースト（東京都出産・子育て応援事業）」.
    assert_eq!(
        missing(
            &kids,
            &[],
            &[
                official("018-support", "018サポート"),
                official("akachan-first", "赤ちゃんファースト")
            ],
            false,
            TODAY
        ),
        ["jidou-teate"]
    );
    // Tracked by hand, in English too.
    assert_eq!(
        missing(&kids, &[], &[tracked(" child allowance ")], false, TODAY),
        ["018-support", "akachan-first"]
    );
    assert_eq!(
        missing(&kids, &[], &[tracked("児童手当")], false, TODAY),
        ["018-support", "akachan-first"]
    );
    // The once-only application on its way covers the two applied together.
    assert_eq!(missing(&kids, &[], &[], true, TODAY), ["jidou-teate"]);
    // Another program's name covers nothing.
    assert_eq!(
        missing(&kids, &[], &[tracked("児童扶養手当")], false, TODAY),
        ["018-support", "akachan-first", "jidou-teate"]
    );
}

#[test]
fn a_program_not_applied_for_gets_no_deadline_reminder_of_its_own() {
    let kids = [child(1, "2026-10-01")];
    let matches = match_family(&load_embedded(), CHIYODA, &kids, &[], d(TODAY));
    let mut rows = not_applied(&matches, &[], false);
    for r in &mut rows {
        r.deadline = Some(d("2026-12-10"));
    }
    let settings = hagukumi_core::schedule::reminders::ReminderSettings::default();
    assert!(deadline_reminders(&rows, d(TODAY), &settings).is_empty());
}
