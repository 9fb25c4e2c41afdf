-- Schema version 3: a child's sex, needed to draw the growth charts (the
-- WHO references are split by sex). Optional: NULL means "not given".

ALTER TABLE children ADD COLUMN sex TEXT CHECK (sex IS NULL OR sex IN ('female', 'male'));
