//! `hagu`, Hagukumi's command-line tool: create a handbook, add and list
//! children, add, list, change, delete and restore their records, add,
//! export and delete the records' photos, export the whole handbook as JSON
//! and import it again, verify a handbook's encryption and integrity,
//! show its recovery code, open it with the code when the key is lost, back
//! it up encrypted and restore it (`hagu recovery-code|recover|backup|
//! restore`), sync official records from a portal (`hagu sync`), set the
//! family's municipality and see the child-support programs that apply
//! (`hagu municipality`, `hagu programs`).
//!
//! Everything it prints comes from Fluent (`locales/*/cli.ftl` plus the app's
//! messages). Errors go to stderr in plain words, never as a Rust debug dump;
//! the exit status tells scripts what happened (see [`Exit`]). Secrets (the
//! passphrase, the key) are never printed.

mod args;
mod book;
mod clock;
mod command;
mod custody;
mod photos;
mod pregnancy;
mod pregnancy_records;
mod programs;
mod records;
mod recovery_sheet;
mod schedule;
mod sync;
mod transfer;

pub use command::command;

use clap::error::ErrorKind;
use clock::today;
use hagukumi_core::records::ChildBook;
use hagukumi_core::{Child, ChildInput, Date, Language, ValidationErrors};
use hagukumi_i18n::{Localizer, Value};
use hagukumi_store::{
    BackupProblem, KeyMethod, KeySource, RecoveryProblem, Store, StoreError, DB_FILE,
    PASSPHRASE_ENV,
};
use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// Environment variable choosing the language of messages (`ja` or `en`).
pub const LANG_ENV: &str = "HAGUKUMI_LANG";

/// Exit statuses of `hagu` (also listed in `hagu --help`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 0: done.
    Success = 0,
    /// 1: anything else, e.g. files that cannot be read or written, or a
    /// full disk (nothing was saved).
    Failure = 1,
    /// 2: the command line was wrong (clap's own status for usage errors).
    Usage = 2,
    /// 3: invalid input; nothing was saved. Also: an unknown child or
    /// record, a deletion too old to undo, an export that cannot be imported
    /// (not an export, another version, inconsistent, handbook not empty),
    /// a passphrase too short, a mistyped or missing recovery code, a file
    /// that is not a backup (or of another version, or another handbook),
    /// a recovery code that does not open the backup.
    InvalidInput = 3,
    /// 4: the handbook cannot be opened: there is none, wrong key or not a
    /// Hagukumi database, key missing, no credential store and no passphrase,
    /// passphrase required, the credential store failed, the recovery code
    /// does not open it or its recovery file is missing, another handbook's
    /// key is kept for this folder (it was moved).
    CannotOpen = 4,
    /// 5: the handbook was written by a newer version.
    Newer = 5,
    /// 6: the handbook is damaged: `verify` found problems, or a page failed
    /// its authentication while being read; also a damaged or truncated
    /// backup, a damaged recovery file.
    Damaged = 6,
}

impl Exit {
    pub fn code(self) -> u8 {
        self as u8
    }
}

impl From<Exit> for std::process::ExitCode {
    fn from(exit: Exit) -> Self {
        std::process::ExitCode::from(exit.code())
    }
}

/// The exit status for a store error.
pub fn exit_for(error: &StoreError) -> Exit {
    match error {
        StoreError::CannotOpen
        | StoreError::NoKeyStore
        | StoreError::PassphraseRequired
        | StoreError::KeyMissing
        | StoreError::KeyStore(_) => Exit::CannotOpen,
        StoreError::NewerSchema { .. } => Exit::Newer,
        StoreError::Corrupt(_) => Exit::Damaged,
        StoreError::HandbookExistsElsewhere => Exit::CannotOpen,
        StoreError::PassphraseTooShort => Exit::InvalidInput,
        StoreError::InUse => Exit::CannotOpen,
        StoreError::Recovery(problem) => match problem {
            RecoveryProblem::Code(_) => Exit::InvalidInput,
            RecoveryProblem::WrongCode
            | RecoveryProblem::NoRecoveryFile
            | RecoveryProblem::OtherHandbook => Exit::CannotOpen,
            RecoveryProblem::Format(_) => Exit::Damaged,
        },
        StoreError::Backup(problem) => match problem {
            BackupProblem::NotABackup
            | BackupProblem::Version(_)
            | BackupProblem::WrongCode
            | BackupProblem::OtherHandbook
            | BackupProblem::WouldReplaceOtherFile
            | BackupProblem::InsideHandbookFolder => Exit::InvalidInput,
            BackupProblem::Damaged(_) => Exit::Damaged,
            BackupProblem::NoCode | BackupProblem::FolderMissing => Exit::Failure,
        },
        e if e.is_damage() => Exit::Damaged,
        StoreError::Io { .. }
        | StoreError::Full(_)
        | StoreError::Random
        | StoreError::Sqlite(_) => Exit::Failure,
    }
}

