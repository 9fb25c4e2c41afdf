//! What every command of `hagu` works with: the handbook's folder and key,
//! the language, standard input and output; how it says things, refuses,
//! explains a store error and picks the exit status ([`Exit`]).

use crate::clock::today;
use hagukumi_core::validate::parse_date;
use hagukumi_core::{Date, ValidationErrors};
use hagukumi_i18n::{Localizer, Value};
use hagukumi_store::{BackupProblem, KeySource, RecoveryProblem, Store, StoreError, DB_FILE};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

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

/// One run of `hagu`: its words, the handbook's folder and key, and where
/// it reads and writes.
pub(crate) struct Context<'a> {
    pub(crate) l: Localizer,
    pub(crate) dir: PathBuf,
    pub(crate) key: KeySource,
    pub(crate) input: &'a mut dyn Read,
    pub(crate) out: &'a mut dyn Write,
    pub(crate) err: &'a mut dyn Write,
}

impl Context<'_> {
    pub(crate) fn say(&mut self, text: &str) {
        // A closed stdout (e.g. `| head`) is not worth a panic.
        let _ = writeln!(self.out, "{text}");
    }

    /// Says the message `id` with its arguments.
    pub(crate) fn say_format(&mut self, id: &str, args: &[(&str, Value<'_>)]) {
        let text = self.l.format(id, args);
        self.say(&text);
    }

    /// A list, one line for each item (`line`), or `none` when it is empty.
    pub(crate) fn say_each<T>(
        &mut self,
        items: impl IntoIterator<Item = T>,
        none: &str,
        line: impl Fn(&Localizer, T) -> String,
    ) {
        let mut items = items.into_iter().peekable();
        if items.peek().is_none() {
            self.say(none);
        }
        for item in items {
            let text = line(&self.l, item);
            self.say(&text);
        }
    }

    pub(crate) fn complain(&mut self, text: &str) {
        let _ = writeln!(self.err, "{text}");
    }

    /// Complains with the message `id` and its arguments.
    pub(crate) fn complain_format(&mut self, id: &str, args: &[(&str, Value<'_>)]) {
        let text = self.l.format(id, args);
        self.complain(&text);
    }

    pub(crate) fn db_path(&self) -> PathBuf {
        let db = self.dir.join(DB_FILE);
        std::path::absolute(&db).unwrap_or(db)
    }

    /// Explains `error` on stderr and picks the exit status.
    pub(crate) fn report(&mut self, error: &StoreError) -> Exit {
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
    pub(crate) fn refuse(&mut self, id: &str, args: &[(&str, Value<'_>)]) -> Exit {
        self.complain_format(id, args);
        Exit::InvalidInput
    }

    /// Lists validation errors, one line per field, and says that nothing
    /// was saved.
    pub(crate) fn invalid(&mut self, errors: &ValidationErrors) -> Exit {
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
    pub(crate) fn print_json(&mut self, value: &impl serde::Serialize) -> Exit {
        match serde_json::to_string(value) {
            Ok(text) => self.print_exactly(&text),
            Err(e) => self.internal(&e.to_string()),
        }
    }

    /// `text` and a newline on stdout. Scripts read this: a failed write
    /// must not look like success.
    pub(crate) fn print_exactly(&mut self, text: &str) -> Exit {
        match writeln!(self.out, "{text}").and_then(|()| self.out.flush()) {
            Ok(()) => Exit::Success,
            Err(_) => Exit::Failure,
        }
    }

    /// Something that should not happen (never a secret in `detail`).
    pub(crate) fn internal(&mut self, detail: &str) -> Exit {
        let text = self
            .l
            .format("error-internal", &[("detail", detail.into())]);
        self.complain(&text);
        Exit::Failure
    }

    /// The date `--as-of` gives, else today; a date that does not parse is
    /// said in words (status 3).
    pub(crate) fn as_of(&mut self, given: Option<&String>) -> Result<Date, Exit> {
        let Some(given) = given else {
            return Ok(today());
        };
        parse_date(given).map_err(|code| {
            let text = self.l.validation_error(code);
            self.complain(&text);
            Exit::InvalidInput
        })
    }

    /// Opens the existing handbook; one that just got its first recovery
    /// code says so and shows it once.
    pub(crate) fn open_existing(&mut self) -> Result<Store, StoreError> {
        let store = Store::open_existing(&self.dir, &self.key)?;
        self.announce_new_code(&store)?;
        Ok(store)
    }
}

pub(crate) fn display(path: &Path) -> String {
    path.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::Language;

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
}
