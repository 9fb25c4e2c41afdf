//! The sync itself: consent, the incremental pull of every consented
//! category, and the outbox.

use crate::auth::{random_token, Pkce, TokenVault, Tokens};
use crate::client::{Fetched, Portal};
use crate::SyncError;
use hagukumi_core::official::{Category, OfficialItem};
use hagukumi_core::Date;
use hagukumi_store::official::{Applied, Cursor, OutboxEntry, Page};
use hagukumi_store::Store;
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// How requests are retried: exponential backoff with full jitter, and the
/// portal's `Retry-After` when it sends one (never longer than `max_wait`).
#[derive(Debug, Clone, Copy)]
pub struct Retry {
    /// Tries per request, the first included.
    pub attempts: u32,
    pub base: Duration,
    pub cap: Duration,
    pub max_wait: Duration,
}

impl Default for Retry {
    fn default() -> Self {
        Retry {
            attempts: 5,
            base: Duration::from_millis(500),
            cap: Duration::from_secs(30),
            max_wait: Duration::from_secs(120),
        }
    }
}

impl Retry {
    /// The pause before try number `attempt + 1` (`attempt` ≥ 1) after `error`.
    pub fn delay(&self, attempt: u32, error: &SyncError) -> Duration {
        if let SyncError::Busy {
            retry_after: Some(wait),
        } = error
        {
            return (*wait).min(self.max_wait);
        }
        let ceiling = self
            .base
            .saturating_mul(1u32 << (attempt - 1).min(16))
            .min(self.cap);
        let mut r = [0u8; 4];
        let fraction = match SystemRandom::new().fill(&mut r) {
            Ok(()) => f64::from(u32::from_le_bytes(r)) / f64::from(u32::MAX),
            Err(_) => 1.0,
        };
        ceiling.mul_f64(fraction)
    }
}

/// How the sync waits between tries (the real clock, or a recorder in tests).
pub trait Pause {
    fn pause(&self, d: Duration);
}

/// Sleeps the current thread.
#[derive(Debug, Default, Clone, Copy)]
pub struct Sleep;

impl Pause for Sleep {
    fn pause(&self, d: Duration) {
        std::thread::sleep(d);
    }
}

/// Settings of one sync.
pub struct SyncOptions<'a> {
    /// Items per page (1–200).
    pub page_limit: u32,
    pub retry: Retry,
    pub pause: &'a dyn Pause,
    /// The device's date (official records are checked against it).
    pub today: Date,
}

impl SyncOptions<'_> {
    pub fn new(today: Date) -> SyncOptions<'static> {
        SyncOptions {
            page_limit: 200,
            retry: Retry::default(),
            pause: &Sleep,
            today,
        }
    }
}

/// What a sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncReport {
    /// Requests made (retries and refreshes included).
    pub requests: usize,
    /// Pages applied.
    pub pages: usize,
    /// Categories unchanged since the last sync (a 304).
    pub unchanged_categories: usize,
    /// Categories skipped because the parent did not consent to them.
    pub not_consented: Vec<String>,
    /// Categories skipped because they are about children whose details
    /// the parent did not share.
    pub needs_children: Vec<String>,
    pub applied: Applied,
    /// Writes the portal accepted this time.
    pub writes_sent: usize,
    /// Writes the portal refused for good.
    pub writes_rejected: usize,
    /// Bytes of page bodies received.
    pub bytes: usize,
    /// What the rules step did (none when it did not run).
    #[serde(default)]
    pub rules: Option<crate::rules::RulesUpdate>,
    /// What the municipality step did (none when it did not run).
    #[serde(default)]
    pub municipal: Option<crate::municipal::MunicipalUpdate>,
}

/// The scopes asked for on the consent screen: every pull category, and the
/// questionnaire write scope.
pub fn all_scopes() -> Vec<&'static str> {
    Category::ALL
        .iter()
        .map(|c| c.as_str())
        .chain([hagukumi_core::official::QUESTIONNAIRE_SCOPE])
        .collect()
}

