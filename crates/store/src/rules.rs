//! Rule bundles kept in the handbook (`rules_bundles`, migration 0011), and
//! the one choice of the rules a plan uses ([`Store::rules_in_use`]), for
//! the app and `hagu` alike (docs/rules-bundle.md).
//!
//! A bundle reaches [`Store::keep_rules_bundle`] only after the sync client
//! verified its envelope's signature; the store validates it again with
//! core (a bundle that fails is refused whole) and refuses one that is not
//! newer than the newest kept or the built-in rules (a rollback).

use crate::{Store, StoreError, STAMP_FORMAT};
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::rules_bundle::{choose, BundleError, RuleBundle, RulesVersion, BUILTIN_VERSION};
use rusqlite::{params, TransactionBehavior};

/// `settings` key of the ETag of the last rules answer dealt with.
const ETAG_KEY: &str = "rules_etag";

/// How many bundles are kept: the newest and two before it, the fallback
/// should a later build no longer accept the newest.
pub const RULES_BUNDLES_KEPT: u32 = 3;

/// A bundle as it came from the portal: the envelope exactly as signed, its
/// signature and key, and the bundle it carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedRules {
    pub key_id: String,
    /// The Ed25519 signature of `envelope`, standard base64.
    pub signature: String,
    /// The signed envelope, byte for byte.
    pub envelope: String,
    /// The bundle's JSON text, as the envelope carries it.
    pub bundle: String,
    /// When the portal signed it (its `issued_at`, as written there).
    pub issued_at: String,
}

/// Why a bundle was not kept.
#[derive(Debug, thiserror::Error)]
pub enum RulesRefusal {
    /// A file of the bundle failed validation (file and field named).
    #[error("the rules bundle was refused: {0}")]
    Invalid(#[from] BundleError),
    /// Not newer than the rules the handbook has (a rollback or a repeat).
    #[error("rules bundle {offered} is not newer than version {newest} already here")]
    NotNewer { offered: u64, newest: u64 },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for RulesRefusal {
    fn from(e: rusqlite::Error) -> Self {
        RulesRefusal::Store(e.into())
    }
}

impl Store {
    /// The newest rules version here: the newest bundle kept, or the
    /// built-in rules' version when that is newer.
    pub fn newest_rules_version(&self) -> Result<u64, StoreError> {
        let stored: Option<i64> =
            self.conn
                .query_row("SELECT max(version) FROM rules_bundles", [], |r| r.get(0))?;
        Ok(stored.map(|v| v as u64).unwrap_or(0).max(BUILTIN_VERSION))
    }

    /// Keeps a verified bundle: validated whole with this build's loaders,
    /// and newer than every version here; the oldest beyond
    /// [`RULES_BUNDLES_KEPT`] are dropped. Nothing changes on a refusal.
    pub fn keep_rules_bundle(
        &mut self,
        signed: &SignedRules,
        received_at: NaiveDateTime,
    ) -> Result<RulesVersion, RulesRefusal> {
        let bundle = RuleBundle::parse(&signed.bundle)?;
        let offered = bundle.version.version;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let stored: Option<i64> =
            tx.query_row("SELECT max(version) FROM rules_bundles", [], |r| r.get(0))?;
        let newest = stored.map(|v| v as u64).unwrap_or(0).max(BUILTIN_VERSION);
        if offered <= newest {
            return Err(RulesRefusal::NotNewer { offered, newest });
        }
        let version = i64::try_from(offered).map_err(|_| RulesRefusal::NotNewer {
            offered,
            newest: i64::MAX as u64,
        })?;
        tx.execute(
            "INSERT INTO rules_bundles
                 (version, as_of, issued_at, key_id, signature, envelope, bundle, received_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                version,
                bundle.version.as_of.to_string(),
                signed.issued_at,
                signed.key_id,
                signed.signature,
                signed.envelope,
                signed.bundle,
                received_at.format(STAMP_FORMAT).to_string(),
            ],
        )?;
        tx.execute(
            "DELETE FROM rules_bundles WHERE version NOT IN
                 (SELECT version FROM rules_bundles ORDER BY version DESC LIMIT ?1)",
            [RULES_BUNDLES_KEPT],
        )?;
        tx.commit()?;
        Ok(bundle.version)
    }

    /// The rules every plan uses, the app's and `hagu`'s: the newest kept
    /// bundle that still validates with this build, when newer than the
    /// built-in rules, else the built-in rules (a bundle that no longer
    /// validates is skipped, not fatal).
    pub fn rules_in_use(&self) -> Result<RuleBundle, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT bundle FROM rules_bundles ORDER BY version DESC")?;
        let texts = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        choose(texts.iter().map(String::as_str))
            .map(|(chosen, _skipped)| chosen)
            .map_err(|e| StoreError::Corrupt(format!("built-in rules: {e}")))
    }

    /// The ETag of the last rules answer the sync dealt with (kept or
    /// known to be old), for its next conditional request.
    pub fn rules_etag(&self) -> Result<Option<String>, StoreError> {
        self.setting(ETAG_KEY)
    }

    /// Remembers the ETag of the rules answer dealt with.
    pub fn set_rules_etag(&self, etag: &str) -> Result<(), StoreError> {
        crate::settings::set(&self.conn, ETAG_KEY, Some(etag))
    }
}

#[cfg(test)]
mod tests {
    use crate::{KeySource, Store};
    use hagukumi_core::rules_bundle::builtin_bundle_json;

    #[test]
    fn a_kept_bundle_this_build_no_longer_accepts_is_skipped_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        let mut store =
            Store::open_with(dir.path(), &KeySource::Passphrase("rules-test-pass".into())).unwrap();
        let as_of = "2026-10-01".parse().unwrap();
        let v2 = builtin_bundle_json(2, as_of);
        let signed = super::SignedRules {
            key_id: "k".into(),
            signature: "s".into(),
            envelope: "{}".into(),
            bundle: v2,
            issued_at: "2026-12-03T20:00:00.000Z".into(),
        };
        store
            .keep_rules_bundle(&signed, as_of.and_hms_opt(0, 0, 0).unwrap())
            .unwrap();
        // Version 3, kept by an older build whose loaders accepted a file
        // this build refuses.
        let v3 = builtin_bundle_json(3, as_of).replace("\"dose\":1", "\"dose\":0");
        store
            .conn
            .execute(
                "INSERT INTO rules_bundles
                     (version, as_of, issued_at, key_id, signature, envelope, bundle, received_at)
                 VALUES (3, '2026-10-01', 'x', 'k', 's', '{}', ?1, 'x')",
                [&v3],
            )
            .unwrap();
        assert!(hagukumi_core::rules_bundle::RuleBundle::parse(&v3).is_err());
        assert_eq!(store.newest_rules_version().unwrap(), 3);
        assert_eq!(store.rules_in_use().unwrap().version.version, 2);
        // Only broken bundles: the built-in rules.
        store
            .conn
            .execute("DELETE FROM rules_bundles WHERE version = 2", [])
            .unwrap();
        assert!(store.rules_in_use().unwrap().version.builtin);
    }
}
