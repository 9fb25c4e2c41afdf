//! Consent: OAuth 2.0 authorization code with PKCE (S256), the loopback
//! redirect used on desktop, and where the tokens live (only the OS
//! credential store; never the database, never a log).

use crate::clock::Clock;
use crate::SyncError;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hagukumi_core::chrono::{DateTime, Utc};
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// `n` random bytes, base64url without padding.
pub(crate) fn random_token(n: usize) -> Result<String, SyncError> {
    let mut bytes = vec![0u8; n];
    SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| SyncError::Random)?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

/// One consent attempt's secrets: the PKCE verifier and the `state` that
/// ties the redirect to this attempt.
#[derive(Clone)]
pub struct Pkce {
    pub verifier: String,
    pub challenge: String,
    pub state: String,
}

impl std::fmt::Debug for Pkce {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pkce { .. }")
    }
}

impl Pkce {
    pub fn new() -> Result<Pkce, SyncError> {
        let verifier = random_token(32)?;
        let digest = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
        Ok(Pkce {
            challenge: URL_SAFE_NO_PAD.encode(digest.as_ref()),
            verifier,
            state: random_token(16)?,
        })
    }
}

pub(crate) fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = |c: u8| (c as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 3;
                    }
                    _ => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The portal's tokens. Kept only in a [`TokenVault`]; `Debug` shows no secret.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tokens {
    pub access_token: String,
    pub refresh_token: String,
    /// When the access token expires, by this device's clock (seconds since
    /// 1970): computed from `expires_in` on arrival, so a portal whose clock
    /// is off does not matter.
    pub expires_at: u64,
    /// The consented scopes.
    pub scope: String,
    /// The portal these tokens belong to.
    pub portal: String,
    /// The portal's account the consent is for: every page must be signed
    /// for it. Empty for tokens saved before it was kept (the next
    /// refresh fills it in).
    #[serde(default)]
    pub account: String,
}

impl std::fmt::Debug for Tokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokens")
            .field("scope", &self.scope)
            .field("portal", &self.portal)
            .finish_non_exhaustive()
    }
}

impl Tokens {
    pub fn scopes(&self) -> Vec<&str> {
        self.scope.split_whitespace().collect()
    }

    /// Expired, or expiring within a minute, at `now`.
    pub fn needs_refresh(&self, now: DateTime<Utc>) -> bool {
        u64::try_from(now.timestamp()).unwrap_or(0) + 60 >= self.expires_at
    }
}

/// Where tokens are kept.
pub trait TokenVault: Send + Sync {
    fn load(&self) -> Result<Option<Tokens>, SyncError>;
    fn save(&self, tokens: &Tokens) -> Result<(), SyncError>;
    fn clear(&self) -> Result<(), SyncError>;
}

/// The OS credential store (Secret Service, Keychain, Keystore, Credential
/// Manager), one entry per handbook.
#[derive(Debug, Clone)]
pub struct KeychainVault {
    /// Named after the handbook's id ([`hagukumi_store::keychain::portal_account`]).
    account: String,
    /// Where tokens saved before that were kept (the folder's path); moved
    /// to `account` when first read.
    legacy: String,
}

impl KeychainVault {
    /// The vault of the handbook in `data_dir`.
    pub fn for_handbook(data_dir: &Path) -> KeychainVault {
        KeychainVault {
            account: hagukumi_store::keychain::portal_account(data_dir),
            legacy: hagukumi_store::keychain::legacy_portal_account(data_dir),
        }
    }
}

