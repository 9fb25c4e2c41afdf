//! Which portal the app talks to: a profile (its address, the app's OAuth
//! client id there, and the portal's pinned signing key).
//!
//! - A **configured** profile comes from the JSON file named by
//!   `HAGUKUMI_PORTAL_PROFILE`, else from the build (`HAGUKUMI_PORTAL_PROFILE_JSON`
//!   at compile time, for a distribution); see [`PortalProfile::from_json`].
//! - The **reference** portal's profile (its development key, whose seed is
//!   public) is used only when asked for: `--reference-portal`,
//!   `HAGUKUMI_REFERENCE_PORTAL=1` (the demo and the end-to-end tests), tests.
//!   A release build refuses a configured profile holding the development key.
//! - Every address must be `https://`, except loopback (`http://127.0.0.1`,
//!   `http://[::1]`, `http://localhost`), where the reference portal runs.
//!
//! [`resolve`] decides from its arguments only (the build kind, whether the
//! reference portal was asked for, the configured profile, an address given
//! instead of the profile's), so each rule is tested directly.

use crate::sample::{SAMPLE_KEY_ID, SAMPLE_PUBLIC_KEY};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use hagukumi_store::official::PinnedKey;
use serde::Deserialize;

/// Names a JSON profile file (see [`PortalProfile::from_json`]).
pub const PROFILE_ENV: &str = "HAGUKUMI_PORTAL_PROFILE";
/// `1` asks for the reference portal's profile (the demo, end-to-end tests).
pub const REFERENCE_ENV: &str = "HAGUKUMI_REFERENCE_PORTAL";
/// Another address for the chosen portal (e.g. a reference portal on another port).
pub const URL_ENV: &str = "HAGUKUMI_PORTAL_URL";
/// Where the reference portal listens by default (`cargo xtask run` starts it there).
pub const REFERENCE_URL: &str = "http://127.0.0.1:8787";
/// The app's client id at the reference portal.
pub const REFERENCE_CLIENT_ID: &str = "hagukumi-app";
/// A profile compiled into the build, as JSON (for a distribution).
const BUILT_IN: Option<&str> = option_env!("HAGUKUMI_PORTAL_PROFILE_JSON");
/// A profile file is small; anything larger is not one.
const MAX_PROFILE_BYTES: u64 = 64 * 1024;

/// One portal: where it is, who the app is there, and the key its pages
/// must be signed with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortalProfile {
    /// Base address, without a trailing slash.
    pub url: String,
    pub client_id: String,
    pub key: PinnedKey,
}

/// The reference portal's development key (its seed is public: it protects
/// nothing, and is accepted only when the reference portal is asked for).
pub fn reference_key() -> PinnedKey {
    PinnedKey {
        key_id: SAMPLE_KEY_ID.into(),
        public_key: SAMPLE_PUBLIC_KEY.to_vec(),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileFile {
    url: String,
    client_id: String,
    key_id: String,
    /// The raw 32-byte Ed25519 public key, standard base64.
    public_key: String,
}

impl PortalProfile {
    /// The reference portal at `url` (`REFERENCE_URL` where `cargo xtask
    /// run` starts it, any loopback port in tests).
    pub fn reference(url: &str) -> PortalProfile {
        PortalProfile {
            url: url.trim().trim_end_matches('/').to_owned(),
            client_id: REFERENCE_CLIENT_ID.into(),
            key: reference_key(),
        }
    }

    /// A profile written as JSON:
    /// `{"url": "https://…", "client_id": "…", "key_id": "…", "public_key": "<base64 of 32 bytes>"}`.
    pub fn from_json(text: &str) -> Result<PortalProfile, ProfileError> {
        let f: ProfileFile =
            serde_json::from_str(text).map_err(|e| ProfileError::Unreadable(e.to_string()))?;
        let public_key = STANDARD
            .decode(f.public_key.trim())
            .ok()
            .filter(|k| k.len() == 32)
            .ok_or_else(|| {
                ProfileError::Unreadable("public_key is not 32 bytes of base64".into())
            })?;
        if f.client_id.trim().is_empty() || f.key_id.trim().is_empty() {
            return Err(ProfileError::Unreadable(
                "client_id and key_id must not be empty".into(),
            ));
        }
        Ok(PortalProfile {
            url: f.url.trim().trim_end_matches('/').to_owned(),
            client_id: f.client_id.trim().to_owned(),
            key: PinnedKey {
                key_id: f.key_id.trim().to_owned(),
                public_key,
            },
        })
    }

    /// The same portal at another address.
    pub fn with_url(self, url: &str) -> PortalProfile {
        PortalProfile {
            url: url.trim().trim_end_matches('/').to_owned(),
            ..self
        }
    }

    /// Whether its key is the reference portal's development key.
    pub fn has_development_key(&self) -> bool {
        self.key.public_key == SAMPLE_PUBLIC_KEY
    }
}

/// The kind of build running: a release build never trusts the
/// development key unless the reference portal was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuildKind {
    Development,
    Release,
}

impl BuildKind {
    /// This build (`debug_assertions` on: development).
    pub fn current() -> BuildKind {
        if cfg!(debug_assertions) {
            BuildKind::Development
        } else {
            BuildKind::Release
        }
    }
}

/// Why no portal can be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProfileError {
    #[error("no portal is configured for this build (set HAGUKUMI_PORTAL_PROFILE, or ask for the reference portal)")]
    NotConfigured,
    #[error("the configured portal is pinned to the reference portal's development key, which a release build refuses")]
    DevelopmentKey,
    #[error("the portal profile cannot be read: {0}")]
    Unreadable(String),
    #[error("{0} is not https (only loopback addresses may use plain http)")]
    Insecure(String),
}