/// The language of messages: `HAGUKUMI_LANG` (`ja`/`en`) if set, else the
/// POSIX locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`): Japanese when it
/// starts with "ja", English otherwise.
pub fn language_from_env(env: &dyn Fn(&str) -> Option<String>) -> Language {
    if let Some(lang) = env(LANG_ENV) {
        let lang = lang.trim().to_ascii_lowercase();
        if lang.starts_with("ja") {
            return Language::Ja;
        }
        if lang.starts_with("en") {
            return Language::En;
        }
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(env)
        .find(|value| !value.is_empty());
    match locale {
        Some(locale) if locale.starts_with("ja") => Language::Ja,
        _ => Language::En,
    }
}

/// Runs `hagu` with `args` (program name first). `env` looks up environment
/// variables (language, passphrase); output goes to `out`, errors to `err`.
/// `hagu import --json -` reads the process's standard input.
pub fn run<I, T>(
    args: I,
    env: &dyn Fn(&str) -> Option<String>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Exit
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
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

struct Context<'a> {
    l: Localizer,
    dir: PathBuf,
    key: KeySource,
    input: &'a mut dyn Read,
    out: &'a mut dyn Write,
    err: &'a mut dyn Write,
}

impl Context<'_> {
    fn say(&mut self, text: &str) {
        // A closed stdout (e.g. `| head`) is not worth a panic.
        let _ = writeln!(self.out, "{text}");
    }

    fn complain(&mut self, text: &str) {
        let _ = writeln!(self.err, "{text}");
    }

    fn db_path(&self) -> PathBuf {
        let db = self.dir.join(DB_FILE);
        std::path::absolute(&db).unwrap_or(db)
    }

    /// Explains `error` on stderr and picks the exit status.
    fn report(&mut self, error: &StoreError) -> Exit {
        let detail = || Value::from(error.to_string());
        let (text, exit) = match error {
            // `Store::open_existing` found no handbook: say what to do.
            StoreError::Io { path, source }
                if source.kind() == std::io::ErrorKind::NotFound
                    && path.file_name() == Some(DB_FILE.as_ref()) =>
            {
                let path = std::path::absolute(path).unwrap_or_else(|_| path.clone());
                let text = self
                    .l
                    .format("cli-no-handbook", &[("path", display(&path).into())]);
                (text, Exit::CannotOpen)
            }
            e if e.is_damage() => (
                self.l
                    .format("error-store-corrupt", &[("detail", detail())]),
                Exit::Damaged,
            ),
            _ => (
                self.l.format(error.message_id(), &[("detail", detail())]),
                exit_for(error),
            ),
        };
        self.complain(&text);
        // What to type next, where the shared message says it in words.
        let hints: &[&str] = match error {
            StoreError::HandbookExistsElsewhere => &["cli-hint-open-moved", "cli-hint-init-new"],
            StoreError::KeyMissing => &["cli-hint-recover"],
            StoreError::Recovery(
                RecoveryProblem::NoRecoveryFile
                | RecoveryProblem::OtherHandbook
                | RecoveryProblem::Format(_),
            ) => &["cli-hint-restore"],
            _ => &[],
        };
        for id in hints {
            let text = self.l.text(id);
            self.complain(&text);
        }
        exit
    }

    /// A refusal that changed nothing: the message, status 3.
    fn refuse(&mut self, id: &str, args: &[(&str, Value<'_>)]) -> Exit {
        let text = self.l.format(id, args);
        self.complain(&text);
        Exit::InvalidInput
    }

    /// Lists validation errors, one line per field, and says that nothing
    /// was saved.
    fn invalid(&mut self, errors: &ValidationErrors) -> Exit {
        let header = self.l.text("error-invalid-input");
        self.complain(&header);
        for e in &errors.0 {
            let field = self.l.text(&e.field.label_id());
            let message = self.l.field_error(e);
            let line = self.l.format(
                "cli-field-error",
                &[("field", field.into()), ("message", message.into())],
            );
            self.complain(&line);
        }
        let footer = self.l.text("cli-nothing-saved");
        self.complain(&footer);
        Exit::InvalidInput
    }

    /// `value` as one line of JSON on stdout, for scripts.
    fn print_json(&mut self, value: &impl serde::Serialize) -> Exit {
        match serde_json::to_string(value) {
            Ok(text) => self.print_exactly(&text),
            Err(e) => self.internal(&e.to_string()),
        }
    }

    /// `text` and a newline on stdout. Scripts read this: a failed write
    /// must not look like success.
    fn print_exactly(&mut self, text: &str) -> Exit {
        match writeln!(self.out, "{text}").and_then(|()| self.out.flush()) {
            Ok(()) => Exit::Success,
            Err(_) => Exit::Failure,
        }
    }

    /// Something that should not happen (never a secret in `detail`).
    fn internal(&mut self, detail: &str) -> Exit {
        let text = self
            .l
            .format("error-internal", &[("detail", detail.into())]);
        self.complain(&text);
        Exit::Failure
    }

    /// Opens the existing handbook; one that just got its first recovery
    /// code says so and shows it once.
    fn open_existing(&mut self) -> Result<Store, StoreError> {
        let store = Store::open_existing(&self.dir, &self.key)?;
        self.announce_new_code(&store)?;
        Ok(store)
    }

    /// Creates the handbook (printing its recovery code once, on a line
    /// `Recovery code: …`), or checks that the existing one opens.
    /// `new`: create a handbook even where the credential store keeps the
    /// key of one that was moved away from here (that key stays).
    fn init(&mut self, new: bool) -> Result<Exit, StoreError> {
        let existed = std::fs::metadata(self.dir.join(DB_FILE)).is_ok_and(|m| m.len() > 0);
        let store = if new {
            Store::create_anyway(&self.dir, &self.key)?
        } else {
            Store::open_with(&self.dir, &self.key)?
        };
        let id = if existed {
            "cli-init-exists"
        } else {
            "cli-init-created"
        };
        let path = display(&self.db_path());
        let text = self.l.format(id, &[("path", path.into())]);
        self.say(&text);
        let key = match store.key_method() {
            KeyMethod::OsCredentialStore => "cli-key-os",
            KeyMethod::Passphrase => "cli-key-passphrase",
        };
        let text = self.l.text(key);
        self.say(&text);
        if !store.recovery_code_shown()? {
            self.show_recovery_code(&store)?;
        }
        Ok(Exit::Success)
    }

    fn child_add(&mut self, name: &str, birth: &str) -> Result<Exit, StoreError> {
        let today = today();
        let input = ChildInput {
            name: name.to_owned(),
            birth_date: birth.to_owned(),
            ..Default::default()
        };
        // Validation needs no key: check the input before opening anything.
        let child = match input.validate(today) {
            Ok(child) => child,
            Err(errors) => return Ok(self.invalid(&errors)),
        };
        let store = self.open_existing()?;
        let child = store.add_child(&child)?;
        let line = child_line(&self.l, &child, today);
        let text = self.l.format("cli-child-added", &[("child", line.into())]);
        self.say(&text);
        Ok(Exit::Success)
    }

    fn child_list(&mut self, json: bool) -> Result<Exit, StoreError> {
        let children = self.open_existing()?.children()?;
        if json {
            let array: Vec<_> = children.iter().map(ChildJson::from).collect();
            return Ok(self.print_json(&array));
        }
        if children.is_empty() {
            let text = self.l.text("cli-child-none");
            self.say(&text);
        }
        let today = today();
        for child in &children {
            let line = child_line(&self.l, child, today);
            self.say(&line);
        }
        Ok(Exit::Success)
    }

    fn verify(&mut self) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let report = store.verify()?;
        let cipher = store.cipher_version()?;
        let path = display(&self.db_path());
        if report.is_sound() {
            let text = self.l.format("cli-verify-ok", &[("path", path.into())]);
            self.say(&text);
        } else {
            let count = report.problems.len();
            let text = self.l.format(
                "cli-verify-problems",
                &[("count", count.into()), ("path", path.into())],
            );
            self.complain(&text);
            for problem in &report.problems {
                let text = self.l.format(
                    "cli-verify-problem",
                    &[("problem", problem.as_str().into())],
                );
                self.complain(&text);
            }
        }
        let text = self.l.format(
            "cli-verify-schema",
            &[("version", report.schema_version.into())],
        );
        self.say(&text);
        let text = self
            .l
            .format("cli-verify-cipher", &[("version", cipher.into())]);
        self.say(&text);
        Ok(if report.is_sound() {
            Exit::Success
        } else {
            Exit::Damaged
        })
    }
}

/// One element of `hagu child list --json`: a stable format of its own, so
/// changes to the domain types never change what scripts read.
#[derive(serde::Serialize)]
struct ChildJson<'a> {
    id: i64,
    name: &'a str,
    /// `YYYY-MM-DD`.
    birth_date: String,
}

