-- Schema version 13: the parent's bookmarks of nursery facilities (保活), in
-- the preference order (希望順位) the parent sets, with a note, a star
-- rating and photos from visits. A facility is named by its municipality
-- code and its NO in the dataset; its name is saved with the bookmark so
-- that a facility gone from the data still shows. hagukumi_core::nursery::
-- bookmark checks every value before it is written; the CHECKs repeat the
-- essentials. Removing a bookmark is soft (deleted_at), like a photo's: the
-- same facility bookmarked again within 30 days comes back with its note,
-- stars and photos; later it is removed for good with its photos.

CREATE TABLE nursery_bookmarks (
    id                 INTEGER PRIMARY KEY,
    municipality_code  TEXT NOT NULL CHECK (length(municipality_code) = 6
                                            AND municipality_code NOT GLOB '*[^0-9]*'),
    facility_no        TEXT NOT NULL CHECK (length(facility_no) BETWEEN 1 AND 20),
    name               TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    note               TEXT CHECK (note IS NULL OR length(note) BETWEEN 1 AND 2000),
    stars              INTEGER CHECK (stars IS NULL OR stars BETWEEN 1 AND 5),
    rank               INTEGER NOT NULL CHECK (rank >= 1),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    deleted_at         TEXT,
    UNIQUE (municipality_code, facility_no)
) STRICT;

-- Photos from visits, kept like the photos of records (0004, 0008, 0009):
-- inside the encrypted database, metadata already removed and format and
-- size checked by core::photo, deletion soft for 30 days.
CREATE TABLE nursery_bookmark_photos (
    id           INTEGER PRIMARY KEY,
    bookmark_id  INTEGER NOT NULL REFERENCES nursery_bookmarks (id),
    mime         TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
    bytes        BLOB NOT NULL CHECK (length(bytes) BETWEEN 1 AND 8388608),
    created_at   TEXT NOT NULL,
    deleted_at   TEXT
) STRICT;

CREATE INDEX nursery_bookmark_photos_by_bookmark ON nursery_bookmark_photos (bookmark_id, id);
