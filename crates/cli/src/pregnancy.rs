// tidy: over budget because the command tree, its handlers and their formatting in one file (55 lines of tests); #11 moves the handlers into the CLI's one generic record handler set shared with `records.rs`.
//! `hagu pregnancy …`: pregnancies and their records (notification,
//! prenatal visits, dental checkup, classes, notes on work and daily life,
//! the mother's postnatal checkups). Validation is core's
//! (`PregnancyRecordInput::validate`), storage the store's; this module only
//! turns flags into inputs and results into words, like `records.rs` does for
//! a child's records.

use crate::command::{flag, localized, option, DELETED, ID, JSON, KIND};
use crate::records::{local_time, now, one_line, undo_until, STAMP};
use crate::{today, Context, Exit};
use clap::builder::PossibleValuesParser;
use clap::{value_parser, ArgGroup, ArgMatches, Command};
use hagukumi_core::model::RecordId;
use hagukumi_core::pregnancy::days_until_expected;
use hagukumi_core::pregnancy_records::{
    PregnancyRecord, PregnancyRecordData, PregnancyRecordInput, PregnancyRecordKind,
};
use hagukumi_core::{Date, Pregnancy, PregnancyInput};
use hagukumi_i18n::pregnancy::{kind_name, summary, week};
use hagukumi_i18n::{Localizer, Value};
use hagukumi_store::{PregnancyRecordProblem, Store, StoreError};

const PREGNANCY: &str = "pregnancy";
const LABEL: &str = "label";
const EXPECTED: &str = "expected";

/// `(id and long flag, field of the input, value name, help message id,
/// required when adding)`.
type Flag = (&'static str, &'static str, &'static str, &'static str, bool);

const NOTIFICATION_FLAGS: &[Flag] = &[
    (
        "date",
        "date",
        "YYYY-MM-DD",
        "cli-pregnancy-notification-date-help",
        true,
    ),
    (
        "method",
        "method",
        "last-period|ultrasound|other",
        "cli-pregnancy-method-help",
        false,
    ),
];
const VISIT_FLAGS: &[Flag] = &[
    (
        "date",
        "date",
        "YYYY-MM-DD",
        "cli-pregnancy-date-help",
        true,
    ),
    (
        "weight",
        "weight_kg",
        "KG",
        "cli-pregnancy-weight-help",
        false,
    ),
    (
        "systolic",
        "systolic",
        "MMHG",
        "cli-pregnancy-systolic-help",
        false,
    ),
    (
        "diastolic",
        "diastolic",
        "MMHG",
        "cli-pregnancy-diastolic-help",
        false,
    ),
    (
        "urine-protein",
        "urine_protein",
        "-|±|+|++|+++",
        "cli-pregnancy-urine-protein-help",
        false,
    ),
    (
        "urine-sugar",
        "urine_sugar",
        "-|±|+|++|+++",
        "cli-pregnancy-urine-sugar-help",
        false,
    ),
    (
        "edema",
        "edema",
        "-|+|++",
        "cli-pregnancy-edema-help",
        false,
    ),
    (
        "fundal-height",
        "fundal_height_cm",
        "CM",
        "cli-pregnancy-fundal-height-help",
        false,
    ),
    (
        "abdominal-girth",
        "abdominal_girth_cm",
        "CM",
        "cli-pregnancy-abdominal-girth-help",
        false,
    ),
    (
        "fetal-heart",
        "fetal_heart",
        "present|absent|not-checked",
        "cli-pregnancy-fetal-heart-help",
        false,
    ),
    (
        "heart-rate",
        "fetal_heart_bpm",
        "BPM",
        "cli-pregnancy-heart-rate-help",
        false,
    ),
    ("notes", "notes", "TEXT", "cli-pregnancy-notes-help", false),
    (
        "facility",
        "facility",
        "TEXT",
        "cli-pregnancy-facility-help",
        false,
    ),
];
const DENTAL_FLAGS: &[Flag] = &[
    (
        "date",
        "date",
        "YYYY-MM-DD",
        "cli-pregnancy-date-help",
        true,
    ),
    (
        "findings",
        "findings",
        "TEXT",
        "cli-pregnancy-findings-help",
        false,
    ),
];
const CLASS_FLAGS: &[Flag] = &[
    (
        "date",
        "date",
        "YYYY-MM-DD",
        "cli-pregnancy-date-help",
        true,
    ),
    (
        "name",
        "name",
        "TEXT",
        "cli-pregnancy-class-name-help",
        true,
    ),
];
const ENVIRONMENT_FLAGS: &[Flag] = &[
    (
        "date",
        "date",
        "YYYY-MM-DD",
        "cli-pregnancy-date-help",
        true,
    ),
    ("text", "text", "TEXT", "cli-pregnancy-text-help", true),
];
const POSTNATAL_FLAGS: &[Flag] = &[
    (
        "timing",
        "timing",
        "two-weeks|one-month|other",
        "cli-pregnancy-timing-help",
        true,
    ),
    (
        "date",
        "date",
        "YYYY-MM-DD",
        "cli-pregnancy-date-help",
        true,
    ),
    (
        "weight",
        "weight_kg",
        "KG",
        "cli-pregnancy-weight-help",
        false,
    ),
    (
        "systolic",
        "systolic",
        "MMHG",
        "cli-pregnancy-systolic-help",
        false,
    ),
    (
        "diastolic",
        "diastolic",
        "MMHG",
        "cli-pregnancy-diastolic-help",
        false,
    ),
    ("epds", "epds", "0-30", "cli-pregnancy-epds-help", false),
    ("notes", "notes", "TEXT", "cli-pregnancy-notes-help", false),
];

