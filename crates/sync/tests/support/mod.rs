//! Steps shared by the sync's tests (and the CLI's, which include this
//! file): the reference portal on 127.0.0.1, a real SQLCipher handbook,
//! consent as a parent gives it in the browser, and a snapshot of
//! everything a sync may write.
#![allow(dead_code, unused_imports)]

use hagukumi_core::chrono::Utc;
use hagukumi_core::official::{QuestionnaireInput, QUESTIONNAIRE_QUESTIONS};
use hagukumi_core::records::{ChildBook, RecordInput};
use hagukumi_core::{ChildInput, Date};
use hagukumi_portal::{Config, PortalHandle};
use hagukumi_store::{KeySource, Store};
use hagukumi_sync::{
    Clock, Consent, MemoryVault, Pause, Portal, PortalProfile, SyncError, SyncOptions, SyncReport,
    TokenVault,
};
use std::sync::Mutex;
use std::time::{Duration, Instant};

mod snapshot;
pub use snapshot::snapshot;

/// The test's clock, handed to the sync library as the shell hands in its own.
pub const CLOCK: Clock = Clock {
    now: Utc::now,
    instant: Instant::now,
};

/// A client of the reference portal at `handle`.
pub fn reference(handle: &PortalHandle) -> Portal {
    reference_at(&handle.base_url())
}

/// A client of a portal at `url` with the reference portal's profile.
pub fn reference_at(url: &str) -> Portal {
    Portal::new(&PortalProfile::reference(url), CLOCK).unwrap()
}

pub fn today() -> Date {
    Utc::now().date_naive()
}

pub fn start(config: Config) -> PortalHandle {
    hagukumi_portal::spawn_with_handle("127.0.0.1:0".parse().unwrap(), config).unwrap()
}

pub fn open_store(dir: &std::path::Path) -> Store {
    Store::open_with(dir, &KeySource::Passphrase("sync-test-passphrase".into())).unwrap()
}

/// A reference portal with `config` and a fresh handbook in a temporary
/// folder (kept while the returned directory lives).
pub fn portal_and_handbook(config: Config) -> (PortalHandle, tempfile::TempDir, Store) {
    let handle = start(config);
    let dir = tempfile::tempdir().unwrap();
    let store = open_store(dir.path());
    (handle, dir, store)
}

/// Records every pause instead of sleeping.
#[derive(Default)]
pub struct Recorder(Mutex<Vec<Duration>>);

impl Pause for Recorder {
    fn pause(&self, d: Duration) {
        self.0.lock().unwrap().push(d);
    }
}

impl Recorder {
    pub fn pauses(&self) -> Vec<Duration> {
        self.0.lock().unwrap().clone()
    }
}

pub fn options(pause: &Recorder) -> SyncOptions<'_> {
    let mut o = SyncOptions::new(today());
    o.pause = pause;
    o
}

/// Consents as the parent would in the browser: the portal's consent page
/// for `family` approved, the redirect caught by the loopback listener.
pub fn consent(
    store: &mut Store,
    handle: &PortalHandle,
    vault: &dyn TokenVault,
    family: &str,
) -> Portal {
    consent_to(store, handle, vault, family, &hagukumi_sync::all_scopes())
}

pub fn consent_to(
    store: &mut Store,
    handle: &PortalHandle,
    vault: &dyn TokenVault,
    family: &str,
    scopes: &[&str],
) -> Portal {
    let consent = Consent::for_scopes(reference(handle), scopes).unwrap();
    let url = consent.url().to_owned();
    let family = family.to_owned();
    let browser = std::thread::spawn(move || {
        // The "browser": follows the portal's redirect to the loopback address.
        let resp = reqwest::blocking::get(format!("{url}&family={family}&approve=yes")).unwrap();
        assert!(resp.status().is_success(), "{}", resp.status());
        resp.text().unwrap()
    });
    let redirect = consent
        .wait(Duration::from_secs(20), "<p>done</p>")
        .unwrap();
    assert_eq!(browser.join().unwrap(), "<p>done</p>");
    consent.finish(store, vault, &redirect).unwrap();
    consent.portal().clone()
}

pub fn add_child(store: &Store, name: &str, birth: &str) -> i64 {
    let child = ChildInput {
        name: name.into(),
        birth_date: birth.into(),
        sex: String::new(),
    }
    .validate(today())
    .unwrap();
    store.add_child(&child).unwrap().id
}

