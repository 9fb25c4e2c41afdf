-- Schema version 9: provenance that can be checked again.
--
-- Every official item remembers the signed page it last came from (the exact
-- bytes the portal signed, its signature and key id), so that an export can
-- carry the pages and an import can verify them against the pinned key: an
-- item whose page does not verify, or that differs from its page, is not
-- official. Pages no item points to any more are removed as pages are applied.
CREATE TABLE official_pages (
    id         INTEGER PRIMARY KEY,
    key_id     TEXT NOT NULL CHECK (length(key_id) BETWEEN 1 AND 200),
    signature  TEXT NOT NULL CHECK (length(signature) BETWEEN 1 AND 200),
    body       TEXT NOT NULL CHECK (json_valid(body))
) STRICT;

ALTER TABLE official_items ADD COLUMN page_id INTEGER REFERENCES official_pages (id);
CREATE INDEX official_items_by_page ON official_items (page_id) WHERE page_id IS NOT NULL;

-- When the portal signed the newest page applied of each category: an older
-- page (a replay) is refused.
ALTER TABLE sync_cursors ADD COLUMN issued_at TEXT;
