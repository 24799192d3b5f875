-- Báo cáo hàng loạt (issue 11, item 4): every commune's official report of a programme and period, generated in the
-- background (vn.tiendo.report.batch, docs/official-reports.md "Batch"). Each finished file is written here as soon as
-- it is rendered, so a restart resumes from the first unfinished item and memory never holds the whole batch.
-- The files are derived output, not reported data: deleting a programme deletes its batches.
CREATE TABLE report_batch (
    id             BIGSERIAL PRIMARY KEY,
    programme_id   BIGINT NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    scope_unit_id  BIGINT NOT NULL REFERENCES org_unit (id) ON DELETE RESTRICT,  -- the province whose units report
    period         TEXT NOT NULL,                                               -- DHIS2 code: 2026, 2026S1, 2026Q3
    format         TEXT NOT NULL CHECK (format IN ('DOCX', 'PDF', 'XLSX')),
    profile        TEXT,                                                        -- null: chosen by the issuing unit
    state          TEXT NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'CANCELLED', 'FAILED')),
    total          INTEGER NOT NULL CHECK (total >= 0),
    done           INTEGER NOT NULL DEFAULT 0 CHECK (done >= 0),                -- items finished, failed ones included
    failed         INTEGER NOT NULL DEFAULT 0 CHECK (failed >= 0),
    error          TEXT,                                                        -- why the batch itself FAILED
    requested_by   TEXT NOT NULL,
    requested_at   TIMESTAMPTZ NOT NULL,
    finished_at    TIMESTAMPTZ,
    version        INTEGER NOT NULL DEFAULT 0
);

-- Two requests for the same batch while one is queued or running get the same job.
CREATE UNIQUE INDEX report_batch_one_active ON report_batch (programme_id, scope_unit_id, period, format, COALESCE(profile, ''))
    WHERE state IN ('QUEUED', 'RUNNING');
CREATE INDEX report_batch_unfinished ON report_batch (id) WHERE state IN ('QUEUED', 'RUNNING');
CREATE INDEX report_batch_programme ON report_batch (programme_id, requested_at DESC);

CREATE TABLE report_batch_item (
    batch_id     BIGINT NOT NULL REFERENCES report_batch (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,                                              -- order of work and of the ZIP
    org_unit_id  BIGINT NOT NULL REFERENCES org_unit (id) ON DELETE RESTRICT,
    state        TEXT NOT NULL CHECK (state IN ('PENDING', 'DONE', 'FAILED')),
    file         BYTEA,                                                         -- the rendered report (DONE)
    error        TEXT,                                                          -- why this unit failed (FAILED)
    finished_at  TIMESTAMPTZ,
    PRIMARY KEY (batch_id, ordinal),
    UNIQUE (batch_id, org_unit_id),
    CHECK ((state = 'DONE') = (file IS NOT NULL)),
    CHECK ((state = 'FAILED') = (error IS NOT NULL))
);
