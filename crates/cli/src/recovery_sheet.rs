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
            self.complain_format("error-no-recovery-code", &[]);
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
        let output = m.get_one::<PathBuf>(OUTPUT).map(PathBuf::as_path);
        Ok(self.write_page(output, &html, "cli-recovery-sheet-written"))
    }
}
