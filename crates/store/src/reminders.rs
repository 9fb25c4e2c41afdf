//! Reminder settings (in `settings`) and the reminders already sent
//! (`reminders_sent`, migration 0006).

use crate::{Result, Store, StoreError};
use hagukumi_core::chrono::NaiveDateTime;
use hagukumi_core::schedule::reminders::ReminderSettings;
use rusqlite::params;

const OPEN_KEY: &str = "reminder_days_before_open";
const CLOSE_KEY: &str = "reminder_days_before_close";

impl Store {
    /// The family's reminder settings; the defaults until they are changed.
    pub fn reminder_settings(&self) -> Result<ReminderSettings> {
        let mut settings = ReminderSettings::default();
        for (key, slot) in [
            (OPEN_KEY, &mut settings.days_before_open),
            (CLOSE_KEY, &mut settings.days_before_close),
        ] {
            if let Some(value) = self.setting(key)? {
                *slot = value
                    .parse()
                    .map_err(|_| StoreError::Corrupt(format!("{key} = {value:?}")))?;
            }
        }
        Ok(settings)
    }

    /// Saves validated settings (both values in one transaction).
    pub fn set_reminder_settings(&mut self, settings: &ReminderSettings) -> Result<()> {
        let tx = self.conn.transaction()?;
        for (key, value) in [
            (OPEN_KEY, settings.days_before_open),
            (CLOSE_KEY, settings.days_before_close),
        ] {
            crate::settings::set(&tx, key, Some(&value.to_string()))?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Whether the reminder `id` was already sent.
    pub fn reminder_sent(&self, id: &str) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM reminders_sent WHERE id = ?1)",
            [id],
            |r| r.get(0),
        )?)
    }

    /// Remembers that the reminder `id` was sent at `sent_at` (UTC); false
    /// when it already was (the first time is kept).
    pub fn mark_reminder_sent(&self, id: &str, sent_at: NaiveDateTime) -> Result<bool> {
        Ok(self.conn.execute(
            "INSERT INTO reminders_sent (id, sent_at) VALUES (?1, ?2) ON CONFLICT (id) DO NOTHING",
            params![id, crate::stamp(sent_at)],
        )? == 1)
    }
}
