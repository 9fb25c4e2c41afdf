//! `hagu nursery slots|book|bookings|cancel|apply|application`: the
//! municipality's visit (見学) and consultation (保活相談) slots kept from the
//! last sync, a booking or its cancellation queued in the outbox, the
//! nursery application from an ordered preference list and its decision.
//! `hagu sync` sends them. Thin: the queue and the states are the sync
//! library's (`hagukumi_sync::nursery`), the checks core's, the words
//! i18n's.

use crate::args::{argument, flag, localized, option};
use crate::clock::{today, CLOCK};
use crate::context::{Context, Exit};
use clap::{value_parser, ArgMatches, Command};
use hagukumi_core::nursery::booking::{ApplicationInput, Preference, Slot, SlotKind, SlotMode};
use hagukumi_i18n::booking as words;
use hagukumi_i18n::Value;
use hagukumi_store::StoreError;
use hagukumi_sync::nursery::{self, NurseryError};

const JSON: &str = "json";
const KIND: &str = "kind";
const SLOT: &str = "slot";
const FACILITY: &str = "facility";
const AT: &str = "at";
const MODE: &str = "mode";
const MUNICIPALITY: &str = "municipality";
const ID: &str = "id";
const CHILD: &str = "child";
const PREFER: &str = "prefer";
const INTAKE: &str = "intake";

/// The subcommands `hagu nursery` gets from here.
pub(crate) fn subcommands(l: &hagukumi_i18n::Localizer) -> Vec<Command> {
    let slots = localized(Command::new("slots"), l, "cli-booking-slots-about")
        .arg(option(
            l,
            MUNICIPALITY,
            "CODE",
            "cli-booking-municipality-help",
        ))
        .arg(option(l, FACILITY, "ID", "cli-booking-facility-help"))
        .arg(flag(l, JSON, "cli-booking-json-help"));
    let book = localized(Command::new("book"), l, "cli-booking-book-about")
        .arg(
            argument(l, KIND, "visit|consult", "cli-booking-kind-help")
                .required(true)
                .value_parser(["visit", "consult"]),
        )
        .arg(option(l, SLOT, "ID", "cli-booking-slot-help"))
        .arg(option(
            l,
            MUNICIPALITY,
            "CODE",
            "cli-booking-municipality-help",
        ))
        .arg(option(l, FACILITY, "ID", "cli-booking-facility-help"))
        .arg(option(l, AT, "YYYY-MM-DDTHH:MM", "cli-booking-at-help"))
        .arg(
            option(l, MODE, "counter|online", "cli-booking-mode-help")
                .value_parser(["counter", "online"]),
        );
    let bookings = localized(Command::new("bookings"), l, "cli-booking-bookings-about").arg(flag(
        l,
        JSON,
        "cli-booking-json-help",
    ));
    let cancel = localized(Command::new("cancel"), l, "cli-booking-cancel-about").arg(
        argument(l, ID, "ID", "cli-booking-id-help")
            .required(true)
            .value_parser(value_parser!(i64)),
    );
    let apply = localized(Command::new("apply"), l, "cli-booking-apply-about")
        .arg(
            option(l, CHILD, "N", "cli-booking-child-help")
                .required(true)
                .value_parser(value_parser!(i64)),
        )
        .arg(option(l, PREFER, "CODE[,CODE…]", "cli-booking-prefer-help").required(true))
        .arg(option(l, INTAKE, "YYYY-04-01", "cli-booking-intake-help").required(true));
    let application = localized(
        Command::new("application"),
        l,
        "cli-booking-application-about",
    )
    .arg(flag(l, JSON, "cli-booking-json-help"));
    vec![slots, book, bookings, cancel, apply, application]
}

