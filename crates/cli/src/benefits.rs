//! `hagu benefits` (every application with its state and the next
//! payment, then the registry's benefits the family qualifies for and has
//! not applied for), `hagu benefits apply` (the once-only application of
//! 018サポート with 赤ちゃんファースト, queued in the outbox; `hagu sync` sends
//! it), `hagu benefits track` and `hagu benefits delete` (applications the
//! parent tracks by hand). Thin: the view and the queue are the sync
//! library's, the checks core's, the words i18n's.

use crate::args::{argument, flag, localized, option};
use crate::clock::{today, CLOCK};
use crate::context::{Context, Exit};
use clap::{value_parser, ArgAction, ArgMatches, Command};
use hagukumi_core::benefits::{OnceOnlyInput, TrackedInput};
use hagukumi_i18n::benefits as words;
use hagukumi_i18n::Value;
use hagukumi_store::StoreError;

const JSON: &str = "json";
const GUARDIAN: &str = "guardian";
const CHILD: &str = "child";
const PROGRAM: &str = "program";
const STATE: &str = "state";
const APPLIED_ON: &str = "applied-on";
const DEADLINE: &str = "deadline";
const PAYMENT_DATE: &str = "payment-date";
const PAYMENT_YEN: &str = "payment-yen";
const NOTE: &str = "note";
const ID: &str = "id";

pub(crate) fn command(l: &hagukumi_i18n::Localizer) -> Command {
    let apply = localized(Command::new("apply"), l, "cli-benefits-apply-about")
        .arg(option(l, GUARDIAN, "NAME", "cli-benefits-guardian-help"))
        .arg(
            option(l, CHILD, "ID", "cli-benefits-child-help")
                .value_parser(value_parser!(i64))
                .action(ArgAction::Append),
        );
    let track = localized(Command::new("track"), l, "cli-benefits-track-about")
        .arg(option(l, PROGRAM, "NAME", "cli-benefits-program-help").required(true))
        .arg(option(l, STATE, "STATE", "cli-benefits-state-help").required(true))
        .arg(option(
            l,
            APPLIED_ON,
            "YYYY-MM-DD",
            "cli-benefits-applied-on-help",
        ))
        .arg(option(
            l,
            DEADLINE,
            "YYYY-MM-DD",
            "cli-benefits-deadline-help",
        ))
        .arg(option(
            l,
            PAYMENT_DATE,
            "YYYY-MM-DD",
            "cli-benefits-payment-date-help",
        ))
        .arg(option(
            l,
            PAYMENT_YEN,
            "YEN",
            "cli-benefits-payment-yen-help",
        ))
        .arg(option(l, NOTE, "TEXT", "cli-benefits-note-help"));
    let delete = localized(Command::new("delete"), l, "cli-benefits-delete-about").arg(
        argument(l, ID, "ID", "cli-benefits-id-help")
            .required(true)
            .value_parser(value_parser!(i64)),
    );
    localized(Command::new("benefits"), l, "cli-benefits-about")
        .arg(flag(l, JSON, "cli-benefits-json-help"))
        .subcommand(apply)
        .subcommand(track)
        .subcommand(delete)
}

impl Context<'_> {
    pub(crate) fn benefits(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        match m.subcommand() {
            Some(("apply", sub)) => self.benefits_apply(sub),
            Some(("track", sub)) => self.benefits_track(sub),
            Some(("delete", sub)) => {
                let store = self.open_existing()?;
                let id = sub.get_one::<i64>(ID).copied().unwrap_or_default();
                if !store.delete_tracked_benefit(id)? {
                    return Ok(self.refuse("benefit-no-such-application", &[]));
                }
                self.say_format("cli-benefits-deleted", &[]);
                Ok(Exit::Success)
            }
            _ => self.benefits_list(m.get_flag(JSON)),
        }
    }

    fn benefits_list(&mut self, json: bool) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let today = today();
        let view = hagukumi_sync::benefits::view(&store, today)?;
        if json {
            return Ok(self.print_json(&view));
        }
        if view.applications.is_empty() && view.submissions.is_empty() {
            self.say_format("benefits-none", &[]);
        }
        for a in &view.applications {
            let id = match &a.source {
                hagukumi_core::benefits::Source::Tracked { id } => format!("#{id} "),
                _ => String::new(),
            };
            let mut line = format!(
                "{id}{} [{}]",
                words::program(&self.l, a),
                words::state(&self.l, a)
            );
            for d in words::details(&self.l, a, today) {
                line.push_str(" · ");
                line.push_str(&d);
            }
            self.say(&line);
        }
        for s in &view.submissions {
            let text = words::submission(&self.l, s);
            self.say(&text);
        }
        let heading = self.l.text("benefits-next-payment-heading");
        self.say(&heading);
        let text = match &view.next_payment {
            Some(n) => self.l.format(
                "benefit-next-payment-of",
                &[
                    ("program", Value::from(n.program.as_str())),
                    ("date", Value::from(self.l.date(n.payment.date))),
                    (
                        "yen",
                        Value::from(hagukumi_i18n::programs::yen(n.payment.amount_yen.into())),
                    ),
                ],
            ),
            None => self.l.text("benefits-no-payment"),
        };
        self.say(&text);
        Ok(Exit::Success)
    }

    fn benefits_apply(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let today = today();
        let children = store.children()?;
        if children.is_empty() {
            return Ok(self.refuse("benefit-error-no-children", &[]));
        }
        // Pre-filled: the guardian entered before, every child of the handbook.
        let guardian_name = match m.get_one::<String>(GUARDIAN) {
            Some(g) => g.clone(),
            None => store.guardian_name()?.unwrap_or_default(),
        };
        let chosen: Vec<i64> = match m.get_many::<i64>(CHILD) {
            Some(ids) => ids.copied().collect(),
            None => children
                .iter()
                .filter(|c| c.birth_date <= today)
                .map(|c| c.id)
                .collect(),
        };
        let input = OnceOnlyInput {
            guardian_name,
            children: chosen,
        };
        let application = match input.validate(&children, today) {
            Ok(a) => a,
            Err(errors) => return Ok(self.invalid(&errors)),
        };
        match hagukumi_sync::benefits::queue(&store, &application, CLOCK.naive_utc()) {
            Ok(entry) => {
                for a in &application.children {
                    self.say_format(
                        "once-only-child",
                        &[
                            ("name", Value::from(a.name.as_str())),
                            ("date", Value::from(self.l.date(a.birth_date))),
                        ],
                    );
                }
                self.say_format("cli-benefits-queued", &[("id", entry.id.into())]);
                Ok(Exit::Success)
            }
            Err(e) => Ok(self.refuse(e.message_id(), &[])),
        }
    }

    fn benefits_track(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let text = |id: &str| m.get_one::<String>(id).cloned().unwrap_or_default();
        let input = TrackedInput {
            program: text(PROGRAM),
            state: text(STATE),
            applied_on: text(APPLIED_ON),
            deadline: text(DEADLINE),
            next_payment_date: text(PAYMENT_DATE),
            next_payment_yen: text(PAYMENT_YEN),
            note: text(NOTE),
        };
        let tracked = match input.validate(today()) {
            Ok(t) => t,
            Err(errors) => return Ok(self.invalid(&errors)),
        };
        let store = self.open_existing()?;
        let id = store.add_tracked_benefit(&tracked, CLOCK.naive_utc())?;
        self.say_format("cli-benefits-tracked", &[("id", id.into())]);
        Ok(Exit::Success)
    }
}
