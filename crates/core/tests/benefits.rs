//! Benefit applications: states, the parent's tracked applications and
//! their checks, the next payment, deadline reminders with stable ids, and
//! the once-only application's form.

use hagukumi_core::benefits::*;
use hagukumi_core::official::{Benefit, BenefitStatus};
use hagukumi_core::schedule::reminders::ReminderSettings;
use hagukumi_core::{Date, ErrorCode, Field};

mod support;
use support::{child, d};

const TODAY: &str = "2026-12-04";

fn tracked(f: impl FnOnce(&mut TrackedInput)) -> Result<Tracked, hagukumi_core::ValidationErrors> {
    let mut input = TrackedInput {
        program: "児童手当".into(),
        state: "applied".into(),
        applied_on: "2026-11-20".into(),
        deadline: String::new(),
        next_payment_date: "2027-02-10".into(),
        next_payment_yen: "30,000".into(),
        note: "窓口で申請".into(),
    };
    f(&mut input);
    input.validate(d(TODAY))
}

fn official(id: &str, status: BenefitStatus) -> Benefit {
    Benefit {
        id: id.into(),
        program: "018-support".into(),
        program_name: "018サポート".into(),
        applied_on: d("2026-11-01"),
        status,
        status_updated_on: Some(d("2026-11-02")),
        amount_yen: Some(5000),
        note: None,
        deadline: None,
        next_payment_date: None,
        next_payment_yen: None,
    }
}

#[test]
fn the_portals_statuses_become_the_five_states() {
    use BenefitStatus::*;
    for (status, state) in [
        (Submitted, BenefitState::Applied),
        (UnderReview, BenefitState::Applied),
        (Returned, BenefitState::NeedsAction),
        (Approved, BenefitState::Approved),
        (Paid, BenefitState::Paid),
        (Rejected, BenefitState::NeedsAction),
    ] {
        assert_eq!(BenefitState::of_status(status), state, "{status:?}");
    }
    for s in BenefitState::ALL {
        assert_eq!(BenefitState::parse(s.as_str()), Some(s));
        assert!(s.message_id().starts_with("benefit-state-"));
    }
    assert_eq!(BenefitState::parse("approved-ish"), None);
}

#[test]
fn a_tracked_application_is_checked_like_a_form() {
    let t = tracked(|_| {}).unwrap();
    assert_eq!(t.state, BenefitState::Applied);
    assert_eq!(
        t.next_payment,
        Some(Payment {
            date: d("2027-02-10"),
            amount_yen: 30_000
        })
    );
    // The form's input gives the same application back.
    assert_eq!(t.to_input().validate(d(TODAY)).unwrap(), t);

    type Change = Box<dyn FnOnce(&mut TrackedInput)>;
    let cases: Vec<(Change, Field, ErrorCode)> = vec![
        (
            Box::new(|i: &mut TrackedInput| i.program = " ".into()),
            Field::Program,
            ErrorCode::Required,
        ),
        (
            Box::new(|i: &mut TrackedInput| i.program = "x".repeat(51)),
            Field::Program,
            ErrorCode::TooLong,
        ),
        (
            Box::new(|i: &mut TrackedInput| i.state = "granted".into()),
            Field::BenefitState,
            ErrorCode::UnknownChoice,
        ),
        (
            Box::new(|i: &mut TrackedInput| i.state = String::new()),
            Field::BenefitState,
            ErrorCode::Required,
        ),
        (
            Box::new(|i: &mut TrackedInput| i.applied_on = String::new()),
            Field::Date,
            ErrorCode::Required,
        ),
        (
            Box::new(|i: &mut TrackedInput| i.applied_on = "2026-12-05".into()),
            Field::Date,
            ErrorCode::DateInFuture,
        ),
        (
            Box::new(|i: &mut TrackedInput| i.state = "not-applied".into()),
            Field::Date,
            ErrorCode::OutOfRange,
        ),
        (
            Box::new(|i: &mut TrackedInput| i.deadline = "2026-13-01".into()),
            Field::Deadline,
            ErrorCode::MalformedDate,
        ),
        (
            Box::new(|i: &mut TrackedInput| i.next_payment_yen = String::new()),
            Field::PaymentAmount,
            ErrorCode::Required,
        ),
        (
            Box::new(|i: &mut TrackedInput| i.next_payment_date = String::new()),
            Field::PaymentDate,
            ErrorCode::Required,
        ),
        (
            Box::new(|i: &mut TrackedInput| i.next_payment_yen = "0".into()),
            Field::PaymentAmount,
            ErrorCode::OutOfRange,
        ),
        (
            Box::new(|i: &mut TrackedInput| i.next_payment_yen = "10000001".into()),
            Field::PaymentAmount,
            ErrorCode::OutOfRange,
        ),
        (
            Box::new(|i: &mut TrackedInput| i.next_payment_yen = "3万".into()),
            Field::PaymentAmount,
            ErrorCode::MalformedNumber,
        ),
        (
            Box::new(|i: &mut TrackedInput| i.note = "番号 1234 5678 9012".into()),
            Field::Text,
            ErrorCode::IndividualNumber,
        ),
        (
            Box::new(|i: &mut TrackedInput| i.program = "123456789012".into()),
            Field::Program,
            ErrorCode::IndividualNumber,
        ),
    ];
    for (change, field, code) in cases {
        let errors = tracked(change).unwrap_err();
        assert_eq!(errors.for_field(field), Some(code), "{errors:?}");
    }
    // Full-width amounts as typed on a phone.
    let t = tracked(|i| i.next_payment_yen = "１５０００円".into()).unwrap();
    assert_eq!(t.next_payment.unwrap().amount_yen, 15_000);
    // Not applied yet: no date, and a deadline.
    let t = tracked(|i| {
        i.state = "not-applied".into();
        i.applied_on = String::new();
        i.deadline = "2026-12-20".into();
    })
    .unwrap();
    assert_eq!(t.deadline, Some(d("2026-12-20")));
}

