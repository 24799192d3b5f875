-- Reported data (số liệu đã báo cáo) is never deleted as a side effect: deleting an indicator or a task,
-- or a programme (whose indicators and tasks cascade), is refused while values, task reports or formulas
-- refer to it. Replacing a programme updates it in place and deletes reported rows explicitly, audited.
-- aggregate_value is derived from data_value and keeps cascading.
DO $$
DECLARE
    fk RECORD;
BEGIN
    FOR fk IN
        SELECT c.conname, c.conrelid::regclass::text AS tbl
          FROM pg_constraint c
         WHERE c.contype = 'f'
           AND c.confdeltype = 'c'
           AND (c.conrelid, c.confrelid) IN (('data_value'::regclass, 'indicator'::regclass),
                                             ('indicator_formula'::regclass, 'indicator'::regclass),
                                             ('task_report'::regclass, 'task'::regclass))
    LOOP
        EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', fk.tbl, fk.conname);
    END LOOP;
END $$;

ALTER TABLE data_value ADD CONSTRAINT data_value_indicator_id_fkey
    FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE RESTRICT;
ALTER TABLE task_report ADD CONSTRAINT task_report_task_id_fkey
    FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE RESTRICT;
ALTER TABLE indicator_formula ADD CONSTRAINT indicator_formula_indicator_id_fkey
    FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE RESTRICT;
ALTER TABLE indicator_formula ADD CONSTRAINT indicator_formula_numerator_indicator_id_fkey
    FOREIGN KEY (numerator_indicator_id) REFERENCES indicator (id) ON DELETE RESTRICT;
ALTER TABLE indicator_formula ADD CONSTRAINT indicator_formula_denominator_indicator_id_fkey
    FOREIGN KEY (denominator_indicator_id) REFERENCES indicator (id) ON DELETE RESTRICT;
