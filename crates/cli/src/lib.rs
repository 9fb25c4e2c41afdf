//! `hagu`, Hagukumi's command-line tool: create a handbook, add and list
//! children, add, list, change, delete and restore their records, add,
//! export and delete the records' photos, export the whole handbook as JSON
//! and import it again, verify a handbook's encryption and integrity,
//! show its recovery code, open it with the code when the key is lost, back
//! it up encrypted and restore it (`hagu recovery-code|recover|backup|
//! restore`), sync official records from a portal (`hagu sync`), set the
//! family's municipality and see the child-support programs that apply
//! (`hagu municipality`, `hagu programs`), read the printed materials
//! handed out at 妊娠届 (`hagu materials`), follow benefit applications
//! (`hagu benefits`), show a child's clinic card (`hagu clinic-card`),
//! search the SAMPLE nurseries, bookmark them in a preference order and
//! compare them side by side, and simulate the 保育指数 from a published
//! table (`hagu nursery search|bookmark|compare`, `hagu hoiku-index`).
//!
//! Everything it prints comes from Fluent (`locales/*/cli.ftl` plus the app's
//! messages). Errors go to stderr in plain words, never as a Rust debug dump;
//! the exit status tells scripts what happened (see [`Exit`]). Secrets (the
//! passphrase, the key) are never printed.

mod args;
mod benefits;
mod book;
mod booking;
mod bookmarks;
mod children;
mod clinic_card;
mod clock;
mod command;
mod context;
mod custody;
mod handbook;
mod intake;
mod materials;
mod nursery;
mod pregnancy;
mod pregnancy_records;
mod programs;
mod records;
mod recovery_sheet;
mod schedule;
mod sync;
mod transfer;

pub use command::command;
pub use context::{exit_for, Exit};

use clap::error::ErrorKind;
use context::Context;
use hagukumi_core::records::ChildBook;
use hagukumi_core::Language;
use hagukumi_i18n::Localizer;
use hagukumi_store::{KeySource, PASSPHRASE_ENV};
use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::PathBuf;

/// Environment variable choosing the language of messages: a tag of
/// `Language::code` (`ja`, `ja-x-easy`, `en`, `zh-Hans`, `ko`, `vi`, `pt-BR`,
/// `ne`, `tl`, `id`, `th`, `es`) or a locale naming one (`ko_KR`).
pub const LANG_ENV: &str = "HAGUKUMI_LANG";

