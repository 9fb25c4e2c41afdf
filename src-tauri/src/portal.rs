//! Portal sync (公的データ): thin commands over `hagukumi-sync` and the
//! store, and the background sync.
//!
//! - **Consent**: `portal_connect` makes a PKCE pair, returns the portal's
//!   consent address (the UI shows it as text to copy) and tries to open the
//!   system browser. Desktop: a loopback listener, and a thread that waits up
//!   to five minutes for the redirect. Phones: the portal redirects to the
//!   app's deep link `jp.hagukumi.app://consent`, which tauri-plugin-deep-link
//!   hands to [`on_app_link`] (see `docs/phones.md`). Either way the redirect's
//!   address goes to `hagukumi_sync::Consent::finish`, then a sync.
//! - **Sync** runs on its own store connection (same data directory, same
//!   key; SQLite's WAL lets the window's connection read and write meanwhile),
//!   never under the window's store lock: a sync may wait on the network for
//!   minutes (retries, `Retry-After`), and each page is one short transaction.
//!   One sync at a time (the connection's mutex). It runs at start and every
//!   15 minutes while connected, after a consent, on "sync now", and after a
//!   questionnaire is queued.
//! - **Tokens** live only in the OS credential store
//!   ([`KeychainVault::for_handbook`]); never in the database, never logged.
//! - **Which portal**: a profile (address, client id, pinned key;
//!   [`hagukumi_sync::profile`]): the configured one, or the reference
//!   portal's only when asked for (`--reference-portal` or
//!   `HAGUKUMI_REFERENCE_PORTAL=1`: the demo, the end-to-end tests). https
//!   for every host but loopback.
//! - **The browser** is opened from Rust through tauri-plugin-opener; the
//!   window itself has no opener permission.
//! - **Offline is not an alarm**: a failed sync changes nothing and leaves a
//!   Fluent message id in the sync status, which the UI words plainly.

use crate::clock::{now, today, CLOCK};
use crate::state::{refused, AppState};
use hagukumi_core::api::{
    CommandError, OfficialItemView, OfficialState, PortalView, QuestionnaireView,
    QuestionnairesView,
};
use hagukumi_core::model::RecordId;
use hagukumi_core::official::{Category, QuestionnaireInput};
use hagukumi_core::records::ChildBook;
use hagukumi_i18n::Localizer;
use hagukumi_store::official::{ItemState, OutboxEntry, Resolution, StoredItem};
use hagukumi_store::{KeySource, Store};
use hagukumi_sync::profile;
use hagukumi_sync::{KeychainVault, Portal, SyncError};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tauri::{AppHandle, Manager, State};

/// How long the consent in the browser may take (desktop: the loopback
/// listener's wait; on phones the consent waits for its deep link).
#[cfg(desktop)]
const CONSENT_TIMEOUT: Duration = Duration::from_secs(5 * 60);
/// How often the background sync runs while connected.
const EVERY: Duration = Duration::from_secs(15 * 60);

/// What only the running app knows about the portal.
#[derive(Default)]
pub struct PortalState {
    /// The reference portal was asked for (`--reference-portal`,
    /// `HAGUKUMI_REFERENCE_PORTAL=1`).
    reference: bool,
    /// The sync's own connection to the handbook, opened at first use.
    /// Locked for a whole sync: one sync at a time.
    sync_store: Mutex<Option<Store>>,
    /// Syncs (and consents being finished) running now.
    busy: Arc<AtomicUsize>,
    consent: Mutex<Consent>,
    /// Phones: the consent waiting for the app's deep link.
    #[cfg(mobile)]
    app_link: Mutex<Option<hagukumi_sync::Consent>>,
}

#[derive(Default)]
struct Consent {
    /// The consent address while the parent is in the browser.
    url: Option<String>,
    /// Why the last consent did not connect (Fluent message id).
    error: Option<String>,
}

impl PortalState {
    pub fn new(reference: bool) -> PortalState {
        PortalState {
            reference,
            ..PortalState::default()
        }
    }
}

/// Counts a running sync while alive.
struct Busy(Arc<AtomicUsize>);

