//! Benefit applications: the state of each (from the portal, or tracked by
//! hand by the parent), the next payment, reminders before deadlines, and
//! the once-only application of 018サポート and 赤ちゃんファースト.
//!
//! Pure: the store keeps the parent's tracked applications and the portal's
//! items ([`crate::official::Benefit`]); the shell and `hagu` call
//! [`applications`] and [`deadline_reminders`] with today's date. Nothing
//! here asks for or keeps an individual number (マイナンバー): text that
//! looks like one is refused ([`ErrorCode::IndividualNumber`]).

use crate::check::Check;
use crate::clinic_card::looks_like_individual_number;
use crate::model::RecordId;
use crate::official::{Benefit, BenefitStatus};
use crate::programs::Match;
use crate::schedule::reminders::{Reminder, ReminderKind, ReminderSettings};
use crate::schedule::Reason;
use crate::validate::{parse_date, MAX_NAME_CHARS, MAX_TEXT_CHARS};
use crate::{Child, Date, ErrorCode, Field, ValidationErrors};
use serde::{Deserialize, Serialize};

/// The write kind of a once-only application in the outbox, and the
/// portal's endpoint (`POST /v1/benefit-applications`).
pub const APPLICATION_KIND: &str = "benefit-application";
pub const APPLICATION_PATH: &str = "benefit-applications";

/// The programs applied for together by the once-only application (the
/// program ids of the registry's `hagukumi.source` and of the portal).
pub const ONCE_ONLY_PROGRAMS: [&str; 2] = ["018-support", "akachan-first"];

mod not_applied;
pub use not_applied::{covers, not_applied};

/// Largest amount accepted for a payment (yen).
pub const MAX_AMOUNT_YEN: u32 = 10_000_000;

/// Most children in one once-only application.
pub const MAX_CHILDREN: usize = 10;

crate::by_name::choices! {
    /// Where an application stands, as the parent sees it.
    pub enum BenefitState: serde {
        NotApplied = "not-applied",
        Applied = "applied",
        Approved = "approved",
        Paid = "paid",
        NeedsAction = "needs-action",
    }
}

impl BenefitState {
    /// The Fluent id of the state in words (`benefit-state-…`).
    pub fn message_id(self) -> String {
        format!("benefit-state-{}", self.as_str())
    }

    /// The state of a portal application: submitted or under review is
    /// applied; returned (papers missing) or rejected needs the parent.
    pub fn of_status(status: BenefitStatus) -> BenefitState {
        match status {
            BenefitStatus::Submitted | BenefitStatus::UnderReview => BenefitState::Applied,
            BenefitStatus::Approved => BenefitState::Approved,
            BenefitStatus::Paid => BenefitState::Paid,
            BenefitStatus::Returned | BenefitStatus::Rejected => BenefitState::NeedsAction,
        }
    }

    /// Something is still to be done before a deadline (apply, or answer
    /// the office).
    pub fn has_deadline(self) -> bool {
        matches!(self, BenefitState::NotApplied | BenefitState::NeedsAction)
    }
}

/// A payment: when and how much.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    pub date: Date,
    pub amount_yen: u32,
}

/// What the parent's "track an application" form (or `hagu benefits
/// track`) sends, unchecked. Empty strings are "not given".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackedInput {
    pub program: String,
    pub state: String,
    #[serde(default)]
    pub applied_on: String,
    #[serde(default)]
    pub deadline: String,
    #[serde(default)]
    pub next_payment_date: String,
    #[serde(default)]
    pub next_payment_yen: String,
    #[serde(default)]
    pub note: String,
}

/// An application the parent tracks by hand, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tracked {
    pub program: String,
    pub state: BenefitState,
    pub applied_on: Option<Date>,
    pub deadline: Option<Date>,
    pub next_payment: Option<Payment>,
    pub note: Option<String>,
}

fn no_individual_number(check: &mut Check, field: Field, text: &Option<String>) {
    if text.as_deref().is_some_and(looks_like_individual_number) {
        check.push(field, ErrorCode::IndividualNumber);
    }
}

