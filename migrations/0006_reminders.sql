-- Schema version 6: reminders sent as local notifications.
-- A reminder's id is stable (see hagukumi_core::schedule::reminders), so each
-- is sent once. The advance notices live in `settings`
-- (`reminder_days_before_open`, `reminder_days_before_close`).

CREATE TABLE reminders_sent (
    id       TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
    sent_at  TEXT NOT NULL
) STRICT, WITHOUT ROWID;
