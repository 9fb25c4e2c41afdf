//! `hagu pregnancy add|list` and the pregnancy's `record …` commands (a
//! pregnancy's records are a book of `crate::book`, its flags and words in
//! `pregnancy_records.rs`).

use crate::args::{flag, localized, option, JSON};
use crate::clock::today;
use crate::context::{Context, Exit};
use clap::{ArgMatches, Command};
use hagukumi_core::pregnancy::days_until_expected;
use hagukumi_core::pregnancy_records::PregnancyBook;
use hagukumi_core::{Date, Pregnancy, PregnancyInput};
use hagukumi_i18n::Localizer;
use hagukumi_store::StoreError;

const LABEL: &str = "label";
const EXPECTED: &str = "expected";

/// `hagu pregnancy add|list|record …`.
pub(crate) fn command(l: &Localizer) -> Command {
    let add = localized(Command::new("add"), l, "cli-pregnancy-add-about")
        .arg(option(l, EXPECTED, "YYYY-MM-DD", "cli-pregnancy-expected-help").required(true))
        .arg(option(l, LABEL, "TEXT", "cli-pregnancy-label-help"));
    let list = localized(Command::new("list"), l, "cli-pregnancy-list-about").arg(flag(
        l,
        JSON,
        "cli-pregnancy-list-json-help",
    ));
    localized(Command::new("pregnancy"), l, "cli-pregnancy-about")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(add)
        .subcommand(list)
        .subcommand(crate::book::tree::command::<PregnancyBook>(l))
}

impl Context<'_> {
    /// Dispatches `hagu pregnancy <sub>`.
    pub(crate) fn pregnancy(&mut self, matches: &ArgMatches) -> Result<Exit, StoreError> {
        let text = |m: &ArgMatches, id: &str| m.get_one::<String>(id).cloned().unwrap_or_default();
        match matches.subcommand() {
            Some(("add", m)) => self.pregnancy_add(text(m, LABEL), text(m, EXPECTED)),
            Some(("list", m)) => self.pregnancy_list(m.get_flag(JSON)),
            Some(("record", m)) => self.records::<PregnancyBook>(m),
            _ => Ok(Exit::Usage),
        }
    }

    fn pregnancy_add(&mut self, label: String, expected: String) -> Result<Exit, StoreError> {
        let input = PregnancyInput {
            label,
            expected_date: expected,
        };
        // Validation needs no key: check the input before opening anything.
        let today = today();
        let pregnancy = match input.validate(today) {
            Ok(p) => p,
            Err(errors) => return Ok(self.invalid(&errors)),
        };
        let pregnancy = self.open_existing()?.add_pregnancy(&pregnancy)?;
        let line = pregnancy_line(&self.l, &pregnancy, today);
        self.say_format("cli-pregnancy-added", &[("pregnancy", line.into())]);
        Ok(Exit::Success)
    }

    fn pregnancy_list(&mut self, json: bool) -> Result<Exit, StoreError> {
        let pregnancies = self.open_existing()?.pregnancies()?;
        if json {
            let array: Vec<_> = pregnancies.iter().map(PregnancyJson::from).collect();
            return Ok(self.print_json(&array));
        }
        let today = today();
        let none = self.l.text("cli-pregnancy-none");
        self.say_each(&pregnancies, &none, |l, p| pregnancy_line(l, p, today));
        Ok(Exit::Success)
    }
}

/// A pregnancy's name: its label, else "おなかの赤ちゃん".
pub(crate) fn title(l: &Localizer, p: &Pregnancy) -> String {
    p.label
        .clone()
        .unwrap_or_else(|| l.text("pregnancy-untitled"))
}

/// One pregnancy as a line: id, name, due date, week and countdown today.
fn pregnancy_line(l: &Localizer, p: &Pregnancy, today: Date) -> String {
    let week = match p.gestational_age_on(today) {
        Some(ga) => l.gestational_age(ga),
        None => l.text("pregnancy-not-started"),
    };
    let countdown = match days_until_expected(p.expected_date, today) {
        0 => l.text("pregnancy-due-today"),
        d if d > 0 => l.format("pregnancy-days-left", &[("days", d.into())]),
        d => l.format("pregnancy-past-due", &[("days", (-d).into())]),
    };
    l.format(
        "cli-pregnancy-line",
        &[
            ("id", p.id.into()),
            ("title", title(l, p).into()),
            ("expected", l.date(p.expected_date).into()),
            ("status", format!("{week}  {countdown}").into()),
        ],
    )
}

/// One element of `hagu pregnancy list --json`: a stable format of its own.
#[derive(serde::Serialize)]
struct PregnancyJson<'a> {
    id: i64,
    label: Option<&'a str>,
    /// `YYYY-MM-DD`.
    expected_date: String,
}

impl<'a> From<&'a Pregnancy> for PregnancyJson<'a> {
    fn from(p: &'a Pregnancy) -> Self {
        PregnancyJson {
            id: p.id,
            label: p.label.as_deref(),
            expected_date: p.expected_date.format("%Y-%m-%d").to_string(),
        }
    }
}
