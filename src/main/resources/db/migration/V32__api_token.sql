-- Mã truy cập API cá nhân: only the SHA-256 of the token is stored; the token is shown once.
CREATE TABLE api_token (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    token_hash  TEXT NOT NULL UNIQUE,                 -- hex SHA-256
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_used   TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX api_token_user_idx ON api_token (user_id);
