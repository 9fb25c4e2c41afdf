//! `hagu sync`: connect to a portal (consent from a terminal through a
//! loopback redirect), pull its official records, see and resolve
//! conflicts, queue a pre-visit questionnaire, disconnect.

use crate::args::{flag, localized, option, REFERENCE_PORTAL};
use crate::clock::{today, CLOCK};
use crate::context::{Context, Exit};
use clap::{value_parser, ArgAction, ArgMatches, Command};
use hagukumi_core::official::{
    Category, OfficialItem, QuestionnaireInput, QUESTIONNAIRE_QUESTIONS,
};
use hagukumi_i18n::{Localizer, Value};
use hagukumi_store::official::{ItemState, Resolution, StoredItem};
use hagukumi_store::{Store, StoreError};
use hagukumi_sync::{Consent, KeychainVault, Portal, ProfileError, SyncError};
use std::time::Duration;

const PORTAL: &str = "portal";
const PAGE_LIMIT: &str = "page-limit";
const JSON: &str = "json";
const TIMEOUT: &str = "timeout";
const CHILD: &str = "child";
const ID: &str = "id";
const KEEP_MINE: &str = "keep-mine";
const USE_OFFICIAL: &str = "use-official";
const VACCINE: &str = "vaccine";
const DATE: &str = "date";
const TEMPERATURE: &str = "temperature";
const ANSWER: &str = "answer";
const NOTE: &str = "note";

pub(crate) fn command(l: &Localizer) -> Command {
    let portal = || option(l, PORTAL, "URL", "cli-sync-portal-help");
    let reference = || flag(l, REFERENCE_PORTAL, "cli-sync-reference-portal-help");
    let json = || flag(l, JSON, "cli-sync-json-help");
    let connect = localized(Command::new("connect"), l, "cli-sync-connect-about")
        .arg(portal())
        .arg(reference())
        .arg(
            option(l, TIMEOUT, "SECONDS", "cli-sync-timeout-help")
                .value_parser(value_parser!(u64).range(1..=3600))
                .default_value("300"),
        );
    let status = localized(Command::new("status"), l, "cli-sync-status-about").arg(json());
    let disconnect =
        localized(Command::new("disconnect"), l, "cli-sync-disconnect-about").arg(reference());
    let official = localized(Command::new("official"), l, "cli-sync-official-about")
        .arg(option(l, CHILD, "ID", "cli-sync-child-help").value_parser(value_parser!(i64)))
        .arg(json());
    let resolve = localized(Command::new("resolve"), l, "cli-sync-resolve-about")
        .arg(
            clap::Arg::new(ID)
                .value_name("PORTAL_ID")
                .required(true)
                .help(l.text("cli-sync-resolve-id-help")),
        )
        .arg(flag(l, KEEP_MINE, "cli-sync-keep-mine-help"))
        .arg(flag(l, USE_OFFICIAL, "cli-sync-use-official-help"))
        .group(
            clap::ArgGroup::new("resolution")
                .args([KEEP_MINE, USE_OFFICIAL])
                .required(true),
        );
    let questionnaire = localized(
        Command::new("questionnaire"),
        l,
        "cli-sync-questionnaire-about",
    )
    .arg(
        option(l, CHILD, "ID", "cli-sync-child-help")
            .required(true)
            .value_parser(value_parser!(i64)),
    )
    .arg(option(l, VACCINE, "VACCINE", "cli-sync-vaccine-help").required(true))
    .arg(option(l, DATE, "YYYY-MM-DD", "cli-sync-date-help").required(true))
    .arg(option(l, TEMPERATURE, "CELSIUS", "cli-sync-temperature-help").required(true))
    .arg(option(l, ANSWER, "QUESTION=yes|no", "cli-sync-answer-help").action(ArgAction::Append))
    .arg(option(l, NOTE, "TEXT", "cli-sync-note-help"));
    localized(Command::new("sync"), l, "cli-sync-about")
        .args_conflicts_with_subcommands(true)
        .arg(portal())
        .arg(reference())
        .arg(
            option(l, PAGE_LIMIT, "N", "cli-sync-page-limit-help")
                .value_parser(value_parser!(u32).range(1..=200))
                .default_value("200"),
        )
        .arg(json())
        .subcommand(connect)
        .subcommand(status)
        .subcommand(official)
        .subcommand(resolve)
        .subcommand(questionnaire)
        .subcommand(disconnect)
}

