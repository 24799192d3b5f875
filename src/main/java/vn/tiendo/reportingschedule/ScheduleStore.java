package vn.tiendo.reportingschedule;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;

/** SQL of the reporting schedule (reporting_schedule, reporting_deadline); no policy. */
@Repository
public class ScheduleStore {

    private final JdbcClient jdbc;

    public ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored rules of a programme (empty: the defaults apply). */
    public List<ReportingSchedule.Rule> rules(long programmeId) {
        return jdbc.sql("""
                SELECT period_type, enabled, commune_days, province_days FROM reporting_schedule
                 WHERE programme_id = ? ORDER BY CASE period_type WHEN 'QUARTER' THEN 0 WHEN 'HALF_YEAR' THEN 1 WHEN 'NINE_MONTHS' THEN 2 ELSE 3 END""")
                .param(programmeId)
                .query((rs, i) -> new ReportingSchedule.Rule(Period.Type.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getInt(3),
                        rs.getInt(4))).list();
    }

    public Map<String, Map<OrgUnit.Level, LocalDate>> deadlines(long programmeId) {
        Map<String, Map<OrgUnit.Level, LocalDate>> out = new HashMap<>();
        jdbc.sql("SELECT period, level, deadline FROM reporting_deadline WHERE programme_id = ?").param(programmeId)
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(OrgUnit.Level.class))
                            .put(OrgUnit.Level.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class));
                });
        return out;
    }

    public void saveRules(long programmeId, List<ReportingSchedule.Rule> rules, String actor) {
        for (ReportingSchedule.Rule r : rules) {
            jdbc.sql("""
                    INSERT INTO reporting_schedule (programme_id, period_type, enabled, commune_days, province_days, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (programme_id, period_type) DO UPDATE SET enabled = EXCLUDED.enabled,
                        commune_days = EXCLUDED.commune_days, province_days = EXCLUDED.province_days,
                        updated_by = EXCLUDED.updated_by, updated_at = now()""")
                    .param(programmeId).param(r.type().name()).param(r.enabled()).param(r.communeDays()).param(r.provinceDays())
                    .param(actor).update();
        }
    }

    public void saveDeadline(long programmeId, String period, OrgUnit.Level level, LocalDate deadline, String actor) {
        jdbc.sql("""
                INSERT INTO reporting_deadline (programme_id, period, level, deadline, updated_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (programme_id, period, level) DO UPDATE SET deadline = EXCLUDED.deadline,
                    updated_by = EXCLUDED.updated_by, updated_at = now()""")
                .param(programmeId).param(period).param(level.name()).param(deadline).param(actor).update();
    }
}