impl Busy {
    fn new(counter: &Arc<AtomicUsize>) -> Busy {
        counter.fetch_add(1, Ordering::SeqCst);
        Busy(counter.clone())
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn sync_error(e: SyncError) -> CommandError {
    match e {
        SyncError::Store(s) => s.into(),
        other => refused(other.message_id()),
    }
}

fn internal(detail: impl std::fmt::Display) -> CommandError {
    CommandError::Internal {
        detail: detail.to_string(),
    }
}

/// The portal ([`Portal::choose`]): the reference portal's when it was
/// asked for (`--reference-portal`, `HAGUKUMI_REFERENCE_PORTAL=1`), else the
/// configured one; at `HAGUKUMI_PORTAL_URL`, else the address the handbook
/// is connected to, else the profile's own.
fn portal(app: &AppHandle, connected: Option<String>) -> Result<Portal, SyncError> {
    Portal::choose(
        app.state::<PortalState>().reference,
        profile::url_from_env(),
        connected,
        CLOCK,
    )
}

fn data_dir(state: &AppState) -> Result<PathBuf, CommandError> {
    state.with(|store| Ok(store.dir().to_owned()))
}

fn view(app: &AppHandle) -> Result<PortalView, CommandError> {
    let portal = app.state::<PortalState>();
    let status = app
        .state::<AppState>()
        .with(|store| Ok(store.sync_status()?))?;
    let consent = lock(&portal.consent);
    Ok(PortalView {
        status,
        syncing: portal.busy.load(Ordering::SeqCst) > 0,
        consent_url: consent.url.clone(),
        consent_error: consent.error.clone(),
    })
}

/// Runs `f` on the sync's own store connection (opened on first use), one
/// at a time.
fn with_sync_store<T>(
    app: &AppHandle,
    f: impl FnOnce(&mut Store, &Path) -> Result<T, SyncError>,
) -> Result<T, SyncError> {
    let dir = data_dir(&app.state::<AppState>()).map_err(|_| SyncError::NotConnected)?;
    let portal = app.state::<PortalState>();
    let mut guard = lock(&portal.sync_store);
    if guard.is_none() {
        *guard = Some(open_sync_store(&dir, &KeySource::FromEnvironment)?);
    }
    let store = guard.as_mut().expect("opened above");
    f(store, &dir)
}

/// The sync's own connection: only to a handbook that is there. The sync
/// never creates one (nor, by the lock in [`hold_sync_closed`], opens one
/// while a restore is swapping files).
fn open_sync_store(dir: &Path, source: &KeySource) -> Result<Store, hagukumi_store::StoreError> {
    Store::open_existing(dir, source)
}

/// Closes the sync's own connection (after a running sync ends) and keeps
/// it closed until the returned guard is dropped: no sync starts meanwhile
/// (held for a whole restore, so the sync never opens, repairs or reads a
/// handbook whose files are being replaced). The next sync opens the
/// handbook afresh.
pub fn hold_sync_closed(app: &AppHandle) -> MutexGuard<'_, Option<Store>> {
    let mut guard = lock(&app.state::<PortalState>().inner().sync_store);
    *guard = None;
    guard
}

/// Closes the sync's own connection (after a running sync ends): the app
/// lock closes the handbook. The next sync after an unlock opens it afresh.
pub fn close_sync(app: &AppHandle) {
    drop(hold_sync_closed(app));
}

/// Run after each sync: set at start (`lib.rs`) to the reminders' check,
/// so what the sync brought (a nursery decision, a benefit's step) is told
/// now, not at their next hourly check. A hook, so this module does not
/// import the reminders (which read the bookings and benefits that import
/// it).
pub static AFTER_SYNC: std::sync::OnceLock<fn(&AppHandle)> = std::sync::OnceLock::new();

/// One sync with the portal the handbook is connected to.
fn run_sync(app: &AppHandle) -> Result<hagukumi_sync::SyncReport, SyncError> {
    let report = with_sync_store(app, |store, dir| {
        let base = store.sync_status()?.portal.ok_or(SyncError::NotConnected)?;
        let portal = portal(app, Some(base))?;
        let vault = KeychainVault::for_handbook(dir);
        hagukumi_sync::sync(
            store,
            &portal,
            &vault,
            &hagukumi_sync::SyncOptions::new(today()),
        )
    })?;
    if let Some(after) = AFTER_SYNC.get() {
        after(app);
    }
    Ok(report)
}

/// Syncs on a thread of its own, now (counted as running from this call on).
pub(crate) fn sync_in_background(app: &AppHandle) {
    let busy = Busy::new(&app.state::<PortalState>().busy);
    let app = app.clone();
    let spawned = std::thread::Builder::new()
        .name("portal-sync".into())
        .spawn(move || {
            let _busy = busy;
            if let Err(e) = run_sync(&app) {
                // The message id only: never a token or a page.
                eprintln!("hagukumi: portal sync: {}", e.message_id());
            }
        });
    if let Err(e) = spawned {
        eprintln!("hagukumi: portal sync: {e}");
    }
}

/// Syncs at start and then every 15 minutes while the handbook is connected.
pub fn start(app: AppHandle) {
    let spawned = std::thread::Builder::new()
        .name("portal-sync-timer".into())
        .spawn(move || loop {
            let connected = app
                .state::<AppState>()
                .with(|store| Ok(store.sync_status()?))
                .map(|s| s.portal.is_some())
                .unwrap_or(false);
            if connected {
                let _busy = Busy::new(&app.state::<PortalState>().busy);
                if let Err(e) = run_sync(&app) {
                    eprintln!("hagukumi: portal sync: {}", e.message_id());
                }
            }
            std::thread::sleep(EVERY);
        });
    if let Err(e) = spawned {
        eprintln!("hagukumi: portal sync: {e}");
    }
}

/// The sync status, a consent in progress and its address.
#[tauri::command(rename_all = "snake_case")]
pub fn portal_status(app: AppHandle) -> Result<PortalView, CommandError> {
    view(&app)
}

/// Starts a consent: returns the address to open (also handed to the
/// system browser when there is one). Asking again while a consent is in
/// progress opens the same address again.
#[tauri::command(rename_all = "snake_case")]
pub fn portal_connect(app: AppHandle) -> Result<PortalView, CommandError> {
    let state = app.state::<PortalState>();
    {
        let mut consent = lock(&state.consent);
        if let Some(url) = consent.url.clone() {
            drop(consent);
            open_browser(&app, &url);
            return view(&app);
        }
        consent.error = None;
        let connected = app
            .state::<AppState>()
            .with(|store| Ok(store.sync_status()?))?
            .portal;
        #[cfg(desktop)]
        let start = hagukumi_sync::Consent::start;
        #[cfg(mobile)]
        let start = hagukumi_sync::Consent::start_app_link;
        let started = portal(&app, connected)
            .and_then(start)
            .map_err(sync_error)?;
        let url = started.url().to_owned();
        consent.url = Some(url.clone());
        #[cfg(desktop)]
        {
            let handle = app.clone();
            std::thread::Builder::new()
                .name("portal-consent".into())
                .spawn(move || finish_consent(&handle, &started))
                .map_err(internal)?;
        }
        #[cfg(mobile)]
        {
            *lock(&state.app_link) = Some(started);
        }
        drop(consent);
        open_browser(&app, &url);
    }
    view(&app)
}

/// Desktop: waits for the browser's redirect to the loopback listener,
/// then finishes.
#[cfg(desktop)]
fn finish_consent(app: &AppHandle, consent: &hagukumi_sync::Consent) {
    let page = consent_page(app);
    let outcome = consent
        .wait(CONSENT_TIMEOUT, &page)
        .and_then(|redirect| finish_with(app, consent, &redirect));
    conclude_consent(app, outcome);
}

/// Phones: the address the OS opened the app with (tauri-plugin-deep-link's
/// `on_open_url`, registered in `lib.rs`). It finishes the consent waiting
/// for it; one that is not its redirect ([`SyncError::ForeignRedirect`]:
/// another state, another address) is ignored and the consent keeps
/// waiting. Runs the network and the sync on its own thread.
#[cfg(mobile)]
pub fn on_app_link(app: &AppHandle, url: String) {
    let handle = app.clone();
    let spawned = std::thread::Builder::new()
        .name("portal-app-link".into())
        .spawn(move || {
            let state = handle.state::<PortalState>();
            let Some(consent) = lock(&state.app_link).take() else {
                return;
            };
            match finish_with(&handle, &consent, &url) {
                Err(SyncError::ForeignRedirect) => {
                    eprintln!("hagukumi: a deep link that is not the consent's was ignored");
                    lock(&state.app_link).get_or_insert(consent);
                }
                outcome => conclude_consent(&handle, outcome),
            }
        });
    if spawned.is_err() {
        eprintln!("hagukumi: could not finish the consent");
    }
}

/// The redirect's address checked and exchanged for tokens
/// (`Consent::finish`), kept in the handbook's vault.
fn finish_with(
    app: &AppHandle,
    consent: &hagukumi_sync::Consent,
    redirect: &str,
) -> Result<(), SyncError> {
    let _busy = Busy::new(&app.state::<PortalState>().busy);
    with_sync_store(app, |store, dir| {
        consent.finish(store, &KeychainVault::for_handbook(dir), redirect)
    })
    .map(drop)
}

/// After a consent: a sync when connected, else why not, for the window.
fn conclude_consent(app: &AppHandle, outcome: Result<(), SyncError>) {
    let state = app.state::<PortalState>();
    match outcome {
        Ok(()) => {
            // Counted as syncing before the consent is cleared, so the
            // window never sees "not connected" in between.
            let busy = Busy::new(&state.busy);
            lock(&state.consent).url = None;
            if let Err(e) = run_sync(app) {
                eprintln!("hagukumi: portal sync: {}", e.message_id());
            }
            drop(busy);
        }
        Err(e) => {
            eprintln!("hagukumi: portal consent: {}", e.message_id());
            let mut consent = lock(&state.consent);
            consent.url = None;
            consent.error = Some(e.message_id().to_owned());
        }
    }
}

/// The short page the browser shows after the redirect, in the handbook's
/// language (desktop: phones leave the browser for the app).
#[cfg(desktop)]
fn consent_page(app: &AppHandle) -> String {
    let language = app
        .state::<AppState>()
        .with(|store| Ok(store.language()?))
        .ok()
        .flatten()
        .unwrap_or_default();
    consent_page_in(language)
}

#[cfg_attr(mobile, allow(dead_code))]
fn consent_page_in(language: hagukumi_core::Language) -> String {
    let l = Localizer::new(language);
    let escape = |s: String| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head>\
         <body style=\"font-family:sans-serif;max-width:32em;margin:3em auto;padding:0 1em;line-height:1.6\">\
         <h1 style=\"font-size:1.3em\">{}</h1><p>{}</p></body></html>",
        language.code(),
        escape(l.text("app-name")),
        escape(l.text("portal-consent-page-title")),
        escape(l.text("portal-consent-page-body")),
    )
}

