-- Tiến Độ: the programme model. PostgreSQL only.

-- Đơn vị: nation → province → commune/ward/special zone → school, and bodies (cơ quan) attached to a level.
CREATE TABLE org_unit (
    id          BIGSERIAL PRIMARY KEY,
    code        TEXT UNIQUE,                    -- official administrative code where one exists
    name        TEXT NOT NULL,
    full_name   TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('NATION', 'PROVINCE', 'COMMUNE', 'SCHOOL', 'BODY')),
    unit_type   TEXT,                           -- Tỉnh, Thành phố, Xã, Phường, Đặc khu, Sở, Ban …
    parent_id   BIGINT REFERENCES org_unit (id),
    path        TEXT NOT NULL,                  -- '/1/13/502/': ids from the root, for subtree queries
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT body_has_parent CHECK (level = 'NATION' OR parent_id IS NOT NULL)
);
CREATE INDEX org_unit_parent_idx ON org_unit (parent_id);
CREATE INDEX org_unit_path_idx ON org_unit (path text_pattern_ops);
CREATE UNIQUE INDEX org_unit_body_name_idx ON org_unit (parent_id, full_name) WHERE code IS NULL;

-- Chương trình hành động / kế hoạch / nghị quyết.
CREATE TABLE programme (
    id              BIGSERIAL PRIMARY KEY,
    number          TEXT NOT NULL,              -- 05-CTr/TU
    issued_on       DATE,
    issuer          TEXT,                       -- Ban Thường vụ Tỉnh ủy
    kind            TEXT,                       -- chương trình hành động, kế hoạch, nghị quyết
    title           TEXT,
    org_unit_id     BIGINT NOT NULL REFERENCES org_unit (id),
    level           TEXT NOT NULL,              -- level of the owning unit
    implements      TEXT[] NOT NULL DEFAULT '{}',  -- 71-NQ/TW, 281/NQ-CP, 05-CTr/TU
    parent_id       BIGINT REFERENCES programme (id),
    source_name     TEXT,                       -- file it was imported from
    published       BOOLEAN NOT NULL DEFAULT FALSE,
    version         INTEGER NOT NULL DEFAULT 0,
    created_by      TEXT NOT NULL DEFAULT 'system',
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (org_unit_id, number)
);

-- Cảnh báo khi đọc văn bản.
CREATE TABLE programme_warning (
    id            BIGSERIAL PRIMARY KEY,
    programme_id  BIGINT NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    line          INTEGER NOT NULL,
    message       TEXT NOT NULL,
    ordinal       INTEGER NOT NULL
);

-- Chỉ tiêu.
CREATE TABLE indicator (
    id                   BIGSERIAL PRIMARY KEY,
    programme_id         BIGINT NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    parent_id            BIGINT REFERENCES indicator (id) ON DELETE CASCADE,
    ordinal              INTEGER NOT NULL,
    code                 TEXT NOT NULL,
    section              TEXT,
    name                 TEXT NOT NULL,
    unit                 TEXT,
    value_type           TEXT NOT NULL CHECK (value_type IN ('NUMBER', 'PERCENT', 'COUNT', 'YES_NO', 'TEXT', 'RANK')),
    direction            TEXT NOT NULL DEFAULT 'HIGHER' CHECK (direction IN ('HIGHER', 'LOWER')),
    baseline_year        INTEGER,
    baseline_text        TEXT,
    baseline_value       NUMERIC,
    tracked_by           TEXT[] NOT NULL DEFAULT '{}',
    tracked_by_inferred  BOOLEAN NOT NULL DEFAULT FALSE,
    footnotes            TEXT[] NOT NULL DEFAULT '{}',
    from_prose           BOOLEAN NOT NULL DEFAULT FALSE,
    source_text          TEXT,
    source_line          INTEGER,
    UNIQUE (programme_id, code)
);
CREATE INDEX indicator_programme_idx ON indicator (programme_id);

-- Mục tiêu theo năm: indicator × org unit × period.
CREATE TABLE target (
    id            BIGSERIAL PRIMARY KEY,
    indicator_id  BIGINT NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    org_unit_id   BIGINT NOT NULL REFERENCES org_unit (id),
    period        TEXT NOT NULL,                -- 2026, 2026Q1, 2026S1
    ordinal       INTEGER NOT NULL,
    comparator    TEXT CHECK (comparator IN ('=', '>=', '>', '<=', '<')),  -- null: qualitative target
    value         NUMERIC,
    numerator     INTEGER,
    denominator   INTEGER,
    text          TEXT NOT NULL,                -- exactly as written
    UNIQUE (indicator_id, org_unit_id, period)
);

-- Nhiệm vụ.
CREATE TABLE task (
    id               BIGSERIAL PRIMARY KEY,
    programme_id     BIGINT NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    ordinal          INTEGER NOT NULL,
    code             TEXT NOT NULL,
    group_name       TEXT,
    title            TEXT NOT NULL,
    lead             TEXT[] NOT NULL DEFAULT '{}',
    lead_inferred    BOOLEAN NOT NULL DEFAULT FALSE,
    coordinating     TEXT[] NOT NULL DEFAULT '{}',
    timeframe_text   TEXT,
    timeframe_kind   TEXT CHECK (timeframe_kind IN ('DEADLINE', 'RANGE', 'RECURRING', 'ONGOING', 'CONDITIONAL')),
    timeframe_start  DATE,
    timeframe_end    DATE,
    recurrence       TEXT,
    note             TEXT,
    source_line      INTEGER,
    UNIQUE (programme_id, code)
);
CREATE INDEX task_programme_idx ON task (programme_id);

-- Số liệu thực hiện: actual value reported by a unit for an indicator and period.
CREATE TABLE data_value (
    id              BIGSERIAL PRIMARY KEY,
    indicator_id    BIGINT NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    org_unit_id     BIGINT NOT NULL REFERENCES org_unit (id),
    period          TEXT NOT NULL,
    value           NUMERIC,
    text_value      TEXT,
    demo            BOOLEAN NOT NULL DEFAULT FALSE,   -- dữ liệu minh họa
    version         INTEGER NOT NULL DEFAULT 0,       -- optimistic locking
    previous_value  NUMERIC,
    previous_text   TEXT,
    created_by      TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by      TEXT NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (indicator_id, org_unit_id, period)
);
CREATE INDEX data_value_unit_idx ON data_value (org_unit_id);

-- Báo cáo tiến độ nhiệm vụ.
CREATE TABLE task_report (
    id                BIGSERIAL PRIMARY KEY,
    task_id           BIGINT NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    org_unit_id       BIGINT NOT NULL REFERENCES org_unit (id),
    period            TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'LATE')),
    progress_percent  INTEGER CHECK (progress_percent BETWEEN 0 AND 100),
    note              TEXT,
    demo              BOOLEAN NOT NULL DEFAULT FALSE,
    version           INTEGER NOT NULL DEFAULT 0,
    reported_by       TEXT NOT NULL,
    reported_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (task_id, org_unit_id, period)
);