fn optional_date(check: &mut Check, field: Field, s: &str) -> Option<Option<Date>> {
    if s.trim().is_empty() {
        return Some(None);
    }
    check.run(field, parse_date(s)).map(Some)
}

impl TrackedInput {
    /// Checks every field: a program name, a known state, an application
    /// date (not in the future; required once applied, refused before), an
    /// optional deadline, a payment as a date with an amount (1 to
    /// 10,000,000 yen) or neither, a note; never an individual number.
    pub fn validate(&self, today: Date) -> Result<Tracked, ValidationErrors> {
        let mut c = Check::default();
        let program = c.text(Field::Program, &self.program, true, MAX_NAME_CHARS);
        if let Some(p) = &program {
            no_individual_number(&mut c, Field::Program, p);
        }
        let state = match self.state.trim() {
            "" => c.run(Field::BenefitState, Err(ErrorCode::Required)),
            s => c.run(
                Field::BenefitState,
                BenefitState::parse(s).ok_or(ErrorCode::UnknownChoice),
            ),
        };
        let applied_on = optional_date(&mut c, Field::Date, &self.applied_on);
        if let Some(Some(d)) = applied_on {
            if d > today {
                c.push(Field::Date, ErrorCode::DateInFuture);
            }
        }
        match (state, applied_on) {
            (Some(BenefitState::NotApplied), Some(Some(_))) => {
                c.push(Field::Date, ErrorCode::OutOfRange)
            }
            (Some(s), Some(None)) if s != BenefitState::NotApplied => {
                c.push(Field::Date, ErrorCode::Required)
            }
            _ => {}
        }
        let deadline = optional_date(&mut c, Field::Deadline, &self.deadline);
        let payment_date = optional_date(&mut c, Field::PaymentDate, &self.next_payment_date);
        let amount = if self.next_payment_yen.trim().is_empty() {
            Some(None)
        } else {
            let digits: String = self
                .next_payment_yen
                .trim()
                .chars()
                .filter(|ch| !matches!(ch, ',' | '，' | '円' | '¥' | '￥'))
                .map(|ch| match ch {
                    '０'..='９' => {
                        char::from_u32(ch as u32 - '０' as u32 + '0' as u32).unwrap_or(ch)
                    }
                    other => other,
                })
                .collect();
            let r = if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                Err(ErrorCode::MalformedNumber)
            } else {
                match digits.parse::<u32>() {
                    Ok(n) if (1..=MAX_AMOUNT_YEN).contains(&n) => Ok(n),
                    _ => Err(ErrorCode::OutOfRange),
                }
            };
            c.run(Field::PaymentAmount, r).map(Some)
        };
        match (payment_date, amount) {
            (Some(Some(_)), Some(None)) => c.push(Field::PaymentAmount, ErrorCode::Required),
            (Some(None), Some(Some(_))) => c.push(Field::PaymentDate, ErrorCode::Required),
            _ => {}
        }
        let note = c.text(Field::Text, &self.note, false, MAX_TEXT_CHARS);
        if let Some(n) = &note {
            no_individual_number(&mut c, Field::Text, n);
        }
        if !c.errors.is_empty() {
            return Err(ValidationErrors(c.errors));
        }
        match (
            program,
            state,
            applied_on,
            deadline,
            payment_date,
            amount,
            note,
        ) {
            (
                Some(Some(program)),
                Some(state),
                Some(applied_on),
                Some(deadline),
                Some(date),
                Some(amount),
                Some(note),
            ) => Ok(Tracked {
                program,
                state,
                applied_on,
                deadline,
                next_payment: date
                    .zip(amount)
                    .map(|(date, amount_yen)| Payment { date, amount_yen }),
                note,
            }),
            _ => unreachable!("every missing value was reported"),
        }
    }
}

