-- Sửa đổi, bổ sung: an amendment is a new version of the same programme (same id, indicators and tasks that continue
-- keep their ids and so their reported values, reports, approvals and links). Version 1 is the programme as first
-- issued; the row of version n (n >= 2) names the amending document and holds the content in force before it
-- (programme JSON, docs/programme-json.md), so every earlier version stays readable.
CREATE TABLE programme_version (
    id              BIGSERIAL PRIMARY KEY,
    programme_id    BIGINT NOT NULL REFERENCES programme (id) ON DELETE RESTRICT,
    version_no      INTEGER NOT NULL CHECK (version_no >= 2),
    amending_number TEXT NOT NULL,               -- số hiệu văn bản sửa đổi, bổ sung
    issued_on       DATE,
    effective_from  INTEGER NOT NULL,            -- first year the amended targets are in force
    previous        JSONB NOT NULL,              -- the content of version_no - 1
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by      TEXT NOT NULL,
    UNIQUE (programme_id, version_no)
);

-- Targets in force before an amendment: a yearly target of a continuing indicator for a year before the amendment's
-- effective year, as it was before the amendment changed or dropped it. The dashboards read the target of year Y
-- here first, then in target: a year before the amendment keeps its old target.
CREATE TABLE target_before_amendment (
    indicator_id          BIGINT NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    org_unit_id           BIGINT NOT NULL REFERENCES org_unit (id),
    period                TEXT NOT NULL,
    comparator            TEXT CHECK (comparator IN ('=', '>=', '>', '<=', '<')),
    value                 NUMERIC,
    text                  TEXT NOT NULL,
    programme_version_id  BIGINT NOT NULL REFERENCES programme_version (id) ON DELETE RESTRICT,
    PRIMARY KEY (indicator_id, org_unit_id, period)
);