impl ProfileError {
    /// The Fluent message that explains it.
    pub fn message_id(&self) -> &'static str {
        match self {
            ProfileError::NotConfigured => "sync-error-no-portal",
            ProfileError::DevelopmentKey => "sync-error-development-key",
            ProfileError::Unreadable(_) => "sync-error-bad-profile",
            ProfileError::Insecure(_) => "sync-error-insecure",
        }
    }
}

/// The scheme (`true`: https) and host of `url`, when it is `http(s)://HOST…`
/// without user info (`user@host`).
fn scheme_and_host(url: &str) -> Option<(bool, String)> {
    let lower = url.trim().to_ascii_lowercase();
    let (secure, rest) = if let Some(rest) = lower.strip_prefix("https://") {
        (true, rest)
    } else {
        (false, lower.strip_prefix("http://")?)
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains(['@', '\\']) {
        return None;
    }
    let host = if let Some(v6) = authority.strip_prefix('[') {
        v6.split_once(']')?.0
    } else {
        authority.split(':').next().unwrap_or("")
    };
    (!host.is_empty()).then(|| (secure, host.to_owned()))
}

/// Whether `url` names a loopback host (`localhost`, 127.0.0.0/8, `::1`).
fn is_loopback(url: &str) -> bool {
    scheme_and_host(url).is_some_and(|(_, host)| {
        host == "localhost"
            || host
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback())
    })
}

/// Whether `url` may be used: `https://HOST…`, or `http://` to a loopback
/// host. No user info (`user@host`) is accepted.
pub fn check_url(url: &str) -> Result<(), ProfileError> {
    match scheme_and_host(url) {
        Some((true, _)) => Ok(()),
        Some((false, _)) if is_loopback(url) => Ok(()),
        _ => Err(ProfileError::Insecure(url.to_owned())),
    }
}

/// The portal to use. `reference`: the reference portal was asked for
/// (then its profile, whatever is configured); otherwise the `configured`
/// profile, refused in a release build when it holds the development key.
/// `url` replaces the profile's address (an option, the environment, or
/// the address the handbook is connected to). The address is checked last.
pub fn resolve(
    build: BuildKind,
    reference: bool,
    configured: Option<PortalProfile>,
    url: Option<&str>,
) -> Result<PortalProfile, ProfileError> {
    let profile = if reference {
        PortalProfile::reference(REFERENCE_URL)
    } else {
        let profile = configured.ok_or(ProfileError::NotConfigured)?;
        if build == BuildKind::Release && profile.has_development_key() {
            return Err(ProfileError::DevelopmentKey);
        }
        profile
    };
    let profile = match url.map(str::trim).filter(|u| !u.is_empty()) {
        Some(u) => profile.with_url(u),
        None => profile,
    };
    check_url(&profile.url)?;
    // The development key's seed is public: a release build lets it vouch
    // only for a portal on this very machine.
    if build == BuildKind::Release && profile.has_development_key() && !is_loopback(&profile.url) {
        return Err(ProfileError::DevelopmentKey);
    }
    Ok(profile)
}

/// The address to talk to: the one asked for (`hagu --portal`,
/// `HAGUKUMI_PORTAL_URL`), else the one the handbook is connected to;
/// `None`: the profile's own.
pub fn portal_url(asked: Option<String>, connected: Option<String>) -> Option<String> {
    asked.or(connected)
}