const VACCINATION_FLAGS: &[Flag] = &[
    (
        "vaccine",
        "vaccine",
        "ID",
        "cli-pregnancy-vaccine-help",
        true,
    ),
    (
        "date",
        "date",
        "YYYY-MM-DD",
        "cli-pregnancy-date-help",
        true,
    ),
    ("lot", "lot", "TEXT", "cli-pregnancy-lot-help", false),
    (
        "facility",
        "facility",
        "TEXT",
        "cli-pregnancy-facility-help",
        false,
    ),
];

/// The flags of one record kind.
fn flags_of(kind: PregnancyRecordKind) -> &'static [Flag] {
    match kind {
        PregnancyRecordKind::Notification => NOTIFICATION_FLAGS,
        PregnancyRecordKind::PrenatalVisit => VISIT_FLAGS,
        PregnancyRecordKind::Dental => DENTAL_FLAGS,
        PregnancyRecordKind::Class => CLASS_FLAGS,
        PregnancyRecordKind::Environment => ENVIRONMENT_FLAGS,
        PregnancyRecordKind::PostnatalCheckup => POSTNATAL_FLAGS,
        PregnancyRecordKind::Vaccination => VACCINATION_FLAGS,
    }
}

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
        .subcommand(record_command(l))
}

/// `hagu pregnancy record add|list|edit|delete|restore|history|photo`,
/// shaped like `hagu record …`.
fn record_command(l: &Localizer) -> Command {
    let pregnancy = || {
        option(l, PREGNANCY, "ID", "cli-pregnancy-pregnancy-help")
            .required(true)
            .value_parser(value_parser!(i64))
    };
    let id = || {
        clap::Arg::new(ID)
            .value_name("ID")
            .required(true)
            .value_parser(value_parser!(i64))
            .help(l.text("cli-pregnancy-record-id-help"))
            .help_heading(l.text("cli-arguments-heading"))
    };
    let kinds = |editing: bool| PregnancyRecordKind::ALL.map(|kind| kind_command(l, kind, editing));
    let add = localized(Command::new("add"), l, "cli-pregnancy-record-add-about")
        .subcommand_required(true)
        .arg(pregnancy())
        .subcommands(kinds(false));
    let list = localized(Command::new("list"), l, "cli-pregnancy-record-list-about")
        .arg(pregnancy())
        .arg(
            option(l, KIND, "KIND", "cli-pregnancy-kind-help").value_parser(
                PossibleValuesParser::new(
                    PregnancyRecordKind::ALL.map(PregnancyRecordKind::as_str),
                ),
            ),
        )
        .arg(flag(l, DELETED, "cli-pregnancy-deleted-help"))
        .arg(flag(l, JSON, "cli-pregnancy-record-list-json-help"));
    let edit = localized(Command::new("edit"), l, "cli-pregnancy-record-edit-about")
        .subcommand_required(true)
        .arg(id())
        .subcommands(kinds(true));
    let delete = localized(
        Command::new("delete"),
        l,
        "cli-pregnancy-record-delete-about",
    )
    .arg(id());
    let restore = localized(
        Command::new("restore"),
        l,
        "cli-pregnancy-record-restore-about",
    )
    .arg(id());
    let history = localized(
        Command::new("history"),
        l,
        "cli-pregnancy-record-history-about",
    )
    .arg(id())
    .arg(flag(l, JSON, "cli-pregnancy-history-json-help"));
    localized(Command::new("record"), l, "cli-pregnancy-record-about")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(add)
        .subcommand(list)
        .subcommand(edit)
        .subcommand(delete)
        .subcommand(restore)
        .subcommand(history)
        .subcommand(crate::photos::command(l, crate::photos::Place::Pregnancy))
}

