//! One consent, start to finish, as the app and `hagu` run it: a PKCE pair
//! and a loopback listener, the address the parent opens in a browser, the
//! wait for the redirect, and the code exchanged for tokens kept in the
//! vault.

use crate::auth::{LoopbackRedirect, Pkce, TokenVault, Tokens};
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
    loopback: LoopbackRedirect,
    url: String,
}

impl std::fmt::Debug for Consent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Consent")
            .field("portal", &self.portal.base())
            .field("redirect_uri", &self.loopback.redirect_uri())
            .finish_non_exhaustive()
    }
}

impl Consent {
    /// Starts a consent with `portal` for every scope ([`all_scopes`]): a
    /// fresh PKCE pair and a listener on a free loopback port.
    pub fn start(portal: Portal) -> Result<Consent, SyncError> {
        Consent::for_scopes(portal, &all_scopes())
    }

    /// Starts a consent asking for `scopes` only.
    pub fn for_scopes(portal: Portal, scopes: &[&str]) -> Result<Consent, SyncError> {
        let pkce = Pkce::new()?;
        let loopback = LoopbackRedirect::bind()?;
        let url = portal.authorize_url(loopback.redirect_uri(), scopes, &pkce);
        Ok(Consent {
            portal,
            pkce,
            loopback,
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

    /// Waits up to `timeout` for the browser's redirect (answered with
    /// `page_html`, a short page in the parent's language); the code.
    pub fn wait(&self, timeout: Duration, page_html: &str) -> Result<String, SyncError> {
        self.loopback
            .wait(&self.pkce.state, timeout, page_html, self.portal.clock())
    }

    /// Exchanges the redirect's `code` for tokens, keeps them in `vault` and
    /// remembers the portal in the handbook ([`connect`]).
    pub fn connect(
        &self,
        store: &mut Store,
        vault: &dyn TokenVault,
        code: &str,
    ) -> Result<Tokens, SyncError> {
        connect(
            store,
            &self.portal,
            vault,
            &self.pkce,
            code,
            self.loopback.redirect_uri(),
        )
    }
}
