-- Rõ người: the person a body's manager names as responsible for a task's occurrences in that body.
-- Shared by the task pages (assignment), "Việc của tôi" and the reminders (recipients).
ALTER TABLE task_occurrence ADD COLUMN responsible_user_id BIGINT REFERENCES app_user (id);
CREATE INDEX task_occurrence_responsible_idx ON task_occurrence (responsible_user_id) WHERE responsible_user_id IS NOT NULL;
