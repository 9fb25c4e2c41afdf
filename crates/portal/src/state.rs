//! The running portal's state: grants, received questionnaires, scheduled
//! faults and the pages it sent.

use std::collections::HashMap;
use std::sync::atomic::AtomicUsize;
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use crate::bulk::bulk_family;
use crate::families::{sample_families, Family};
use crate::faults::Fault;
use crate::key::dev_key_pair;
use crate::Config;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use ring::rand::{SecureRandom, SystemRandom};
use ring::signature::Ed25519KeyPair;
use serde_json::Value;

pub(crate) struct CodeGrant {
    pub(crate) family: String,
    pub(crate) scopes: Vec<String>,
    pub(crate) redirect_uri: String,
    pub(crate) challenge: String,
    pub(crate) expires: Instant,
}

pub(crate) struct AccessGrant {
    pub(crate) family: String,
    pub(crate) scopes: Vec<String>,
    pub(crate) expires: Instant,
    pub(crate) refresh: String,
}

pub(crate) struct RefreshGrant {
    pub(crate) family: String,
    pub(crate) scopes: Vec<String>,
}

#[derive(Default)]
pub(crate) struct AuthState {
    pub(crate) codes: HashMap<String, CodeGrant>,
    pub(crate) access: HashMap<String, AccessGrant>,
    pub(crate) refresh: HashMap<String, RefreshGrant>,
}

/// A questionnaire received at `POST /v1/questionnaires`, with the answer given.
pub(crate) struct Received {
    pub(crate) key: String,
    /// The request body as parsed (a repeat must be the same JSON value).
    pub(crate) request: Value,
    /// The questionnaire as listed by `GET /v1/questionnaires`.
    pub(crate) item: Value,
    /// The exact bytes of the `201` body, replayed for a repeat.
    pub(crate) response: Vec<u8>,
}

#[derive(Default)]
pub(crate) struct Outbox {
    /// Per family, in the order received.
    pub(crate) received: HashMap<String, Vec<Received>>,
    /// Number of the last questionnaire id given (`q-000001` …).
    pub(crate) last_id: usize,
    /// Once-only benefit applications per family (`POST /v1/benefit-applications`).
    pub(crate) applications: HashMap<String, Vec<Received>>,
    /// Number of the last application id given (`ba-000001` …).
    pub(crate) last_application: usize,
    /// Nursery bookings, cancellations and applications per family
    /// (`POST /v1/nursery-bookings`, `…-booking-cancellations`, `…-applications`).
    pub(crate) bookings: HashMap<String, Vec<Received>>,
    pub(crate) cancellations: HashMap<String, Vec<Received>>,
    pub(crate) nursery_applications: HashMap<String, Vec<Received>>,
    /// Who holds each slot: (family, booking id), in the order booked.
    pub(crate) held: HashMap<String, Vec<(String, String)>>,
    /// Number of the last booking id given (`nb-000001` …).
    pub(crate) last_booking: usize,
    /// Number of the last nursery application id given (`na-000001` …).
    pub(crate) last_nursery_application: usize,
    /// Places offered so far per (facility, class).
    pub(crate) offered: HashMap<(String, u8), u32>,
}

pub(crate) struct Portal {
    pub(crate) config: Config,
    pub(crate) families: Mutex<Vec<Family>>,
    pub(crate) key: Ed25519KeyPair,
    pub(crate) rng: SystemRandom,
    pub(crate) auth: Mutex<AuthState>,
    pub(crate) outbox: Mutex<Outbox>,
    /// A fault for the next data requests that do not name one, and how many are left.
    pub(crate) fail_next: Mutex<Option<(Fault, usize)>>,
    /// Data requests seen (every answer counts, 304 and errors too).
    pub(crate) requests: AtomicUsize,
    /// The last pages sent (newest last), as a party in the middle would
    /// have captured them.
    pub(crate) sent: Mutex<std::collections::VecDeque<SentPage>>,
    /// A captured page to answer the next page request with, as is.
    pub(crate) replay: Mutex<Option<SentPage>>,
    /// The rules bundle served at `GET /v1/rules/bundle`, once published.
    pub(crate) rules: Mutex<Option<Published>>,
    /// The municipal catalogues (`GET /v1/municipalities/{code}/{catalogue}`).
    pub(crate) catalogues: Mutex<crate::catalogues::Catalogues>,
}

/// The bundle being served: the body, and the bytes its signature covers
/// (the body itself unless a test tampers with it).
#[derive(Clone)]
pub(crate) struct Published {
    pub(crate) body: Vec<u8>,
    pub(crate) signed_over: Option<Vec<u8>>,
}

/// How many sent pages [`PortalHandle::sent_pages`] remembers.
pub(crate) const SENT_PAGES_KEPT: usize = 64;

/// A page exactly as the portal sent it: who asked, and the status, headers
/// and body that went out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentPage {
    pub family: String,
    pub category: String,
    /// The cursor asked for (`""`: from the start).
    pub cursor: String,
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Portal {
    pub(crate) fn new(config: Config) -> Portal {
        let mut families = sample_families().expect("the embedded sample data is valid");
        if let Some(n) = config.bulk {
            families.push(bulk_family(n));
        }
        Portal {
            config,
            families: Mutex::new(families),
            key: dev_key_pair(),
            rng: SystemRandom::new(),
            auth: Mutex::new(AuthState::default()),
            outbox: Mutex::new(Outbox::default()),
            fail_next: Mutex::new(None),
            requests: AtomicUsize::new(0),
            sent: Mutex::new(Default::default()),
            replay: Mutex::new(None),
            rules: Mutex::new(None),
            catalogues: Mutex::new(crate::catalogues::sample_catalogues()),
        }
    }

    pub(crate) fn random_token(&self) -> String {
        let mut bytes = [0u8; 32];
        self.rng
            .fill(&mut bytes)
            .expect("the system random source works");
        URL_SAFE_NO_PAD.encode(bytes)
    }

    pub(crate) fn auth(&self) -> MutexGuard<'_, AuthState> {
        lock(&self.auth)
    }

    pub(crate) fn families(&self) -> MutexGuard<'_, Vec<Family>> {
        lock(&self.families)
    }

    pub(crate) fn outbox(&self) -> MutexGuard<'_, Outbox> {
        lock(&self.outbox)
    }

    pub(crate) fn has_family(&self, id: &str) -> bool {
        self.families().iter().any(|f| f.id == id)
    }
}
