-- Hagukumi handbook, schema version 1: children, pregnancies, settings.
-- Migrations are forward-only; each file runs in one transaction and sets
-- PRAGMA user_version to its number. Never edit a released migration: add one.

-- "HAGU": marks the file as a Hagukumi handbook.
PRAGMA application_id = 1212237653;

CREATE TABLE children (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    birth_date  TEXT NOT NULL CHECK (date(birth_date) IS birth_date),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE TABLE pregnancies (
    id             INTEGER PRIMARY KEY,
    label          TEXT CHECK (label IS NULL OR length(label) BETWEEN 1 AND 50),
    expected_date  TEXT NOT NULL CHECK (date(expected_date) IS expected_date),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) STRICT, WITHOUT ROWID;