/// Hands `url` to the system browser through tauri-plugin-opener (from
/// Rust: the window has no opener permission), if there is one; the window
/// shows the address in any case.
fn open_browser(app: &AppHandle, url: &str) {
    use tauri_plugin_opener::OpenerExt;
    if app.opener().open_url(url, None::<&str>).is_err() {
        eprintln!("hagukumi: no system browser; the window shows the address");
    }
}

/// Syncs now and returns the status afterwards (a failure is in the status,
/// in plain words).
#[tauri::command(rename_all = "snake_case")]
pub async fn portal_sync_now(app: AppHandle) -> Result<PortalView, CommandError> {
    let handle = app.clone();
    let outcome = tauri::async_runtime::spawn_blocking(move || {
        let _busy = Busy::new(&handle.state::<PortalState>().busy);
        run_sync(&handle)
    })
    .await
    .map_err(internal)?;
    match outcome {
        Err(e @ (SyncError::Store(_) | SyncError::NotConnected)) => Err(sync_error(e)),
        _ => view(&app),
    }
}

/// Revokes the consent (when the portal can be reached) and forgets the
/// tokens; the records already synced stay in the handbook.
#[tauri::command(rename_all = "snake_case")]
pub async fn portal_disconnect(app: AppHandle) -> Result<PortalView, CommandError> {
    let handle = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        with_sync_store(&handle, |store, dir| {
            let base = store.sync_status()?.portal;
            let vault = KeychainVault::for_handbook(dir);
            let portal = portal(&handle, base)?;
            hagukumi_sync::disconnect(store, &portal, &vault)
        })
    })
    .await
    .map_err(internal)?
    .map_err(sync_error)?;
    view(&app)
}

