//! The optional app lock. While it is locked the handbook is closed (the
//! window's connection dropped, the sync's closed) and every command but
//! these is refused with `lock-locked`; the window shows only the lock
//! screen. A handbook with a lock is opened only after an unlock. It locks
//! when the parent asks, after the chosen idle time (the window reports
//! activity with `lock_tick`; a thread checks), and when the window loses
//! focus (desktop) or the app goes to the background (phones).
//!
//! The rules (PIN/passphrase, idle choices, the growing wait after failed
//! attempts, never a wipe) are `hagukumi_core::app_lock`; the verifier is
//! kept in the OS credential store (`hagukumi_store::keychain::app_lock`).

use crate::clock::now;
use crate::state::{is_locked, locked_error, refused, AppState};
use hagukumi_core::api::CommandError;
use hagukumi_core::app_lock::{self, LockStatus, SecretKind};
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::Language;
use hagukumi_store::keychain::app_lock::AppLock;
use hagukumi_store::{HandbookId, Store, StoreError, DB_FILE};
use std::path::Path;
use std::sync::{Mutex, MutexGuard};
use tauri::{AppHandle, Manager};

/// How often the idle check runs.
const CHECK_EVERY: std::time::Duration = std::time::Duration::from_secs(5);

/// The lock of the handbook in the data directory, with what the window
/// last did.
pub struct LockState {
    inner: Mutex<Inner>,
    /// One unlock attempt at a time, so parallel guesses cannot skip the wait.
    attempt: Mutex<()>,
}

struct Inner {
    /// The handbook's lock as kept in the credential store (a copy, written
    /// back on every change); `None`: no lock.
    kept: Option<AppLock>,
    locked: bool,
    last_activity: NaiveDateTime,
}

impl LockState {
    /// The lock kept for the handbook in `dir` at start: locked when there
    /// is one. A credential store that cannot be read leaves the app locked
    /// (an unlock reads it again); none at all means no lock can be set.
    pub fn at_start(dir: Option<&Path>) -> LockState {
        let (kept, locked) = match dir.map(kept_lock) {
            None | Some(Ok(None)) => (None, false),
            Some(Ok(Some(lock))) => (Some(lock), true),
            Some(Err(StoreError::NoKeyStore)) => (None, false),
            Some(Err(e)) => {
                eprintln!("hagukumi: app lock: {}", e.message_id());
                (None, true)
            }
        };
        LockState {
            inner: Mutex::new(Inner {
                kept,
                locked,
                last_activity: now(),
            }),
            attempt: Mutex::new(()),
        }
    }

    /// Whether the handbook is to stay closed.
    pub fn locked(&self) -> bool {
        self.get().locked
    }

