//! Pre-visit questionnaires (予診票) through the outbox.

use crate::engine::idempotency_key;
use crate::SyncError;
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::model::RecordId;
use hagukumi_core::official::Questionnaire;
use hagukumi_store::official::OutboxEntry;
use hagukumi_store::Store;

/// Why a questionnaire could not be queued.
#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    /// The child is not one the portal knows (not synced from it).
    #[error("this child is not linked to the portal")]
    NotLinked,
    /// A benefit application is already waiting to be sent.
    #[error("an application is already waiting to be sent")]
    AlreadyPending,
    #[error(transparent)]
    Sync(#[from] SyncError),
}

impl From<hagukumi_store::StoreError> for QueueError {
    fn from(e: hagukumi_store::StoreError) -> Self {
        QueueError::Sync(e.into())
    }
}

impl QueueError {
    pub fn message_id(&self) -> &'static str {
        match self {
            QueueError::NotLinked => "sync-error-child-not-linked",
            QueueError::AlreadyPending => "benefit-error-already-pending",
            QueueError::Sync(e) => e.message_id(),
        }
    }
}

/// Queues a checked questionnaire for `child_id`. The body and its
/// idempotency key are fixed now, so every later send is the same write.
pub fn queue(
    store: &Store,
    child_id: RecordId,
    questionnaire: &Questionnaire,
    now: NaiveDateTime,
) -> Result<OutboxEntry, QueueError> {
    let portal_child = store
        .portal_child_id(child_id)?
        .ok_or(QueueError::NotLinked)?;
    let body = questionnaire.to_portal_json(&portal_child);
    Ok(store.queue_write(
        "questionnaire",
        Some(child_id),
        &body,
        &idempotency_key()?,
        now,
    )?)
}
