//! `hagu init` and `hagu verify`: creating the handbook, and checking its
//! encryption and integrity.

use crate::context::{display, Context, Exit};
use hagukumi_store::{Store, StoreError, DB_FILE};

impl Context<'_> {
    /// Creates the handbook (printing its recovery code once, on a line
    /// `Recovery code: …`), or checks that the existing one opens.
    /// `new`: create a handbook even where the credential store keeps the
    /// key of one that was moved away from here (that key stays).
    pub(crate) fn init(&mut self, new: bool) -> Result<Exit, StoreError> {
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
        self.say_format(id, &[("path", path.into())]);
        self.key_then_code(&store)?;
        Ok(Exit::Success)
    }

    pub(crate) fn verify(&mut self) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let report = store.verify()?;
        let cipher = store.cipher_version()?;
        let path = display(&self.db_path());
        if report.is_sound() {
            self.say_format("cli-verify-ok", &[("path", path.into())]);
        } else {
            let count = report.problems.len();
            self.complain_format(
                "cli-verify-problems",
                &[("count", count.into()), ("path", path.into())],
            );
            for problem in &report.problems {
                self.complain_format(
                    "cli-verify-problem",
                    &[("problem", problem.as_str().into())],
                );
            }
        }
        self.say_format(
            "cli-verify-schema",
            &[("version", report.schema_version.into())],
        );
        self.say_format("cli-verify-cipher", &[("version", cipher.into())]);
        Ok(if report.is_sound() {
            Exit::Success
        } else {
            Exit::Damaged
        })
    }
}
