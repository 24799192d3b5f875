-- Bản nháp nhập văn bản: what the reader read from an uploaded document, kept while the officer
-- reviews and corrects it. Only confirming writes the programme tables; the draft is then deleted.
CREATE TABLE import_draft (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    file_name       TEXT NOT NULL,
    source_lines    TEXT NOT NULL,              -- the document's lines as the reader saw them, joined by '\n'
    document        TEXT NOT NULL,              -- programme JSON (ProgrammeJson.write), with the officer's edits
    number_override TEXT,                       -- số hiệu entered by the officer
    unit_override   TEXT,                       -- mã đơn vị entered by the officer
    created_by      TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    version         INT NOT NULL DEFAULT 0      -- optimistic locking: every edit increments it
);
CREATE INDEX import_draft_created_idx ON import_draft (created_at);
