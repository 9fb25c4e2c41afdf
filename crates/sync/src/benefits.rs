//! The once-only benefit application (018サポート with 赤ちゃんファースト)
//! through the outbox: the body and its idempotency key are fixed when it
//! is queued, so every later send (after a crash, a lost answer, a retry)
//! is the same write and the portal makes the applications once. Their
//! state comes back as official items of the `benefits` category.

use crate::engine::idempotency_key;
use crate::questionnaire::QueueError;
use hagukumi_core::benefits::{
    applications as applications_of, not_applied, BenefitsView, OnceOnly, SendState, Submission,
    APPLICATION_KIND,
};
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::programs;
use hagukumi_core::Date;
use hagukumi_store::official::{OutboxEntry, OutboxState};
use hagukumi_store::Store;
use hagukumi_store::StoreError;
use std::collections::HashSet;

/// The once-only applications in the outbox (pending, sent or refused),
/// oldest first.
pub fn applications(store: &Store) -> Result<Vec<OutboxEntry>, QueueError> {
    Ok(store
        .outbox(None)?
        .into_iter()
        .filter(|e| e.kind == APPLICATION_KIND)
        .collect())
}

/// Queues a checked application and keeps the guardian's name for the next
/// one. Refused while another is still waiting to be sent (a second tap
/// must not apply twice).
pub fn queue(
    store: &Store,
    application: &OnceOnly,
    now: NaiveDateTime,
) -> Result<OutboxEntry, QueueError> {
    if applications(store)?
        .iter()
        .any(|e| e.state == OutboxState::Pending)
    {
        return Err(QueueError::AlreadyPending);
    }
    let mut linked = Vec::new();
    for a in &application.children {
        linked.push((a.child_id, store.portal_child_id(a.child_id)?));
    }
    let body = application.to_portal_json(|id| {
        linked
            .iter()
            .find(|(c, _)| *c == id)
            .and_then(|(_, p)| p.clone())
    });
    store.set_guardian_name(&application.guardian_name)?;
    Ok(store.queue_write(APPLICATION_KIND, None, &body, &idempotency_key()?, now)?)
}

/// Everything the Benefits screen and `hagu benefits` show on `today`:
/// the portal's applications and the parent's tracked ones, then the
/// registry's benefits the family qualifies for today and has not applied
/// for (core's `not_applied` over `programs::match_family`, in the family's
/// municipality with the registry in use; none before one is set), the
/// next payment, what was sent from here and is not back yet, and the
/// once-only form's pre-fill (the guardian entered before, the handbook's
/// children).
pub fn view(store: &Store, today: Date) -> Result<BenefitsView, StoreError> {
    let official = store.official_benefits()?;
    let mut apps = applications_of(&official, &store.tracked_benefits()?);
    let children = store.children()?;
    let back: HashSet<&str> = official.iter().map(|b| b.id.as_str()).collect();
    let mut submissions = Vec::new();
    for e in store.outbox(None)? {
        if e.kind != APPLICATION_KIND {
            continue;
        }
        let payload: serde_json::Value =
            serde_json::from_str(&e.payload).map_err(|x| StoreError::Corrupt(x.to_string()))?;
        let made: Vec<String> = e
            .response
            .as_deref()
            .and_then(|r| serde_json::from_str::<serde_json::Value>(r).ok())
            .and_then(|r| r.get("applications").cloned())
            .and_then(|a| serde_json::from_value::<Vec<String>>(a).ok())
            .unwrap_or_default();
        let state = match e.state {
            OutboxState::Pending => SendState::Pending,
            OutboxState::Sent => SendState::Sent,
            OutboxState::Rejected => SendState::Refused,
        };
        // Back through a sync: the applications themselves show it.
        if state == SendState::Sent && made.iter().all(|id| back.contains(id.as_str())) {
            continue;
        }
        let children = payload
            .get("children")
            .and_then(serde_json::Value::as_array)
            .map(|cs| {
                cs.iter()
                    .filter_map(|c| c.get("name")?.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        submissions.push(Submission {
            id: e.id,
            state,
            children,
            queued_at: e.created_at,
            attempts: e.attempts,
            problem_id: match state {
                SendState::Pending => e.last_error,
                SendState::Refused => Some("benefit-error-refused".into()),
                SendState::Sent => None,
            },
        });
    }
    if let Some(code) = store.municipality()? {
        let (registry, _) = store.registry_in_use()?;
        let matches =
            programs::match_family(&registry, &code, &children, &store.pregnancies()?, today);
        let sending = submissions.iter().any(|s| s.state != SendState::Refused);
        let missing = not_applied(&matches, &apps, sending);
        apps.extend(missing);
    }
    let connected = store.sync_status()?.portal.is_some();
    Ok(BenefitsView::new(
        apps,
        submissions,
        store.guardian_name()?,
        &children,
        connected,
        today,
    ))
}