fn item_name(l: &Localizer, item: &OfficialItem) -> String {
    match item {
        OfficialItem::Children(c) => c.name.clone(),
        OfficialItem::Vaccinations(v) => {
            let vaccine = l.text(&format!("schedule-vaccine-{}", v.vaccine_id));
            l.format(
                "cli-sync-item-vaccination",
                &[("vaccine", vaccine.into()), ("dose", v.dose.into())],
            )
        }
        OfficialItem::Checkups(c) => {
            l.format("cli-sync-item-checkup", &[("kind", c.kind.as_str().into())])
        }
        OfficialItem::Certificates(c) => l.format(
            "cli-sync-item-certificate",
            &[
                ("name", c.certificate_name.as_str().into()),
                ("payer", c.public_payer_number.as_str().into()),
                ("recipient", c.recipient_number.as_str().into()),
                ("to", l.date(c.valid_to).into()),
            ],
        ),
        OfficialItem::Benefits(b) => l.format(
            "cli-sync-item-benefit",
            &[
                ("program", b.program_name.as_str().into()),
                ("status", l.text(b.status.message_id()).into()),
            ],
        ),
        OfficialItem::Nursery(n) => l.format(
            "cli-sync-item-nursery",
            &[("status", hagukumi_i18n::booking::decision(l, n).into())],
        ),
        OfficialItem::Notices(n) => l.format(
            "cli-sync-item-notice",
            &[
                ("municipality", n.municipality.as_str().into()),
                ("title", n.title.as_str().into()),
            ],
        ),
    }
}

fn state_word(state: ItemState) -> &'static str {
    match state {
        ItemState::Added => "cli-sync-state-added",
        ItemState::Linked => "cli-sync-state-linked",
        ItemState::Conflict => "cli-sync-state-conflict",
        ItemState::KeptMine => "cli-sync-state-kept-mine",
        ItemState::Info => "cli-sync-state-info",
    }
}

fn item_line(l: &Localizer, stored: &StoredItem) -> String {
    l.format(
        "cli-sync-item-line",
        &[
            ("id", stored.item.id().into()),
            (
                "category",
                l.text(stored.item.category().message_id()).into(),
            ),
            ("date", l.date(stored.item.date()).into()),
            ("what", item_name(l, &stored.item).into()),
            ("state", l.text(state_word(stored.state)).into()),
        ],
    )
}

