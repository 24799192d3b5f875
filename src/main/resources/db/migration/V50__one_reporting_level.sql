-- One reporting rule: the level whose units report an indicator (cấp báo cáo) is stored once, in
-- indicator.reported_at (null: the default rule, the communes). Data entry, the demo and the roll-up all
-- read it; the formula's own reporting_level is folded into it and dropped.
UPDATE indicator i SET reported_at = f.reporting_level
  FROM indicator_formula f
 WHERE f.indicator_id = i.id AND f.reporting_level IS NOT NULL AND i.reported_at IS NULL;

CREATE OR REPLACE VIEW effective_formula AS
SELECT i.id AS indicator_id,
       COALESCE(f.kind, CASE
           WHEN i.value_type IN ('PERCENT', 'YES_NO') AND (i.unit ILIKE '%xã%' OR i.unit ILIKE '%phường%') THEN 'CHILD_SHARE'
           WHEN i.value_type IN ('COUNT', 'NUMBER') THEN 'SUM'
           WHEN i.value_type = 'PERCENT' THEN 'AVERAGE'
           ELSE 'DIRECT' END) AS kind,
       f.numerator_indicator_id,
       f.denominator_indicator_id,
       COALESCE(f.condition_text, 'Đạt') AS condition_text,
       CASE WHEN f.indicator_id IS NULL AND i.value_type = 'YES_NO' THEN 1 ELSE f.condition_min END AS condition_min,
       COALESCE(i.reported_at, 'COMMUNE') AS reporting_level
  FROM indicator i LEFT JOIN indicator_formula f ON f.indicator_id = i.id;

ALTER TABLE indicator_formula DROP COLUMN reporting_level;
