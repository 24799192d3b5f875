-- Nhắc việc: one row per occurrence, kind and recipient, claimed in the database BEFORE any e-mail is sent, so
-- each reminder goes out once even across restarts and with several app nodes (vn.tiendo.reminder.ReminderStore).
-- state: PENDING (to send), RETRY (the SMTP server failed; tried again from next_try_at), SENT, FAILED (gave up
-- after the configured attempts), IN_APP (no mail host or no e-mail address: the in-app message only).
CREATE TABLE reminder (
    id             BIGSERIAL PRIMARY KEY,
    occurrence_id  BIGINT NOT NULL REFERENCES task_occurrence (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('DUE_SOON', 'OVERDUE')),
    recipient_id   BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    due_on         DATE NOT NULL,
    run_day        DATE NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('PENDING', 'RETRY', 'SENT', 'FAILED', 'IN_APP')),
    attempts       INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT,
    next_try_at    TIMESTAMPTZ,
    claimed_at     TIMESTAMPTZ NOT NULL,
    sent_at        TIMESTAMPTZ,
    UNIQUE (occurrence_id, kind, recipient_id)
);
CREATE INDEX reminder_to_send_idx ON reminder (next_try_at) WHERE state IN ('PENDING', 'RETRY');
CREATE INDEX reminder_failed_idx ON reminder (state) WHERE state IN ('RETRY', 'FAILED');

-- Hộp thư: the in-app copy of every reminder (and later other notices), read at /hop-thu.
CREATE TABLE inbox_message (
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    reminder_id  BIGINT UNIQUE REFERENCES reminder (id) ON DELETE SET NULL,
    subject      TEXT NOT NULL,
    body         TEXT NOT NULL,
    link         TEXT,
    created_at   TIMESTAMPTZ NOT NULL,
    read_at      TIMESTAMPTZ
);
CREATE INDEX inbox_message_user_idx ON inbox_message (user_id, created_at DESC);
CREATE INDEX inbox_message_unread_idx ON inbox_message (user_id) WHERE read_at IS NULL;

-- The reminder run and the national overdue lists select occurrences by due date.
CREATE INDEX task_occurrence_due_idx ON task_occurrence (due_on) WHERE due_on IS NOT NULL;