/// The language of messages: `HAGUKUMI_LANG` if it names a language the app
/// speaks, else the POSIX locale (`LC_ALL`, then `LC_MESSAGES`, then
/// `LANG`) when it names one, else English.
pub fn language_from_env(env: &dyn Fn(&str) -> Option<String>) -> Language {
    if let Some(lang) = env(LANG_ENV).and_then(|v| Language::from_tag(&v)) {
        return lang;
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(env)
        .find(|value| !value.is_empty())
        .and_then(|locale| Language::from_tag(&locale))
        .unwrap_or(Language::En)
}

/// Runs `hagu` with `args` (program name first). `env` looks up environment
/// variables (language, passphrase); output goes to `out`, errors to `err`.
/// `hagu import --json -` reads the process's standard input.
pub fn run(
    args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
    env: &dyn Fn(&str) -> Option<String>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Exit {
    run_with_input(args, env, &mut std::io::stdin(), out, err)
}

/// [`run`], with `input` as the standard input (`hagu import --json -`).
pub fn run_with_input<I, T>(
    args: I,
    env: &dyn Fn(&str) -> Option<String>,
    input: &mut dyn Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Exit
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let l = Localizer::new(language_from_env(env));
    let matches = match command(&l).try_get_matches_from(args) {
        Ok(matches) => matches,
        Err(e) => return usage_error(&l, &e, out, err),
    };
    let Some(dir) = command::data_dir(&matches).or_else(hagukumi_store::default_data_dir) else {
        let _ = writeln!(err, "{}", l.text("cli-no-data-dir"));
        return Exit::Failure;
    };
    // A passphrase if one is given, else the OS credential store: the same
    // rule as `KeySource::FromEnvironment`, but through `env`.
    let key = match env(PASSPHRASE_ENV).filter(|p| !p.is_empty()) {
        Some(passphrase) => KeySource::Passphrase(passphrase),
        None => KeySource::OsCredentialStore,
    };
    let mut cx = Context {
        l,
        dir,
        key,
        input,
        out,
        err,
    };
    let result = match matches.subcommand() {
        Some(("init", m)) => cx.init(m.get_flag(args::NEW)),
        Some(("child", sub)) => match sub.subcommand() {
            Some(("add", m)) => cx.child_add(
                m.get_one::<String>(args::NAME).map_or("", String::as_str),
                m.get_one::<String>(args::BIRTH).map_or("", String::as_str),
            ),
            Some(("list", m)) => cx.child_list(m.get_flag(args::JSON)),
            _ => Ok(Exit::Usage),
        },
        Some(("record", sub)) => cx.records::<ChildBook>(sub),
        Some(("pregnancy", sub)) => cx.pregnancy(sub),
        Some(("export", m)) => cx.export(m.get_one::<PathBuf>(args::OUTPUT).map(PathBuf::as_path)),
        Some(("import", m)) => cx.import(
            m.get_one::<String>(args::FILE).map_or("-", String::as_str),
            m.get_flag(args::REFERENCE_PORTAL),
        ),
        Some(("verify", _)) => cx.verify(),
        Some(("recovery-code", _)) => cx.recovery_code(),
        Some(("recovery-sheet", m)) => cx.recovery_sheet(m),
        Some(("recover", m)) => cx.recover(m),
        Some(("backup", m)) => cx.backup(m.get_one::<PathBuf>(args::OUTPUT).map(PathBuf::as_path)),
        Some(("restore", m)) => cx.restore(m),
        Some(("schedule", m)) => cx.schedule(m),
        Some(("summary", m)) => cx.summary(m),
        Some(("sync", m)) => cx.sync(m),
        Some(("municipality", m)) => cx.municipality(m),
        Some(("programs", m)) => cx.programs(m),
        Some(("materials", m)) => cx.materials(m),
        Some(("benefits", m)) => cx.benefits(m),
        Some(("nursery", m)) => cx.nursery(m),
        Some(("hoiku-index", m)) => cx.hoiku_index(m),
        Some(("clinic-card", m)) => cx.clinic_card(m),
        _ => Ok(Exit::Usage),
    };
    result.unwrap_or_else(|e| cx.report(&e))
}

/// Help and version go to stdout with status 0; anything else is a usage
/// error: a localized line, then clap's details, status 2.
fn usage_error(l: &Localizer, e: &clap::Error, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = write!(out, "{}", e.render());
            Exit::Success
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = write!(err, "{}", e.render());
            Exit::Usage
        }
        _ => {
            let _ = writeln!(err, "{}", l.text("cli-usage-error"));
            let _ = write!(err, "{}", e.render());
            Exit::Usage
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    #[test]
    fn language_comes_from_hagukumi_lang_then_the_locale() {
        let cases: &[(&[(&str, &str)], Language)] = &[
            (&[], Language::En),
            (&[("HAGUKUMI_LANG", "ja")], Language::Ja),
            (
                &[("HAGUKUMI_LANG", "en"), ("LANG", "ja_JP.UTF-8")],
                Language::En,
            ),
            (
                &[("HAGUKUMI_LANG", "fr"), ("LANG", "ja_JP.UTF-8")],
                Language::Ja,
            ),
            (&[("LANG", "ja_JP.UTF-8")], Language::Ja),
            (&[("LANG", "C.UTF-8")], Language::En),
            (
                &[("LC_ALL", "en_US.UTF-8"), ("LANG", "ja_JP.UTF-8")],
                Language::En,
            ),
            (&[("LC_ALL", ""), ("LC_MESSAGES", "ja_JP")], Language::Ja),
            (&[("HAGUKUMI_LANG", "ja-x-easy")], Language::JaEasy),
            (&[("HAGUKUMI_LANG", "ko")], Language::Ko),
            (&[("HAGUKUMI_LANG", "pt-BR")], Language::PtBr),
            (&[("HAGUKUMI_LANG", "zh-Hans")], Language::ZhHans),
            (&[("LANG", "th_TH.UTF-8")], Language::Th),
            (&[("LANG", "vi_VN.UTF-8")], Language::Vi),
            (&[("LANG", "fr_FR.UTF-8")], Language::En),
        ];
        for (pairs, expected) in cases {
            assert_eq!(language_from_env(&env_of(pairs)), *expected, "{pairs:?}");
        }
    }

    #[test]
    fn help_and_usage_errors_without_touching_any_file() {
        let env = env_of(&[("HAGUKUMI_LANG", "en")]);
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert_eq!(
            run(["hagu", "--help"], &env, &mut out, &mut err),
            Exit::Success
        );
        let help = String::from_utf8(out).unwrap();
        assert!(help.contains("Exit codes:"), "{help}");
        assert!(!help.contains("Print help\n"), "clap's own English: {help}");
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert_eq!(
            run(["hagu", "frobnicate"], &env, &mut out, &mut err),
            Exit::Usage
        );
        assert!(String::from_utf8(err)
            .unwrap()
            .starts_with("The command was not used correctly."));
    }
}
