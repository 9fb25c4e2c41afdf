-- Schema version 15: an owner's records in pages, newest first.
--
-- The child's and the pregnancy's screens read their live records by
-- (date, id), newest first, a page at a time from a cursor (keyset paging,
-- `store::pages`): these partial indexes hold only live rows, so a page
-- and its "is there more" cost the same with 10 records or 50,000.
-- Deleted rows are read apart, for their undo, by when they were deleted.
-- Reading by kind (the plans, the growth chart) uses the kind indexes
-- `records_by_child` and `pregnancy_records_by_pregnancy`.

CREATE INDEX records_live_by_date
    ON records (child_id, date, id) WHERE deleted_at IS NULL;
CREATE INDEX records_deleted_by_child
    ON records (child_id, deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX pregnancy_records_live_by_date
    ON pregnancy_records (pregnancy_id, date, id) WHERE deleted_at IS NULL;
CREATE INDEX pregnancy_records_deleted_by_pregnancy
    ON pregnancy_records (pregnancy_id, deleted_at) WHERE deleted_at IS NOT NULL;
