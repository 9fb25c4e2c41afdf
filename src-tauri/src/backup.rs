//! Never lose the handbook: the recovery code (shown once for a new
//! handbook, again on request), opening the handbook with the code when
//! this device has no key, backups to a file, automatic backups into a
//! folder the parent chose, and restoring a backup. Thin commands over
//! `hagukumi_store::{recover, backup}`; the automatic backups run on a
//! thread of their own like the reminders.

use crate::clock::now;
use crate::portal;
use crate::state::{refused, AppState};
use hagukumi_core::api::{BackupView, BackupWritten, CommandError};
use hagukumi_core::backup::{AutoBackup, SettingsProblem};
use hagukumi_store::recovery::RecoveryCode;
use hagukumi_store::set_aside::{NotSetAside, SetAside};
use hagukumi_store::{backup, KeySource, Store};
use std::path::Path;
use tauri::{AppHandle, Manager, Runtime, State};

/// How often the shell checks whether an automatic backup is due.
const EVERY: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// A typed recovery code, or the words for its typo.
fn parse_code(typed: &str) -> Result<RecoveryCode, CommandError> {
    RecoveryCode::parse(typed).map_err(|p| refused(p.message_id()))
}

/// A path the parent typed (no file dialog: see ARCHITECTURE.md).
fn typed_path(typed: &str) -> Result<&Path, CommandError> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(refused("backups-file-required"));
    }
    Ok(Path::new(typed))
}

/// A new handbook's recovery code until the parent confirms having kept
/// it; `None` from then on.
#[tauri::command(rename_all = "snake_case")]
pub fn recovery_code_pending(state: State<'_, AppState>) -> Result<Option<String>, CommandError> {
    state.with(|store| {
        if store.recovery_code_shown()? {
            return Ok(None);
        }
        Ok(store.recovery_code()?.map(|c| c.expose().to_owned()))
    })
}

/// The parent has written the code down or printed the sheet.
#[tauri::command(rename_all = "snake_case")]
pub fn confirm_recovery_code(state: State<'_, AppState>) -> Result<(), CommandError> {
    state.with(|store| Ok(store.mark_recovery_code_shown()?))
}

/// The recovery code of the open handbook (the window asks first).
#[tauri::command(rename_all = "snake_case")]
pub fn show_recovery_code(state: State<'_, AppState>) -> Result<String, CommandError> {
    state.with(|store| {
        store
            .recovery_code()?
            .map(|c| c.expose().to_owned())
            .ok_or_else(|| refused("error-no-recovery-code"))
    })
}

/// Opens the handbook with its recovery code when this device has no key
/// for it, and keeps a fresh key in this device's credential store.
#[tauri::command(rename_all = "snake_case", async)]
pub fn recover_with_code(state: State<'_, AppState>, code: String) -> Result<(), CommandError> {
    let code = parse_code(&code)?;
    state.replace(|dir, current| {
        // Open, or closed by the app lock (unlocked first, not around it).
        if current.is_ok() || crate::state::is_locked(&current) {
            return (current, Ok(()));
        }
        match hagukumi_store::recover(dir, &code) {
            Ok(store) => (Ok(store), Ok(())),
            Err(e) => (current, Err(e.into())),
        }
    })
}

/// Starts a new handbook where the credential store still keeps the key of
/// one that was here (its folder moved, or the app reinstalled): only in
/// that case, after the parent confirmed in the window. The other
/// handbook's key is left as it is.
#[tauri::command(rename_all = "snake_case")]
pub fn start_new_handbook(state: State<'_, AppState>) -> Result<(), CommandError> {
    state.replace(|dir, current| match &current {
        Err(CommandError::Store { message_id, .. }) if message_id == ELSEWHERE => {
            match Store::create_anyway(dir, &KeySource::FromEnvironment) {
                Ok(store) => (Ok(store), Ok(())),
                Err(e) => (current, Err(e.into())),
            }
        }
        _ => (current, Ok(())),
    })
}

/// The store's message when a handbook that was in the folder still has its
/// key ([`hagukumi_store::StoreError::HandbookExistsElsewhere`]).
const ELSEWHERE: &str = "error-store-handbook-elsewhere";

/// Writes a backup of the open handbook to a new file.
#[tauri::command(rename_all = "snake_case", async)]
pub fn backup_now(state: State<'_, AppState>, file: String) -> Result<BackupWritten, CommandError> {
    let file = typed_path(&file)?;
    let info = state.with(|store| Ok(backup::write(store, file)?))?;
    Ok(written(file, &info))
}

fn written(file: &Path, info: &backup::BackupInfo) -> BackupWritten {
    BackupWritten {
        file: file.display().to_string(),
        bytes: info.size,
    }
}