impl Context<'_> {
    /// Explains a sync failure; nothing was written that was not whole.
    fn sync_failed(&mut self, e: &SyncError) -> Exit {
        if let SyncError::Store(s) = e {
            return self.report(s);
        }
        self.complain_format(e.message_id(), &[]);
        match e {
            SyncError::NotConnected | SyncError::ConsentExpired | SyncError::TokenRejected => {
                let hint = self.l.text("cli-sync-connect-hint");
                self.complain(&hint);
                Exit::InvalidInput
            }
            SyncError::Profile(_) => Exit::InvalidInput,
            _ => Exit::Failure,
        }
    }

    /// The portal to talk to: the configured profile, or the reference
    /// portal's with `--reference-portal`; at the address `--portal` gives,
    /// else the one the handbook is connected to, else the profile's.
    /// `None` when there is none (said plainly).
    fn portal_for(&mut self, store: &Store, m: &ArgMatches) -> Result<Option<Portal>, StoreError> {
        let asked = m.try_get_one::<String>(PORTAL).ok().flatten().cloned();
        let connected = store.sync_status()?.portal;
        match Portal::choose(m.get_flag(REFERENCE_PORTAL), asked, connected, CLOCK) {
            Ok(p) => Ok(Some(p)),
            Err(e) => {
                self.sync_failed(&e);
                if matches!(
                    e,
                    SyncError::Profile(ProfileError::NotConfigured | ProfileError::DevelopmentKey)
                ) {
                    let hint = self.l.text("cli-sync-reference-hint");
                    self.complain(&hint);
                }
                Ok(None)
            }
        }
    }

    pub(crate) fn sync(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        match m.subcommand() {
            Some(("connect", sub)) => return self.sync_connect(sub),
            Some(("status", sub)) => return self.sync_status(sub.get_flag(JSON)),
            Some(("official", sub)) => return self.sync_official(sub),
            Some(("resolve", sub)) => return self.sync_resolve(sub),
            Some(("questionnaire", sub)) => return self.sync_questionnaire(sub),
            Some(("disconnect", sub)) => return self.sync_disconnect(sub),
            Some(_) => return Ok(Exit::Usage),
            None => {}
        }
        let mut store = self.open_existing()?;
        let Some(portal) = self.portal_for(&store, m)? else {
            return Ok(Exit::InvalidInput);
        };
        let vault = KeychainVault::for_handbook(&self.dir);
        let mut opts = hagukumi_sync::SyncOptions::new(today());
        opts.page_limit = m.get_one::<u32>(PAGE_LIMIT).copied().unwrap_or(200);
        let report = match hagukumi_sync::sync(&mut store, &portal, &vault, &opts) {
            Ok(r) => r,
            Err(e) => return Ok(self.sync_failed(&e)),
        };
        if m.get_flag(JSON) {
            return Ok(self.print_json(&report));
        }
        let a = &report.applied;
        self.say_format(
            "cli-sync-done",
            &[
                ("added", a.added.into()),
                ("linked", a.linked.into()),
                ("conflicts", a.conflicts.into()),
                ("updated", a.updated.into()),
                ("unchanged", report.unchanged_categories.into()),
                ("sent", report.writes_sent.into()),
            ],
        );
        // What the municipality's registry served that could not be read.
        for problem in report.municipal.iter().flat_map(|m| &m.registry_problems) {
            self.complain_format(
                "programs-registry-problem",
                &[("problem", problem.as_str().into())],
            );
        }
        // And the nursery facilities.
        for problem in report.municipal.iter().flat_map(|m| &m.nursery_problems) {
            self.complain_format(
                "nursery-data-problem",
                &[("problem", problem.as_str().into())],
            );
        }
        let conflicts = store.sync_status()?.conflicts;
        if conflicts > 0 {
            self.say_format("cli-sync-conflicts-waiting", &[("count", conflicts.into())]);
        }
        Ok(Exit::Success)
    }

    fn sync_connect(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let mut store = self.open_existing()?;
        let Some(portal) = self.portal_for(&store, m)? else {
            return Ok(Exit::InvalidInput);
        };
        let timeout = Duration::from_secs(m.get_one::<u64>(TIMEOUT).copied().unwrap_or(300));
        let consent = match Consent::start(portal) {
            Ok(c) => c,
            Err(e) => return Ok(self.sync_failed(&e)),
        };
        self.say_format("cli-sync-open-this", &[]);
        // The address alone on its line, for copying (and for scripts).
        self.say(consent.url());
        let _ = self.out.flush();
        let page = format!(
            "<!doctype html><meta charset=\"utf-8\"><title>Hagukumi</title><p>{}</p>",
            self.l.text("cli-sync-browser-done")
        );
        let vault = KeychainVault::for_handbook(&self.dir);
        let result = consent
            .wait(timeout, &page)
            .and_then(|redirect| consent.finish(&mut store, &vault, &redirect));
        let tokens = match result {
            Ok(t) => t,
            Err(e) => return Ok(self.sync_failed(&e)),
        };
        let scopes: Vec<String> = tokens
            .scopes()
            .iter()
            .map(|s| match Category::parse(s) {
                Some(c) => self.l.text(c.message_id()),
                None => self.l.text(&format!("cli-sync-scope-{s}")),
            })
            .collect();
        self.say_format(
            "cli-sync-connected",
            &[
                ("portal", consent.portal().base().into()),
                ("scopes", scopes.join("、").into()),
            ],
        );
        Ok(Exit::Success)
    }

    fn sync_status(&mut self, json: bool) -> Result<Exit, StoreError> {
        let status = self.open_existing()?.sync_status()?;
        if json {
            return Ok(self.print_json(&status));
        }
        let Some(portal) = &status.portal else {
            self.say_format("sync-error-not-connected", &[]);
            return Ok(Exit::Success);
        };
        let never = self.l.text("cli-sync-never");
        self.say_format(
            "cli-sync-status-line",
            &[
                ("portal", portal.as_str().into()),
                ("last", status.last_success.clone().unwrap_or(never).into()),
                ("pending", status.pending_writes.into()),
                ("conflicts", status.conflicts.into()),
            ],
        );
        if let Some(error) = &status.last_error {
            self.say_format(
                "cli-sync-last-error",
                &[("error", self.l.text(error).into())],
            );
        }
        Ok(Exit::Success)
    }

    fn sync_official(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let items = match m.get_one::<i64>(CHILD) {
            Some(child) => {
                if !store.children()?.iter().any(|c| c.id == *child) {
                    return Ok(self.refuse("error-no-such-child", &[]));
                }
                store.official_items(Some(*child), None)?
            }
            None => store.all_official_items()?,
        };
        if m.get_flag(JSON) {
            return Ok(self.print_json(&items));
        }
        let none = self.l.text("cli-sync-no-official");
        self.say_each(&items, &none, item_line);
        Ok(Exit::Success)
    }

    fn sync_resolve(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let mut store = self.open_existing()?;
        let id = m.get_one::<String>(ID).map_or("", String::as_str);
        let resolution = if m.get_flag(USE_OFFICIAL) {
            Resolution::UseOfficial
        } else {
            Resolution::KeepMine
        };
        match store.resolve_conflict(Category::Vaccinations, id, resolution, CLOCK.naive_utc())? {
            Ok(stored) => {
                let line = item_line(&self.l, &stored);
                self.say(&line);
                Ok(Exit::Success)
            }
            Err(_) => {
                self.complain_format("cli-sync-no-conflict", &[("id", Value::from(id))]);
                Ok(Exit::InvalidInput)
            }
        }
    }

    fn sync_questionnaire(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let text = |id: &str| m.get_one::<String>(id).cloned().unwrap_or_default();
        let mut answers = Vec::new();
        for a in m.get_many::<String>(ANSWER).into_iter().flatten() {
            let (q, v) = a.split_once('=').unwrap_or((a.as_str(), ""));
            answers.push((q.trim().to_owned(), v.trim().to_owned()));
        }
        let input = QuestionnaireInput {
            vaccine: text(VACCINE),
            planned_date: text(DATE),
            temperature_c: text(TEMPERATURE),
            answers,
            note: text(NOTE),
        };
        let questionnaire = match input.validate(today()) {
            Ok(q) => q,
            Err(errors) => {
                let exit = self.invalid(&errors);
                let ids = QUESTIONNAIRE_QUESTIONS.join(", ");
                let hint = self.l.format("cli-sync-questions", &[("ids", ids.into())]);
                self.complain(&hint);
                return Ok(exit);
            }
        };
        let store = self.open_existing()?;
        let child = m.get_one::<i64>(CHILD).copied().unwrap_or_default();
        if !store.children()?.iter().any(|c| c.id == child) {
            return Ok(self.refuse("error-no-such-child", &[]));
        }
        match hagukumi_sync::questionnaire::queue(&store, child, &questionnaire, CLOCK.naive_utc())
        {
            Ok(entry) => {
                self.say_format("cli-sync-queued", &[("id", entry.id.into())]);
                Ok(Exit::Success)
            }
            Err(e) => Ok(self.refuse(e.message_id(), &[])),
        }
    }

    fn sync_disconnect(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let mut store = self.open_existing()?;
        let Some(portal) = self.portal_for(&store, m)? else {
            return Ok(Exit::InvalidInput);
        };
        let vault = KeychainVault::for_handbook(&self.dir);
        if let Err(e) = hagukumi_sync::disconnect(&mut store, &portal, &vault) {
            return Ok(self.sync_failed(&e));
        }
        self.say_format("cli-sync-disconnected", &[]);
        Ok(Exit::Success)
    }
}