/// One kind as a subcommand of `record add` (its required flags required)
/// or `record edit` (any flags, at least one).
fn kind_command(l: &Localizer, kind: PregnancyRecordKind, editing: bool) -> Command {
    let about = format!("cli-pregnancy-record-{}-about", kind.as_str());
    let mut cmd = localized(Command::new(kind.as_str()), l, &about);
    for &(id, _, value_name, help, required) in flags_of(kind) {
        // `--urine-protein -` is a value, not a flag.
        cmd = cmd.arg(
            option(l, id, value_name, help)
                .required(required && !editing)
                .allow_hyphen_values(true),
        );
    }
    if editing {
        let ids = flags_of(kind).iter().map(|(id, ..)| *id);
        cmd = cmd.group(
            ArgGroup::new("changes")
                .args(ids)
                .multiple(true)
                .required(true),
        );
    }
    cmd
}

impl Context<'_> {
    /// Dispatches `hagu pregnancy <sub>`.
    pub(crate) fn pregnancy(&mut self, matches: &ArgMatches) -> Result<Exit, StoreError> {
        let text = |m: &ArgMatches, id: &str| m.get_one::<String>(id).cloned().unwrap_or_default();
        match matches.subcommand() {
            Some(("add", m)) => self.pregnancy_add(text(m, LABEL), text(m, EXPECTED)),
            Some(("list", m)) => self.pregnancy_list(m.get_flag(JSON)),
            Some(("record", m)) => self.pregnancy_record(m),
            _ => Ok(Exit::Usage),
        }
    }

    fn pregnancy_record(&mut self, matches: &ArgMatches) -> Result<Exit, StoreError> {
        let id = |m: &ArgMatches| m.get_one::<RecordId>(ID).copied();
        match matches.subcommand() {
            Some(("add", m)) => match (m.get_one::<RecordId>(PREGNANCY), m.subcommand()) {
                (Some(&pregnancy), Some((kind, flags))) => {
                    self.pregnancy_record_add(pregnancy, kind, flags)
                }
                _ => Ok(Exit::Usage),
            },
            Some(("list", m)) => match m.get_one::<RecordId>(PREGNANCY) {
                Some(&pregnancy) => self.pregnancy_record_list(
                    pregnancy,
                    m.get_one::<String>(KIND)
                        .and_then(|k| PregnancyRecordKind::parse(k)),
                    m.get_flag(DELETED),
                    m.get_flag(JSON),
                ),
                None => Ok(Exit::Usage),
            },
            Some(("edit", m)) => match (id(m), m.subcommand()) {
                (Some(id), Some((kind, flags))) => self.pregnancy_record_edit(id, kind, flags),
                _ => Ok(Exit::Usage),
            },
            Some(("delete", m)) => match id(m) {
                Some(id) => self.pregnancy_record_delete(id),
                None => Ok(Exit::Usage),
            },
            Some(("restore", m)) => match id(m) {
                Some(id) => self.pregnancy_record_restore(id),
                None => Ok(Exit::Usage),
            },
            Some(("history", m)) => match id(m) {
                Some(id) => self.pregnancy_record_history(id, m.get_flag(JSON)),
                None => Ok(Exit::Usage),
            },
            Some(("photo", m)) => self.photo(crate::photos::Place::Pregnancy, m),
            _ => Ok(Exit::Usage),
        }
    }

    /// A refusal that changed nothing: the message, status 3.
    fn pregnancy_refuse(&mut self, id: &str, args: &[(&str, Value<'_>)]) -> Exit {
        let text = self.l.format(id, args);
        self.complain(&text);
        Exit::InvalidInput
    }

    pub(crate) fn no_pregnancy(&mut self, id: RecordId) -> Exit {
        self.pregnancy_refuse("cli-pregnancy-no-pregnancy", &[("id", id.into())])
    }

    pub(crate) fn no_pregnancy_record(&mut self, id: RecordId) -> Exit {
        self.pregnancy_refuse("cli-pregnancy-no-record", &[("id", id.into())])
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
        let text = self
            .l
            .format("cli-pregnancy-added", &[("pregnancy", line.into())]);
        self.say(&text);
        Ok(Exit::Success)
    }

    fn pregnancy_list(&mut self, json: bool) -> Result<Exit, StoreError> {
        let pregnancies = self.open_existing()?.pregnancies()?;
        if json {
            let array: Vec<_> = pregnancies.iter().map(PregnancyJson::from).collect();
            return Ok(self.print_json(&array));
        }
        if pregnancies.is_empty() {
            let text = self.l.text("cli-pregnancy-none");
            self.say(&text);
        }
        let today = today();
        for p in &pregnancies {
            let line = pregnancy_line(&self.l, p, today);
            self.say(&line);
        }
        Ok(Exit::Success)
    }

    /// The flags as an input, or an internal error (they always convert).
    fn pregnancy_input(
        &mut self,
        kind: PregnancyRecordKind,
        flags: &ArgMatches,
        old: Option<&PregnancyRecordData>,
    ) -> Option<PregnancyRecordInput> {
        match input_from(kind, flags, old) {
            Ok(input) => Some(input),
            Err(e) => {
                self.internal(&e.to_string());
                None
            }
        }
    }

    fn pregnancy_record_add(
        &mut self,
        pregnancy_id: RecordId,
        kind: &str,
        flags: &ArgMatches,
    ) -> Result<Exit, StoreError> {
        let Some(kind) = PregnancyRecordKind::parse(kind) else {
            return Ok(Exit::Usage);
        };
        let store = self.open_existing()?;
        let Some(pregnancy) = store.pregnancy(pregnancy_id)? else {
            return Ok(self.no_pregnancy(pregnancy_id));
        };
        let Some(input) = self.pregnancy_input(kind, flags, None) else {
            return Ok(Exit::Failure);
        };
        let data = match input.validate(pregnancy.expected_date, today()) {
            Ok(data) => data,
            Err(errors) => return Ok(self.invalid(&errors)),
        };
        let record = match store.add_pregnancy_record(pregnancy_id, &data, now())? {
            Ok(record) => record,
            Err(_) => return Ok(self.no_pregnancy(pregnancy_id)),
        };
        let text = self.l.format(
            "cli-pregnancy-record-added",
            &[
                ("id", record.id.into()),
                ("title", title(&self.l, &pregnancy).into()),
                (
                    "entry",
                    entry(&self.l, &record.data, pregnancy.expected_date).into(),
                ),
            ],
        );
        self.say(&text);
        if record.data.suggests_follow_up() {
            let hint = self.l.text("pregnancy-epds-hint");
            self.say(&hint);
        }
        Ok(Exit::Success)
    }

    fn pregnancy_record_list(
        &mut self,
        pregnancy_id: RecordId,
        kind: Option<PregnancyRecordKind>,
        include_deleted: bool,
        json: bool,
    ) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let Some(pregnancy) = store.pregnancy(pregnancy_id)? else {
            return Ok(self.no_pregnancy(pregnancy_id));
        };
        let records = store.pregnancy_records(pregnancy_id, kind, include_deleted)?;
        if json {
            return Ok(self.print_json(&records));
        }
        if records.is_empty() {
            let text = self.l.text("cli-pregnancy-record-none");
            self.say(&text);
        }
        for record in &records {
            let line = line(&self.l, record, pregnancy.expected_date);
            self.say(&line);
        }
        Ok(Exit::Success)
    }

    /// The record `id` and its pregnancy, or the refusal to print.
    fn find_pregnancy_record(
        &mut self,
        store: &Store,
        id: RecordId,
    ) -> Result<Result<(PregnancyRecord, Pregnancy), Exit>, StoreError> {
        let Some(record) = store.pregnancy_record(id)? else {
            return Ok(Err(self.no_pregnancy_record(id)));
        };
        let Some(pregnancy) = store.pregnancy(record.pregnancy_id)? else {
            return Ok(Err(self.no_pregnancy(record.pregnancy_id)));
        };
        Ok(Ok((record, pregnancy)))
    }

    fn pregnancy_record_edit(
        &mut self,
        id: RecordId,
        kind: &str,
        flags: &ArgMatches,
    ) -> Result<Exit, StoreError> {
        let Some(kind) = PregnancyRecordKind::parse(kind) else {
            return Ok(Exit::Usage);
        };
        let mut store = self.open_existing()?;
        let (old, pregnancy) = match self.find_pregnancy_record(&store, id)? {
            Ok(found) => found,
            Err(exit) => return Ok(exit),
        };
        if old.data.kind() != kind {
            let kind = old.data.kind().as_str();
            return Ok(self.pregnancy_refuse(
                "cli-pregnancy-record-kind-mismatch",
                &[("id", id.into()), ("kind", kind.into())],
            ));
        }
        if old.deleted_at.is_some() {
            return Ok(
                self.pregnancy_refuse("cli-pregnancy-record-is-deleted", &[("id", id.into())])
            );
        }
        let Some(input) = self.pregnancy_input(kind, flags, Some(&old.data)) else {
            return Ok(Exit::Failure);
        };
        let data = match input.validate(pregnancy.expected_date, today()) {
            Ok(data) => data,
            Err(errors) => return Ok(self.invalid(&errors)),
        };
        let record = match store.edit_pregnancy_record(id, &data, now())? {
            Ok(record) => record,
            Err(_) => return Ok(self.no_pregnancy_record(id)),
        };
        let text = self.l.format(
            "cli-pregnancy-record-edited",
            &[
                ("id", id.into()),
                (
                    "entry",
                    entry(&self.l, &record.data, pregnancy.expected_date).into(),
                ),
            ],
        );
        self.say(&text);
        Ok(Exit::Success)
    }

    fn pregnancy_record_delete(&mut self, id: RecordId) -> Result<Exit, StoreError> {
        let mut store = self.open_existing()?;
        match store.pregnancy_record(id)? {
            None => return Ok(self.no_pregnancy_record(id)),
            Some(r) if r.deleted_at.is_some() => {
                return Ok(self.pregnancy_refuse(
                    "cli-pregnancy-record-already-deleted",
                    &[("id", id.into())],
                ));
            }
            Some(_) => {}
        }
        let when = now();
        if store.delete_pregnancy_record(id, when)?.is_err() {
            return Ok(self.no_pregnancy_record(id));
        }
        // What the store wrote, to the second.
        let deleted = when.format(STAMP).to_string();
        let until = undo_until(&self.l, &deleted);
        let text = self.l.format(
            "cli-pregnancy-record-deleted",
            &[("id", id.into()), ("until", until.into())],
        );
        self.say(&text);
        Ok(Exit::Success)
    }

    fn pregnancy_record_restore(&mut self, id: RecordId) -> Result<Exit, StoreError> {
        let mut store = self.open_existing()?;
        let (old, pregnancy) = match self.find_pregnancy_record(&store, id)? {
            Ok(found) => found,
            Err(exit) => return Ok(exit),
        };
        if old.deleted_at.is_none() {
            return Ok(
                self.pregnancy_refuse("cli-pregnancy-record-not-deleted", &[("id", id.into())])
            );
        }
        let record = match store.restore_pregnancy_record(id, now())? {
            Ok(record) => record,
            Err(PregnancyRecordProblem::CannotRestore) => {
                return Ok(
                    self.pregnancy_refuse("cli-pregnancy-record-too-old", &[("id", id.into())])
                );
            }
            Err(_) => return Ok(self.no_pregnancy_record(id)),
        };
        let text = self.l.format(
            "cli-pregnancy-record-restored",
            &[
                ("id", id.into()),
                (
                    "entry",
                    entry(&self.l, &record.data, pregnancy.expected_date).into(),
                ),
            ],
        );
        self.say(&text);
        Ok(Exit::Success)
    }

    fn pregnancy_record_history(&mut self, id: RecordId, json: bool) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let (_, pregnancy) = match self.find_pregnancy_record(&store, id)? {
            Ok(found) => found,
            Err(exit) => return Ok(exit),
        };
        let history = store.pregnancy_record_history(id)?;
        if json {
            return Ok(self.print_json(&history));
        }
        if history.is_empty() {
            let text = self
                .l
                .format("cli-pregnancy-history-none", &[("id", id.into())]);
            self.say(&text);
        }
        for h in &history {
            let change = match h.change.as_str() {
                "edit" | "delete" | "restore" => self.l.text(&format!("cli-history-{}", h.change)),
                other => other.to_owned(),
            };
            let text = self.l.format(
                "cli-history-line",
                &[
                    ("at", local_time(&self.l, &h.changed_at).into()),
                    ("change", change.into()),
                    (
                        "entry",
                        entry(&self.l, &h.previous, pregnancy.expected_date).into(),
                    ),
                ],
            );
            self.say(&text);
        }
        Ok(Exit::Success)
    }
}

