//! `hagu recovery-code`, `hagu recover`, `hagu backup`, `hagu restore`:
//! never losing the handbook (the store does the work: `hagukumi_store::
//! recover` and `hagukumi_store::backup`).

use crate::args::{argument, localized, option, FILE, OUTPUT};
use crate::clock::now;
use crate::context::{display, Context, Exit};
use clap::{value_parser, Arg, ArgMatches, Command};
use hagukumi_i18n::Localizer;
use hagukumi_store::{backup, KeyMethod, RecoveryCode, Store, StoreError};
use std::io::{BufRead, IsTerminal};
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

pub(crate) const RECOVERY_CODE: &str = "recovery-code";

fn code_flag(l: &Localizer) -> Arg {
    option(l, RECOVERY_CODE, "CODE", "cli-recovery-code-flag-help")
}

/// The subcommands of this module, in the order `hagu --help` lists them.
pub(crate) fn commands(l: &Localizer) -> [Command; 4] {
    [
        localized(Command::new("recovery-code"), l, "cli-recovery-code-about"),
        localized(Command::new("recover"), l, "cli-recover-about").arg(code_flag(l)),
        localized(Command::new("backup"), l, "cli-backup-about").arg(
            option(l, OUTPUT, "FILE", "cli-backup-output-help")
                .short('o')
                .value_parser(value_parser!(PathBuf)),
        ),
        localized(Command::new("restore"), l, "cli-restore-about")
            .arg(
                argument(l, FILE, "FILE", "cli-restore-file-help")
                    .required(true)
                    .value_parser(value_parser!(PathBuf)),
            )
            .arg(code_flag(l)),
    ]
}

impl Context<'_> {
    /// Says where the handbook's key is kept, then shows its recovery code
    /// if it was never shown.
    pub(crate) fn key_then_code(&mut self, store: &Store) -> Result<(), StoreError> {
        let key = match store.key_method() {
            KeyMethod::OsCredentialStore => "cli-key-os",
            KeyMethod::Passphrase => "cli-key-passphrase",
        };
        self.say_format(key, &[]);
        if !store.recovery_code_shown()? {
            self.show_recovery_code(store)?;
        }
        Ok(())
    }

    /// Prints `Recovery code: …` and the advice to write it down, then
    /// records that it was shown.
    pub(crate) fn show_recovery_code(&mut self, store: &Store) -> Result<(), StoreError> {
        if let Some(code) = store.recovery_code()? {
            let line = Zeroizing::new(
                self.l
                    .format("cli-recovery-code-line", &[("code", code.expose().into())]),
            );
            self.say(&line);
            let advice = self.l.text("cli-recovery-code-advice");
            self.say(&advice);
            store.mark_recovery_code_shown()?;
        }
        Ok(())
    }

    /// A handbook from before recovery codes just got one: say so and show
    /// it once, on stderr (stdout may be JSON for a script).
    pub(crate) fn announce_new_code(&mut self, store: &Store) -> Result<(), StoreError> {
        if store.recovery_code_shown()? {
            return Ok(());
        }
        if let Some(code) = store.recovery_code()? {
            self.complain_format("cli-recovery-code-new", &[]);
            let line = Zeroizing::new(
                self.l
                    .format("cli-recovery-code-line", &[("code", code.expose().into())]),
            );
            self.complain(&line);
            let advice = self.l.text("cli-recovery-code-advice");
            self.complain(&advice);
            store.mark_recovery_code_shown()?;
        }
        Ok(())
    }

    /// `hagu recovery-code`.
    pub(crate) fn recovery_code(&mut self) -> Result<Exit, StoreError> {
        let store = Store::open_existing(&self.dir, &self.key)?;
        self.show_recovery_code(&store)?;
        Ok(Exit::Success)
    }

    /// The code from `--recovery-code`, else typed at the terminal; with no
    /// terminal on stdin the flag is required (`None`: already explained).
    fn code_from(&mut self, m: &ArgMatches) -> Result<Option<RecoveryCode>, StoreError> {
        let typed = match m.get_one::<String>(RECOVERY_CODE) {
            Some(code) => Zeroizing::new(code.clone()),
            None if std::io::stdin().is_terminal() => {
                let prompt = self.l.text("cli-recovery-code-prompt");
                let _ = write!(self.err, "{prompt} ");
                let _ = self.err.flush();
                let mut line = Zeroizing::new(String::new());
                let mut reader = std::io::BufReader::new(&mut *self.input);
                if reader.read_line(&mut line).is_err() {
                    line.clear();
                }
                line
            }
            None => {
                self.complain_format("cli-recovery-code-required", &[]);
                return Ok(None);
            }
        };
        Ok(Some(RecoveryCode::parse(&typed)?))
    }

    /// `hagu recover [--recovery-code CODE]`.
    pub(crate) fn recover(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        // Not while the app has the handbook open.
        hagukumi_store::in_use::refuse_if_in_use(&self.dir)?;
        let Some(code) = self.code_from(m)? else {
            return Ok(Exit::InvalidInput);
        };
        // With HAGUKUMI_PASSPHRASE set, that becomes the new passphrase
        // (a machine without a credential store); else the key goes into
        // the credential store.
        let store = hagukumi_store::recover_with(&self.dir, &code, &self.key)?;
        let id = match store.key_method() {
            KeyMethod::OsCredentialStore => "cli-recover-done",
            KeyMethod::Passphrase => "cli-recover-done-passphrase",
        };
        drop(store);
        let path = display(&self.db_path());
        self.say_format(id, &[("path", path.into())]);
        Ok(Exit::Success)
    }

    /// `hagu backup [--output FILE]`.
    pub(crate) fn backup(&mut self, output: Option<&Path>) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let info = match output {
            Some(path) => backup::write(&store, path)?,
            None => backup::write_into_folder(&store, Path::new("."), usize::MAX, now())?,
        };
        let path = std::path::absolute(&info.path).unwrap_or(info.path);
        self.say_format(
            "cli-backup-written",
            &[
                ("path", display(&path).into()),
                ("size", info.size.to_string().into()),
            ],
        );
        Ok(Exit::Success)
    }

    /// `hagu restore FILE [--recovery-code CODE]`.
    pub(crate) fn restore(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let file = m.get_one::<PathBuf>(FILE).cloned().unwrap_or_default();
        // The file is read (and found to be a backup) before a code is asked.
        let header = backup::inspect(&file)?;
        // Not while the app has the handbook open.
        hagukumi_store::in_use::refuse_if_in_use(&self.dir)?;
        let Some(code) = self.code_from(m)? else {
            return Ok(Exit::InvalidInput);
        };
        // With HAGUKUMI_PASSPHRASE set, the restored handbook is protected by
        // it (a machine without a credential store).
        let store = backup::restore_with(&file, &code, &self.dir, &self.key)?;
        drop(store);
        let path = display(&self.db_path());
        self.say_format(
            "cli-restore-done",
            &[("created", header.created_at.into()), ("path", path.into())],
        );
        Ok(Exit::Success)
    }
}