/// The portal's profile, as the app and `hagu` choose it: the reference
/// portal's when it was asked for (`--reference-portal`,
/// `HAGUKUMI_REFERENCE_PORTAL=1`), else the configured one ([`configured`]);
/// at [`portal_url`], checked by [`resolve`] for this build.
pub fn choose(
    reference: bool,
    asked: Option<String>,
    connected: Option<String>,
) -> Result<PortalProfile, ProfileError> {
    let configured = configured()?;
    resolve(
        BuildKind::current(),
        reference,
        configured,
        portal_url(asked, connected).as_deref(),
    )
}

/// The profile configured for this installation: the file named by
/// `HAGUKUMI_PORTAL_PROFILE`, else the one compiled into the build, else none.
pub fn configured() -> Result<Option<PortalProfile>, ProfileError> {
    if let Some(path) = std::env::var_os(PROFILE_ENV).filter(|p| !p.is_empty()) {
        use std::io::Read;
        let mut text = String::new();
        std::fs::File::open(&path)
            .and_then(|f| f.take(MAX_PROFILE_BYTES).read_to_string(&mut text))
            .map_err(|e| ProfileError::Unreadable(e.to_string()))?;
        return PortalProfile::from_json(&text).map(Some);
    }
    BUILT_IN.map(PortalProfile::from_json).transpose()
}

/// Whether the environment asks for the reference portal (`HAGUKUMI_REFERENCE_PORTAL=1`).
pub fn reference_requested_by_env() -> bool {
    std::env::var(REFERENCE_ENV).is_ok_and(|v| v.trim() == "1")
}

/// The address given in the environment instead of the profile's, if any.
pub fn url_from_env() -> Option<String> {
    std::env::var(URL_ENV)
        .ok()
        .map(|u| u.trim().to_owned())
        .filter(|u| !u.is_empty())
}

/// The keys an import checks official pages against: the configured
/// profile's (when this build accepts it) and, when asked for, the
/// reference portal's. A release build never trusts the development key
/// for an import: its seed is public, so anyone could sign an export.
pub fn trusted_keys(build: BuildKind, reference: bool) -> Vec<PinnedKey> {
    import_keys(build, reference, configured().ok().flatten())
}

