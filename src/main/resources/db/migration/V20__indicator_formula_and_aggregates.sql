-- Monitoring: how each indicator is computed and rolled up the hierarchy (công thức chỉ tiêu, tổng hợp).

-- Công thức: an explicit definition; an indicator without a row gets the default of its value type
-- (see effective_formula below).
CREATE TABLE indicator_formula (
    indicator_id              BIGINT PRIMARY KEY REFERENCES indicator (id) ON DELETE CASCADE,
    kind                      TEXT NOT NULL CHECK (kind IN ('DIRECT', 'SUM', 'AVERAGE', 'MIN', 'MAX', 'RATIO',
                                                            'CHILD_SHARE', 'CHILD_COUNT')),
    numerator_indicator_id    BIGINT REFERENCES indicator (id) ON DELETE CASCADE,
    denominator_indicator_id  BIGINT REFERENCES indicator (id) ON DELETE CASCADE,
    condition_text            TEXT,       -- a child unit meets the condition when its text value is this (default 'Đạt')
    condition_min             NUMERIC,    -- … or when its number is at least this
    reporting_level           TEXT CHECK (reporting_level IN ('PROVINCE', 'COMMUNE', 'SCHOOL')),
    CONSTRAINT ratio_has_parts CHECK (kind <> 'RATIO' OR (numerator_indicator_id IS NOT NULL AND denominator_indicator_id IS NOT NULL))
);

-- The formula in force for every indicator: the explicit one, else the default of its value type.
CREATE VIEW effective_formula AS
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
       COALESCE(f.reporting_level, 'COMMUNE') AS reporting_level
  FROM indicator i LEFT JOIN indicator_formula f ON f.indicator_id = i.id;

-- Which reported indicators feed which computed indicator, and in which role.
CREATE VIEW formula_input AS
SELECT indicator_id, indicator_id AS source_id, 'VALUE' AS role, kind, condition_text, condition_min
  FROM effective_formula WHERE kind NOT IN ('RATIO', 'DIRECT')
UNION ALL
SELECT indicator_id, numerator_indicator_id, 'NUMERATOR', kind, condition_text, condition_min
  FROM effective_formula WHERE kind = 'RATIO'
UNION ALL
SELECT indicator_id, denominator_indicator_id, 'DENOMINATOR', kind, condition_text, condition_min
  FROM effective_formula WHERE kind = 'RATIO';

-- Số liệu tổng hợp: the roll-up of the values reported below a unit (not the unit's own value).
-- The parts are kept so that a parent is combined from its children (ratio of sums, never mean of ratios).
CREATE TABLE aggregate_value (
    indicator_id    BIGINT NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    org_unit_id     BIGINT NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
    period          TEXT NOT NULL,
    kind            TEXT NOT NULL,
    value           NUMERIC,              -- the result shown
    sum_value       NUMERIC,
    value_count     INTEGER NOT NULL,     -- numbers reported below
    numerator       NUMERIC,
    denominator     NUMERIC,
    met_count       INTEGER NOT NULL,     -- reporting units meeting the condition (CHILD_SHARE, CHILD_COUNT)
    reported_count  INTEGER NOT NULL,     -- reporting units with a value
    child_count     INTEGER,              -- reporting units expected below (units of the reporting level)
    min_value       NUMERIC,
    max_value       NUMERIC,
    demo            BOOLEAN NOT NULL DEFAULT FALSE,   -- some of the values below are dữ liệu minh họa
    PRIMARY KEY (indicator_id, org_unit_id, period)
);
CREATE INDEX aggregate_value_unit_idx ON aggregate_value (org_unit_id, period);

-- Number of administrative units of each level below a unit (for shares of communes / schools).
CREATE TABLE unit_level_count (
    org_unit_id  BIGINT NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
    level        TEXT NOT NULL,
    n            INTEGER NOT NULL,
    PRIMARY KEY (org_unit_id, level)
);

-- (the index data_value (indicator_id, period) is created by V10)
