-- Schema version 7: official data synced from the portal, the sync cursors,
-- and the outbox of writes to the portal.
--
-- Provenance: a record that came from the portal carries its portal id and is
-- read-only (store refuses to edit or delete it). The user's own records never
-- have one and are never overwritten by a sync.

ALTER TABLE records ADD COLUMN portal_id TEXT
    CHECK (portal_id IS NULL OR length(portal_id) BETWEEN 1 AND 200);
CREATE UNIQUE INDEX records_by_portal_id ON records (portal_id) WHERE portal_id IS NOT NULL;

-- Which local child a portal child is (matched by birth date and name, see
-- core::official::match_child, or created by the sync).
CREATE TABLE portal_children (
    portal_child_id  TEXT PRIMARY KEY CHECK (length(portal_child_id) BETWEEN 1 AND 200),
    child_id         INTEGER NOT NULL UNIQUE REFERENCES children (id),
    created          INTEGER NOT NULL CHECK (created IN (0, 1))
) STRICT, WITHOUT ROWID;

-- Every official item as the portal sent it (the signed page's item JSON),
-- with what the sync did with it:
--   added      a read-only record was created (`record_id`)
--   linked     it matches the user's own record (`record_id`): not duplicated
--   conflict   it disagrees with the user's record (`record_id`): the user decides
--   kept-mine  the user resolved a conflict by keeping their own record
--   info       kept for display only (certificates, benefits, notices, checkups)
CREATE TABLE official_items (
    id           INTEGER PRIMARY KEY,
    category     TEXT NOT NULL CHECK (category IN
                   ('children', 'vaccinations', 'checkups', 'certificates', 'benefits', 'notices')),
    portal_id    TEXT NOT NULL CHECK (length(portal_id) BETWEEN 1 AND 200),
    child_id     INTEGER REFERENCES children (id),
    payload      TEXT NOT NULL CHECK (json_valid(payload)),
    state        TEXT NOT NULL CHECK (state IN ('added', 'linked', 'conflict', 'kept-mine', 'info')),
    record_id    INTEGER REFERENCES records (id),
    received_at  TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (category, portal_id),
    CHECK ((state IN ('added', 'linked', 'conflict', 'kept-mine')) = (record_id IS NOT NULL))
) STRICT;

CREATE INDEX official_items_by_child ON official_items (child_id, category);

-- Where the incremental pull of each category stands: the cursor of the next
-- page to ask for, and the ETag of that page when it was the last one seen.
-- Written in the same transaction as the page's items.
CREATE TABLE sync_cursors (
    category   TEXT PRIMARY KEY,
    cursor     TEXT,
    etag       TEXT,
    synced_at  TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Writes to the portal. The idempotency key is made when the write is queued
-- and sent with every attempt, so a write has exactly one effect across
-- crashes, retries and duplicate sends.
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    idempotency_key  TEXT NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 16 AND 200),
    kind             TEXT NOT NULL CHECK (kind IN ('questionnaire')),
    child_id         INTEGER REFERENCES children (id),
    payload          TEXT NOT NULL CHECK (json_valid(payload)),
    state            TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'rejected')),
    attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error       TEXT,
    response         TEXT CHECK (response IS NULL OR json_valid(response)),
    created_at       TEXT NOT NULL,
    sent_at          TEXT
) STRICT;
