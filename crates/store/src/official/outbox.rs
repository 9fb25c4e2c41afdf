//! The outbox of writes waiting to be sent (with their idempotency keys).

use super::corrupt;
use crate::{stamp, Result, Store};
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::model::RecordId;
use rusqlite::params;
use serde::{Deserialize, Serialize};

/// A write waiting to be sent, or sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub id: i64,
    pub idempotency_key: String,
    pub kind: String,
    pub child_id: Option<RecordId>,
    /// The JSON body sent to the portal.
    pub payload: String,
    pub state: OutboxState,
    pub attempts: u32,
    pub last_error: Option<String>,
    /// The portal's answer, once sent.
    pub response: Option<String>,
    pub created_at: String,
    pub sent_at: Option<String>,
}

/// Where a write stands: the API's type, stored as its kebab-case name.
pub use hagukumi_core::api::OutboxState;

fn parse_state(s: &str) -> Result<OutboxState> {
    Ok(match s {
        "pending" => OutboxState::Pending,
        "sent" => OutboxState::Sent,
        "rejected" => OutboxState::Rejected,
        _ => return Err(corrupt("outbox state", s)),
    })
}

impl Store {
    /// Queues a write. The idempotency key is chosen by the caller (random,
    /// made once) and sent with every attempt.
    pub fn queue_write(
        &self,
        kind: &str,
        child_id: Option<RecordId>,
        payload: &serde_json::Value,
        idempotency_key: &str,
        now: NaiveDateTime,
    ) -> Result<OutboxEntry> {
        self.conn.execute(
            "INSERT INTO outbox (idempotency_key, kind, child_id, payload, state, created_at)
             VALUES (?1, ?2, ?3, ?4, 'pending', ?5)",
            params![
                idempotency_key,
                kind,
                child_id,
                payload.to_string(),
                stamp(now)
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        self.outbox_entry(id)?
            .ok_or_else(|| corrupt("outbox", "entry vanished"))
    }

    fn outbox_entry(&self, id: i64) -> Result<Option<OutboxEntry>> {
        Ok(self.outbox(Some(id))?.into_iter().next())
    }

    /// The outbox, oldest first (or one entry).
    pub fn outbox(&self, id: Option<i64>) -> Result<Vec<OutboxEntry>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, idempotency_key, kind, child_id, payload, state, attempts, last_error,
                    response, created_at, sent_at
             FROM outbox WHERE ?1 IS NULL OR id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok((
                OutboxEntry {
                    id: r.get(0)?,
                    idempotency_key: r.get(1)?,
                    kind: r.get(2)?,
                    child_id: r.get(3)?,
                    payload: r.get(4)?,
                    state: OutboxState::Pending,
                    attempts: r.get(6)?,
                    last_error: r.get(7)?,
                    response: r.get(8)?,
                    created_at: r.get(9)?,
                    sent_at: r.get(10)?,
                },
                r.get::<_, String>(5)?,
            ))
        })?;
        rows.map(|row| {
            let (mut entry, state) = row?;
            entry.state = parse_state(&state)?;
            Ok(entry)
        })
        .collect()
    }

    /// Pending writes, oldest first.
    pub fn pending_writes(&self) -> Result<Vec<OutboxEntry>> {
        Ok(self
            .outbox(None)?
            .into_iter()
            .filter(|e| e.state == OutboxState::Pending)
            .collect())
    }

    /// Counts an attempt that failed in a way worth retrying.
    pub fn note_write_attempt(&self, id: i64, error: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?2
             WHERE id = ?1 AND state = 'pending'",
            params![id, error],
        )?;
        Ok(())
    }

    /// The portal accepted the write (`response` is its JSON answer) or
    /// refused it for good (`rejected`, with the reason).
    pub fn finish_write(
        &self,
        id: i64,
        outcome: std::result::Result<&serde_json::Value, &str>,
        now: NaiveDateTime,
    ) -> Result<()> {
        let now = stamp(now);
        match outcome {
            Ok(response) => self.conn.execute(
                "UPDATE outbox SET state = 'sent', attempts = attempts + 1, response = ?2,
                        sent_at = ?3, last_error = NULL
                 WHERE id = ?1 AND state = 'pending'",
                params![id, response.to_string(), now],
            )?,
            Err(reason) => self.conn.execute(
                "UPDATE outbox SET state = 'rejected', attempts = attempts + 1, last_error = ?2
                 WHERE id = ?1 AND state = 'pending'",
                params![id, reason],
            )?,
        };
        Ok(())
    }
}
