//! One consent, start to finish, as the app and `hagu` run it: a PKCE pair,
//! where the portal sends the parent back (a loopback listener on desktops,
//! the app's deep link [`APP_REDIRECT`] on phones), the address the parent
//! opens in a browser, and [`Consent::finish`]: the redirect's address,
//! whichever way it came, checked and its code exchanged for tokens kept in
//! the vault.

use crate::auth::{redirect_code, LoopbackRedirect, Pkce, TokenVault, Tokens, APP_REDIRECT};
use crate::client::Portal;
use crate::engine::{all_scopes, connect};
use crate::SyncError;
use hagukumi_store::Store;
use std::time::Duration;

/// A consent under way. `Debug` shows neither the PKCE secrets nor the
/// address that carries the state.
pub struct Consent {
    portal: Portal,
    pkce: Pkce,
    redirect: Redirect,
    url: String,
}

/// Where the portal sends the parent back.
#[derive(Debug)]
enum Redirect {
    /// Desktop: a listener on a free loopback port.
    Loopback(LoopbackRedirect),
    /// Phones: the app's deep link, handed over by the OS.
    App,
}

impl Redirect {
    fn uri(&self) -> &str {
        match self {
            Redirect::Loopback(l) => l.redirect_uri(),
            Redirect::App => APP_REDIRECT,
        }
    }
}

impl std::fmt::Debug for Consent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Consent")
            .field("portal", &self.portal.base())
            .field("redirect_uri", &self.redirect_uri())
            .finish_non_exhaustive()
    }
}

impl Consent {
    /// Starts a consent with `portal` for every scope ([`all_scopes`]): a
    /// fresh PKCE pair and a listener on a free loopback port (desktop).
    pub fn start(portal: Portal) -> Result<Consent, SyncError> {
        Consent::for_scopes(portal, &all_scopes())
    }

    /// Starts a consent asking for `scopes` only (loopback).
    pub fn for_scopes(portal: Portal, scopes: &[&str]) -> Result<Consent, SyncError> {
        let loopback = LoopbackRedirect::bind()?;
        Consent::begin(portal, scopes, Redirect::Loopback(loopback))
    }

    /// Starts a consent for every scope that comes back through the app's
    /// deep link [`APP_REDIRECT`] (phones): the shell hands the address the
    /// OS opened the app with to [`Consent::finish`].
    pub fn start_app_link(portal: Portal) -> Result<Consent, SyncError> {
        Consent::begin(portal, &all_scopes(), Redirect::App)
    }

    fn begin(portal: Portal, scopes: &[&str], redirect: Redirect) -> Result<Consent, SyncError> {
        let pkce = Pkce::new()?;
        let url = portal.authorize_url(redirect.uri(), scopes, &pkce);
        Ok(Consent {
            portal,
            pkce,
            redirect,
            url,
        })
    }

    /// The address the parent opens in a browser.
    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn portal(&self) -> &Portal {
        &self.portal
    }

    /// Where the portal sends the parent back.
    pub fn redirect_uri(&self) -> &str {
        self.redirect.uri()
    }

    /// Waits up to `timeout` for the browser's redirect to the loopback
    /// listener (answered with `page_html`, a short page in the parent's
    /// language); the redirect's address, for [`Consent::finish`]. A
    /// consent through the app's deep link has no listener:
    /// [`SyncError::Loopback`].
    pub fn wait(&self, timeout: Duration, page_html: &str) -> Result<String, SyncError> {
        match &self.redirect {
            Redirect::Loopback(l) => {
                l.receive(&self.pkce.state, timeout, page_html, self.portal.clock())
            }
            Redirect::App => Err(SyncError::Loopback),
        }
    }

    /// Finishes the consent with the portal's redirect `redirect_url`, from
    /// the loopback listener or the app's deep link: it must be this
    /// consent's redirect with its state ([`redirect_code`]; anything else
    /// is refused before anything is sent or kept), then its code is
    /// exchanged with the PKCE verifier for tokens, kept in `vault`, and
    /// the portal remembered in the handbook ([`connect`]).
    pub fn finish(
        &self,
        store: &mut Store,
        vault: &dyn TokenVault,
        redirect_url: &str,
    ) -> Result<Tokens, SyncError> {
        let code = redirect_code(redirect_url, self.redirect_uri(), &self.pkce.state)?;
        connect(
            store,
            &self.portal,
            vault,
            &self.pkce,
            &code,
            self.redirect_uri(),
        )
    }
}