/// Replaces the handbook with a backup, opened with its recovery code. The
/// store checks the whole file before it replaces anything; until the
/// restored handbook is open, the previous one stays, and it is opened
/// again when the restore fails.
#[tauri::command(rename_all = "snake_case", async)]
pub fn restore_backup(
    app: AppHandle,
    state: State<'_, AppState>,
    file: String,
    code: String,
) -> Result<(), CommandError> {
    let file = typed_path(&file)?;
    let code = parse_code(&code)?;
    // Not a Hagukumi backup at all: say so before closing anything.
    backup::inspect(file)?;
    // The sync's own connection must not outlive the file it reads, and no
    // sync may open the folder until the restore is over.
    let _sync_closed = portal::hold_sync_closed(&app);
    state.replace(|dir, current| {
        if crate::state::is_locked(&current) {
            return (current, Err(crate::state::locked_error()));
        }
        let previous = current.as_ref().err().cloned();
        // A new device's fresh handbook (nothing in it yet) makes room for
        // the backup; any other is closed, as the restore may replace it.
        let aside = match current.map(Store::set_aside_if_empty) {
            Ok(Ok(aside)) => Some(aside),
            Ok(Err(NotSetAside::NotEmpty(store))) => {
                drop(store);
                None
            }
            Ok(Err(NotSetAside::Failed(e))) => {
                return (Store::open(dir).map_err(Into::into), Err(e.into()));
            }
            Err(_) => None,
        };
        match backup::restore(file, &code, dir) {
            Ok(store) => {
                let restored = store.handbook_id();
                if let Some(Err(e)) = aside.map(|aside| aside.discard(&restored)) {
                    eprintln!(
                        "hagukumi: restore: the set-aside handbook: {}",
                        e.message_id()
                    );
                }
                (Ok(store), Ok(()))
            }
            Err(e) => {
                if let Some(Err(e)) = aside.map(SetAside::put_back) {
                    eprintln!(
                        "hagukumi: restore: putting the handbook back: {}",
                        e.message_id()
                    );
                }
                let reopened = match previous {
                    Some(why) => Err(why),
                    None => Store::open(dir).map_err(Into::into),
                };
                (reopened, Err(e.into()))
            }
        }
    })
}

/// Automatic backups' settings and how they went.
#[tauri::command(rename_all = "snake_case")]
pub fn backup_status(state: State<'_, AppState>) -> Result<BackupView, CommandError> {
    state.with(view)
}

fn view(store: &Store) -> Result<BackupView, CommandError> {
    let status = store.auto_backup_status()?;
    Ok(BackupView {
        auto: store.auto_backup()?,
        last_auto: status.last_at.map(|t| {
            t.and_utc()
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        }),
        last_auto_file: status.last_file,
        problem: status
            .problem
            .map(|(message_id, detail, _)| CommandError::Store { message_id, detail }),
    })
}

/// Turns automatic backups on (an existing folder and how many to keep)
/// or off (an empty folder); a first backup is made at once when due.
#[tauri::command(rename_all = "snake_case")]
pub fn set_auto_backup(
    app: AppHandle,
    state: State<'_, AppState>,
    folder: String,
    keep: String,
) -> Result<BackupView, CommandError> {
    let settings = AutoBackup::parse(&folder, &keep).map_err(|p| refused(p.message_id()))?;
    if let Some(s) = &settings {
        if !Path::new(&s.folder).is_dir() {
            return Err(refused(SettingsProblem::FolderMissing.message_id()));
        }
    }
    let view = state.with_mut(|store| {
        store.set_auto_backup(settings.as_ref())?;
        view(store)
    })?;
    if settings.is_some() {
        run_in_background(app);
    }
    Ok(view)
}

/// Makes the automatic backup if one is due: the folder is set and the
/// last one is a day old. The outcome is kept in the handbook.
pub(crate) fn backup_if_due(
    store: &mut Store,
    now: chrono::NaiveDateTime,
) -> Result<bool, CommandError> {
    let Some(auto) = store.auto_backup()? else {
        return Ok(false);
    };
    let status = store.auto_backup_status()?;
    if !AutoBackup::due(status.last_at, now) {
        return Ok(false);
    }
    let written =
        backup::write_into_folder(store, Path::new(&auto.folder), auto.keep as usize, now);
    let kept = match &written {
        Ok(info) => {
            let name = info
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            store.record_auto_backup(now, &name)
        }
        Err(e) => {
            // The message id only: a path, never a secret.
            eprintln!("hagukumi: automatic backup: {}", e.message_id());
            store.record_auto_backup_problem(now, e.message_id(), &e.to_string())
        }
    };
    kept?;
    Ok(written.is_ok())
}

fn run<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<AppState>();
    if let Err(e) = state.with_mut(|store| backup_if_due(store, now())) {
        if !matches!(&e, CommandError::Store { message_id, .. } if message_id == "error-store-key-missing")
        {
            eprintln!("hagukumi: automatic backup: {}", e.message_id());
        }
    }
}

