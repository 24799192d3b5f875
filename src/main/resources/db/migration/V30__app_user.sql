-- Người dùng (tài khoản). Personal data (Decree 13/2023/NĐ-CP) is limited to display name, position,
-- unit, e-mail and phone; erasure clears these and replaces the username by a pseudonym.
CREATE TABLE app_user (
    id               BIGSERIAL PRIMARY KEY,
    username         TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 3 AND 60),
    display_name     TEXT CHECK (length(display_name) <= 120),
    position         TEXT CHECK (length(position) <= 120),
    org_unit_id      BIGINT REFERENCES org_unit (id),
    email            TEXT CHECK (length(email) <= 120),
    phone            TEXT CHECK (length(phone) <= 30),
    password_hash    TEXT NOT NULL,
    enabled          BOOLEAN NOT NULL DEFAULT TRUE,
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    locked_until     TIMESTAMPTZ,
    demo             BOOLEAN NOT NULL DEFAULT FALSE,   -- tài khoản minh họa (--demo)
    erased_at        TIMESTAMPTZ,                      -- personal data erased on request
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by       TEXT NOT NULL DEFAULT 'system',
    password_changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX app_user_unit_idx ON app_user (org_unit_id);
