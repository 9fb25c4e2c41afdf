//! The command line of `hagu`, built with clap's builder API so that every
//! about, help and heading text comes from Fluent (`locales/*/cli.ftl`).

use clap::builder::PossibleValuesParser;
use clap::{value_parser, Arg, ArgAction, ArgGroup, ArgMatches, Command};
use hagukumi_core::records::RecordKind;
use hagukumi_i18n::Localizer;
use std::path::PathBuf;

pub(crate) const DATA_DIR: &str = "data-dir";
pub(crate) const NAME: &str = "name";
pub(crate) const BIRTH: &str = "birth";
pub(crate) const JSON: &str = "json";
pub(crate) const CHILD: &str = "child";
pub(crate) const ID: &str = "id";
pub(crate) const KIND: &str = "kind";
pub(crate) const DELETED: &str = "deleted";
pub(crate) const OUTPUT: &str = "output";
pub(crate) const FILE: &str = "file";
/// Ask for the reference portal's profile (its development key).
pub(crate) const REFERENCE_PORTAL: &str = "reference-portal";
pub(crate) const NEW: &str = "new";

/// The flags of each record kind (`record add` and `record edit`): argument
/// id (also the long flag), value name, help message, required by `add`.
pub(crate) const VACCINATION_FLAGS: &[Flag] = &[
    ("vaccine", "ID", "cli-record-vaccine-help", true),
    ("dose", "N", "cli-record-dose-help", true),
    ("date", "YYYY-MM-DD", "cli-record-date-help", true),
    (
        "manufacturer",
        "TEXT",
        "cli-record-manufacturer-help",
        false,
    ),
    ("lot", "TEXT", "cli-record-lot-help", false),
    ("facility", "TEXT", "cli-record-facility-help", false),
    (
        "funding",
        "public|self-paid",
        "cli-record-funding-help",
        false,
    ),
];
pub(crate) const MEASUREMENT_FLAGS: &[Flag] = &[
    ("date", "YYYY-MM-DD", "cli-record-date-help", true),
    ("weight", "KG", "cli-record-weight-help", false),
    ("height", "CM", "cli-record-height-help", false),
    ("head", "CM", "cli-record-head-help", false),
    ("chest", "CM", "cli-record-chest-help", false),
];
pub(crate) const MILESTONE_FLAGS: &[Flag] = &[
    ("date", "YYYY-MM-DD", "cli-record-date-help", true),
    ("what", "TEXT", "cli-record-what-help", true),
    ("note", "TEXT", "cli-record-note-help", false),
];
pub(crate) const NOTE_FLAGS: &[Flag] = &[
    ("date", "YYYY-MM-DD", "cli-record-date-help", true),
    ("text", "TEXT", "cli-record-text-help", true),
];
pub(crate) const ALLERGY_FLAGS: &[Flag] = &[
    ("date", "YYYY-MM-DD", "cli-record-allergy-date-help", true),
    ("substance", "TEXT", "cli-record-substance-help", true),
    ("reaction", "TEXT", "cli-record-reaction-help", false),
];
pub(crate) const ILLNESS_FLAGS: &[Flag] = &[
    ("date", "YYYY-MM-DD", "cli-record-date-help", true),
    ("name", "TEXT", "cli-record-illness-help", true),
    ("note", "TEXT", "cli-record-note-help", false),
];
pub(crate) const BIRTH_FLAGS: &[Flag] = &[
    ("date", "YYYY-MM-DD", "cli-record-birth-date-help", false),
    ("time", "HH:MM", "cli-record-time-help", false),
    ("weeks", "N", "cli-record-weeks-help", false),
    ("days", "N", "cli-record-days-help", false),
    (
        "delivery",
        "vaginal|cesarean|vacuum|forceps|other",
        "cli-record-delivery-help",
        false,
    ),
    ("weight-g", "G", "cli-record-weight-g-help", false),
    ("length", "CM", "cli-record-length-help", false),
    ("head", "CM", "cli-record-head-help", false),
    ("chest", "CM", "cli-record-chest-help", false),
    ("apgar1", "N", "cli-record-apgar1-help", false),
    ("apgar5", "N", "cli-record-apgar5-help", false),
    (
        "complications",
        "TEXT",
        "cli-record-complications-help",
        false,
    ),
    ("facility", "TEXT", "cli-record-facility-help", false),
];
pub(crate) const CHECKUP_FLAGS: &[Flag] = &[
    (
        "checkup",
        "m1|m3-4|m6-7|m9-10|y1-6|y3|y5",
        "cli-record-checkup-help",
        true,
    ),
    ("date", "YYYY-MM-DD", "cli-record-date-help", true),
    ("weight", "KG", "cli-record-weight-help", false),
    ("height", "CM", "cli-record-height-help", false),
    ("head", "CM", "cli-record-head-help", false),
    ("chest", "CM", "cli-record-chest-help", false),
    ("findings", "TEXT", "cli-record-findings-help", false),
    ("facility", "TEXT", "cli-record-facility-help", false),
];
/// `--answer ITEM=VALUE` of `checkup` (repeatable, so not in the table).
pub(crate) const ANSWER: &str = "answer";
pub(crate) const DENTAL_FLAGS: &[Flag] = &[
    ("date", "YYYY-MM-DD", "cli-record-date-help", true),
    ("teeth", "N", "cli-record-teeth-help", true),
    ("caries", "N", "cli-record-caries-help", false),
    ("fluoride", "yes|no", "cli-record-fluoride-help", false),
    ("note", "TEXT", "cli-record-note-help", false),
];
pub(crate) const SCREENING_FLAGS: &[Flag] = &[
    ("date", "YYYY-MM-DD", "cli-record-date-help", true),
    (
        "test",
        "vision|hearing|newborn-hearing",
        "cli-record-test-help",
        true,
    ),
    (
        "result",
        "pass|refer|not-done",
        "cli-record-result-help",
        true,
    ),
    ("note", "TEXT", "cli-record-note-help", false),
];
pub(crate) const MEDICINE_FLAGS: &[Flag] = &[
    ("start", "YYYY-MM-DD", "cli-record-start-help", true),
    ("end", "YYYY-MM-DD", "cli-record-end-help", false),
    ("name", "TEXT", "cli-record-medicine-name-help", true),
    (
        "instructions",
        "TEXT",
        "cli-record-instructions-help",
        false,
    ),
];