impl TokenVault for KeychainVault {
    fn load(&self) -> Result<Option<Tokens>, SyncError> {
        use hagukumi_store::keychain::{delete_secret, load_secret, save_secret};
        let bytes = match load_secret(&self.account)? {
            Some(bytes) => bytes,
            None if self.legacy == self.account => return Ok(None),
            // Tokens from before they were named after the handbook: saved
            // under the id (and read back) before the old entry goes.
            None => match load_secret(&self.legacy)? {
                None => return Ok(None),
                Some(bytes) => {
                    save_secret(&self.account, &bytes)?;
                    delete_secret(&self.legacy)?;
                    bytes
                }
            },
        };
        serde_json::from_slice(&bytes).map(Some).map_err(|_| {
            SyncError::Store(hagukumi_store::StoreError::KeyStore(
                "the saved portal tokens have an unexpected format".into(),
            ))
        })
    }

    fn save(&self, tokens: &Tokens) -> Result<(), SyncError> {
        let bytes = serde_json::to_vec(tokens).map_err(|_| SyncError::Random)?;
        hagukumi_store::keychain::save_secret(&self.account, &bytes)?;
        Ok(())
    }

    fn clear(&self) -> Result<(), SyncError> {
        hagukumi_store::keychain::delete_secret(&self.account)?;
        hagukumi_store::keychain::delete_secret(&self.legacy)?;
        Ok(())
    }
}

/// Tokens held in memory only (tests, and a session without a credential store).
#[derive(Debug, Default)]
pub struct MemoryVault(Mutex<Option<Tokens>>);

impl TokenVault for MemoryVault {
    fn load(&self) -> Result<Option<Tokens>, SyncError> {
        Ok(self.0.lock().unwrap_or_else(|e| e.into_inner()).clone())
    }
    fn save(&self, tokens: &Tokens) -> Result<(), SyncError> {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(tokens.clone());
        Ok(())
    }
    fn clear(&self) -> Result<(), SyncError> {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = None;
        Ok(())
    }
}

/// The app's redirect on phones, registered with the portal for the app's
/// client: the deep link (`tauri-plugin-deep-link`, scheme
/// `jp.hagukumi.app`) the OS hands back to the app after consent.
pub const APP_REDIRECT: &str = "jp.hagukumi.app://consent";