/// Finishes a consent: exchanges the redirect's code, keeps the tokens in the
/// vault and remembers the portal in the handbook.
pub fn connect(
    store: &mut Store,
    portal: &Portal,
    vault: &dyn TokenVault,
    pkce: &Pkce,
    code: &str,
    redirect_uri: &str,
) -> Result<Tokens, SyncError> {
    let tokens = portal.exchange_code(code, &pkce.verifier, redirect_uri)?;
    vault.save(&tokens)?;
    let scopes: Vec<String> = tokens.scopes().iter().map(|s| s.to_string()).collect();
    store.set_portal(Some((portal.base(), &scopes)))?;
    // Official items of another account stop being official.
    store.bind_portal_account(&tokens.account)?;
    Ok(tokens)
}

/// Revokes the consent at the portal (when reachable), forgets the tokens
/// and the cursors. The official records already synced stay in the handbook.
pub fn disconnect(
    store: &mut Store,
    portal: &Portal,
    vault: &dyn TokenVault,
) -> Result<(), SyncError> {
    let revoked = match vault.load()? {
        Some(tokens) => portal.revoke(&tokens),
        None => Ok(()),
    };
    vault.clear()?;
    store.set_portal(None)?;
    // Offline: the tokens are gone from this device; the portal forgets
    // them when they expire. Anything else is worth telling.
    match revoked {
        Err(SyncError::Offline) => Ok(()),
        other => other,
    }
}

struct Session<'a> {
    portal: &'a Portal,
    vault: &'a dyn TokenVault,
    tokens: Tokens,
    opts: &'a SyncOptions<'a>,
    report: SyncReport,
    /// The vault refused refreshed tokens (reported at the end).
    unsaved_tokens: Option<SyncError>,
    /// Categories the writes sent this time feed (pulled again at the end).
    fed: Vec<Category>,
}

