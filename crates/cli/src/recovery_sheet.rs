//! `hagu recovery-sheet [-o FILE]`: the handbook's recovery sheet
//! (`report::recovery_sheet_html`) to print, on stdout or in a new file
//! readable by its owner only.

use crate::args::{localized, option, OUTPUT};
use crate::clock::today;
use crate::context::{Context, Exit};
use clap::{value_parser, ArgMatches, Command};
use hagukumi_i18n::Localizer;
use hagukumi_store::{Store, StoreError};
use std::path::PathBuf;

pub(crate) fn command(l: &Localizer) -> Command {
    localized(
        Command::new("recovery-sheet"),
        l,
        "cli-recovery-sheet-about",
    )
    .arg(
        option(l, OUTPUT, "FILE", "cli-recovery-sheet-output-help")
            .short('o')
            .value_parser(value_parser!(PathBuf)),
    )
}

impl Context<'_> {
    pub(crate) fn recovery_sheet(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let store = Store::open_existing(&self.dir, &self.key)?;
        let Some(code) = store.recovery_code()? else {
            let text = self.l.text("error-no-recovery-code");
            self.complain(&text);
            return Ok(Exit::Failure);
        };
        let family: Vec<String> = store.children()?.into_iter().map(|c| c.name).collect();
        let html = hagukumi_report::recovery_sheet_html(
            &self.l,
            &hagukumi_report::RecoverySheet {
                code: code.expose(),
                today: today(),
                family: &family,
            },
        );
        match m.get_one::<PathBuf>(OUTPUT) {
            Some(path) => match crate::transfer::write_private_file(path, html.as_bytes()) {
                Ok(()) => {
                    let text = self.l.text("cli-recovery-sheet-written");
                    self.complain(&text);
                    Ok(Exit::Success)
                }
                Err(e) => Ok(self.internal(&e.to_string())),
            },
            None => Ok(match std::io::Write::write_all(self.out, html.as_bytes()) {
                Ok(()) => Exit::Success,
                Err(e) => self.internal(&e.to_string()),
            }),
        }
    }
}
