-- Cascade (issue 12): a child plan's indicator or task made concrete from its parent programme's item.
-- Only links an officer confirmed or that a derived draft created are stored; proposals are computed.
-- Reported data stays attached to the items; a link is removed only on purpose (audited), never by a cascade.
CREATE TABLE indicator_link (
    child_indicator_id   BIGINT PRIMARY KEY REFERENCES indicator (id),
    parent_indicator_id  BIGINT NOT NULL REFERENCES indicator (id),
    confidence           NUMERIC(4, 3) NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    origin               TEXT NOT NULL CHECK (origin IN ('CONFIRMED', 'DERIVED')),
    linked_by            TEXT NOT NULL,
    linked_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    version              INTEGER NOT NULL DEFAULT 0,
    CHECK (child_indicator_id <> parent_indicator_id)
);
CREATE INDEX indicator_link_parent_idx ON indicator_link (parent_indicator_id);

CREATE TABLE task_link (
    child_task_id   BIGINT PRIMARY KEY REFERENCES task (id),
    parent_task_id  BIGINT NOT NULL REFERENCES task (id),
    confidence      NUMERIC(4, 3) NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    origin          TEXT NOT NULL CHECK (origin IN ('CONFIRMED', 'DERIVED')),
    linked_by       TEXT NOT NULL,
    linked_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    version         INTEGER NOT NULL DEFAULT 0,
    CHECK (child_task_id <> parent_task_id)
);
CREATE INDEX task_link_parent_idx ON task_link (parent_task_id);