/// [`trusted_keys`] for a given configured profile.
pub fn import_keys(
    build: BuildKind,
    reference: bool,
    configured: Option<PortalProfile>,
) -> Vec<PinnedKey> {
    let mut keys: Vec<PinnedKey> = configured.map(|p| p.key).into_iter().collect();
    if reference {
        keys.push(reference_key());
    }
    if build == BuildKind::Release {
        keys.retain(|k| *k != reference_key());
    }
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real() -> PortalProfile {
        PortalProfile {
            url: "https://portal.example.jp".into(),
            client_id: "hagukumi".into(),
            key: PinnedKey {
                key_id: "portal-2026".into(),
                public_key: vec![7; 32],
            },
        }
    }

    #[test]
    fn the_reference_portal_is_used_only_when_asked_for() {
        for build in [BuildKind::Development, BuildKind::Release] {
            assert_eq!(
                resolve(build, false, None, None),
                Err(ProfileError::NotConfigured),
                "{build:?}: nothing configured, nothing asked: no portal"
            );
            let reference = resolve(build, true, None, None).unwrap();
            assert_eq!(reference.url, REFERENCE_URL);
            assert_eq!(reference.key, reference_key());
            // Asking for it wins over a configured profile.
            assert_eq!(
                resolve(build, true, Some(real()), None).unwrap().key,
                reference_key()
            );
            assert_eq!(resolve(build, false, Some(real()), None), Ok(real()));
        }
    }

    #[test]
    fn a_release_build_refuses_the_development_key_unless_the_reference_portal_was_asked_for() {
        let sneaky = PortalProfile {
            key: reference_key(),
            ..real()
        };
        assert_eq!(
            resolve(BuildKind::Release, false, Some(sneaky.clone()), None),
            Err(ProfileError::DevelopmentKey)
        );
        assert_eq!(
            resolve(BuildKind::Development, false, Some(sneaky.clone()), None),
            Ok(sneaky)
        );
        assert!(resolve(BuildKind::Release, true, None, Some("http://127.0.0.1:9")).is_ok());
    }

    #[test]
    fn a_release_build_accepts_the_development_key_only_on_loopback() {
        for url in [
            "http://127.0.0.1:9",
            "http://localhost:8787",
            "https://[::1]:1",
        ] {
            assert!(
                resolve(BuildKind::Release, true, None, Some(url)).is_ok(),
                "{url}"
            );
        }
        for url in ["https://portal.example.jp", "https://127.0.0.1.example.jp"] {
            assert_eq!(
                resolve(BuildKind::Release, true, None, Some(url)),
                Err(ProfileError::DevelopmentKey),
                "{url}"
            );
            // A development build may point the reference portal anywhere secure.
            assert!(resolve(BuildKind::Development, true, None, Some(url)).is_ok());
        }
        // A real key is not limited to loopback.
        assert!(resolve(
            BuildKind::Release,
            false,
            Some(real()),
            Some("https://other.example.jp")
        )
        .is_ok());
    }

    #[test]
    fn a_release_build_never_trusts_the_development_key_for_an_import() {
        let sneaky = PortalProfile {
            key: reference_key(),
            ..real()
        };
        assert!(import_keys(BuildKind::Release, true, None).is_empty());
        assert!(import_keys(BuildKind::Release, true, Some(sneaky.clone())).is_empty());
        assert!(import_keys(BuildKind::Release, false, Some(sneaky.clone())).is_empty());
        assert_eq!(
            import_keys(BuildKind::Release, true, Some(real())),
            vec![real().key]
        );
        assert_eq!(
            import_keys(BuildKind::Development, true, None),
            vec![reference_key()]
        );
        assert_eq!(
            import_keys(BuildKind::Development, false, Some(sneaky)),
            vec![reference_key()]
        );
        assert!(import_keys(BuildKind::Development, false, None).is_empty());
    }

    #[test]
    fn plain_http_is_refused_for_every_host_but_loopback() {
        for ok in [
            "https://portal.example.jp",
            "https://portal.example.jp:8443/base",
            "http://127.0.0.1:8787",
            "http://127.8.9.1",
            "http://localhost:1/x",
            "http://[::1]:8787",
            "HTTP://127.0.0.1",
        ] {
            assert_eq!(check_url(ok), Ok(()), "{ok}");
        }
        for bad in [
            "http://portal.example.jp",
            "http://192.168.1.10:8787",
            "http://10.0.0.1",
            "http://[::2]:1",
            "http://127.0.0.1@portal.example.jp",
            "http://127.0.0.1.example.jp",
            "http://localhost.example.jp",
            "ftp://127.0.0.1",
            "127.0.0.1:8787",
            "https://",
            "",
        ] {
            assert!(
                matches!(check_url(bad), Err(ProfileError::Insecure(_))),
                "{bad}"
            );
        }
        assert!(matches!(
            resolve(
                BuildKind::Development,
                true,
                None,
                Some("http://portal.example.jp")
            ),
            Err(ProfileError::Insecure(_))
        ));
        assert!(matches!(
            resolve(
                BuildKind::Development,
                false,
                Some(PortalProfile {
                    url: "http://portal.example.jp".into(),
                    ..real()
                }),
                None
            ),
            Err(ProfileError::Insecure(_))
        ));
    }

    #[test]
    fn a_profile_file_names_the_url_client_and_key() {
        let p = PortalProfile::from_json(&format!(
            r#"{{"url": "https://portal.example.jp/", "client_id": "hagukumi", "key_id": "portal-2026", "public_key": "{}"}}"#,
            STANDARD.encode([7u8; 32])
        ))
        .unwrap();
        assert_eq!(p, real());
        for bad in [
            r#"{"url": "https://x", "client_id": "c", "key_id": "k", "public_key": "AAAA"}"#,
            r#"{"url": "https://x", "client_id": "c"}"#,
            "not json",
        ] {
            assert!(
                matches!(
                    PortalProfile::from_json(bad),
                    Err(ProfileError::Unreadable(_))
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn the_reference_portal_is_used_only_when_asked_for_at_the_address_given_then_the_handbooks() {
        // Nothing configured in the test's environment.
        if configured().ok().flatten().is_none() {
            assert_eq!(
                choose(false, None, Some("http://127.0.0.1:9".into())),
                Err(ProfileError::NotConfigured)
            );
        }
        let p = choose(true, None, None).unwrap();
        assert_eq!(p.url, REFERENCE_URL);
        assert!(p.has_development_key());
        let p = choose(true, None, Some("http://127.0.0.1:9".into())).unwrap();
        assert_eq!(p.url, "http://127.0.0.1:9");
        let p = choose(
            true,
            Some(" http://127.0.0.1:7/ ".into()),
            Some("http://127.0.0.1:9".into()),
        )
        .unwrap();
        assert_eq!(p.url, "http://127.0.0.1:7");
        assert!(matches!(
            choose(true, Some("http://portal.example.jp".into()), None),
            Err(ProfileError::Insecure(_))
        ));
    }
}
