//! The pieces every command of `hagu` is built from: a localized command
//! (about, help flag and headings from Fluent), `--flag`, `--option VALUE`,
//! and the argument ids several commands share. No command lives here.

use clap::{Arg, ArgAction, Command};
use hagukumi_i18n::Localizer;

pub(crate) const DATA_DIR: &str = "data-dir";
pub(crate) const NAME: &str = "name";
pub(crate) const BIRTH: &str = "birth";
pub(crate) const JSON: &str = "json";
pub(crate) const ID: &str = "id";
pub(crate) const KIND: &str = "kind";
pub(crate) const DELETED: &str = "deleted";
pub(crate) const OUTPUT: &str = "output";
pub(crate) const FILE: &str = "file";
/// Ask for the reference portal's profile (its development key).
pub(crate) const REFERENCE_PORTAL: &str = "reference-portal";
pub(crate) const NEW: &str = "new";

/// `--<id> VALUE`, a string unless the caller sets another parser.
pub(crate) fn option(
    l: &Localizer,
    id: &'static str,
    value_name: &'static str,
    help_id: &str,
) -> Arg {
    argument(l, id, value_name, help_id)
        .long(id)
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

/// A positional argument `VALUE_NAME` under the arguments heading.
pub(crate) fn argument(
    l: &Localizer,
    id: &'static str,
    value_name: &'static str,
    help_id: &str,
) -> Arg {
    Arg::new(id)
        .value_name(value_name)
        .help(l.text(help_id))
        .help_heading(l.text("cli-arguments-heading"))
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