/// `(id and long flag, value name, help message id, required when adding)`.
pub(crate) type Flag = (&'static str, &'static str, &'static str, bool);

/// The flags of one record kind.
pub(crate) fn flags_of(kind: RecordKind) -> &'static [Flag] {
    match kind {
        RecordKind::Vaccination => VACCINATION_FLAGS,
        RecordKind::Measurement => MEASUREMENT_FLAGS,
        RecordKind::Milestone => MILESTONE_FLAGS,
        RecordKind::Note => NOTE_FLAGS,
        RecordKind::Allergy => ALLERGY_FLAGS,
        RecordKind::Illness => ILLNESS_FLAGS,
        RecordKind::Birth => BIRTH_FLAGS,
        RecordKind::Checkup => CHECKUP_FLAGS,
        RecordKind::Dental => DENTAL_FLAGS,
        RecordKind::Screening => SCREENING_FLAGS,
        RecordKind::Medicine => MEDICINE_FLAGS,
    }
}

/// The whole command tree, in the localizer's language.
pub fn command(l: &Localizer) -> Command {
    let data_dir = Arg::new(DATA_DIR)
        .long("data-dir")
        .value_name("DIR")
        .value_parser(value_parser!(PathBuf))
        .global(true)
        .help(l.text("cli-data-dir-help"))
        .help_heading(l.text("cli-options-heading"));
    let version = Arg::new("version")
        .short('V')
        .long("version")
        .action(ArgAction::Version)
        .help(l.text("cli-version-flag"))
        .help_heading(l.text("cli-options-heading"));

    let add = localized(Command::new("add"), l, "cli-child-add-about")
        .arg(
            Arg::new(NAME)
                .long("name")
                .value_name("NAME")
                .required(true)
                .help(l.text("cli-child-name-help"))
                .help_heading(l.text("cli-options-heading")),
        )
        .arg(
            Arg::new(BIRTH)
                .long("birth")
                .value_name("YYYY-MM-DD")
                .required(true)
                .help(l.text("cli-child-birth-help"))
                .help_heading(l.text("cli-options-heading")),
        );
    let list = localized(Command::new("list"), l, "cli-child-list-about").arg(
        Arg::new(JSON)
            .long("json")
            .action(ArgAction::SetTrue)
            .help(l.text("cli-child-list-json-help"))
            .help_heading(l.text("cli-options-heading")),
    );
    let child = localized(Command::new("child"), l, "cli-child-about")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(add)
        .subcommand(list);
    let export = localized(Command::new("export"), l, "cli-export-about")
        .arg(flag(l, JSON, "cli-export-json-help").required(true))
        .arg(
            option(l, OUTPUT, "FILE", "cli-export-output-help")
                .short('o')
                .value_parser(value_parser!(PathBuf)),
        );
    let import = localized(Command::new("import"), l, "cli-import-about")
        .arg(flag(l, JSON, "cli-import-json-help").required(true))
        .arg(flag(
            l,
            REFERENCE_PORTAL,
            "cli-import-reference-portal-help",
        ))
        .arg(
            Arg::new(FILE)
                .value_name("FILE")
                .required(true)
                .help(l.text("cli-import-file-help"))
                .help_heading(l.text("cli-arguments-heading")),
        );

    localized(Command::new("hagu"), l, "cli-about")
        .version(env!("CARGO_PKG_VERSION"))
        .disable_version_flag(true)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .after_help(l.text("cli-after-help"))
        .arg(data_dir)
        .arg(version)
        .subcommand(
            localized(Command::new("init"), l, "cli-init-about").arg(flag(
                l,
                NEW,
                "cli-init-new-help",
            )),
        )
        .subcommand(child)
        .subcommand(record(l))
        .subcommand(crate::pregnancy::command(l))
        .subcommand(export)
        .subcommand(import)
        .subcommand(localized(Command::new("verify"), l, "cli-verify-about"))
        .subcommands(crate::custody::commands(l))
        .subcommand(crate::recovery_sheet::command(l))
        .subcommand(crate::schedule::schedule_command(l))
        .subcommand(crate::schedule::summary_command(l))
        .subcommand(crate::sync::command(l))
        .subcommand(crate::programs::municipality_command(l))
        .subcommand(crate::programs::programs_command(l))
}