fn run_in_background<R: Runtime>(app: AppHandle<R>) {
    let spawned = std::thread::Builder::new()
        .name("backup-now".into())
        .spawn(move || run(&app));
    if let Err(e) = spawned {
        eprintln!("hagukumi: automatic backup: {e}");
    }
}

/// Checks at start and then every hour whether an automatic backup is due.
pub fn start<R: Runtime>(app: AppHandle<R>) {
    let spawned = std::thread::Builder::new()
        .name("backups".into())
        .spawn(move || loop {
            run(&app);
            std::thread::sleep(EVERY);
        });
    if let Err(e) = spawned {
        eprintln!("hagukumi: automatic backup: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::Language;
    use hagukumi_i18n::Localizer;

    #[test]
    fn every_refusal_here_has_words_in_both_languages() {
        let ids = SettingsProblem::ALL
            .map(SettingsProblem::message_id)
            .into_iter()
            .chain(["backups-file-required", "error-no-recovery-code"]);
        for lang in Language::ALL {
            let l = Localizer::new(lang);
            for id in ids.clone() {
                let text = l.text(id);
                assert_ne!(text, id, "{lang}: no words for {id}");
                assert!(!text.contains('{'), "{lang}: {id} needs an argument");
            }
            let keep = l.text(SettingsProblem::KeepOutOfRange.message_id());
            assert!(
                keep.contains(&hagukumi_core::backup::KEEP_MAX.to_string()),
                "{lang}: {keep}"
            );
        }
    }

    #[test]
    fn the_moved_handbook_message_is_the_stores() {
        assert_eq!(
            hagukumi_store::StoreError::HandbookExistsElsewhere.message_id(),
            ELSEWHERE
        );
    }

    #[test]
    fn a_typed_code_with_a_typo_is_refused_with_its_words() {
        let err = parse_code("7K3M-Q9TR").unwrap_err();
        assert_eq!(err.message_id(), "error-recovery-code-length");
        assert_eq!(
            typed_path("  ").unwrap_err().message_id(),
            "backups-file-required"
        );
    }

    fn at(s: &str) -> chrono::NaiveDateTime {
        chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn an_automatic_backup_is_made_when_due_and_a_problem_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let folder = tempfile::tempdir().unwrap();
        let mut store = Store::open_with(
            &dir.path().join("handbook"),
            &hagukumi_store::KeySource::Passphrase("a long passphrase".into()),
        )
        .unwrap();
        // Off: nothing happens.
        assert!(!backup_if_due(&mut store, at("2026-12-01 09:00")).unwrap());
        let auto = AutoBackup {
            folder: folder.path().display().to_string(),
            keep: 2,
        };
        store.set_auto_backup(Some(&auto)).unwrap();
        assert!(backup_if_due(&mut store, at("2026-12-01 09:00")).unwrap());
        let status = store.auto_backup_status().unwrap();
        assert_eq!(status.last_at, Some(at("2026-12-01 09:00")));
        let name = status.last_file.unwrap();
        assert!(folder.path().join(&name).is_file(), "{name}");
        // Not again the same day; again the next day; only 2 kept.
        assert!(!backup_if_due(&mut store, at("2026-12-01 20:00")).unwrap());
        assert!(backup_if_due(&mut store, at("2026-12-02 09:00")).unwrap());
        assert!(backup_if_due(&mut store, at("2026-12-03 09:00")).unwrap());
        assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 2);
        let v = view(&store).unwrap();
        assert_eq!(v.auto, Some(auto));
        assert_eq!(v.last_auto.as_deref(), Some("2026-12-03T09:00:00Z"));
        assert_eq!(v.problem, None);

        // The folder is not there (an unmounted cloud drive) or a file is
        // in its place: no local folder is made up, the problem is kept and
        // shown, and the last good backup is still known.
        let unmounted = folder.path().join("cloud drive");
        let blocked = folder.path().join("not a folder");
        std::fs::write(&blocked, b"x").unwrap();
        for (place, day) in [
            (&unmounted, "2026-12-04 09:00"),
            (&blocked, "2026-12-05 09:00"),
        ] {
            let gone = AutoBackup {
                folder: place.display().to_string(),
                keep: 2,
            };
            store.set_auto_backup(Some(&gone)).unwrap();
            assert!(!backup_if_due(&mut store, at(day)).unwrap());
            let v = view(&store).unwrap();
            assert!(
                matches!(&v.problem, Some(CommandError::Store { message_id, .. }) if message_id == "error-backup-folder-missing"),
                "{v:?}"
            );
            assert_eq!(v.last_auto.as_deref(), Some("2026-12-03T09:00:00Z"));
        }
        assert!(!unmounted.exists(), "no local folder in place of the drive");
        assert_eq!(std::fs::read(&blocked).unwrap(), b"x");
    }
}
