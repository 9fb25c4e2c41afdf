//! The command line of `hagu`, built with clap's builder API so that every
//! about, help and heading text comes from Fluent (`locales/*/cli.ftl`).

use crate::args::{
    argument, flag, localized, option, BIRTH, DATA_DIR, FILE, JSON, NAME, NEW, OUTPUT,
    REFERENCE_PORTAL,
};
use clap::{value_parser, Arg, ArgAction, ArgMatches, Command};
use hagukumi_core::records::ChildBook;
use hagukumi_i18n::Localizer;
use std::path::PathBuf;

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
        .arg(option(l, NAME, "NAME", "cli-child-name-help").required(true))
        .arg(option(l, BIRTH, "YYYY-MM-DD", "cli-child-birth-help").required(true));
    let list = localized(Command::new("list"), l, "cli-child-list-about").arg(flag(
        l,
        JSON,
        "cli-child-list-json-help",
    ));
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
        .arg(argument(l, FILE, "FILE", "cli-import-file-help").required(true));

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
        .subcommand(crate::book::tree::command::<ChildBook>(l))
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
        .subcommand(crate::materials::command(l))
        .subcommand(crate::benefits::command(l))
        .subcommand(crate::nursery::nursery_command(l))
        .subcommand(crate::nursery::hoiku_index_command(l))
        .subcommand(crate::clinic_card::command(l))
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
