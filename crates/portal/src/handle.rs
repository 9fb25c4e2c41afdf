//! [`PortalHandle`]: tests' control of a running portal.

use std::net::SocketAddr;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use crate::families::Family;
use crate::faults::Fault;
use crate::mynumber::individual_number_in;
use crate::state::{lock, Portal, SentPage};
use crate::CATEGORIES;
use serde_json::Value;

/// Controls a portal started by [`spawn_with_handle`] (cheap to clone).
#[derive(Clone)]
pub struct PortalHandle {
    pub(crate) addr: SocketAddr,
    pub(crate) portal: Arc<Portal>,
}

impl std::fmt::Debug for PortalHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PortalHandle")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl PortalHandle {
    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Appends `item` to the end of a family's `category` (one of
    /// [`CATEGORIES`]), as if the portal had received a new record: the next
    /// pull from a stored cursor gets it, and the last page's ETag changes.
    /// The item must be a JSON object with a string `id` not yet used in the
    /// category and `"sample": true`, and must not hold anything like an
    /// individual number.
    pub fn append(&self, family_id: &str, category: &str, item: Value) -> Result<(), String> {
        let mut families = self.portal.families();
        let Some(family) = families.iter_mut().find(|f| f.id == family_id) else {
            return Err(format!("unknown family `{family_id}`"));
        };
        self.append_unlocked(family, category, item)
    }

    fn append_unlocked(
        &self,
        family: &mut Family,
        category: &str,
        item: Value,
    ) -> Result<(), String> {
        if !CATEGORIES.contains(&category) {
            return Err(format!("unknown category `{category}`"));
        }
        let Some(id) = item.get("id").and_then(Value::as_str) else {
            return Err("the item needs a string `id`".into());
        };
        if id.is_empty() {
            return Err("the item's `id` is empty".into());
        }
        if item.get("sample") != Some(&Value::Bool(true)) {
            return Err("the item is not marked \"sample\": true".into());
        }
        if let Some(what) = individual_number_in(&item) {
            return Err(format!("the item holds {what}"));
        }
        let items = family.categories.entry(category.to_owned()).or_default();
        if items
            .iter()
            .any(|i| i.get("id").and_then(Value::as_str) == Some(id))
        {
            return Err(format!("`{category}` already has an item `{id}`"));
        }
        items.push(item);
        Ok(())
    }

    /// The next `times` data requests that do not carry `X-Hagukumi-Fault`
    /// get `fault` (the header still wins, and a request carrying it does not
    /// use one up). Replaces what was scheduled before; `times == 0` clears it.
    pub fn fail_next(&self, fault: Fault, times: usize) {
        *lock(&self.portal.fail_next) = (times > 0).then_some((fault, times));
    }

    /// How many scheduled faults ([`PortalHandle::fail_next`]) are left.
    pub fn faults_pending(&self) -> usize {
        lock(&self.portal.fail_next).map_or(0, |(_, n)| n)
    }

    /// Data requests received so far (`GET /v1/{category}`, `GET` and
    /// `POST /v1/questionnaires`), whatever their answer; not the OAuth or
    /// meta endpoints, nor requests refused by the My Number guard.
    pub fn request_count(&self) -> usize {
        self.portal.requests.load(Ordering::SeqCst)
    }

    /// Replaces a family's item of `category` with the same `id` by `item`,
    /// as if the portal had corrected the record: it moves to the end of
    /// the change order, so the next pull brings it again (same checks as
    /// [`PortalHandle::append`]).
    pub fn correct(&self, family_id: &str, category: &str, item: Value) -> Result<(), String> {
        let Some(id) = item.get("id").and_then(Value::as_str).map(str::to_owned) else {
            return Err("the item needs a string `id`".into());
        };
        {
            let mut families = self.portal.families();
            let Some(family) = families.iter_mut().find(|f| f.id == family_id) else {
                return Err(format!("unknown family `{family_id}`"));
            };
            let items = family.categories.entry(category.to_owned()).or_default();
            let Some(at) = items
                .iter()
                .position(|i| i.get("id").and_then(Value::as_str) == Some(id.as_str()))
            else {
                return Err(format!("`{category}` has no item `{id}`"));
            };
            let old = items.remove(at);
            if let Err(e) = self.append_unlocked(family, category, item) {
                family
                    .categories
                    .entry(category.to_owned())
                    .or_default()
                    .insert(at, old);
                return Err(e);
            }
        }
        Ok(())
    }

    /// The last pages the portal sent (up to 64, oldest first), exactly as
    /// sent: what a party in the middle could have captured.
    pub fn sent_pages(&self) -> Vec<SentPage> {
        lock(&self.portal.sent).iter().cloned().collect()
    }

    /// The next request for a page of `page`'s category
    /// (`GET /v1/{category}`) is answered with `page` exactly as it was
    /// sent before, whoever asks and whatever for: a replay by a party in
    /// the middle.
    pub fn replay_next(&self, page: SentPage) {
        *lock(&self.portal.replay) = Some(page);
    }

    /// The questionnaires a family sent, once each, in the order received
    /// (as `GET /v1/questionnaires` lists them).
    pub fn questionnaires(&self, family_id: &str) -> Vec<Value> {
        self.portal
            .outbox()
            .received
            .get(family_id)
            .map(|r| r.iter().map(|q| q.item.clone()).collect())
            .unwrap_or_default()
    }

    /// Adds a record (Tokyo open-data shape) to the registry file `file`
    /// served for the municipality `code`, or replaces the record with its
    /// psid there: the next registry sync brings it.
    pub fn publish_program(&self, code: &str, file: &str, record: Value) -> Result<(), String> {
        let item = crate::catalogues::record_item(file, 0, record);
        self.portal.publish_municipal("registry", code, item)
    }

    /// Adds (or replaces, by its municipality code and NO) a nursery
    /// facility served for the municipality `code`: `record` is its row,
    /// column → value, of the dataset `file` (`koto-131083.json`).
    pub fn publish_facility(&self, code: &str, file: &str, record: Value) -> Result<(), String> {
        let item = crate::catalogues::facility_item(file, record);
        self.portal.publish_municipal("nurseries", code, item)
    }

    /// The once-only benefit applications a family sent, once each, in the
    /// order received (each the receipt: `id`, `applications`, …).
    pub fn benefit_applications(&self, family_id: &str) -> Vec<Value> {
        self.portal
            .outbox()
            .applications
            .get(family_id)
            .map(|r| r.iter().map(|a| a.item.clone()).collect())
            .unwrap_or_default()
    }

    /// The office's next step: every submitted benefit application of the
    /// family goes under review (dated today) and moves to the end of the
    /// change order, so the next pull brings it; returns how many moved.
    pub fn advance_benefits(&self, family_id: &str) -> Result<usize, String> {
        crate::benefits::advance(&self.portal, family_id)
    }

    /// The nursery bookings a family sent, once each, in the order
    /// received (each the portal's answer: `slot`, `booking`, `status`, …).
    pub fn nursery_bookings(&self, family_id: &str) -> Vec<Value> {
        self.portal
            .outbox()
            .bookings
            .get(family_id)
            .map(|r| r.iter().map(|a| a.item.clone()).collect())
            .unwrap_or_default()
    }

    /// The nursery applications a family sent, once each (each the receipt).
    pub fn nursery_applications(&self, family_id: &str) -> Vec<Value> {
        self.portal
            .outbox()
            .nursery_applications
            .get(family_id)
            .map(|r| r.iter().map(|a| a.item.clone()).collect())
            .unwrap_or_default()
    }

    /// How many families hold the slot `id` now.
    pub fn slot_holders(&self, id: &str) -> usize {
        self.portal.outbox().held.get(id).map_or(0, Vec::len)
    }

    /// The office's 利用調整 of the family's received nursery applications
    /// (内定 at the first preference with an opening, else 保留), moved to
    /// the end of the change order; returns how many were decided.
    pub fn decide_nursery(&self, family_id: &str) -> Result<usize, String> {
        crate::nursery::decide(&self.portal, family_id)
    }

    /// Publishes a rules bundle (its JSON text; `version` and `as_of` are
    /// read from it, nothing else is checked: the client validates) in a
    /// signed envelope issued now: `GET /v1/rules/bundle` serves it from
    /// the next request on.
    pub fn publish_rules(&self, bundle: &str) -> Result<(), String> {
        let body = Portal::rules_issued_now(bundle)?;
        self.portal.publish_rules(body, None);
        Ok(())
    }

    /// Serves `body` as the rules answer, signed with the portal's key over
    /// `signed_over` (the body itself when `None`): an envelope signed for
    /// something else, or bytes changed after signing.
    pub fn publish_rules_raw(&self, body: Vec<u8>, signed_over: Option<Vec<u8>>) {
        self.portal.publish_rules(body, signed_over);
    }
}
