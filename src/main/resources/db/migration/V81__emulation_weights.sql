-- Thi đua: the weights of a programme's year-end emulation score (vn.tiendo.emulation, docs/emulation-score.md).
-- A programme without a row uses the defaults 40 / 20 / 25 / 15.
CREATE TABLE emulation_weight (
    programme_id  BIGINT PRIMARY KEY REFERENCES programme (id) ON DELETE CASCADE,
    on_time       INTEGER NOT NULL CHECK (on_time BETWEEN 0 AND 100),      -- share of occurrences done on time
    overdue       INTEGER NOT NULL CHECK (overdue BETWEEN 0 AND 100),      -- occurrences overdue at year end (penalty)
    indicators    INTEGER NOT NULL CHECK (indicators BETWEEN 0 AND 100),   -- indicators met or on track
    timeliness    INTEGER NOT NULL CHECK (timeliness BETWEEN 0 AND 100),   -- first report made by the due date
    CHECK (on_time + overdue + indicators + timeliness > 0),
    updated_by    TEXT NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
