-- Schema version 2: a child's records (vaccinations, measurements,
-- milestones, notes, allergies, illnesses, ...), with edit history and soft
-- deletion.
--
-- `data` is the record as core's `RecordData` JSON (validated by core before
-- it gets here); `kind` and `date` repeat two of its fields for queries.

CREATE TABLE records (
    id          INTEGER PRIMARY KEY,
    child_id    INTEGER NOT NULL REFERENCES children (id),
    -- The kinds themselves are core's (records::RecordKind); listing them
    -- here would need a table rebuild for every new kind.
    kind        TEXT NOT NULL CHECK (kind GLOB '[a-z]*' AND kind NOT GLOB '*[^a-z-]*'),
    date        TEXT NOT NULL CHECK (date(date) IS date),
    data        TEXT NOT NULL CHECK (json_valid(data) AND json_extract(data, '$.kind') IS kind),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    -- Soft deletion: restorable for 30 days (core::records::UNDO_DAYS).
    deleted_at  TEXT
) STRICT;

CREATE INDEX records_by_child ON records (child_id, kind, date);

-- Every earlier version of a record: written in the same transaction as the
-- edit, deletion or restoration it describes.
CREATE TABLE record_history (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES records (id),
    change      TEXT NOT NULL CHECK (change IN ('edit', 'delete', 'restore')),
    previous    TEXT NOT NULL CHECK (json_valid(previous)),
    changed_at  TEXT NOT NULL
) STRICT;

CREATE INDEX record_history_by_record ON record_history (record_id, id);
