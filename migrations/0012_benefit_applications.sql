-- Schema version 12: benefit applications the parent tracks by hand (the
-- portal's own applications are official items of the `benefits` category).
-- `data` is hagukumi_core::benefits::Tracked as JSON, validated by core
-- before it is written and again when read. Never an individual number.

CREATE TABLE benefit_applications (
    id          INTEGER PRIMARY KEY,
    data        TEXT NOT NULL CHECK (json_valid(data) AND json_type(data) = 'object'
                                    AND json_type(data, '$.program') = 'text'
                                    AND json_type(data, '$.state') = 'text'),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

-- The outbox takes once-only benefit applications too (018サポート with
-- 赤ちゃんファースト, `POST /v1/benefit-applications`). SQLite cannot change a
-- CHECK in place: the table is made again with every row and id kept.
CREATE TABLE outbox_0012 (
    id               INTEGER PRIMARY KEY,
    idempotency_key  TEXT NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 16 AND 200),
    kind             TEXT NOT NULL CHECK (kind IN ('questionnaire', 'benefit-application')),
    child_id         INTEGER REFERENCES children (id),
    payload          TEXT NOT NULL CHECK (json_valid(payload)),
    state            TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'rejected')),
    attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error       TEXT,
    response         TEXT CHECK (response IS NULL OR json_valid(response)),
    created_at       TEXT NOT NULL,
    sent_at          TEXT
) STRICT;
INSERT INTO outbox_0012 SELECT * FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_0012 RENAME TO outbox;