/// The input for `kind` from its flags. When editing, `old` gives every
/// value that is not on the command line (an empty value clears it). The
/// input's JSON shape names the fields, so each flag maps to one key.
fn input_from(
    kind: PregnancyRecordKind,
    flags: &ArgMatches,
    old: Option<&PregnancyRecordData>,
) -> serde_json::Result<PregnancyRecordInput> {
    let base = match old {
        Some(old) => PregnancyRecordInput::from(old),
        None => PregnancyRecordInput::empty(kind),
    };
    let mut value = serde_json::to_value(base)?;
    for &(id, key, ..) in flags_of(kind) {
        debug_assert!(value.get(key).is_some(), "{key}");
        if let Some(v) = flags.get_one::<String>(id) {
            value[key] = v.as_str().into();
        }
    }
    serde_json::from_value(value)
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

/// A record's content in one line: date, kind, week, summary.
fn entry(l: &Localizer, data: &PregnancyRecordData, expected: Date) -> String {
    let summary = [week(l, data, expected), Some(summary(l, data))]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(&l.text("pregnancy-separator"));
    l.format(
        "cli-record-entry",
        &[
            ("date", l.date(data.date()).into()),
            ("kind", kind_name(l, data.kind()).into()),
            ("summary", one_line(&summary).into()),
        ],
    )
}

/// Free text on one line of the terminal.
/// A record as a line of `hagu pregnancy record list`.
fn line(l: &Localizer, record: &PregnancyRecord, expected: Date) -> String {
    let entry = entry(l, &record.data, expected);
    let line = l.format(
        "cli-record-line",
        &[("id", record.id.into()), ("entry", entry.into())],
    );
    crate::records::with_deleted_mark(l, line, record.deleted_at.as_deref())
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

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::Language;

    #[test]
    fn every_flag_names_a_field_of_its_kind() {
        for kind in PregnancyRecordKind::ALL {
            let value = serde_json::to_value(PregnancyRecordInput::empty(kind)).unwrap();
            let fields = value.as_object().unwrap().len() - 1; // without "kind"
            assert_eq!(flags_of(kind).len(), fields, "{kind:?}");
            for &(_, key, ..) in flags_of(kind) {
                assert!(value.get(key).is_some(), "{kind:?}: {key}");
            }
        }
    }

    #[test]
    fn flags_become_the_input_and_edits_keep_the_rest() {
        let l = Localizer::new(Language::En);
        let m = crate::command(&l)
            .try_get_matches_from([
                "hagu",
                "pregnancy",
                "record",
                "add",
                "--pregnancy",
                "1",
                "prenatal-visit",
                "--date",
                "2026-11-20",
                "--urine-protein",
                "-",
                "--systolic",
                "112",
            ])
            .unwrap();
        let (_, m) = m.subcommand().unwrap();
        let (_, m) = m.subcommand().unwrap();
        let (_, m) = m.subcommand().unwrap();
        let (kind, flags) = m.subcommand().unwrap();
        let kind = PregnancyRecordKind::parse(kind).unwrap();
        let input = input_from(kind, flags, None).unwrap();
        let PregnancyRecordInput::PrenatalVisit {
            urine_protein,
            systolic,
            weight_kg,
            ..
        } = &input
        else {
            panic!("{input:?}")
        };
        assert_eq!((urine_protein.as_str(), systolic.as_str()), ("-", "112"));
        assert_eq!(weight_kg, "");
    }
}