impl Session<'_> {
    /// Runs `call` with a fresh access token, refreshing once on a rejected
    /// token and retrying transient failures with backoff.
    fn request<T>(
        &mut self,
        mut call: impl FnMut(&Portal, &Tokens) -> Result<T, SyncError>,
    ) -> Result<T, SyncError> {
        let mut attempt = 0;
        let mut refreshed = false;
        loop {
            attempt += 1;
            // Tokens saved before the account was kept learn it now.
            if (self.tokens.needs_refresh(self.portal.clock().now())
                || self.tokens.account.is_empty())
                && !refreshed
            {
                self.refresh()?;
                refreshed = true;
            }
            self.report.requests += 1;
            match call(self.portal, &self.tokens) {
                Ok(v) => return Ok(v),
                Err(SyncError::TokenRejected) if !refreshed => {
                    self.refresh()?;
                    refreshed = true;
                    attempt -= 1;
                }
                Err(e) if e.is_transient() && attempt < self.opts.retry.attempts => {
                    self.opts.pause.pause(self.opts.retry.delay(attempt, &e));
                }
                Err(SyncError::TokenRejected) => return Err(SyncError::ConsentExpired),
                Err(e) => return Err(e),
            }
        }
    }

    fn refresh(&mut self) -> Result<(), SyncError> {
        self.report.requests += 1;
        let fresh = self.portal.refresh(&self.tokens)?;
        // A consent does not change accounts on the way.
        if !self.tokens.account.is_empty() && fresh.account != self.tokens.account {
            return Err(SyncError::OtherAccount);
        }
        // The old refresh token is spent: use the new ones from now on even
        // if the vault cannot keep them, and say so when the sync ends.
        self.tokens = fresh;
        if let Err(e) = self.vault.save(&self.tokens) {
            self.unsaved_tokens.get_or_insert(e);
        }
        Ok(())
    }

    fn pull(&mut self, store: &mut Store, category: Category) -> Result<(), SyncError> {
        let mut restarted = false;
        loop {
            let at = store.sync_cursor(category)?;
            let limit = self.opts.page_limit;
            // Each page must be signed for the account the tokens are for.
            let fetched = match self.request(|p, tokens| {
                p.fetch_page(
                    &tokens.access_token,
                    &tokens.account,
                    category,
                    at.cursor.as_deref(),
                    at.etag.as_deref(),
                    limit,
                )
            }) {
                // The portal no longer knows the cursor (e.g. it was reset):
                // start the category again; applying is idempotent.
                Err(SyncError::Refused { status: 400, code })
                    if code == "invalid_cursor" && !restarted && at.cursor.is_some() =>
                {
                    restarted = true;
                    store.reset_sync_cursor(category)?;
                    continue;
                }
                other => other?,
            };
            let page = match fetched {
                Fetched::NotModified { issued_at } => {
                    // A captured 304 must not stand in for a newer page.
                    if store
                        .newest_page_issued_at(category)?
                        .is_some_and(|newest| issued_at < newest)
                    {
                        return Err(SyncError::StalePage);
                    }
                    self.report.unchanged_categories += 1;
                    return Ok(());
                }
                Fetched::Page(page) => page,
            };
            self.report.bytes += page.bytes;
            let items = page
                .items
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    OfficialItem::parse(category, i, v)
                        .map(|item| (item, v.to_string()))
                        .map_err(|e| SyncError::BadPage(e.to_string()))
                })
                .collect::<Result<Vec<_>, _>>()?;
            // A complete page is asked for again next time, with its ETag:
            // unchanged, it costs one request and writes nothing.
            let next = if page.complete {
                Cursor {
                    cursor: at.cursor.clone(),
                    etag: page.etag.clone(),
                }
            } else if page.next_cursor.is_empty()
                || Some(page.next_cursor.as_str()) == at.cursor.as_deref()
            {
                // An incomplete page that does not move on would loop forever.
                return Err(SyncError::BadPage(
                    "the next cursor does not move on".into(),
                ));
            } else {
                Cursor {
                    cursor: Some(page.next_cursor.clone()),
                    etag: None,
                }
            };
            let applied = store.apply_official_page(
                &Page {
                    category,
                    items,
                    next,
                    issued_at: Some(page.issued_at),
                    signed: Some(page.signed.clone()),
                    account: Some(self.tokens.account.clone()),
                },
                // The portal's records are checked against the device's date
                // with two days to spare: a device abroad or a clock a little
                // behind must not refuse today's official record.
                self.opts.today + hagukumi_core::chrono::Days::new(2),
                self.portal.clock().naive_utc(),
            )?;
            self.report.pages += 1;
            let a = &mut self.report.applied;
            a.added += applied.added;
            a.linked += applied.linked;
            a.conflicts += applied.conflicts;
            a.unchanged += applied.unchanged;
            a.updated += applied.updated;
            if page.complete {
                return Ok(());
            }
        }
    }

    fn flush_outbox(&mut self, store: &Store) -> Result<(), SyncError> {
        for entry in store.pending_writes()? {
            let OutboxEntry {
                id,
                idempotency_key,
                kind,
                payload,
                ..
            } = entry;
            let Some(write) = hagukumi_core::writes::write_kind(&kind) else {
                store.finish_write(
                    id,
                    Err(&format!("unknown kind {kind}")),
                    self.portal.clock().naive_utc(),
                )?;
                continue;
            };
            let path = write.path;
            let body: serde_json::Value = serde_json::from_str(&payload).map_err(|e| {
                SyncError::Store(hagukumi_store::StoreError::Corrupt(e.to_string()))
            })?;
            match self
                .request(|p, tokens| p.post(&tokens.access_token, path, &idempotency_key, &body))
            {
                Ok(response) => {
                    store.finish_write(id, Ok(&response), self.portal.clock().naive_utc())?;
                    self.report.writes_sent += 1;
                    if let Some(c) = write.feeds {
                        if !self.fed.contains(&c) {
                            self.fed.push(c);
                        }
                    }
                }
                // The portal's final answer to this write (not 408 Request
                // Timeout, 409 Conflict or 425 Too Early: those may pass).
                Err(SyncError::Refused { status, code })
                    if (400..500).contains(&status) && ![408, 409, 425].contains(&status) =>
                {
                    store.finish_write(id, Err(&code), self.portal.clock().naive_utc())?;
                    self.report.writes_rejected += 1;
                }
                // Without consent to this kind of write it can never be
                // sent; keep it visible as refused rather than block every
                // later sync.
                Err(SyncError::NotConsented(_)) => {
                    store.finish_write(
                        id,
                        Err("insufficient_scope"),
                        self.portal.clock().naive_utc(),
                    )?;
                    self.report.writes_rejected += 1;
                }
                Err(e) => {
                    store.note_write_attempt(id, e.message_id())?;
                    return Err(e);
                }
            }
        }
        Ok(())
    }
}