impl Context<'_> {
    /// Runs one of [`subcommands`]; `None` when `name` is not one.
    pub(crate) fn booking(
        &mut self,
        name: &str,
        m: &ArgMatches,
    ) -> Option<Result<Exit, StoreError>> {
        Some(match name {
            "slots" => self.booking_slots(m),
            "book" => self.booking_book(m),
            "bookings" => self.booking_list(m.get_flag(JSON)),
            "cancel" => self.booking_cancel(m),
            "apply" => self.booking_apply(m),
            "application" => self.booking_application(m.get_flag(JSON)),
            _ => return None,
        })
    }

    fn nursery_refused(&mut self, e: NurseryError) -> Result<Exit, StoreError> {
        if let NurseryError::Sync(hagukumi_sync::SyncError::Store(e)) = e {
            return Err(e);
        }
        let value = e.value();
        Ok(self.refuse(e.message_id(), &[("value", Value::from(value))]))
    }

    fn kept_slots(&mut self, m: &ArgMatches) -> Result<Vec<Slot>, StoreError> {
        let store = self.open_existing()?;
        let facility = m.get_one::<String>(FACILITY).cloned();
        let code = match (m.get_one::<String>(MUNICIPALITY), &facility) {
            (Some(c), _) => Some(c.clone()),
            (None, Some(f)) => Some(Preference::of(f).municipality),
            (None, None) => store.municipality()?,
        };
        let Some(code) = code else {
            return Ok(Vec::new());
        };
        nursery::slots(&store, &code, facility.as_deref(), CLOCK.naive_utc())
    }

    fn booking_slots(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let slots = self.kept_slots(m)?;
        if m.get_flag(JSON) {
            return Ok(self.print_json(&slots));
        }
        let none = self.l.text("booking-no-slots");
        self.say_each(&slots, &none, |l, s| {
            format!("{}  {}", s.id, words::slot_line(l, s))
        });
        if slots.iter().any(|s| s.sample) {
            self.say_format("booking-sample", &[]);
        }
        Ok(Exit::Success)
    }

    fn booking_book(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let kind = match m.get_one::<String>(KIND).map(String::as_str) {
            Some("consult") => SlotKind::Consult,
            _ => SlotKind::Visit,
        };
        let slot_id = match m.get_one::<String>(SLOT) {
            Some(id) => id.clone(),
            None => {
                let at = m.get_one::<String>(AT).cloned().unwrap_or_default();
                let mode = match m.get_one::<String>(MODE).map(String::as_str) {
                    Some("online") => Some(SlotMode::Online),
                    Some(_) => Some(SlotMode::Counter),
                    None => None,
                };
                let found = self.kept_slots(m)?.into_iter().find(|s| {
                    s.kind == kind
                        && s.starts.format("%Y-%m-%dT%H:%M").to_string() == at.replace(' ', "T")
                        && mode.is_none_or(|md| s.mode == md)
                });
                match found {
                    Some(s) => s.id,
                    None => {
                        return Ok(self
                            .refuse("nursery-error-unknown-slot", &[("value", Value::from(at))]))
                    }
                }
            }
        };
        let store = self.open_existing()?;
        match nursery::book(&store, &slot_id, CLOCK.naive_utc()) {
            Ok(b) => {
                self.say_format(
                    "cli-booking-queued",
                    &[
                        ("id", b.id.into()),
                        ("slot", Value::from(words::slot_line(&self.l, &b.slot))),
                    ],
                );
                Ok(Exit::Success)
            }
            Err(e) => self.nursery_refused(e),
        }
    }

    fn booking_list(&mut self, json: bool) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let list = nursery::bookings(&store)?;
        if json {
            return Ok(self.print_json(&list));
        }
        let none = self.l.text("booking-none");
        self.say_each(&list, &none, |l, b| {
            format!(
                "#{} {} [{}]",
                b.id,
                words::slot_line(l, &b.slot),
                words::state(l, b)
            )
        });
        Ok(Exit::Success)
    }

    fn booking_cancel(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let id = m.get_one::<i64>(ID).copied().unwrap_or_default();
        match nursery::cancel(&store, id, CLOCK.naive_utc()) {
            Ok(b) => {
                self.say_format("cli-booking-cancel-queued", &[("id", b.id.into())]);
                Ok(Exit::Success)
            }
            Err(e) => self.nursery_refused(e),
        }
    }

    fn booking_apply(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let preferences = m
            .get_one::<String>(PREFER)
            .map(String::as_str)
            .unwrap_or("")
            .split(',')
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .map(Preference::of)
            .collect();
        let input = ApplicationInput {
            child_id: m.get_one::<i64>(CHILD).copied().unwrap_or_default(),
            intake: m.get_one::<String>(INTAKE).cloned().unwrap_or_default(),
            preferences,
        };
        let data = store.nurseries_in_use()?;
        let known = |code: &str, id: &str| data.has_facility(code, id);
        match nursery::apply(&store, &input, known, today(), CLOCK.naive_utc()) {
            Ok(a) => {
                self.say_format(
                    "cli-booking-apply-queued",
                    &[("id", a.id.into()), ("count", a.preferences.len().into())],
                );
                Ok(Exit::Success)
            }
            Err(e) => self.nursery_refused(e),
        }
    }

    fn booking_application(&mut self, json: bool) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let list = nursery::applications(&store)?;
        if json {
            return Ok(self.print_json(&list));
        }
        if list.is_empty() {
            self.say_format("nursery-application-none", &[]);
        }
        for a in &list {
            let state = match (&a.decision, a.sending) {
                (Some(d), _) => words::decision(&self.l, d),
                (None, hagukumi_core::benefits::SendState::Pending) => {
                    self.l.text("nursery-application-pending")
                }
                (None, hagukumi_core::benefits::SendState::Sent) => {
                    self.l.text("nursery-decision-received")
                }
                (None, hagukumi_core::benefits::SendState::Refused) => {
                    self.l.text("nursery-application-refused")
                }
            };
            let prefs: Vec<&str> = a.preferences.iter().map(|p| p.facility.as_str()).collect();
            self.say_format(
                "cli-booking-application-line",
                &[
                    ("id", a.id.into()),
                    ("preferences", Value::from(prefs.join(", "))),
                    ("state", Value::from(state)),
                ],
            );
            for adj in a.decision.iter().flat_map(|d| &d.adjustment) {
                let line = format!("  {}", words::adjustment(&self.l, adj));
                self.say(&line);
            }
        }
        Ok(Exit::Success)
    }
}