impl<'a> From<&'a Child> for ChildJson<'a> {
    fn from(child: &'a Child) -> Self {
        ChildJson {
            id: child.id,
            name: &child.name,
            birth_date: child.birth_date.format("%Y-%m-%d").to_string(),
        }
    }
}

/// One child as a line: name, date of birth, age today.
fn child_line(l: &Localizer, child: &Child, today: Date) -> String {
    let age = match child.age_on(today) {
        Some(age) => l.age(age),
        None => l.text("cli-age-unknown"),
    };
    l.format(
        "cli-child-line",
        &[
            ("name", Value::from(child.name.as_str())),
            ("birth", l.date(child.birth_date).into()),
            ("age", age.into()),
        ],
    )
}

fn display(path: &Path) -> String {
    path.display().to_string()
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
        ];
        for (pairs, expected) in cases {
            assert_eq!(language_from_env(&env_of(pairs)), *expected, "{pairs:?}");
        }
    }

    #[test]
    fn store_errors_map_to_documented_exit_codes() {
        assert_eq!(exit_for(&StoreError::CannotOpen), Exit::CannotOpen);
        assert_eq!(exit_for(&StoreError::NoKeyStore), Exit::CannotOpen);
        assert_eq!(exit_for(&StoreError::PassphraseRequired), Exit::CannotOpen);
        assert_eq!(exit_for(&StoreError::KeyMissing), Exit::CannotOpen);
        assert_eq!(
            exit_for(&StoreError::NewerSchema {
                found: 9,
                supported: 1
            }),
            Exit::Newer
        );
        assert_eq!(exit_for(&StoreError::Random), Exit::Failure);
        assert_eq!(exit_for(&StoreError::Full(String::new())), Exit::Failure);
        assert_eq!(
            [0, 1, 2, 3, 4, 5, 6],
            [
                Exit::Success,
                Exit::Failure,
                Exit::Usage,
                Exit::InvalidInput,
                Exit::CannotOpen,
                Exit::Newer,
                Exit::Damaged
            ]
            .map(Exit::code)
        );
    }

    #[test]
    fn key_recovery_and_backup_errors_have_exit_codes_and_words_in_both_languages() {
        use hagukumi_store::recovery::CodeProblem;
        let cases = [
            (StoreError::HandbookExistsElsewhere, Exit::CannotOpen),
            (StoreError::PassphraseTooShort, Exit::InvalidInput),
            (StoreError::InUse, Exit::CannotOpen),
            (StoreError::from(CodeProblem::Checksum), Exit::InvalidInput),
            (
                StoreError::from(CodeProblem::WrongLength),
                Exit::InvalidInput,
            ),
            (
                StoreError::from(CodeProblem::BadCharacter),
                Exit::InvalidInput,
            ),
            (RecoveryProblem::WrongCode.into(), Exit::CannotOpen),
            (RecoveryProblem::NoRecoveryFile.into(), Exit::CannotOpen),
            (RecoveryProblem::OtherHandbook.into(), Exit::CannotOpen),
            (RecoveryProblem::Format("kdf".into()).into(), Exit::Damaged),
            (BackupProblem::NotABackup.into(), Exit::InvalidInput),
            (BackupProblem::Version(9).into(), Exit::InvalidInput),
            (BackupProblem::WrongCode.into(), Exit::InvalidInput),
            (BackupProblem::OtherHandbook.into(), Exit::InvalidInput),
            (
                BackupProblem::Damaged("checksum".into()).into(),
                Exit::Damaged,
            ),
            (BackupProblem::NoCode.into(), Exit::Failure),
            (BackupProblem::FolderMissing.into(), Exit::Failure),
            (
                BackupProblem::WouldReplaceOtherFile.into(),
                Exit::InvalidInput,
            ),
            (
                BackupProblem::InsideHandbookFolder.into(),
                Exit::InvalidInput,
            ),
        ];
        for (error, exit) in &cases {
            assert_eq!(exit_for(error), *exit, "{error:?}");
            for lang in Language::ALL {
                let l = Localizer::new(lang);
                let text = l.format(error.message_id(), &[("detail", "x".into())]);
                assert_ne!(text, error.message_id(), "{lang:?}: no words for {error:?}");
                assert!(!text.contains("{"), "{lang:?}: {text}");
            }
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