impl Tracked {
    /// The form's input that gives this application back (for editing, and
    /// for checking an imported one again).
    pub fn to_input(&self) -> TrackedInput {
        let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        TrackedInput {
            program: self.program.clone(),
            state: self.state.as_str().to_owned(),
            applied_on: date(self.applied_on),
            deadline: date(self.deadline),
            next_payment_date: date(self.next_payment.map(|p| p.date)),
            next_payment_yen: self
                .next_payment
                .map(|p| p.amount_yen.to_string())
                .unwrap_or_default(),
            note: self.note.clone().unwrap_or_default(),
        }
    }
}

/// Where an application in the list comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "source", rename_all = "kebab-case")]
pub enum Source {
    /// The portal's item (read-only).
    Official { id: String },
    /// The parent's own, tracked by hand (`id` in the handbook).
    Tracked { id: RecordId },
    /// A benefit of the registry the family qualifies for and has not
    /// applied for ([`not_applied`]).
    Program { psid: String },
}

/// One application as the Benefits screen and `hagu benefits` show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    /// Stable key: `official:<portal id>`, `tracked:<id>` or
    /// `program:<psid>` (reminder ids use it).
    pub key: String,
    #[serde(flatten)]
    pub source: Source,
    /// The program's id where known (`018-support`, …).
    pub program_id: Option<String>,
    pub program: String,
    pub state: BenefitState,
    /// The portal's own status (Fluent id `portal-benefit-…`), when official.
    pub status_id: Option<String>,
    pub applied_on: Option<Date>,
    pub updated_on: Option<Date>,
    pub deadline: Option<Date>,
    /// The amount the portal names (for a payment or a month).
    pub amount_yen: Option<u32>,
    pub next_payment: Option<Payment>,
    pub note: Option<String>,
    /// For a benefit not applied for: the registry's program as matched to
    /// the family (why, the amount, how and where to apply, the deadline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifies: Option<Box<Match>>,
}

impl Application {
    pub fn of_official(b: &Benefit) -> Application {
        Application {
            key: format!("official:{}", b.id),
            source: Source::Official { id: b.id.clone() },
            program_id: Some(b.program.clone()),
            program: b.program_name.clone(),
            state: BenefitState::of_status(b.status),
            status_id: Some(b.status.message_id().to_owned()),
            applied_on: Some(b.applied_on),
            updated_on: b.status_updated_on,
            deadline: b.deadline,
            amount_yen: b.amount_yen,
            next_payment: b
                .next_payment_date
                .zip(b.next_payment_yen)
                .map(|(date, amount_yen)| Payment { date, amount_yen }),
            note: b.note.clone(),
            qualifies: None,
        }
    }

    pub fn of_tracked(id: RecordId, t: &Tracked) -> Application {
        Application {
            key: format!("tracked:{id}"),
            source: Source::Tracked { id },
            program_id: None,
            program: t.program.clone(),
            state: t.state,
            status_id: None,
            applied_on: t.applied_on,
            updated_on: None,
            deadline: t.deadline,
            amount_yen: t.next_payment.map(|p| p.amount_yen),
            next_payment: t.next_payment,
            note: t.note.clone(),
            qualifies: None,
        }
    }

    /// The next payment still to come on `today` or later.
    pub fn upcoming_payment(&self, today: Date) -> Option<Payment> {
        self.next_payment.filter(|p| p.date >= today)
    }
}

/// Every application: the portal's first (newest change first), then the
/// parent's tracked ones (by id).
pub fn applications(official: &[Benefit], tracked: &[(RecordId, Tracked)]) -> Vec<Application> {
    let mut portal: Vec<Application> = official.iter().map(Application::of_official).collect();
    portal.sort_by(|a, b| {
        let at = |x: &Application| x.updated_on.or(x.applied_on);
        at(b).cmp(&at(a)).then_with(|| a.key.cmp(&b.key))
    });
    let mut mine: Vec<Application> = tracked
        .iter()
        .map(|(id, t)| Application::of_tracked(*id, t))
        .collect();
    mine.sort_by(|a, b| a.key.cmp(&b.key));
    portal.extend(mine);
    portal
}

