-- Báo cáo 9 tháng (issue 10): a programme's schedule may include the nine months January–September (period code
-- 2026N9; cut-off 15/12 of the year before → 14/9). Stored schedules keep their rows; a missing type is off.
ALTER TABLE reporting_schedule DROP CONSTRAINT reporting_schedule_period_type_check;
ALTER TABLE reporting_schedule ADD CONSTRAINT reporting_schedule_period_type_check
    CHECK (period_type IN ('YEAR', 'HALF_YEAR', 'QUARTER', 'NINE_MONTHS'));