/// `hagu record add|list|edit|delete|restore|history|photo`.
fn record(l: &Localizer) -> Command {
    let child = || {
        option(l, CHILD, "ID", "cli-record-child-help")
            .required(true)
            .value_parser(value_parser!(i64))
    };
    let id = || {
        Arg::new(ID)
            .value_name("ID")
            .required(true)
            .value_parser(value_parser!(i64))
            .help(l.text("cli-record-id-help"))
            .help_heading(l.text("cli-arguments-heading"))
    };
    let kinds = |editing: bool| RecordKind::ALL.map(|kind| kind_command(l, kind, editing));
    let add = localized(Command::new("add"), l, "cli-record-add-about")
        .subcommand_required(true)
        .arg(child())
        .subcommands(kinds(false));
    let list = localized(Command::new("list"), l, "cli-record-list-about")
        .arg(child())
        .arg(
            option(l, KIND, "KIND", "cli-record-kind-help").value_parser(
                PossibleValuesParser::new(RecordKind::ALL.map(RecordKind::as_str)),
            ),
        )
        .arg(flag(l, DELETED, "cli-record-deleted-help"))
        .arg(flag(l, JSON, "cli-record-list-json-help"));
    let edit = localized(Command::new("edit"), l, "cli-record-edit-about")
        .subcommand_required(true)
        .arg(id())
        .subcommands(kinds(true));
    let delete = localized(Command::new("delete"), l, "cli-record-delete-about").arg(id());
    let restore = localized(Command::new("restore"), l, "cli-record-restore-about").arg(id());
    let history = localized(Command::new("history"), l, "cli-record-history-about")
        .arg(id())
        .arg(flag(l, JSON, "cli-record-history-json-help"));
    localized(Command::new("record"), l, "cli-record-about")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(add)
        .subcommand(list)
        .subcommand(edit)
        .subcommand(delete)
        .subcommand(restore)
        .subcommand(history)
        .subcommand(crate::photos::command(l, crate::photos::Place::Child))
}

