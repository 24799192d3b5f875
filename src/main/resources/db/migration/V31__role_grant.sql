-- Vai trò được giao trên một đơn vị; applies to that unit and every unit below it (org_unit.path).
CREATE TABLE role_grant (
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (role IN ('ADMIN', 'PROGRAMME_OWNER', 'REPORTER', 'APPROVER', 'INSPECTOR', 'VIEWER')),
    org_unit_id  BIGINT NOT NULL REFERENCES org_unit (id),
    granted_by   TEXT NOT NULL,
    granted_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (user_id, role, org_unit_id)
);
CREATE INDEX role_grant_user_idx ON role_grant (user_id);
