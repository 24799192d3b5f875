-- Nhập số liệu: who reports an indicator, and a comment (ghi chú) with each actual value.

-- Cấp báo cáo: the level of the units that report an indicator. NULL = the default rule: the
-- administrative units at the lowest level within the subtree of the programme's owning unit
-- (the communes for a provincial programme, the commune itself for a commune plan).
ALTER TABLE indicator ADD COLUMN reported_at TEXT
    CHECK (reported_at IN ('NATION', 'PROVINCE', 'COMMUNE', 'SCHOOL', 'BODY'));

ALTER TABLE data_value ADD COLUMN comment TEXT;

CREATE INDEX data_value_indicator_period_idx ON data_value (indicator_id, period);
