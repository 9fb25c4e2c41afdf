-- Schema version 9: deleting a photo is soft, like deleting a record. It
-- only sets deleted_at; the photo can be restored for 30 days
-- (core::records::UNDO_DAYS) and is removed for good (secure_delete
-- overwrites its pages) by the next photo write of its table after that.
-- One set of rules for a child's record photos and pregnancy photos.
-- In the same transaction, store::migrate runs every stored photo through
-- today's cleaner (the earlier one kept what followed a JPEG's image, such
-- as an MPF second image with its own Exif and GPS).

ALTER TABLE photos ADD COLUMN deleted_at TEXT;
ALTER TABLE pregnancy_photos ADD COLUMN deleted_at TEXT;
