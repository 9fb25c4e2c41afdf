-- Schema version 5: records of a pregnancy (notification, prenatal visits,
-- dental checkup, classes, notes on work and daily life) and of the mother
-- after the birth (postnatal checkups), with edit history and soft deletion.
-- The same shape as a child's `records` (0002).
--
-- `data` is the record as core's `PregnancyRecordData` JSON (validated by
-- core before it gets here); `kind` and `date` repeat two of its fields for
-- queries. The gestational age is never stored: it follows from `date` and
-- the pregnancy's expected date.

CREATE TABLE pregnancy_records (
    id            INTEGER PRIMARY KEY,
    pregnancy_id  INTEGER NOT NULL REFERENCES pregnancies (id),
    -- The kinds themselves are core's (pregnancy_records::PregnancyRecordKind).
    kind          TEXT NOT NULL CHECK (kind GLOB '[a-z]*' AND kind NOT GLOB '*[^a-z-]*'),
    date          TEXT NOT NULL CHECK (date(date) IS date),
    data          TEXT NOT NULL CHECK (
                      json_valid(data)
                      AND json_extract(data, '$.kind') IS kind
                      AND json_extract(data, '$.date') IS date
                  ),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    -- Soft deletion: restorable for 30 days (core::records::UNDO_DAYS).
    deleted_at    TEXT
) STRICT;

CREATE INDEX pregnancy_records_by_pregnancy ON pregnancy_records (pregnancy_id, kind, date);

-- Every earlier version of a pregnancy record: written in the same
-- transaction as the edit, deletion or restoration it describes.
CREATE TABLE pregnancy_record_history (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES pregnancy_records (id),
    change      TEXT NOT NULL CHECK (change IN ('edit', 'delete', 'restore')),
    previous    TEXT NOT NULL CHECK (json_valid(previous)),
    changed_at  TEXT NOT NULL
) STRICT;

CREATE INDEX pregnancy_record_history_by_record ON pregnancy_record_history (record_id, id);
