//! `… record add|list|edit|delete|restore|history|photo` of one book, in
//! the localizer's language: the same tree for every owner, from its flags
//! and words.

use super::CliBook;
use crate::args::{argument, flag, localized, option, DELETED, ID, JSON, KIND};
use clap::builder::PossibleValuesParser;
use clap::{value_parser, ArgGroup, Command};
use hagukumi_i18n::Localizer;

/// `record` and its subcommands for the book `B`.
pub(crate) fn command<B: CliBook>(l: &Localizer) -> Command {
    let w = &B::WORDS;
    let owner = || {
        option(l, w.owner_flag, "ID", w.owner_help)
            .required(true)
            .value_parser(value_parser!(i64))
    };
    let id = || {
        argument(l, ID, "ID", &w.id("id-help"))
            .required(true)
            .value_parser(value_parser!(i64))
    };
    let about = |what: &str| w.id(&format!("{what}-about"));
    let kinds = |editing: bool| {
        B::KINDS
            .iter()
            .map(move |&k| kind_command::<B>(l, k, editing))
    };
    let add = localized(Command::new("add"), l, &about("add"))
        .subcommand_required(true)
        .arg(owner())
        .subcommands(kinds(false));
    let list = localized(Command::new("list"), l, &about("list"))
        .arg(owner())
        .arg(
            option(l, KIND, "KIND", w.kind_help).value_parser(PossibleValuesParser::new(
                B::KINDS.iter().map(|&k| B::kind_id(k)),
            )),
        )
        .arg(flag(l, DELETED, w.deleted_help))
        .arg(flag(l, JSON, &w.id("list-json-help")));
    let edit = localized(Command::new("edit"), l, &about("edit"))
        .subcommand_required(true)
        .arg(id())
        .subcommands(kinds(true));
    let delete = localized(Command::new("delete"), l, &about("delete")).arg(id());
    let restore = localized(Command::new("restore"), l, &about("restore")).arg(id());
    let history = localized(Command::new("history"), l, &about("history"))
        .arg(id())
        .arg(flag(l, JSON, w.history_json_help));
    localized(Command::new("record"), l, &w.id("about"))
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(add)
        .subcommand(list)
        .subcommand(edit)
        .subcommand(delete)
        .subcommand(restore)
        .subcommand(history)
        .subcommand(super::photos::command::<B>(l))
}

/// One kind as a subcommand of `record add` (its required flags required)
/// or `record edit` (any flags, at least one).
fn kind_command<B: CliBook>(l: &Localizer, kind: B::Kind, editing: bool) -> Command {
    let about = B::WORDS.id(&format!("{}-about", B::kind_id(kind)));
    let mut cmd = localized(Command::new(B::kind_id(kind)), l, &about);
    for f in B::flags(kind) {
        cmd = cmd.arg(
            option(l, f.id, f.value_name, f.help)
                .required(f.required && !editing)
                .allow_hyphen_values(B::HYPHEN_VALUES),
        );
    }
    let more = B::more_args(l, kind);
    let more_ids: Vec<_> = more.iter().map(|a| a.get_id().clone()).collect();
    cmd = cmd.args(more);
    if editing {
        let ids = B::flags(kind)
            .iter()
            .map(|f| clap::Id::from(f.id))
            .chain(more_ids);
        cmd = cmd.group(
            ArgGroup::new("changes")
                .args(ids)
                .multiple(true)
                .required(true),
        );
    }
    cmd
}
