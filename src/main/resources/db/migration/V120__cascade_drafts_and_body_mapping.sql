-- Cascade (issue 12, items 3-6): a commune plan derived from its province's programme is a draft until issued
-- (number, date, signer); drafts are hidden from dashboards, the public view and reporting. One derived plan per
-- commune and parent programme. The body mapping turns a provincial body into its commune equivalents.
ALTER TABLE programme
    ADD COLUMN status       TEXT NOT NULL DEFAULT 'ISSUED' CHECK (status IN ('DRAFT', 'ISSUED')),
    ADD COLUMN signer       TEXT,
    ADD COLUMN derived_from BIGINT REFERENCES programme (id);
CREATE UNIQUE INDEX programme_one_derived_plan_idx ON programme (org_unit_id, derived_from) WHERE derived_from IS NOT NULL;
CREATE INDEX programme_derived_from_idx ON programme (derived_from);

CREATE TABLE body_mapping (
    id             BIGSERIAL PRIMARY KEY,
    province_name  TEXT NOT NULL UNIQUE,              -- as written in provincial programmes
    commune_names  TEXT[] NOT NULL CHECK (cardinality(commune_names) > 0),
    version        INTEGER NOT NULL DEFAULT 0,
    created_by     TEXT NOT NULL DEFAULT 'system',
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- From 05-CTr/TU (Lai Châu) and how 70-KH/ĐU (Bình Lư) renamed its bodies.
INSERT INTO body_mapping (province_name, commune_names) VALUES
    ('Ban Tuyên giáo và Dân vận Tỉnh ủy', '{"Ban Xây dựng Đảng Đảng ủy"}'),
    ('Đảng ủy UBND tỉnh', '{"UBND xã"}'),
    ('UBKT Tỉnh ủy', '{"Ủy ban Kiểm tra Đảng ủy"}'),
    ('Sở Giáo dục và Đào tạo', '{"UBND xã"}'),
    ('Ban Thường vụ Tỉnh ủy', '{"Ban Thường vụ Đảng ủy"}'),
    ('Các ban đảng tỉnh', '{"Các cơ quan, đơn vị"}'),
    ('Các đảng ủy trực thuộc Tỉnh ủy', '{"Các chi, đảng bộ liên quan"}'),
    ('Đảng ủy các xã, phường', '{"Các chi, đảng bộ liên quan"}'),
    ('Đảng ủy có liên quan', '{"Các chi, đảng bộ liên quan"}'),
    ('Các Đảng ủy liên quan', '{"Các chi, đảng bộ liên quan"}'),
    ('Các cấp ủy, tổ chức đảng có liên quan', '{"Các chi, đảng bộ liên quan"}'),
    ('Đảng ủy Trường Cao đẳng Lai Châu', '{"Các chi, đảng bộ liên quan"}');
