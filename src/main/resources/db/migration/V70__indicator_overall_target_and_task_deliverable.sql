-- Issue 13: what the reader now keeps from real documents.
-- An indicator's overall target as written ("Chỉ tiêu" column, or the target inside its own text) and whether it is
-- measured per year or cumulatively over the period.
ALTER TABLE indicator
    ADD COLUMN overall_text       text,
    ADD COLUMN overall_comparator text,
    ADD COLUMN overall_value      numeric,
    ADD COLUMN overall_from_year  integer,
    ADD COLUMN overall_to_year    integer,
    ADD COLUMN measure            text NOT NULL DEFAULT 'YEARLY' CHECK (measure IN ('YEARLY', 'CUMULATIVE'));

-- A task's expected product ("Sản phẩm", "Kết quả") and whether it was read from paragraphs (to be reviewed).
ALTER TABLE task
    ADD COLUMN deliverable text,
    ADD COLUMN from_prose  boolean NOT NULL DEFAULT false;

-- The documents a programme is based on ("Căn cứ …"), kept apart from those it implements.
ALTER TABLE programme
    ADD COLUMN bases text[] NOT NULL DEFAULT '{}';