/// The earliest payment still to come among the applications, and which.
pub fn next_payment(apps: &[Application], today: Date) -> Option<(&Application, Payment)> {
    apps.iter()
        .filter_map(|a| a.upcoming_payment(today).map(|p| (a, p)))
        .min_by_key(|(a, p)| (p.date, a.key.clone()))
}

/// Fluent ids of the deadline reminder (arguments `program`, `date`, `days`).
pub const REMINDER_TITLE: &str = "benefit-reminder-title";
pub const REMINDER_BODY: &str = "benefit-reminder-body";

/// A deadline reminder with the program's name (free text, so not a
/// message id: the shell passes it to the words as `program`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeadlineReminder {
    pub reminder: Reminder,
    pub program: String,
}

/// Reminders before deadlines: an application not applied for yet or
/// needing the parent gets one from `days_before_close` days before its
/// deadline up to the deadline itself (so one missed while the app was
/// closed still comes), never before and never after. The id is stable:
/// `benefit-deadline:<key>:<deadline>` (a changed deadline is a new
/// reminder). Ordered by due date, then key.
pub fn deadline_reminders(
    apps: &[Application],
    today: Date,
    settings: &ReminderSettings,
) -> Vec<DeadlineReminder> {
    let mut out: Vec<DeadlineReminder> = apps
        .iter()
        // A program not applied for is in the monthly news' deadlines.
        .filter(|a| a.state.has_deadline() && a.qualifies.is_none())
        .filter_map(|a| {
            let deadline = a.deadline?;
            let due =
                deadline.checked_sub_days(chrono::Days::new(settings.days_before_close.into()))?;
            if today < due || today > deadline {
                return None;
            }
            let days = (deadline - today).num_days();
            let words = |id: &str| Reason::new(id).date("date", deadline).number("days", days);
            Some(DeadlineReminder {
                reminder: Reminder {
                    id: format!("benefit-deadline:{}:{deadline}", a.key),
                    kind: ReminderKind::Closing,
                    person: None,
                    target: deadline,
                    due,
                    title: words(REMINDER_TITLE),
                    body: words(REMINDER_BODY),
                    entries: Vec::new(),
                },
                program: a.program.clone(),
            })
        })
        .collect();
    out.sort_by(|a, b| (a.reminder.due, &a.reminder.id).cmp(&(b.reminder.due, &b.reminder.id)));
    out
}

/// The once-only application form (018サポート + 赤ちゃんファースト), unchecked:
/// the guardian's name (entered once, kept) and the handbook's children
/// chosen. There is no field for an individual number, and a name that
/// looks like one is refused.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnceOnlyInput {
    pub guardian_name: String,
    pub children: Vec<RecordId>,
}

/// The guardian's name for an application: 1–50 characters, never
/// anything shaped like an individual number. Only made by [`GuardianName::parse`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct GuardianName(String);

