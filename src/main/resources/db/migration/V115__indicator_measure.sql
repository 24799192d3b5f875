-- Entered once (issue 12, docs/cascade.md): an indicator linked to a parent programme's indicator is the same
-- measure for the child's units. The measure of an indicator is the root of its chain of indicator_link rows
-- (an unlinked indicator is its own measure); data_value rows are stored under the measure.
-- The walk starts from the given ids and follows the primary key of indicator_link, so it costs one index
-- probe per id when nothing is linked; the depth guard stops a ring of programmes implementing each other.
CREATE FUNCTION indicator_measure_of(ids BIGINT[])
    RETURNS TABLE (indicator_id BIGINT, measure_id BIGINT)
    LANGUAGE sql STABLE AS $$
    WITH RECURSIVE up (indicator_id, measure_id, depth) AS (
        SELECT DISTINCT i, i, 0 FROM unnest(ids) AS i
        UNION ALL
        SELECT up.indicator_id, l.parent_indicator_id, up.depth + 1
          FROM up JOIN indicator_link l ON l.child_indicator_id = up.measure_id
         WHERE up.depth < 16)
    SELECT DISTINCT ON (up.indicator_id) up.indicator_id, up.measure_id FROM up ORDER BY up.indicator_id, up.depth DESC
$$;

-- Every linked indicator with its measure (for reading by hand; the application calls the function).
CREATE VIEW indicator_measure AS
    SELECT m.indicator_id, m.measure_id
      FROM indicator_measure_of(ARRAY(SELECT child_indicator_id FROM indicator_link)) AS m;
