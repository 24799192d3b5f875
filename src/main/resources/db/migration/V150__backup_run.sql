-- Sao lưu hằng đêm: one row per day, claimed by the first scheduler (INSERT ... ON CONFLICT DO NOTHING),
-- so two app nodes or two timers firing together take one backup. The row records how the run ended.
CREATE TABLE backup_run (
    run_date     DATE PRIMARY KEY,
    status       TEXT NOT NULL CHECK (status IN ('RUNNING', 'OK', 'FAILED')),
    claimed_by   TEXT NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ,
    file         TEXT,
    size_bytes   BIGINT,
    duration_ms  BIGINT,
    error        TEXT
);