/// One sync: every consented category is pulled from where it stopped, then
/// pending writes are sent. The outcome is noted in the handbook's sync
/// status (a Fluent message id on failure).
pub fn sync(
    store: &mut Store,
    portal: &Portal,
    vault: &dyn TokenVault,
    opts: &SyncOptions<'_>,
) -> Result<SyncReport, SyncError> {
    let result = sync_inner(store, portal, vault, opts);
    let note = store.note_sync(
        result.as_ref().err().map(SyncError::message_id),
        portal.clock().naive_utc(),
    );
    let report = result?;
    note?;
    Ok(report)
}

fn sync_inner(
    store: &mut Store,
    portal: &Portal,
    vault: &dyn TokenVault,
    opts: &SyncOptions<'_>,
) -> Result<SyncReport, SyncError> {
    let tokens = vault.load()?.ok_or(SyncError::NotConnected)?;
    if tokens.portal.trim_end_matches('/') != portal.base() {
        return Err(SyncError::NotConnected);
    }
    let scopes: Vec<String> = tokens.scopes().iter().map(|s| s.to_string()).collect();
    let mut session = Session {
        portal,
        vault,
        tokens,
        opts,
        report: SyncReport::default(),
        unsaved_tokens: None,
        fed: Vec::new(),
    };
    let consented = |c: Category| scopes.iter().any(|s| s == c.as_str());
    // The first problem of a category; the other categories and the outbox
    // still get their turn (one bad page must not stop everything).
    let mut problem = None;
    for category in Category::ALL {
        if !consented(category) {
            session.report.not_consented.push(category.as_str().into());
            continue;
        }
        // Vaccinations and checkups are about children: without the
        // children's details they cannot be placed in the handbook.
        let about_children = matches!(category, Category::Vaccinations | Category::Checkups);
        if about_children && !consented(Category::Children) {
            session.report.needs_children.push(category.as_str().into());
            continue;
        }
        match session.pull(store, category) {
            // Consent narrowed at the portal since: skip, keep the rest.
            Err(SyncError::NotConsented(c)) => session.report.not_consented.push(c),
            pulled => _ = kept(pulled, &mut problem)?,
        }
    }
    // The rules: a refused bundle changes nothing and is reported like a
    // refused page.
    session.report.rules = kept(crate::rules::update_rules(store, portal), &mut problem)?;
    // The municipality's registry and materials, like the rules.
    session.report.municipal = kept(
        crate::municipal::update_municipal(store, portal),
        &mut problem,
    )?;
    session.flush_outbox(store)?;
    // A write just accepted may already be in the category its answers come
    // back in (a benefit or nursery application): bring it now rather than
    // at the next sync.
    for category in std::mem::take(&mut session.fed) {
        if consented(category) {
            if let Err(e) = session.pull(store, category) {
                problem.get_or_insert(e);
            }
        }
    }
    if let Some(e) = problem.or(session.unsaved_tokens) {
        return Err(e);
    }
    Ok(session.report)
}

/// What a step of the sync brought, or `None` when it was refused: the
/// first refusal is kept in `problem` and the sync goes on. No network, a
/// portal that is down or the handbook failing stop the sync (nothing
/// else would work).
fn kept<T>(
    result: Result<T, SyncError>,
    problem: &mut Option<SyncError>,
) -> Result<Option<T>, SyncError> {
    match result {
        Ok(done) => Ok(Some(done)),
        Err(e) if e.is_transient() => Err(e),
        Err(e @ SyncError::Store(_)) => Err(e),
        Err(e) => {
            problem.get_or_insert(e);
            Ok(None)
        }
    }
}

/// A new idempotency key for a write (random, made once when it is queued).
pub fn idempotency_key() -> Result<String, SyncError> {
    random_token(24)
}
