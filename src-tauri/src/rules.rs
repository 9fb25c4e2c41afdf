//! The rules the window's plans use: the store's one choice
//! ([`Store::rules_in_use`]: the newest valid rules bundle kept in the
//! handbook, else the built-in rules), parsed again only when the newest
//! kept version changes (a sync kept a newer bundle, another handbook was
//! restored).

use hagukumi_core::rules_bundle::RuleBundle;
use hagukumi_store::{Store, StoreError};
use std::sync::{Arc, Mutex};

static IN_USE: Mutex<Option<(u64, Arc<RuleBundle>)>> = Mutex::new(None);

/// The rules in use for `store`'s handbook.
pub(crate) fn in_use(store: &Store) -> Result<Arc<RuleBundle>, StoreError> {
    let newest = store.newest_rules_version()?;
    let mut cached = IN_USE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((version, rules)) = cached.as_ref() {
        if *version == newest {
            return Ok(Arc::clone(rules));
        }
    }
    let rules = Arc::new(store.rules_in_use()?);
    *cached = Some((newest, Arc::clone(&rules)));
    Ok(rules)
}