    fn get(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn lock_state(app: &AppHandle) -> &LockState {
    app.state::<LockState>().inner()
}

/// The lock kept for the handbook in `dir` (none before it exists).
fn kept_lock(dir: &Path) -> Result<Option<AppLock>, StoreError> {
    match HandbookId::of_file(&dir.join(DB_FILE)) {
        Ok(id) => AppLock::load(&id),
        Err(_) => Ok(None),
    }
}

fn handbook_id(app: &AppHandle) -> Result<HandbookId, CommandError> {
    let dir = app.state::<AppState>().dir()?;
    Ok(HandbookId::of_file(&dir.join(DB_FILE))?)
}

fn status(app: &AppHandle) -> LockStatus {
    let inner = lock_state(app).get();
    let kept = inner.kept.as_ref();
    LockStatus {
        enabled: kept.is_some() || inner.locked,
        locked: inner.locked,
        kind: kept.map(|k| k.kind),
        idle_minutes: kept.map_or(app_lock::DEFAULT_IDLE_MINUTES, |k| k.idle_minutes),
        failures: kept.map_or(0, |k| k.failures),
        wait_seconds: kept.map_or(0, |k| {
            app_lock::wait_seconds(k.failures, k.last_failure, now())
        }),
        language: kept.and_then(|k| k.language),
        biometric: cfg!(mobile),
    }
}

/// Locks now, when a lock is set: the window hides the handbook at once;
/// the connections are closed on a thread of their own (a running backup
/// or sync finishes first, never on the window's event loop).
pub fn lock(app: &AppHandle) {
    {
        let mut inner = lock_state(app).get();
        if inner.kept.is_none() || inner.locked {
            return;
        }
        inner.locked = true;
    }
    let app = app.clone();
    let closed = std::thread::Builder::new()
        .name("app-lock".into())
        .spawn(move || close(&app));
    if let Err(e) = closed {
        eprintln!("hagukumi: app lock: {e}");
    }
}

/// Closes the handbook's connections while the lock is on.
fn close(app: &AppHandle) {
    let state = app.state::<AppState>();
    let _ = state.replace(|_, current| {
        let still_locked = lock_state(app).locked();
        if still_locked && current.is_ok() {
            (Err(locked_error()), Ok(()))
        } else {
            (current, Ok(()))
        }
    });
    if lock_state(app).locked() {
        crate::portal::close_sync(app);
    }
}

/// Opens the handbook after an unlock and starts the idle time afresh.
fn open(app: &AppHandle) {
    lock_state(app).get().locked = false;
    let _ = app
        .state::<AppState>()
        .replace(|dir, current| match is_locked(&current) {
            true => (Store::open(dir).map_err(Into::into), Ok(())),
            false => (current, Ok(())),
        });
    lock_state(app).get().last_activity = now();
    // The reminders due while it was closed.
    crate::reminders::check_now(app);
}

/// Checks `secret` against the kept lock, counting failures (kept in the
/// credential store, so a restart does not reset the wait).
fn check_secret(app: &AppHandle, secret: &str) -> Result<(), CommandError> {
    let lock_state = lock_state(app);
    let _one = lock_state.attempt.lock().unwrap_or_else(|e| e.into_inner());
    let id = handbook_id(app)?;
    // Read again: another instance, or a credential store that failed at start.
    let mut kept = AppLock::load(&id)?.ok_or_else(|| refused("lock-not-set"))?;
    let at = now();
    if app_lock::wait_seconds(kept.failures, kept.last_failure, at) > 0 {
        lock_state.get().kept = Some(kept);
        return Err(refused("lock-wait"));
    }
    let right = kept.verify(secret);
    if right {
        kept.failures = 0;
        kept.last_failure = None;
    } else {
        kept.failures = kept.failures.saturating_add(1);
        kept.last_failure = Some(at);
    }
    kept.save(&id)?;
    lock_state.get().kept = Some(kept);
    if right {
        Ok(())
    } else {
        Err(refused("lock-wrong"))
    }
}

/// The lock's state for the window.
#[tauri::command(rename_all = "snake_case")]
pub fn lock_status(app: AppHandle) -> LockStatus {
    status(&app)
}

/// Unlocks with the PIN or passphrase and opens the handbook.
#[tauri::command(rename_all = "snake_case", async)]
pub fn unlock(app: AppHandle, secret: String) -> Result<LockStatus, CommandError> {
    if !lock_state(&app).locked() {
        return Ok(status(&app));
    }
    check_secret(&app, &secret)?;
    open(&app);
    Ok(status(&app))
}

/// Unlocks with the device's biometrics or, as fallback, its passcode
/// (phones, through tauri-plugin-biometric).
#[tauri::command(rename_all = "snake_case", async)]
pub fn unlock_biometric(app: AppHandle) -> Result<LockStatus, CommandError> {
    if !lock_state(&app).locked() {
        return Ok(status(&app));
    }
    biometric(&app)?;
    open(&app);
    Ok(status(&app))
}

#[cfg(mobile)]
fn biometric(app: &AppHandle) -> Result<(), CommandError> {
    use tauri_plugin_biometric::{AuthOptions, BiometricExt};
    let language = status(app).language.unwrap_or_default();
    let l = hagukumi_i18n::Localizer::new(language);
    app.biometric()
        .authenticate(
            l.text("lock-biometric-reason"),
            AuthOptions {
                allow_device_credential: true,
                title: Some(l.text("lock-title")),
                cancel_title: Some(l.text("lock-biometric-cancel")),
                ..AuthOptions::default()
            },
        )
        .map_err(|_| refused("lock-biometric-failed"))
}

/// Desktops have no biometric prompt here: the PIN or passphrase unlocks.
#[cfg(desktop)]
fn biometric(_app: &AppHandle) -> Result<(), CommandError> {
    Err(refused("lock-biometric-unavailable"))
}

/// The window was used: the idle time starts again.
#[tauri::command(rename_all = "snake_case")]
pub fn lock_tick(app: AppHandle) -> LockStatus {
    {
        let mut inner = lock_state(&app).get();
        if !inner.locked {
            inner.last_activity = now();
        }
    }
    status(&app)
}

/// Locks now (the window's lock button).
#[tauri::command(rename_all = "snake_case")]
pub fn lock_now(app: AppHandle) -> LockStatus {
    lock(&app);
    status(&app)
}

/// Sets a lock (or replaces its PIN or passphrase) while the handbook is
/// open. The secret is checked by core and never kept, only its verifier.
#[tauri::command(rename_all = "snake_case", async)]
pub fn enable_lock(
    app: AppHandle,
    kind: SecretKind,
    secret: String,
    again: String,
    idle_minutes: u32,
) -> Result<LockStatus, CommandError> {
    app_lock::check_new_secret(kind, &secret, &again).map_err(|p| refused(p.message_id()))?;
    let idle = app_lock::idle_choice(idle_minutes).ok_or_else(|| refused("lock-error-idle"))?;
    let language = app
        .state::<AppState>()
        .with(|store| Ok(store.language()?))?;
    let id = handbook_id(&app)?;
    let lock = AppLock::new(kind, &secret, idle, language)?;
    lock.save(&id)?;
    let mut inner = lock_state(&app).get();
    inner.kept = Some(lock);
    inner.last_activity = now();
    drop(inner);
    keep_out_of_pictures(&app, true);
    Ok(status(&app))
}

/// Removes the lock, after its PIN or passphrase (counted like an unlock).
#[tauri::command(rename_all = "snake_case", async)]
pub fn disable_lock(app: AppHandle, secret: String) -> Result<LockStatus, CommandError> {
    if lock_state(&app).locked() {
        return Err(locked_error());
    }
    check_secret(&app, &secret)?;
    AppLock::remove(&handbook_id(&app)?)?;
    lock_state(&app).get().kept = None;
    keep_out_of_pictures(&app, false);
    Ok(status(&app))
}

/// Changes the idle time (one of `app_lock::IDLE_CHOICES`).
#[tauri::command(rename_all = "snake_case")]
pub fn set_lock_idle(app: AppHandle, idle_minutes: u32) -> Result<LockStatus, CommandError> {
    let idle = app_lock::idle_choice(idle_minutes).ok_or_else(|| refused("lock-error-idle"))?;
    update_kept(&app, |kept| kept.idle_minutes = idle)?;
    Ok(status(&app))
}

/// The handbook's language changed: the lock screen speaks it from now on.
pub fn note_language(app: &AppHandle, language: Language) -> Result<(), CommandError> {
    update_kept(app, |kept| kept.language = Some(language))
}

/// Changes the kept lock while unlocked (nothing to do without one).
fn update_kept(app: &AppHandle, change: impl FnOnce(&mut AppLock)) -> Result<(), CommandError> {
    let lock_state = lock_state(app);
    if lock_state.locked() {
        return Err(locked_error());
    }
    let Some(mut kept) = lock_state.get().kept.clone() else {
        return Ok(());
    };
    change(&mut kept);
    let dir = app.state::<AppState>().dir()?;
    kept.save(&HandbookId::of_file(&dir.join(DB_FILE))?)?;
    lock_state.get().kept = Some(kept);
    Ok(())
}

/// Locks when the window loses focus (desktop) or the app goes to the
/// background (phones: also before the OS takes its task-switcher picture).
pub fn on_window_event(window: &tauri::Window, event: &tauri::WindowEvent) {
    match event {
        tauri::WindowEvent::Focused(false) => lock(window.app_handle()),
        #[cfg(mobile)]
        tauri::WindowEvent::Suspended => lock(window.app_handle()),
        _ => {}
    }
}

/// Android, while a lock is set: the window is kept out of the task
/// switcher's picture and out of screenshots (`FLAG_SECURE`), since the OS
/// may take its picture before the lock screen is drawn. iOS: a cover view
/// while the app is not active (`ios_cover`). Nothing elsewhere: desktops
/// have no such picture. Never compiled here (no Android or iOS SDK).
#[cfg(target_os = "android")]
fn keep_out_of_pictures(app: &AppHandle, on: bool) {
    use jni::objects::JValue;
    /// `android.view.WindowManager.LayoutParams.FLAG_SECURE`.
    const FLAG_SECURE: i32 = 0x2000;
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    let _ = window.with_webview(move |webview| {
        // Runs on the activity's UI thread, where window flags may change.
        webview.jni_handle().exec(move |env, activity, _webview| {
            let flags = if on { FLAG_SECURE } else { 0 };
            let window = env
                .call_method(activity, "getWindow", "()Landroid/view/Window;", &[])
                .and_then(|w| w.l());
            let set = window.and_then(|window| {
                env.call_method(
                    &window,
                    "setFlags",
                    "(II)V",
                    &[JValue::Int(flags), JValue::Int(FLAG_SECURE)],
                )
            });
            if set.is_err() {
                // A Java exception must not stay pending on the UI thread.
                let _ = env.exception_clear();
                eprintln!("hagukumi: app lock: FLAG_SECURE not set");
            }
        });
    });
}

/// iOS, while a lock is set: an opaque cover over the window whenever the
/// app resigns active, before iOS takes the task switcher's picture
/// (`ios_cover`, set up once on the main thread).
#[cfg(target_os = "ios")]
fn keep_out_of_pictures(app: &AppHandle, on: bool) {
    use std::sync::atomic::Ordering;
    static WATCHING: std::sync::Once = std::sync::Once::new();
    crate::ios_cover::LOCK_SET.store(on, Ordering::SeqCst);
    WATCHING.call_once(|| {
        if let Err(e) = app.run_on_main_thread(crate::ios_cover::watch) {
            eprintln!("hagukumi: app lock: {e}");
        }
    });
}

#[cfg(not(any(target_os = "android", target_os = "ios")))]
fn keep_out_of_pictures(_app: &AppHandle, _on: bool) {}

/// Locks an idle window, checking every few seconds on a thread of its own.
/// Keeps the window out of the task switcher's picture when a lock is set.
pub fn start(app: AppHandle) {
    let set = lock_state(&app).get().kept.is_some();
    keep_out_of_pictures(&app, set);
    let spawned = std::thread::Builder::new()
        .name("app-lock-idle".into())
        .spawn(move || loop {
            std::thread::sleep(CHECK_EVERY);
            let due = {
                let inner = lock_state(&app).get();
                match &inner.kept {
                    Some(kept) if !inner.locked => {
                        app_lock::idle_expired(inner.last_activity, now(), kept.idle_minutes)
                    }
                    _ => false,
                }
            };
            if due {
                lock(&app);
            }
        });
    if let Err(e) = spawned {
        eprintln!("hagukumi: app lock: {e}");
    }
}
