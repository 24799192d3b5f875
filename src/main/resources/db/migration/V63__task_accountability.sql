-- "6 rõ" fixes an officer makes on a task (page /chuong-trinh/{id}/6-ro): what the document left unclear.
-- Kept apart from the task row (re-imported documents keep them, matched tasks keep their id).
CREATE TABLE task_accountability (
    task_id              BIGINT PRIMARY KEY REFERENCES task (id) ON DELETE CASCADE,
    deliverable          TEXT CHECK (length(deliverable) <= 1000),   -- rõ sản phẩm
    approver             TEXT CHECK (length(approver) <= 500),       -- rõ thẩm quyền: who approves/receives
    linked_indicator_id  BIGINT REFERENCES indicator (id) ON DELETE SET NULL,
    lead_confirmed       BOOLEAN NOT NULL DEFAULT FALSE,             -- inferred lead confirmed (rõ trách nhiệm)
    trigger_number       TEXT CHECK (length(trigger_number) <= 100), -- văn bản làm căn cứ (conditional tasks)
    trigger_date         DATE,
    version              INTEGER NOT NULL DEFAULT 1,
    updated_by           TEXT NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((trigger_number IS NULL) = (trigger_date IS NULL))
);
