-- Schema version 14: nursery bookings (見学, 保活相談), their cancellations and
-- the nursery application go through the outbox
-- (`core::writes`: `POST /v1/nursery-bookings`,
-- `/v1/nursery-booking-cancellations`, `/v1/nursery-applications`), and the
-- application's decision (内定 / 保留, the 利用調整 result) comes back as an
-- official item of the new `nursery` category. A booking's state is its
-- outbox entry and the portal's answer kept with it: no table of its own.
--
-- SQLite cannot change a CHECK in place: both tables are made again with
-- every row and id kept (as 0012 did for the outbox).
CREATE TABLE outbox_0014 (
    id               INTEGER PRIMARY KEY,
    idempotency_key  TEXT NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 16 AND 200),
    kind             TEXT NOT NULL CHECK (kind IN ('questionnaire', 'benefit-application',
                       'nursery-booking', 'nursery-booking-cancel', 'nursery-application')),
    child_id         INTEGER REFERENCES children (id),
    payload          TEXT NOT NULL CHECK (json_valid(payload)),
    state            TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'rejected')),
    attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error       TEXT,
    response         TEXT CHECK (response IS NULL OR json_valid(response)),
    created_at       TEXT NOT NULL,
    sent_at          TEXT
) STRICT;
INSERT INTO outbox_0014 SELECT * FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_0014 RENAME TO outbox;

CREATE TABLE official_items_0014 (
    id           INTEGER PRIMARY KEY,
    category     TEXT NOT NULL CHECK (category IN
                   ('children', 'vaccinations', 'checkups', 'certificates', 'benefits', 'notices',
                    'nursery')),
    portal_id    TEXT NOT NULL CHECK (length(portal_id) BETWEEN 1 AND 200),
    child_id     INTEGER REFERENCES children (id),
    payload      TEXT NOT NULL CHECK (json_valid(payload)),
    state        TEXT NOT NULL CHECK (state IN ('added', 'linked', 'conflict', 'kept-mine', 'info')),
    record_id    INTEGER REFERENCES records (id),
    received_at  TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    page_id      INTEGER REFERENCES official_pages (id),
    UNIQUE (category, portal_id),
    CHECK ((state IN ('added', 'linked', 'conflict', 'kept-mine')) = (record_id IS NOT NULL))
) STRICT;
INSERT INTO official_items_0014
    (id, category, portal_id, child_id, payload, state, record_id, received_at, updated_at, page_id)
    SELECT id, category, portal_id, child_id, payload, state, record_id, received_at, updated_at,
           page_id
    FROM official_items;
DROP TABLE official_items;
ALTER TABLE official_items_0014 RENAME TO official_items;
CREATE INDEX official_items_by_child ON official_items (child_id, category);
CREATE INDEX official_items_by_page ON official_items (page_id) WHERE page_id IS NOT NULL;