fn state_view(state: ItemState) -> OfficialState {
    match state {
        ItemState::Added => OfficialState::Added,
        ItemState::Linked => OfficialState::Linked,
        ItemState::Conflict => OfficialState::Conflict,
        ItemState::KeptMine => OfficialState::KeptMine,
        ItemState::Info => OfficialState::Info,
    }
}

fn item_view(store: &Store, item: StoredItem) -> Result<OfficialItemView, CommandError> {
    let record = match item.record_id {
        Some(id) => store.get::<ChildBook>(id)?,
        None => None,
    };
    Ok(OfficialItemView {
        item: item.item,
        child_id: item.child_id,
        state: state_view(item.state),
        record,
    })
}

/// Official items, newest first: one child's (`child_id`), or every item of
/// the family (none).
#[tauri::command(rename_all = "snake_case")]
pub fn official_items(
    state: State<'_, AppState>,
    child_id: Option<RecordId>,
) -> Result<Vec<OfficialItemView>, CommandError> {
    state.with(|store| {
        let items = match child_id {
            Some(id) => store.official_items(Some(id), None),
            None => store.all_official_items().map(|mut all| {
                all.sort_by(|a, b| {
                    b.item
                        .date()
                        .cmp(&a.item.date())
                        .then_with(|| a.item.id().cmp(b.item.id()))
                });
                all
            }),
        }?;
        items.into_iter().map(|i| item_view(store, i)).collect()
    })
}