/// One record kind as a subcommand of `record add` (its required flags
/// required) or `record edit` (any flags, at least one).
fn kind_command(l: &Localizer, kind: RecordKind, editing: bool) -> Command {
    let about = format!("cli-record-{}-about", kind.as_str());
    let mut cmd = localized(Command::new(kind.as_str()), l, &about);
    for &(id, value_name, help, required) in flags_of(kind) {
        cmd = cmd.arg(option(l, id, value_name, help).required(required && !editing));
    }
    let answers = kind == RecordKind::Checkup;
    if answers {
        cmd = cmd.arg(
            option(
                l,
                ANSWER,
                "ITEM=yes|no|YYYY-MM-DD",
                "cli-record-answer-help",
            )
            .action(ArgAction::Append),
        );
    }
    if editing {
        let ids = flags_of(kind)
            .iter()
            .map(|(id, ..)| *id)
            .chain(answers.then_some(ANSWER));
        cmd = cmd.group(
            ArgGroup::new("changes")
                .args(ids)
                .multiple(true)
                .required(true),
        );
    }
    cmd
}

/// `--<id> VALUE`, a string unless the caller sets another parser.
pub(crate) fn option(
    l: &Localizer,
    id: &'static str,
    value_name: &'static str,
    help_id: &str,
) -> Arg {
    Arg::new(id)
        .long(id)
        .value_name(value_name)
        .help(l.text(help_id))
        .help_heading(l.text("cli-options-heading"))
}

/// `--<id>`, on or off.
pub(crate) fn flag(l: &Localizer, id: &'static str, help_id: &str) -> Arg {
    Arg::new(id)
        .long(id)
        .action(ArgAction::SetTrue)
        .help(l.text(help_id))
        .help_heading(l.text("cli-options-heading"))
}

/// Gives `cmd` its about text, a localized help flag and localized headings
/// in place of clap's built-in English ones.
pub(crate) fn localized(cmd: Command, l: &Localizer, about_id: &str) -> Command {
    let template = format!(
        "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        l.text("cli-usage-heading")
    );
    cmd.about(l.text(about_id))
        .help_template(template)
        .subcommand_help_heading(l.text("cli-commands-heading"))
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(l.text("cli-help-flag"))
                .help_heading(l.text("cli-options-heading")),
        )
}

/// `--data-dir` as given anywhere on the command line (it is global, so it
/// may follow a subcommand): the value of the innermost subcommand wins.
pub(crate) fn data_dir(matches: &ArgMatches) -> Option<PathBuf> {
    let mut found = matches.get_one::<PathBuf>(DATA_DIR).cloned();
    let mut current = matches;
    while let Some((_, sub)) = current.subcommand() {
        if let Some(dir) = sub.get_one::<PathBuf>(DATA_DIR) {
            found = Some(dir.clone());
        }
        current = sub;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::Language;

    #[test]
    fn the_command_tree_is_consistent_in_both_languages() {
        for lang in Language::ALL {
            command(&Localizer::new(lang)).debug_assert();
        }
    }

    #[test]
    fn data_dir_is_global() {
        let l = Localizer::new(Language::En);
        for args in [
            &["hagu", "--data-dir", "/x", "child", "list"][..],
            &["hagu", "child", "--data-dir", "/x", "list"][..],
            &["hagu", "child", "list", "--data-dir", "/x"][..],
        ] {
            let m = command(&l).try_get_matches_from(args).unwrap();
            assert_eq!(data_dir(&m), Some(PathBuf::from("/x")), "{args:?}");
        }
        let m = command(&l)
            .try_get_matches_from(["hagu", "verify"])
            .unwrap();
        assert_eq!(data_dir(&m), None);
    }
}