impl GuardianName {
    pub fn parse(s: &str) -> Result<GuardianName, ErrorCode> {
        let name = crate::validate::check_text(s, true, MAX_NAME_CHARS)?.unwrap_or_default();
        if looks_like_individual_number(&name) {
            return Err(ErrorCode::IndividualNumber);
        }
        Ok(GuardianName(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for GuardianName {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        GuardianName::parse(&s).map_err(|e| serde::de::Error::custom(e.message_id()))
    }
}

/// A child applied for: as the handbook knows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Applicant {
    pub child_id: RecordId,
    pub name: String,
    pub birth_date: Date,
}

/// A checked once-only application, ready for the outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnceOnly {
    pub guardian_name: GuardianName,
    pub children: Vec<Applicant>,
}

impl OnceOnlyInput {
    /// Checks the guardian's name and that every chosen child is one of
    /// `children` (the handbook's), born by `today`, chosen once.
    pub fn validate(&self, children: &[Child], today: Date) -> Result<OnceOnly, ValidationErrors> {
        let mut c = Check::default();
        let guardian = c.run(Field::Guardian, GuardianName::parse(&self.guardian_name));
        let mut chosen: Vec<Applicant> = Vec::new();
        if self.children.is_empty() {
            c.push(Field::Children, ErrorCode::Required);
        } else if self.children.len() > MAX_CHILDREN {
            c.push(Field::Children, ErrorCode::OutOfRange);
        }
        for id in &self.children {
            match children.iter().find(|ch| ch.id == *id) {
                None => {
                    c.push(Field::Children, ErrorCode::UnknownChoice);
                    break;
                }
                Some(_) if chosen.iter().any(|a| a.child_id == *id) => {
                    c.push(Field::Children, ErrorCode::AnsweredTwice);
                    break;
                }
                Some(ch) if ch.birth_date > today => {
                    c.push(Field::Children, ErrorCode::BirthInFuture);
                    break;
                }
                Some(ch) => chosen.push(Applicant {
                    child_id: ch.id,
                    name: ch.name.clone(),
                    birth_date: ch.birth_date,
                }),
            }
        }
        if !c.errors.is_empty() {
            return Err(ValidationErrors(c.errors));
        }
        let Some(guardian_name) = guardian else {
            unreachable!("a missing name was reported")
        };
        Ok(OnceOnly {
            guardian_name,
            children: chosen,
        })
    }
}

impl OnceOnly {
    /// The body sent to the portal; `portal_child` gives the portal's id
    /// of a handbook child when it is one the portal sent.
    pub fn to_portal_json(
        &self,
        portal_child: impl Fn(RecordId) -> Option<String>,
    ) -> serde_json::Value {
        let children: Vec<serde_json::Value> = self
            .children
            .iter()
            .map(|a| {
                let mut v = serde_json::json!({
                    "name": a.name,
                    "birth_date": a.birth_date.to_string(),
                });
                if let Some(id) = portal_child(a.child_id) {
                    v["child_id"] = serde_json::Value::String(id);
                }
                v
            })
            .collect();
        serde_json::json!({
            "programs": ONCE_ONLY_PROGRAMS,
            "guardian": {"name": self.guardian_name.as_str()},
            "children": children,
        })
    }
}

/// Where a once-only application sent from this device stands in the outbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SendState {
    /// Waiting to be sent (offline, or the portal did not answer yet).
    Pending,
    /// The portal accepted it; its applications come with the next sync.
    Sent,
    /// The portal refused it for good.
    Refused,
}

/// A once-only application sent from this device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Submission {
    pub id: i64,
    pub state: SendState,
    /// The children's names as sent.
    pub children: Vec<String>,
    /// When it was queued (UTC, as stored).
    pub queued_at: String,
    pub attempts: u32,
    /// The Fluent id of the last problem (`sync-error-…`), or of the refusal.
    pub problem_id: Option<String>,
}

/// The next payment and the application it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextPayment {
    pub key: String,
    pub program: String,
    pub payment: Payment,
}

/// Everything the Benefits screen and `hagu benefits` show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BenefitsView {
    pub applications: Vec<Application>,
    pub next_payment: Option<NextPayment>,
    /// Sent from here and not yet back through a sync (or refused).
    pub submissions: Vec<Submission>,
    /// For the once-only form: the guardian entered before, and the
    /// handbook's children (all chosen by default).
    pub guardian_name: Option<String>,
    pub children: Vec<Applicant>,
    /// The portal is connected (the form can be sent; else it waits).
    pub connected: bool,
    /// The day the view is for (days left, upcoming payments).
    pub today: Date,
}

impl BenefitsView {
    pub fn new(
        applications: Vec<Application>,
        submissions: Vec<Submission>,
        guardian_name: Option<String>,
        children: &[Child],
        connected: bool,
        today: Date,
    ) -> BenefitsView {
        let next_payment = next_payment(&applications, today).map(|(a, payment)| NextPayment {
            key: a.key.clone(),
            program: a.program.clone(),
            payment,
        });
        BenefitsView {
            applications,
            next_payment,
            submissions,
            guardian_name,
            children: children
                .iter()
                .filter(|c| c.birth_date <= today)
                .map(|c| Applicant {
                    child_id: c.id,
                    name: c.name.clone(),
                    birth_date: c.birth_date,
                })
                .collect(),
            connected,
            today,
        }
    }
}
