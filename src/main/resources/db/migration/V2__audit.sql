-- Nhật ký thay đổi: append-only audit trail (who, when, from where, what, before, after).
CREATE TABLE audit_event (
    id           BIGSERIAL PRIMARY KEY,
    at           TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    actor        TEXT NOT NULL,             -- username, or a pseudonymous reference after erasure
    address      TEXT,                      -- client address
    action       TEXT NOT NULL,             -- CREATE, UPDATE, DELETE, IMPORT, LOGIN, …
    object_type  TEXT NOT NULL,             -- programme, indicator, target, data_value, task, task_report, user, role
    object_id    TEXT,
    org_unit_id  BIGINT,
    before       JSONB,
    after        JSONB,
    summary      TEXT
);
CREATE INDEX audit_event_at_idx ON audit_event (at);
CREATE INDEX audit_event_unit_idx ON audit_event (org_unit_id);
CREATE INDEX audit_event_object_idx ON audit_event (object_type, object_id);

-- The audit cannot be edited: updates and deletes are refused by the database itself.
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Nhật ký thay đổi chỉ được ghi thêm, không được sửa hoặc xóa';
END $$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
