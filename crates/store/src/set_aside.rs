//! Making room for a restore on a new device. The app creates a fresh handbook
//! at its first start, and [`crate::backup::restore`] rightly refuses to
//! replace another handbook. A handbook with nothing in it may be set aside
//! instead (its files moved into a subfolder), so the backup can be restored
//! into its folder; it is put back should the restore fail, and discarded
//! (files and key) once the restored handbook is open.

use crate::{
    keychain, HandbookId, KeyMethod, Result, Store, StoreError, DB_FILE, RECOVERY_FILE, SALT_FILE,
};
use std::path::{Path, PathBuf};

/// The subfolder a handbook is set aside in.
const ASIDE: &str = "set-aside";

/// The files of a handbook in its folder.
fn files() -> Vec<String> {
    let mut names: Vec<String> = ["", "-wal", "-shm", "-journal"]
        .iter()
        .map(|suffix| format!("{DB_FILE}{suffix}"))
        .collect();
    names.push(SALT_FILE.to_owned());
    names.push(RECOVERY_FILE.to_owned());
    names
}

/// A handbook moved out of the way (see the module's documentation).
#[derive(Debug)]
#[must_use = "put it back or discard it"]
pub struct SetAside {
    dir: PathBuf,
    id: HandbookId,
    key_method: KeyMethod,
}

/// Why a handbook was not set aside.
#[derive(Debug)]
pub enum NotSetAside {
    /// It has children or pregnancies: it is returned as it was.
    NotEmpty(Box<Store>),
    /// Its files could not be moved (those that were are back in place).
    Failed(StoreError),
}

impl Store {
    /// Closes this handbook and moves its files into a subfolder, if it
    /// holds no child and no pregnancy.
    pub fn set_aside_if_empty(self) -> std::result::Result<SetAside, NotSetAside> {
        match self.is_empty() {
            Ok(true) => {}
            Ok(false) => return Err(NotSetAside::NotEmpty(Box::new(self))),
            Err(e) => return Err(NotSetAside::Failed(e)),
        }
        let aside = SetAside {
            dir: self.dir.clone(),
            id: self.handbook_id(),
            key_method: self.key_method(),
        };
        self.close().map_err(NotSetAside::Failed)?;
        let into = aside.dir.join(ASIDE);
        let moved = (|| -> Result<()> {
            if into.exists() {
                std::fs::remove_dir_all(&into).map_err(|e| StoreError::io(&into, e))?;
            }
            std::fs::create_dir(&into).map_err(|e| StoreError::io(&into, e))?;
            move_files(&aside.dir, &into)
        })();
        match moved {
            Ok(()) => Ok(aside),
            Err(e) => {
                let _ = move_files(&into, &aside.dir);
                let _ = std::fs::remove_dir(&into);
                Err(NotSetAside::Failed(e))
            }
        }
    }
}

impl SetAside {
    /// Moves the handbook back into its folder (which must hold no other
    /// handbook: the restore that failed left it as it was).
    pub fn put_back(self) -> Result<()> {
        let from = self.dir.join(ASIDE);
        move_files(&from, &self.dir)?;
        std::fs::remove_dir(&from).map_err(|e| StoreError::io(&from, e))
    }

    /// Deletes the set-aside handbook and its key, once the handbook
    /// `restored` is open in its folder. When both are the same handbook (an
    /// old, empty copy of the one restored), the key is the restored
    /// handbook's too and is kept.
    pub fn discard(self, restored: &HandbookId) -> Result<()> {
        if self.key_method == KeyMethod::OsCredentialStore && self.id != *restored {
            keychain::forget_key(&self.id)?;
        }
        let from = self.dir.join(ASIDE);
        std::fs::remove_dir_all(&from).map_err(|e| StoreError::io(&from, e))
    }
}

fn move_files(from: &Path, to: &Path) -> Result<()> {
    for name in files() {
        let source = from.join(&name);
        if source.exists() {
            let target = to.join(&name);
            std::fs::rename(&source, &target).map_err(|e| StoreError::io(&source, e))?;
        }
    }
    Ok(())
}