/// The parent's decision on a conflicting official record.
#[tauri::command(rename_all = "snake_case")]
pub fn resolve_conflict(
    state: State<'_, AppState>,
    category: Category,
    portal_id: String,
    resolution: Resolution,
) -> Result<OfficialItemView, CommandError> {
    state.with_mut(|store| {
        let resolved = store
            .resolve_conflict(category, &portal_id, resolution, now())?
            .map_err(|_| refused("error-no-such-conflict"))?;
        item_view(store, resolved)
    })
}

fn questionnaire_view(entry: OutboxEntry) -> QuestionnaireView {
    let body: serde_json::Value = serde_json::from_str(&entry.payload).unwrap_or_default();
    QuestionnaireView {
        id: entry.id,
        child_id: entry.child_id,
        vaccine_id: body["vaccine_id"].as_str().unwrap_or_default().to_owned(),
        planned_date: body["planned_date"].as_str().and_then(|d| d.parse().ok()),
        state: entry.state,
        last_error: entry.last_error,
        created_at: entry.created_at,
        sent_at: entry.sent_at,
    }
}

/// A child's pre-visit questionnaires, newest first.
#[tauri::command(rename_all = "snake_case")]
pub fn questionnaires(
    app: AppHandle,
    child_id: RecordId,
) -> Result<QuestionnairesView, CommandError> {
    let syncing = app.state::<PortalState>().busy.load(Ordering::SeqCst) > 0;
    app.state::<AppState>().with(|store| {
        let linked = store.portal_child_id(child_id)?.is_some();
        let mut entries: Vec<_> = store
            .outbox(None)?
            .into_iter()
            .filter(|e| e.kind == "questionnaire" && e.child_id == Some(child_id))
            .map(questionnaire_view)
            .collect();
        entries.reverse();
        Ok(QuestionnairesView {
            linked,
            syncing,
            entries,
        })
    })
}

/// Checks a pre-visit questionnaire (core) and queues it; it is sent by the
/// sync that starts right away, or by a later one when offline.
#[tauri::command(rename_all = "snake_case")]
pub fn queue_questionnaire(
    app: AppHandle,
    child_id: RecordId,
    input: QuestionnaireInput,
) -> Result<QuestionnaireView, CommandError> {
    let questionnaire = input.validate(today())?;
    let entry = app.state::<AppState>().with(|store| {
        hagukumi_sync::questionnaire::queue(store, child_id, &questionnaire, now()).map_err(|e| {
            match e {
                hagukumi_sync::questionnaire::QueueError::Sync(SyncError::Store(s)) => s.into(),
                other => refused(other.message_id()),
            }
        })
    })?;
    sync_in_background(&app);
    Ok(questionnaire_view(entry))
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::api::OutboxState;

    #[test]
    fn the_sync_never_creates_a_handbook_where_there_is_none() {
        // A folder a restore has emptied for a moment (its handbook set
        // aside), and one that is not there at all.
        // A key that could make one, were the sync allowed to.
        let key = KeySource::Passphrase("p-passphrase-12".into());
        let dir = tempfile::tempdir().unwrap();
        assert!(open_sync_store(dir.path(), &key).is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
        let gone = dir.path().join("gone");
        assert!(open_sync_store(&gone, &key).is_err());
        assert!(!gone.exists());
    }

    #[test]
    fn the_page_after_consent_is_worded_in_each_language() {
        for language in hagukumi_core::Language::ALL {
            let page = consent_page_in(language);
            let l = Localizer::new(language);
            assert!(
                page.contains(&l.text("portal-consent-page-title")),
                "{page}"
            );
            assert!(page.contains(&l.text("portal-consent-page-body")), "{page}");
            assert!(!page.contains("portal-"), "{page}");
            assert!(page.contains(&format!("lang=\"{}\"", language.code())));
        }
    }

    #[test]
    fn a_queued_questionnaire_is_shown_with_its_vaccine_and_date() {
        let entry = OutboxEntry {
            id: 3,
            idempotency_key: "k".repeat(20),
            kind: "questionnaire".into(),
            child_id: Some(1),
            payload: r#"{"child_id":"a-child-1","vaccine_id":"mr","planned_date":"2026-12-01","temperature_c":36.5,"answers":{}}"#.into(),
            state: OutboxState::Pending,
            attempts: 0,
            last_error: None,
            response: None,
            created_at: "2026-11-25T10:00:00Z".into(),
            sent_at: None,
        };
        let v = questionnaire_view(entry);
        assert_eq!(v.vaccine_id, "mr");
        assert_eq!(v.planned_date, Some("2026-12-01".parse().unwrap()));
        assert_eq!(v.state, OutboxState::Pending);
    }
}
