-- Tiến độ theo lần thực hiện: a progress report on a task occurrence is the task_report row whose period is
-- the occurrence key ("once", "2026", "2026Q3"); its narrative is task_report.note. An officer reporting
-- "Hoàn thành" gives the day the work was completed (ngày hoàn thành), which decides done on time or late.
ALTER TABLE task_report ADD COLUMN completed_on DATE;

-- Lịch sử báo cáo: every saved version of a report is kept, as saved (who, when, what).
CREATE TABLE task_report_history (
    id                BIGSERIAL PRIMARY KEY,
    task_report_id    BIGINT NOT NULL REFERENCES task_report (id) ON DELETE CASCADE,
    version           INTEGER NOT NULL,
    status            TEXT NOT NULL,
    progress_percent  INTEGER,
    completed_on      DATE,
    note              TEXT,
    reported_by       TEXT NOT NULL,
    reported_at       TIMESTAMPTZ NOT NULL,
    UNIQUE (task_report_id, version)
);
