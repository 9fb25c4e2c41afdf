//! The command line of `hagu`, built with clap's builder API so that every
//! about, help and heading text comes from Fluent (`locales/*/cli.ftl`).

use clap::{value_parser, Arg, ArgAction, ArgMatches, Command};
use hagukumi_i18n::Localizer;
use std::path::PathBuf;

pub(crate) const DATA_DIR: &str = "data-dir";
pub(crate) const NAME: &str = "name";
pub(crate) const BIRTH: &str = "birth";
pub(crate) const JSON: &str = "json";

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

    localized(Command::new("hagu"), l, "cli-about")
        .version(env!("CARGO_PKG_VERSION"))
        .disable_version_flag(true)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .after_help(l.text("cli-after-help"))
        .arg(data_dir)
        .arg(version)
        .subcommand(localized(Command::new("init"), l, "cli-init-about"))
        .subcommand(child)
        .subcommand(localized(Command::new("verify"), l, "cli-verify-about"))
}

/// Gives `cmd` its about text, a localized help flag and localized headings
/// in place of clap's built-in English ones.
fn localized(cmd: Command, l: &Localizer, about_id: &str) -> Command {
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
