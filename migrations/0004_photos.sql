-- Schema version 4: photos attached to a child's records, kept inside the
-- encrypted database (never as loose files). core::photo has already removed
-- their metadata and checked format and size. Deleting a photo removes it
-- (secure_delete overwrites its pages).

CREATE TABLE photos (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES records (id),
    mime        TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
    bytes       BLOB NOT NULL CHECK (length(bytes) BETWEEN 1 AND 8388608),
    created_at  TEXT NOT NULL
) STRICT;

CREATE INDEX photos_by_record ON photos (record_id, id);
