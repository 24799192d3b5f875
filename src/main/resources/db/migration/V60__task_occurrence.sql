-- Lần thực hiện nhiệm vụ: each time a task falls due for its responsible unit, planned from the
-- task's time frame by vn.tiendo.task.OccurrencePlanner. Progress reports stay in task_report, with
-- the occurrence key as their period. NO ACTION on task: an occurrence vetoes deleting its task, so
-- replacing a programme must keep (match) its task rows or remove unreported occurrences first.
CREATE TABLE task_occurrence (
    id              BIGSERIAL PRIMARY KEY,
    task_id         BIGINT NOT NULL REFERENCES task (id) ON DELETE NO ACTION,
    org_unit_id     BIGINT NOT NULL REFERENCES org_unit (id),   -- responsible unit
    occurrence_key  TEXT NOT NULL,                              -- "once", "2026", "2026Q3", "202601"
    period_label    TEXT,                                       -- "Quý III năm 2026", "Năm 2026"
    kind            TEXT CHECK (kind IN ('DEADLINE', 'RANGE', 'RECURRING', 'ONGOING', 'CONDITIONAL')),
    unclear         BOOLEAN NOT NULL DEFAULT FALSE,             -- time frame not understood: no due date
    starts_on       DATE,
    due_on          DATE,
    trigger_number  TEXT,                                       -- văn bản làm căn cứ (conditional tasks)
    trigger_date    DATE,
    version         INTEGER NOT NULL DEFAULT 0,
    planned_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (task_id, org_unit_id, occurrence_key),
    CHECK ((trigger_number IS NULL) = (trigger_date IS NULL)),
    CHECK (due_on IS NULL OR starts_on IS NULL OR due_on >= starts_on)
);
CREATE INDEX task_occurrence_unit_due_idx ON task_occurrence (org_unit_id, due_on);
