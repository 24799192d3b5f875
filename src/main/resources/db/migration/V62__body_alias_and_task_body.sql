-- Cơ quan chủ trì, phối hợp: the names written in a task's lead and coordinating cells resolve to bodies
-- (org units of level BODY under the province or commune) through this alias table, which administrators
-- edit at /quan-tri/co-quan. Names are matched on their normalised key (vn.tiendo.bodies.BodyNames.key:
-- lowercase, abbreviations such as UBND, UBKT, HĐND, MTTQ, TU expanded, whitespace collapsed).
CREATE TABLE body_alias (
    id             BIGSERIAL PRIMARY KEY,
    scope_unit_id  BIGINT REFERENCES org_unit (id),    -- province or commune where it applies; NULL: everywhere
    owner_level    TEXT CHECK (owner_level IN ('PROVINCE', 'COMMUNE')),  -- generic alias: only for this level
    alias          TEXT NOT NULL,                       -- the name as written
    alias_key      TEXT NOT NULL,                       -- its normalised key
    kind           TEXT NOT NULL CHECK (kind IN ('BODY', 'EACH_COMMUNE', 'NOT_A_BODY')),
    body_unit_id   BIGINT REFERENCES org_unit (id),     -- BODY: this body
    body_name      TEXT,                                -- BODY: the body of this name under the owning unit;
                                                        -- EACH_COMMUNE: prefix of the body in every commune
    created_by     TEXT NOT NULL DEFAULT 'system',
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (kind <> 'BODY' OR ((body_unit_id IS NULL) <> (body_name IS NULL))),
    CHECK (kind <> 'EACH_COMMUNE' OR body_name IS NOT NULL),
    CHECK (scope_unit_id IS NULL OR owner_level IS NULL)
);
-- one normalised name maps to one target per scope
CREATE UNIQUE INDEX body_alias_key_idx ON body_alias (COALESCE(scope_unit_id, 0), COALESCE(owner_level, ''), alias_key);

-- Task ↔ body: the bodies a task's lead (chủ trì) and coordinating (phối hợp) names resolved to.
CREATE TABLE task_body (
    task_id       BIGINT NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    role          TEXT NOT NULL CHECK (role IN ('LEAD', 'COORDINATING')),
    body_unit_id  BIGINT NOT NULL REFERENCES org_unit (id),
    name          TEXT NOT NULL,                        -- the name as written that resolved to the body
    PRIMARY KEY (task_id, role, body_unit_id)
);
CREATE INDEX task_body_unit_idx ON task_body (body_unit_id);

-- Names that resolved to nothing: listed for an administrator to map (never dropped).
CREATE TABLE task_body_unresolved (
    task_id        BIGINT NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    role           TEXT NOT NULL CHECK (role IN ('LEAD', 'COORDINATING')),
    name           TEXT NOT NULL,
    name_key       TEXT NOT NULL,
    scope_unit_id  BIGINT NOT NULL REFERENCES org_unit (id),   -- the programme's owning unit
    PRIMARY KEY (task_id, role, name)
);
CREATE INDEX task_body_unresolved_key_idx ON task_body_unresolved (scope_unit_id, name_key);

-- Programmes whose names were resolved (resolved again when replaced or when an alias changes).
CREATE TABLE programme_bodies_resolved (
    programme_id  BIGINT PRIMARY KEY REFERENCES programme (id) ON DELETE CASCADE,
    resolved_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Aliases found in the four seed documents that hold for any province or commune (keys as BodyNames.key).
INSERT INTO body_alias (owner_level, alias, alias_key, kind, body_name) VALUES
    ('PROVINCE', 'Các đảng ủy trực thuộc Tỉnh ủy', 'các đảng ủy trực thuộc tỉnh ủy', 'EACH_COMMUNE', 'Đảng ủy'),
    ('COMMUNE', 'Ban Xây dựng Đảng', 'ban xây dựng đảng', 'BODY', 'Ban Xây dựng Đảng Đảng ủy');
INSERT INTO body_alias (alias, alias_key, kind) VALUES
    ('Đảng ủy có liên quan', 'đảng ủy có liên quan', 'NOT_A_BODY'),
    ('Các Đảng ủy liên quan', 'các đảng ủy liên quan', 'NOT_A_BODY'),
    ('Các cấp ủy, tổ chức đảng có liên quan', 'các cấp ủy, tổ chức đảng có liên quan', 'NOT_A_BODY'),
    ('Các cơ quan, đơn vị', 'các cơ quan, đơn vị', 'NOT_A_BODY'),
    ('Các chi, đảng bộ liên quan', 'các chi, đảng bộ liên quan', 'NOT_A_BODY'),
    ('Các chi bộ có liên quan', 'các chi bộ có liên quan', 'NOT_A_BODY');
