//! The open handbook, shared by the commands.

use crate::Options;
use hagukumi_core::api::CommandError;
use hagukumi_store::Store;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub struct AppState {
    /// The handbook, or why it could not be opened (shown by the UI in the
    /// parent's language instead of a window that silently fails; a missing
    /// key leads to the recovery screen). Replaced when a recovery code
    /// opens the handbook or a backup is restored.
    store: Mutex<Result<Store, CommandError>>,
    /// Where the handbook lives.
    dir: Result<PathBuf, CommandError>,
    /// Held while the app runs: `hagu restore`/`recover` refuse meanwhile.
    _in_use: Option<hagukumi_store::in_use::InUse>,
}

impl AppState {
    /// Opens the handbook in `dir`, unless an app lock keeps it closed
    /// until an unlock (`crate::lock`).
    pub fn open(dir: Result<PathBuf, CommandError>, options: &Options, locked: bool) -> AppState {
        let store = dir
            .clone()
            .and_then(|dir| match locked {
                true => Err(locked_error()),
                false => Ok(Store::open(&dir)?),
            })
            .and_then(|mut store| {
                if options.demo {
                    store.seed_demo(crate::clock::today())?;
                }
                Ok(store)
            });
        if let Err(e) = &store {
            eprintln!("hagukumi: {e}");
        }
        // After the open (which makes the folder); never stops the app.
        let in_use = dir.as_ref().ok().and_then(|dir| {
            hagukumi_store::in_use::hold(dir)
                .inspect_err(|e| eprintln!("hagukumi: lock: {}", e.message_id()))
                .ok()
        });
        AppState {
            store: Mutex::new(store),
            dir,
            _in_use: in_use,
        }
    }

    /// Where the handbook lives.
    pub fn dir(&self) -> Result<PathBuf, CommandError> {
        self.dir.clone()
    }

    /// Runs `f` on the open handbook (a store error becomes the command's
    /// with `?`).
    pub fn with<T>(
        &self,
        f: impl FnOnce(&Store) -> Result<T, CommandError>,
    ) -> Result<T, CommandError> {
        let guard = self.store.lock().map_err(|_| poisoned())?;
        let store = guard.as_ref().map_err(Clone::clone)?;
        f(store)
    }

    /// Like [`AppState::with`], for writes that need a transaction.
    pub fn with_mut<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, CommandError>,
    ) -> Result<T, CommandError> {
        let mut guard = self.store.lock().map_err(|_| poisoned())?;
        let store = guard.as_mut().map_err(|e| e.clone())?;
        f(store)
    }

    /// The state of an open handbook, without the window (for tests).
    #[cfg(test)]
    pub fn of(store: Store) -> AppState {
        AppState {
            dir: Ok(store.dir().to_owned()),
            store: Mutex::new(Ok(store)),
            _in_use: None,
        }
    }

    /// Replaces the handbook, holding the lock throughout: `f` gets the data
    /// directory and the handbook as it is (open, or why not) and returns
    /// the handbook to use from now on and the command's result.
    pub fn replace<T>(
        &self,
        f: impl FnOnce(
            &Path,
            Result<Store, CommandError>,
        ) -> (Result<Store, CommandError>, Result<T, CommandError>),
    ) -> Result<T, CommandError> {
        let dir = self.dir.clone()?;
        let mut guard = self.store.lock().map_err(|_| poisoned())?;
        let current = std::mem::replace(&mut *guard, Err(poisoned()));
        let (next, result) = f(&dir, current);
        *guard = next;
        result
    }
}

pub fn data_dir(_app: &tauri::AppHandle, options: &Options) -> Result<PathBuf, CommandError> {
    if let Some(dir) = &options.data_dir {
        return Ok(dir.clone());
    }
    // On phones the sandboxed app directory comes from the OS via Tauri; on
    // desktops it is the same directory `hagu` uses.
    #[cfg(mobile)]
    let dir = tauri::Manager::path(_app).app_data_dir().ok();
    #[cfg(desktop)]
    let dir = hagukumi_store::default_data_dir();
    dir.ok_or_else(|| CommandError::Internal {
        detail: "no data directory on this system".into(),
    })
}

/// The message every command but the lock's answers while the app lock
/// keeps the handbook closed (`crate::lock`).
pub const LOCKED: &str = "lock-locked";

pub fn locked_error() -> CommandError {
    refused(LOCKED)
}

/// A command refused, with the Fluent id of the words the window shows.
pub fn refused(message_id: impl Into<String>) -> CommandError {
    CommandError::Refused {
        message_id: message_id.into(),
    }
}

/// Whether the window's handbook is closed by the app lock.
pub fn is_locked(store: &Result<Store, CommandError>) -> bool {
    matches!(store, Err(e) if e.message_id() == LOCKED)
}

fn poisoned() -> CommandError {
    CommandError::Internal {
        detail: "the handbook lock was poisoned".into(),
    }
}
