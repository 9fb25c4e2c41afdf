-- Schema version 16: a child's latest weight, height and head
-- circumference by index.
--
-- The child's screen head shows the newest value of each of the three
-- (`Store::child_head`). Each of these partial indexes holds only the live
-- measurements and checkups that carry that value, by (date, id), so the
-- newest one is a single step down an index whatever the child's history
-- (a handbook that never records a head circumference reads nothing to
-- learn it). SQLite keeps them with every write: adds, edits, deletions,
-- undos, imports and official records alike. The birth (at most one live)
-- is read apart, by the kind index `records_by_child`. The conditions are
-- repeated word for word by the queries of `store::growth`, which name
-- these indexes.

CREATE INDEX records_weight_by_child
    ON records (child_id, date, id)
    WHERE deleted_at IS NULL AND kind IN ('measurement', 'checkup')
      AND json_extract(data, '$.weight_kg') IS NOT NULL;
CREATE INDEX records_height_by_child
    ON records (child_id, date, id)
    WHERE deleted_at IS NULL AND kind IN ('measurement', 'checkup')
      AND json_extract(data, '$.height_cm') IS NOT NULL;
CREATE INDEX records_head_by_child
    ON records (child_id, date, id)
    WHERE deleted_at IS NULL AND kind IN ('measurement', 'checkup')
      AND json_extract(data, '$.head_cm') IS NOT NULL;
