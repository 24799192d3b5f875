-- Minh chứng: evidence files of a progress report (PDF, Word, Excel, images), stored in the database so that
-- every application node serves them. The type is the one found in the content (magic bytes), never the
-- name's; the SHA-256 of the content is kept. report_version is the report version the file was added with.
CREATE TABLE task_evidence (
    id              BIGSERIAL PRIMARY KEY,
    task_report_id  BIGINT NOT NULL REFERENCES task_report (id) ON DELETE CASCADE,
    report_version  INTEGER NOT NULL,
    file_name       TEXT NOT NULL,
    media_type      TEXT NOT NULL,
    size_bytes      BIGINT NOT NULL CHECK (size_bytes > 0),
    sha256          TEXT NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content         BYTEA NOT NULL,
    uploaded_by     TEXT NOT NULL,
    uploaded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX task_evidence_report_idx ON task_evidence (task_report_id);
