//! Benefit applications the parent tracks by hand (`benefit_applications`,
//! migration 0012), the guardian's name entered once for the once-only
//! application (`settings` key `guardian_name`), and the portal's benefit
//! items as core's [`Benefit`]s. Only what core validated is written, and
//! what is read back is validated again.

use crate::{stamp, Result, Store, StoreError};
use hagukumi_core::benefits::{GuardianName, Tracked};
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::model::RecordId;
use hagukumi_core::official::{Benefit, Category, OfficialItem};
use hagukumi_core::Date;
use rusqlite::params;
use serde::{Deserialize, Serialize};

const GUARDIAN_KEY: &str = "guardian_name";

/// A tracked application in the JSON export (`benefit_applications`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportBenefitApplication {
    pub id: RecordId,
    pub application: Tracked,
    pub created_at: String,
    pub updated_at: String,
}

fn read(id: RecordId, data: &str) -> Result<Tracked> {
    let tracked: Tracked = serde_json::from_str(data)
        .map_err(|e| StoreError::Corrupt(format!("benefit application {id}: {e}")))?;
    check_again(&tracked)
        .map_err(|what| StoreError::Corrupt(format!("benefit application {id}: {what}")))?;
    Ok(tracked)
}

/// Validates a stored or imported application again as the form would
/// (any date is fine: "today" far ahead).
pub(crate) fn check_again(tracked: &Tracked) -> std::result::Result<(), String> {
    match tracked.to_input().validate(Date::MAX) {
        Ok(again) if &again == tracked => Ok(()),
        Ok(_) => Err("not as the form would keep it".into()),
        Err(e) => Err(e.to_string()),
    }
}

fn json(tracked: &Tracked) -> Result<String> {
    serde_json::to_string(tracked).map_err(|e| StoreError::Corrupt(e.to_string()))
}

impl Store {
    /// The parent's tracked applications, by id.
    pub fn tracked_benefits(&self) -> Result<Vec<(RecordId, Tracked)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, data FROM benefit_applications ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, RecordId>(0)?, r.get::<_, String>(1)?))
        })?;
        rows.map(|row| {
            let (id, data) = row?;
            Ok((id, read(id, &data)?))
        })
        .collect()
    }

    /// Adds a tracked application (validated by core); returns its id.
    pub fn add_tracked_benefit(&self, tracked: &Tracked, now: NaiveDateTime) -> Result<RecordId> {
        let now = stamp(now);
        self.conn.execute(
            "INSERT INTO benefit_applications (data, created_at, updated_at) VALUES (?1, ?2, ?2)",
            params![json(tracked)?, now],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Replaces a tracked application; false (nothing changed) when there is none.
    pub fn edit_tracked_benefit(
        &self,
        id: RecordId,
        tracked: &Tracked,
        now: NaiveDateTime,
    ) -> Result<bool> {
        let n = self.conn.execute(
            "UPDATE benefit_applications SET data = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, json(tracked)?, stamp(now)],
        )?;
        Ok(n == 1)
    }

    /// Removes a tracked application; false when there is none.
    pub fn delete_tracked_benefit(&self, id: RecordId) -> Result<bool> {
        let n = self
            .conn
            .execute("DELETE FROM benefit_applications WHERE id = ?1", [id])?;
        Ok(n == 1)
    }

    /// The portal's benefit applications as last synced.
    pub fn official_benefits(&self) -> Result<Vec<Benefit>> {
        Ok(self
            .official_items(None, Some(Category::Benefits))?
            .into_iter()
            .filter_map(|stored| match stored.item {
                OfficialItem::Benefits(b) => Some(b),
                _ => None,
            })
            .collect())
    }

    /// The guardian's name as entered once for the once-only application.
    pub fn guardian_name(&self) -> Result<Option<String>> {
        crate::settings::get(&self.conn, GUARDIAN_KEY)
    }

    /// Keeps the guardian's name (checked by core: never anything like an
    /// individual number).
    pub fn set_guardian_name(&self, name: &GuardianName) -> Result<()> {
        crate::settings::set(&self.conn, GUARDIAN_KEY, Some(name.as_str()))
    }

    pub(crate) fn export_benefits(&self) -> Result<Vec<ExportBenefitApplication>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, data, created_at, updated_at FROM benefit_applications ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, RecordId>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        rows.map(|row| {
            let (id, data, created_at, updated_at) = row?;
            Ok(ExportBenefitApplication {
                id,
                application: read(id, &data)?,
                created_at,
                updated_at,
            })
        })
        .collect()
    }
}

/// Writes the export's tracked applications and guardian in the import's
/// transaction, each checked again as the form would.
pub(crate) fn import_benefits(
    tx: &rusqlite::Transaction<'_>,
    applications: &[ExportBenefitApplication],
    guardian: Option<&str>,
) -> std::result::Result<(), String> {
    for a in applications {
        check_again(&a.application).map_err(|e| format!("benefit application {}: {e}", a.id))?;
        tx.execute(
            "INSERT INTO benefit_applications (id, data, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![
                a.id,
                serde_json::to_string(&a.application).map_err(|e| e.to_string())?,
                a.created_at,
                a.updated_at
            ],
        )
        .map_err(|e| format!("benefit application {}: {e}", a.id))?;
    }
    if let Some(name) = guardian {
        let name = GuardianName::parse(name)
            .map_err(|code| format!("guardian_name: {}", code.message_id()))?;
        crate::settings::set(tx, GUARDIAN_KEY, Some(name.as_str()))
            .map_err(|e| format!("guardian_name: {e}"))?;
    }
    Ok(())
}
