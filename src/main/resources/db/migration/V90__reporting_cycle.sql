-- Chu kỳ báo cáo (issue 10): reporting schedule per programme, period reports with their workflow
-- (Nháp → Đã gửi → Đã duyệt / Trả lại), in-app notifications, and when an org unit existed.

-- When a unit came into being or ceased (mergers): completeness expects only units existing on the cut-off date.
ALTER TABLE org_unit ADD COLUMN opened_on DATE;
ALTER TABLE org_unit ADD COLUMN closed_on DATE;

-- Lịch báo cáo: the period types a programme reports on, with the deadline per level in working days after
-- the cut-off (Nghị định 09/2019/NĐ-CP, Điều 12). No row for a programme = the defaults (6 tháng, năm).
CREATE TABLE reporting_schedule (
    programme_id   BIGINT NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    period_type    TEXT NOT NULL CHECK (period_type IN ('YEAR', 'HALF_YEAR', 'QUARTER')),
    enabled        BOOLEAN NOT NULL,
    commune_days   INTEGER NOT NULL CHECK (commune_days >= 1),
    province_days  INTEGER NOT NULL,
    updated_by     TEXT NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (programme_id, period_type),
    CHECK (province_days > commune_days)
);

-- Hạn nộp riêng of one period and level, set by an administrator (overrides the working-day rule).
CREATE TABLE reporting_deadline (
    programme_id  BIGINT NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    period        TEXT NOT NULL,
    level         TEXT NOT NULL CHECK (level IN ('PROVINCE', 'COMMUNE')),
    deadline      DATE NOT NULL,
    updated_by    TEXT NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (programme_id, period, level)
);

-- Báo cáo kỳ: programme × unit × period, its state and narrative sections.
CREATE TABLE period_report (
    id                  BIGSERIAL PRIMARY KEY,
    programme_id        BIGINT NOT NULL REFERENCES programme (id),
    org_unit_id         BIGINT NOT NULL REFERENCES org_unit (id),
    period              TEXT NOT NULL,
    state               TEXT NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    leadership          TEXT,            -- công tác lãnh đạo, chỉ đạo
    results             TEXT,            -- kết quả thực hiện
    shortcomings        TEXT,            -- hạn chế, nguyên nhân
    directions          TEXT,            -- phương hướng, nhiệm vụ
    proposals           TEXT,            -- đề xuất, kiến nghị
    first_submitted_at  TIMESTAMPTZ,     -- timeliness counts the first submission
    submitted_by        TEXT,
    submitted_at        TIMESTAMPTZ,
    missing_reason      TEXT,            -- sent although something was missing: why
    approved_by         TEXT,
    approved_at         TIMESTAMPTZ,
    returned_by         TEXT,
    returned_at         TIMESTAMPTZ,
    comment             TEXT,            -- the approver's last comment (trả lại) or unlock reason
    accepted_missing    BOOLEAN NOT NULL DEFAULT FALSE,  -- the level above accepted that it will not come
    accepted_by         TEXT,
    accepted_at         TIMESTAMPTZ,
    accepted_reason     TEXT,
    demo                BOOLEAN NOT NULL DEFAULT FALSE,
    version             INTEGER NOT NULL DEFAULT 1,
    updated_by          TEXT NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (programme_id, org_unit_id, period)
);
CREATE INDEX period_report_programme_period_idx ON period_report (programme_id, period);

-- Thông báo trong ứng dụng (e-mail comes with the tasks issue).
CREATE TABLE notification (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    message     TEXT NOT NULL,
    link        TEXT,
    read_at     TIMESTAMPTZ
);
CREATE INDEX notification_user_idx ON notification (user_id) WHERE read_at IS NULL;