pub fn add_vaccination(
    store: &Store,
    child: i64,
    birth: &str,
    vaccine: &str,
    dose: u8,
    date: &str,
) -> i64 {
    let data = RecordInput::Vaccination {
        vaccine: vaccine.into(),
        dose: dose.to_string(),
        date: date.into(),
        manufacturer: String::new(),
        lot: String::new(),
        facility: String::new(),
        funding: String::new(),
    }
    .validate(birth.parse().unwrap(), today())
    .unwrap();
    store
        .add::<ChildBook>(child, &data, Utc::now().naive_utc())
        .unwrap()
        .unwrap()
        .id
}

/// A complete pre-visit questionnaire for an MR dose today.
pub fn questionnaire() -> hagukumi_core::official::Questionnaire {
    QuestionnaireInput {
        vaccine: "mr".into(),
        planned_date: today().to_string(),
        temperature_c: "36.5".into(),
        answers: QUESTIONNAIRE_QUESTIONS
            .iter()
            .map(|q| (q.to_string(), "no".to_string()))
            .collect(),
        note: String::new(),
    }
    .validate(today())
    .unwrap()
}

/// A new handbook beside its own reference portal, not connected yet.
pub struct Fresh {
    pub handle: PortalHandle,
    pub dir: tempfile::TempDir,
    pub store: Store,
    pub vault: MemoryVault,
}

/// A reference portal started with `config` and a new handbook (tokens in
/// memory).
pub fn fresh(config: Config) -> Fresh {
    let (handle, dir, store) = portal_and_handbook(config);
    Fresh {
        handle,
        dir,
        store,
        vault: MemoryVault::default(),
    }
}

/// A handbook connected to `family` at its own reference portal, with a
/// recorder for the sync's pauses.
pub struct Connected {
    pub handle: PortalHandle,
    pub dir: tempfile::TempDir,
    pub store: Store,
    pub vault: MemoryVault,
    pub portal: Portal,
    pub pause: Recorder,
}

/// [`fresh`], then the parent's consent for `family`.
pub fn connected(config: Config, family: &str) -> Connected {
    let Fresh {
        handle,
        dir,
        mut store,
        vault,
    } = fresh(config);
    let portal = consent(&mut store, &handle, &vault, family);
    Connected {
        handle,
        dir,
        store,
        vault,
        portal,
        pause: Recorder::default(),
    }
}

/// A SAMPLE notice of the portal (`id`, `title`), published on 2025-12-02.
pub fn notice(id: &str, title: &str) -> serde_json::Value {
    serde_json::json!({"id": id, "sample": true, "municipality": "サンプル市",
        "published_on": "2025-12-02", "title": title, "body": "サンプル", "url": null})
}

impl Connected {
    /// The same handbook after the app was killed: the store opened again.
    pub fn reopened(self) -> Connected {
        let Connected {
            handle,
            dir,
            store,
            vault,
            portal,
            pause,
        } = self;
        drop(store);
        Connected {
            handle,
            store: open_store(dir.path()),
            dir,
            vault,
            portal,
            pause,
        }
    }

    /// One sync of the connected handbook, pauses recorded.
    pub fn sync(&mut self) -> Result<SyncReport, SyncError> {
        hagukumi_sync::sync(
            &mut self.store,
            &self.portal,
            &self.vault,
            &options(&self.pause),
        )
    }
}

/// A municipal pull refused for each way a page can be wrong (a forged
/// signature, none, a cut body): `pull` must fail with the matching error,
/// and `unchanged` checks after each (named) that the last copy stayed.
pub fn each_bad_page_is_refused(
    handle: &PortalHandle,
    mut pull: impl FnMut() -> Result<(), SyncError>,
    unchanged: impl Fn(&str),
) {
    for (fault, what) in [
        (hagukumi_portal::Fault::BadSignature, "bad signature"),
        (hagukumi_portal::Fault::NoSignature, "no signature"),
        (hagukumi_portal::Fault::TruncatedJson, "cut body"),
    ] {
        handle.fail_next(fault, 1);
        let e = pull().unwrap_err();
        assert!(
            matches!(
                e,
                SyncError::BadSignature | SyncError::Unsigned | SyncError::BadPage(_)
            ),
            "{what}: {e}"
        );
        unchanged(what);
    }
}
