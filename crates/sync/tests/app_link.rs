//! The consent finished from the app's deep link (phones), against the
//! real reference portal on 127.0.0.1: the portal accepts the app's
//! registered redirect `jp.hagukumi.app://consent` and redirects there; the
//! address the OS would hand to the app finishes the consent through the
//! same `Consent::finish` as the desktop's loopback redirect; another
//! state, another address or a code the portal never gave is refused and
//! changes nothing.

mod support;

use hagukumi_portal::Config;
use hagukumi_sync::{sync, Consent, MemoryVault, SyncError, TokenVault, APP_REDIRECT};
use support::*;

/// What the parent's browser does after approving: the portal's answer to
/// the consent for `family`, not followed (the OS, not the browser, opens a
/// `jp.hagukumi.app://` address): its `Location`.
fn approved_redirect(consent: &Consent, family: &str) -> String {
    let browser = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let answer = browser
        .get(format!("{}&family={family}&approve=yes", consent.url()))
        .send()
        .unwrap();
    assert_eq!(answer.status(), reqwest::StatusCode::FOUND);
    answer.headers()["location"].to_str().unwrap().to_owned()
}

/// `url`'s query value of `name`.
fn param<'a>(url: &'a str, name: &str) -> &'a str {
    url.split_once('?')
        .unwrap()
        .1
        .split('&')
        .find_map(|kv| kv.strip_prefix(&format!("{name}=")))
        .unwrap()
}

#[test]
fn the_registered_app_redirect_is_the_portals() {
    assert_eq!(APP_REDIRECT, hagukumi_portal::APP_REDIRECT);
}

#[test]
fn a_consent_finished_from_the_app_link_connects_and_syncs() {
    let mut f = fresh(Config::default());
    let consent = Consent::start_app_link(reference(&f.handle)).unwrap();
    assert_eq!(consent.redirect_uri(), "jp.hagukumi.app://consent");
    assert!(
        consent
            .url()
            .contains("redirect_uri=jp.hagukumi.app%3A%2F%2Fconsent&"),
        "{}",
        consent.url()
    );
    // No listener for a deep link: waiting is refused at once.
    assert!(matches!(
        consent.wait(std::time::Duration::from_secs(1), ""),
        Err(SyncError::Loopback)
    ));
    let redirect = approved_redirect(&consent, "sample-a");
    assert!(
        redirect.starts_with("jp.hagukumi.app://consent?code="),
        "{redirect}"
    );

    let tokens = consent.finish(&mut f.store, &f.vault, &redirect).unwrap();
    assert_eq!(tokens.account, "sample-a");
    assert_eq!(f.vault.load().unwrap(), Some(tokens));
    let report = sync(
        &mut f.store,
        consent.portal(),
        &f.vault,
        &options(&Recorder::default()),
    );
    assert!(report.is_ok(), "{report:?}");
    assert!(
        f.store
            .children()
            .unwrap()
            .iter()
            .any(|c| c.name.contains("サンプル")),
        "the family's children came"
    );

    // The same address again: the portal gave that code once.
    let before = snapshot(&f.store);
    let saved = f.vault.load().unwrap();
    let again = consent.finish(&mut f.store, &f.vault, &redirect);
    assert!(matches!(again, Err(SyncError::ConsentExpired)), "{again:?}");
    assert_eq!(snapshot(&f.store), before);
    assert_eq!(f.vault.load().unwrap(), saved);
}

#[test]
fn a_wrong_state_or_a_forged_address_is_refused_and_changes_nothing() {
    let mut f = fresh(Config::default());
    let consent = Consent::start_app_link(reference(&f.handle)).unwrap();
    let redirect = approved_redirect(&consent, "sample-a");
    let (code, state) = (param(&redirect, "code"), param(&redirect, "state"));
    let before = snapshot(&f.store);
    let vault = MemoryVault::default();

    let other = Consent::start_app_link(reference(&f.handle)).unwrap();
    let other_state = param(other.url(), "state");
    for forged in [
        // Another consent's state, or none.
        format!("{APP_REDIRECT}?code={code}&state={other_state}"),
        format!("{APP_REDIRECT}?code={code}"),
        // The real code and state at another address.
        format!("jp.hagukumi.evil://consent?code={code}&state={state}"),
        format!("https://example.org/consent?code={code}&state={state}"),
        format!("{APP_REDIRECT}/x?code={code}&state={state}"),
        // A second state smuggled in.
        format!("{APP_REDIRECT}?code={code}&state={other_state}&state={state}"),
    ] {
        let refused = consent.finish(&mut f.store, &vault, &forged);
        assert!(
            matches!(refused, Err(SyncError::ForeignRedirect)),
            "{forged}: {refused:?}"
        );
        assert_eq!(vault.load().unwrap(), None, "{forged}");
        assert_eq!(f.store.sync_status().unwrap().portal, None, "{forged}");
        assert_eq!(snapshot(&f.store), before, "{forged}");
    }
    // This consent's state with a code the portal never gave: the portal
    // refuses it, nothing is kept.
    let invented = format!("{APP_REDIRECT}?code=invented-code&state={state}");
    let refused = consent.finish(&mut f.store, &vault, &invented);
    assert!(
        matches!(refused, Err(SyncError::ConsentExpired)),
        "{refused:?}"
    );
    assert_eq!(vault.load().unwrap(), None);
    assert_eq!(f.store.sync_status().unwrap().portal, None);
    // The parent's declining comes back as such.
    let declined = format!("{APP_REDIRECT}?error=access_denied&state={state}");
    assert!(matches!(
        consent.finish(&mut f.store, &vault, &declined),
        Err(SyncError::ConsentDenied)
    ));

    // None of that sent the real code anywhere: it still connects.
    consent.finish(&mut f.store, &vault, &redirect).unwrap();
    assert!(vault.load().unwrap().is_some());
    assert!(f.store.sync_status().unwrap().portal.is_some());
    drop(f.vault);
}
