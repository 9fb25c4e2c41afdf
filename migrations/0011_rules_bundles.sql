-- Rule bundles from the portal (docs/rules-bundle.md): each signed envelope
-- exactly as received (bytes, signature, key id), with the bundle's version
-- and date. Only bundles that verified and validated are kept; the plan uses
-- the newest one that still validates with this build, else the built-in
-- rules. Versions only grow: an offered bundle not newer than the newest kept
-- (or the built-in one) is refused before this table is touched.
CREATE TABLE rules_bundles (
    version     INTEGER PRIMARY KEY CHECK (version > 0),
    as_of       TEXT NOT NULL CHECK (length(as_of) = 10),
    issued_at   TEXT NOT NULL,
    key_id      TEXT NOT NULL CHECK (length(key_id) BETWEEN 1 AND 200),
    signature   TEXT NOT NULL CHECK (length(signature) BETWEEN 1 AND 200),
    envelope    TEXT NOT NULL CHECK (json_valid(envelope)),
    bundle      TEXT NOT NULL CHECK (json_valid(bundle)),
    received_at TEXT NOT NULL
) STRICT;