#[test]
fn the_list_has_the_portals_first_and_the_next_payment_still_to_come() {
    let mut paid = official("p-1", BenefitStatus::Paid);
    paid.next_payment_date = Some(d("2026-12-01"));
    paid.next_payment_yen = Some(5000);
    let mut approved = official("p-2", BenefitStatus::Approved);
    approved.status_updated_on = Some(d("2026-11-30"));
    approved.next_payment_date = Some(d("2027-04-10"));
    approved.next_payment_yen = Some(20_000);
    let mine = tracked(|_| {}).unwrap();
    let apps = applications(&[paid, approved], &[(7, mine)]);
    let keys: Vec<&str> = apps.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(keys, ["official:p-2", "official:p-1", "tracked:7"]);
    assert_eq!(apps[1].state, BenefitState::Paid);
    // The payment of 2026-12-01 is past; the tracked one of 2027-02-10 is next.
    let (a, p) = next_payment(&apps, d(TODAY)).unwrap();
    assert_eq!(a.key, "tracked:7");
    assert_eq!(p.amount_yen, 30_000);
    let view = BenefitsView::new(apps, Vec::new(), None, &[], true, d(TODAY));
    assert_eq!(view.next_payment.unwrap().program, "児童手当");
}

#[test]
fn a_deadline_is_reminded_from_n_days_before_to_the_day_itself_with_a_stable_id() {
    let settings = ReminderSettings::default();
    let n = i64::from(settings.days_before_close);
    let deadline = d("2026-12-20");
    let not_applied = tracked(|i| {
        i.state = "not-applied".into();
        i.applied_on = String::new();
        i.deadline = deadline.to_string();
    })
    .unwrap();
    let mut returned = official("p-9", BenefitStatus::Returned);
    returned.deadline = Some(d("2026-12-24"));
    let apps = applications(&[returned], &[(3, not_applied)]);
    let on = |day: Date| deadline_reminders(&apps, day, &settings);
    let first = deadline - hagukumi_core::chrono::Days::new(n as u64);
    assert!(on(first.pred_opt().unwrap())
        .iter()
        .all(|r| r.reminder.id != "benefit-deadline:tracked:3:2026-12-20"));
    let r = on(first);
    let mine = r
        .iter()
        .find(|r| r.program == "児童手当")
        .expect("due from n days before");
    assert_eq!(mine.reminder.id, "benefit-deadline:tracked:3:2026-12-20");
    assert_eq!(mine.reminder.due, first);
    // The same id every day it is due; none after the deadline.
    assert_eq!(on(deadline)[0].reminder.id, mine.reminder.id);
    assert!(on(deadline.succ_opt().unwrap())
        .iter()
        .all(|r| r.reminder.id != mine.reminder.id));
    // A returned application needs the parent too.
    assert!(on(d("2026-12-24"))
        .iter()
        .any(|r| r.reminder.id == "benefit-deadline:official:p-9:2026-12-24"));
    // Applied, approved or paid: nothing to remind of.
    let applied = tracked(|i| i.deadline = "2026-12-20".into()).unwrap();
    let apps = applications(&[], &[(4, applied)]);
    assert!(deadline_reminders(&apps, deadline, &settings).is_empty());
}

#[test]
fn the_once_only_application_takes_the_handbooks_children_and_never_a_my_number() {
    let children = [
        child(1, "はなこ", "2025-06-10"),
        child(2, "たろう", "2022-01-05"),
    ];
    let input = |guardian: &str, ids: &[i64]| OnceOnlyInput {
        guardian_name: guardian.into(),
        children: ids.to_vec(),
    };
    let ok = input("山田 花子", &[1, 2])
        .validate(&children, d(TODAY))
        .unwrap();
    assert_eq!(ok.children.len(), 2);
    let body = ok.to_portal_json(|id| (id == 1).then(|| "a-child-1".to_owned()));
    assert_eq!(body["programs"], serde_json::json!(ONCE_ONLY_PROGRAMS));
    assert_eq!(body["guardian"]["name"], "山田 花子");
    assert_eq!(body["children"][0]["child_id"], "a-child-1");
    assert_eq!(body["children"][1]["birth_date"], "2022-01-05");
    assert!(body["children"][1].get("child_id").is_none());
    let text = body.to_string();
    assert!(!text.to_lowercase().contains("number"), "{text}");

    for (guardian, ids, field, code) in [
        ("", &[1][..], Field::Guardian, ErrorCode::Required),
        (
            "1234-5678-9012",
            &[1][..],
            Field::Guardian,
            ErrorCode::IndividualNumber,
        ),
        ("山田 花子", &[][..], Field::Children, ErrorCode::Required),
        (
            "山田 花子",
            &[3][..],
            Field::Children,
            ErrorCode::UnknownChoice,
        ),
        (
            "山田 花子",
            &[1, 1][..],
            Field::Children,
            ErrorCode::AnsweredTwice,
        ),
    ] {
        let e = input(guardian, ids)
            .validate(&children, d(TODAY))
            .unwrap_err();
        assert_eq!(e.for_field(field), Some(code), "{guardian} {ids:?}: {e:?}");
    }
    // The guardian's name never deserialises from something like a My Number.
    assert!(serde_json::from_str::<GuardianName>("\"123456789012\"").is_err());
}