/// The authorization code a consent's redirect carries: `url` must be
/// `redirect_uri` itself (no other scheme, host, port or path) with one
/// `state`, this attempt's, and at most one `code` and `error`; anything
/// else is [`SyncError::ForeignRedirect`] (someone else's redirect, or a
/// forged one). The portal's `error` answer (the parent declined) is
/// [`SyncError::ConsentDenied`].
pub fn redirect_code(url: &str, redirect_uri: &str, state: &str) -> Result<String, SyncError> {
    let url = url.split_once('#').map_or(url, |(before, _)| before);
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    if base != redirect_uri {
        return Err(SyncError::ForeignRedirect);
    }
    let params: Vec<(String, String)> = query
        .split('&')
        .filter(|kv| !kv.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect();
    // The one value of `name`; `Err` when it is there more than once.
    let one = |name: &str| {
        let mut found = params.iter().filter(|(k, _)| k == name).map(|(_, v)| v);
        match (found.next(), found.next()) {
            (_, Some(_)) => Err(SyncError::ForeignRedirect),
            (v, None) => Ok(v.map(String::as_str)),
        }
    };
    let (got_state, code, error) = (one("state")?, one("code")?, one("error")?);
    if state.is_empty() || got_state != Some(state) {
        return Err(SyncError::ForeignRedirect);
    }
    match (code, error) {
        (Some(code), None) if !code.is_empty() => Ok(code.to_owned()),
        _ => Err(SyncError::ConsentDenied),
    }
}

/// How long one connection to the loopback listener may take, from
/// accepting it to the end of its request: a client that dribbles bytes
/// cannot hold the listener longer than this.
pub const CONNECTION_DEADLINE: Duration = Duration::from_secs(5);

/// A one-shot HTTP listener on 127.0.0.1 that receives the browser's
/// redirect after consent (desktop; mobile uses a deep link).
#[derive(Debug)]
pub struct LoopbackRedirect {
    listener: TcpListener,
    redirect_uri: String,
    /// Each connection's deadline ([`CONNECTION_DEADLINE`]).
    connection_deadline: Duration,
}

impl LoopbackRedirect {
    /// Listens on a free loopback port.
    pub fn bind() -> Result<LoopbackRedirect, SyncError> {
        let listener = TcpListener::bind("127.0.0.1:0").map_err(|_| SyncError::Loopback)?;
        let port = listener
            .local_addr()
            .map_err(|_| SyncError::Loopback)?
            .port();
        Ok(LoopbackRedirect {
            listener,
            redirect_uri: format!("http://127.0.0.1:{port}/callback"),
            connection_deadline: CONNECTION_DEADLINE,
        })
    }

    /// Another deadline per connection (tests).
    pub fn with_connection_deadline(mut self, deadline: Duration) -> LoopbackRedirect {
        self.connection_deadline = deadline;
        self
    }

    pub fn redirect_uri(&self) -> &str {
        &self.redirect_uri
    }

    /// Waits for the redirect that carries `state`; answers the browser with
    /// `page_html` (a short localized page) and returns the code
    /// ([`redirect_code`] of [`LoopbackRedirect::receive`]'s address).
    pub fn wait(
        &self,
        state: &str,
        timeout: Duration,
        page_html: &str,
        clock: Clock,
    ) -> Result<String, SyncError> {
        let url = self.receive(state, timeout, page_html, clock)?;
        redirect_code(&url, &self.redirect_uri, state)
    }

    /// Waits for the redirect that carries `state`, answers the browser with
    /// `page_html` and returns the redirect's whole address, for
    /// [`redirect_code`] (the consent's `finish`). Requests for other paths
    /// or that are not this consent's ([`SyncError::ForeignRedirect`]) are
    /// answered and ignored. The deadlines are read from `clock`.
    pub fn receive(
        &self,
        state: &str,
        timeout: Duration,
        page_html: &str,
        clock: Clock,
    ) -> Result<String, SyncError> {
        let deadline = clock.instant() + timeout;
        self.listener
            .set_nonblocking(true)
            .map_err(|_| SyncError::Loopback)?;
        loop {
            match self.listener.accept() {
                Ok((stream, _)) => {
                    // One deadline for the whole connection, never past the wait's.
                    let until = (clock.instant() + self.connection_deadline).min(deadline);
                    let until = Deadline { until, clock };
                    let redirect = (self.redirect_uri.as_str(), state);
                    if let Some(outcome) = handle_redirect(stream, redirect, page_html, until) {
                        return outcome;
                    }
                    if clock.instant() >= deadline {
                        return Err(SyncError::ConsentTimedOut);
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    if clock.instant() >= deadline {
                        return Err(SyncError::ConsentTimedOut);
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(_) => return Err(SyncError::Loopback),
            }
        }
    }
}

/// A connection's deadline, and the clock it is read by.
#[derive(Clone, Copy)]
struct Deadline {
    until: Instant,
    clock: Clock,
}

impl Deadline {
    /// The time left (zero once it has passed).
    fn left(&self) -> Duration {
        self.until.saturating_duration_since(self.clock.instant())
    }
}

/// Reads from a stream until a deadline for the whole connection (rather
/// than per read, which a slow client could renew byte by byte).
struct Deadlined {
    stream: TcpStream,
    until: Deadline,
}

impl std::io::Read for Deadlined {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.until.left();
        if left.is_zero() {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        self.stream.set_read_timeout(Some(left))?;
        self.stream.read(buf)
    }
}

/// One connection: the redirect's address when it is for `redirect`
/// (the redirect URI and the state), `None` for anything else.
fn handle_redirect(
    mut stream: TcpStream,
    (redirect_uri, state): (&str, &str),
    page_html: &str,
    until: Deadline,
) -> Option<Result<String, SyncError>> {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_write_timeout(Some(until.left().max(Duration::from_millis(100))));
    let mut line = String::new();
    // At most 16 KiB of request: a redirect is one short line and headers.
    let deadlined = Deadlined {
        stream: stream.try_clone().ok()?,
        until,
    };
    let mut reader = BufReader::new(std::io::Read::take(deadlined, 16 * 1024));
    reader.read_line(&mut line).ok()?;
    // Drain the headers.
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).ok()? == 0 || h == "\r\n" || h == "\n" {
            break;
        }
    }
    let target = line.split_whitespace().nth(1).unwrap_or("");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let respond = |stream: &mut TcpStream, status: &str, body: &str| {
        let _ = write!(
            stream,
            "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
    };
    if path != "/callback" {
        respond(&mut stream, "404 Not Found", "");
        return None;
    }
    let url = format!("{redirect_uri}?{query}");
    match redirect_code(&url, redirect_uri, state) {
        Err(SyncError::ForeignRedirect) => {
            respond(&mut stream, "400 Bad Request", "");
            None
        }
        _ => {
            respond(&mut stream, "200 OK", page_html);
            Some(Ok(url))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_redirect_gives_its_code_only_to_its_own_address_and_state() {
        let app = APP_REDIRECT;
        let code = |url: &str| redirect_code(url, app, "s1");
        assert_eq!(
            code(&format!("{app}?code=abc%2D1&state=s1")).unwrap(),
            "abc-1"
        );
        assert_eq!(code(&format!("{app}?state=s1&code=x#frag")).unwrap(), "x");
        for denied in [
            format!("{app}?error=access_denied&state=s1"),
            format!("{app}?state=s1"),
            format!("{app}?code=&state=s1"),
            format!("{app}?code=x&error=access_denied&state=s1"),
        ] {
            assert!(
                matches!(code(&denied), Err(SyncError::ConsentDenied)),
                "{denied}"
            );
        }
        for foreign in [
            format!("{app}?code=x&state=s2"),
            format!("{app}?code=x"),
            format!("{app}?code=x&state=s1&state=s2"),
            format!("{app}?code=x&code=y&state=s1"),
            format!("{app}/?code=x&state=s1"),
            format!("{app}x?code=x&state=s1"),
            "jp.hagukumi.evil://consent?code=x&state=s1".to_owned(),
            "https://example.org/consent?code=x&state=s1".to_owned(),
            format!("{app}?code=x&state=s1 "),
        ] {
            assert!(
                matches!(code(&foreign), Err(SyncError::ForeignRedirect)),
                "{foreign}"
            );
        }
        // An empty state matches nothing, not even a redirect without one.
        assert!(matches!(
            redirect_code(&format!("{app}?code=x&state="), app, ""),
            Err(SyncError::ForeignRedirect)
        ));
    }

    #[test]
    fn pkce_challenge_is_the_s256_of_the_verifier() {
        let p = Pkce::new().unwrap();
        assert!(p.verifier.len() >= 43);
        let digest = ring::digest::digest(&ring::digest::SHA256, p.verifier.as_bytes());
        assert_eq!(p.challenge, URL_SAFE_NO_PAD.encode(digest.as_ref()));
        assert_ne!(Pkce::new().unwrap().verifier, p.verifier);
    }

    #[test]
    fn tokens_never_show_in_debug_output() {
        let mut t = Tokens {
            access_token: "ACCESS-SECRET".into(),
            refresh_token: "REFRESH-SECRET".into(),
            expires_at: 0,
            scope: "children".into(),
            portal: "http://127.0.0.1:1".into(),
            account: "sample-a".into(),
        };
        let shown = format!("{t:?}");
        assert!(!shown.contains("SECRET"), "{shown}");
        let expiry = DateTime::from_timestamp(1_000_000, 0).unwrap();
        t.expires_at = 1_000_000;
        assert!(t.needs_refresh(expiry - hagukumi_core::chrono::Duration::seconds(30)));
        assert!(!t.needs_refresh(expiry - hagukumi_core::chrono::Duration::seconds(90)));
    }
}
