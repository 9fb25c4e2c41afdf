//! An advisory lock on a handbook's folder (`hagukumi.lock`), shared by the
//! app and `hagu`: the app holds it for as long as it runs, and `hagu
//! restore` and `hagu recover`, which replace files under an open handbook,
//! refuse while it is held ([`StoreError::InUse`]). Other commands (adding
//! a record, a backup) go on as before: SQLite serializes them.

use crate::{Result, StoreError};
use std::path::Path;

/// The lock file in the handbook's folder (empty; only its lock matters).
pub const LOCK_FILE: &str = "hagukumi.lock";

/// The lock, held until dropped (or the process ends, however it ends).
#[derive(Debug)]
#[must_use = "the lock is released when this is dropped"]
pub struct InUse(#[allow(dead_code)] std::fs::File);

/// Takes the lock on `dir` (creating the lock file, 0600), for a program
/// that keeps the handbook open; [`StoreError::InUse`] when another holds it.
pub fn hold(dir: &Path) -> Result<InUse> {
    let path = dir.join(LOCK_FILE);
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(&path).map_err(|e| StoreError::io(&path, e))?;
    match file.try_lock() {
        Ok(()) => Ok(InUse(file)),
        Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::InUse),
        Err(std::fs::TryLockError::Error(e)) => Err(StoreError::io(&path, e)),
    }
}

/// [`StoreError::InUse`] while another program holds the lock on `dir`;
/// creates nothing (no lock file: nobody ever held it).
pub fn refuse_if_in_use(dir: &Path) -> Result<()> {
    let path = dir.join(LOCK_FILE);
    let file = match std::fs::OpenOptions::new().read(true).open(&path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(StoreError::io(&path, e)),
    };
    match file.try_lock() {
        Ok(()) => Ok(()),
        Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::InUse),
        Err(std::fs::TryLockError::Error(e)) => Err(StoreError::io(&path, e)),
    }
}
