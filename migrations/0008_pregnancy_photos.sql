-- Schema version 8: photos attached to pregnancy and postnatal records (the
-- echo picture of a prenatal visit, a page of the clinic's notes), kept like
-- a child's record photos (0004): inside the encrypted database, metadata
-- already removed and format and size checked by core::photo. Deleting a
-- photo removes it (secure_delete overwrites its pages).

CREATE TABLE pregnancy_photos (
    id                   INTEGER PRIMARY KEY,
    pregnancy_record_id  INTEGER NOT NULL REFERENCES pregnancy_records (id),
    mime                 TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
    bytes                BLOB NOT NULL CHECK (length(bytes) BETWEEN 1 AND 8388608),
    created_at           TEXT NOT NULL
) STRICT;

CREATE INDEX pregnancy_photos_by_record ON pregnancy_photos (pregnancy_record_id, id);
