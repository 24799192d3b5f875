package vn.tiendo.programmes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of programme versions (sửa đổi, bổ sung) and of the targets in force before an amendment. */
@Repository
public class ProgrammeVersionStore {

    /** A yearly target of the programme's own unit as stored now. */
    record YearTarget(long indicatorId, long orgUnitId, String period, String comparator, BigDecimal value, String text) {
    }

    /** One amendment: the version it made, the amending document, and who recorded it. */
    public record Version(int versionNo, String amendingNumber, LocalDate issuedOn, int effectiveFrom, Instant createdAt,
                          String createdBy) {
    }

    private final JdbcClient jdbc;

    public ProgrammeVersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<YearTarget> yearTargets(long programmeId) {
        return jdbc.sql("""
                SELECT t.indicator_id, t.org_unit_id, t.period, t.comparator, t.value, t.text
                  FROM target t JOIN indicator i ON i.id = t.indicator_id
                 WHERE i.programme_id = ? AND t.period ~ '^[0-9]{4}$'""").param(programmeId)
                .query((rs, n) -> new YearTarget(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                        rs.getString(6))).list();
    }

    int nextVersionNo(long programmeId) {
        return jdbc.sql("SELECT coalesce(max(version_no), 1) + 1 FROM programme_version WHERE programme_id = ?").param(programmeId)
                .query(Integer.class).single();
    }

    long insertVersion(long programmeId, int versionNo, String amendingNumber, LocalDate issuedOn, int effectiveFrom,
                       String previousJson, String actor) {
        return jdbc.sql("""
                INSERT INTO programme_version (programme_id, version_no, amending_number, issued_on, effective_from, previous, created_by)
                VALUES (?, ?, ?, ?, ?, CAST(? AS JSONB), ?) RETURNING id""")
                .params(programmeId, versionNo, amendingNumber, issuedOn, effectiveFrom, previousJson, actor).query(Long.class).single();
    }

    /** Keeps {@code t} as the target in force for its year (unless an earlier amendment already kept one). */
    void keepBefore(YearTarget t, long versionId) {
        jdbc.sql("""
                INSERT INTO target_before_amendment (indicator_id, org_unit_id, period, comparator, value, text, programme_version_id)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(t.indicatorId(), t.orgUnitId(), t.period(), t.comparator(), t.value(), t.text(), versionId).update();
    }

    public List<Version> versions(long programmeId) {
        return jdbc.sql("""
                SELECT version_no, amending_number, issued_on, effective_from, created_at, created_by
                  FROM programme_version WHERE programme_id = ? ORDER BY version_no""").param(programmeId)
                .query((rs, n) -> new Version(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6))).list();
    }

    /** The content of version {@code versionNo} as kept by the amendment that followed it. */
    Optional<String> contentBefore(long programmeId, int versionNo) {
        return jdbc.sql("SELECT CAST(previous AS TEXT) FROM programme_version WHERE programme_id = ? AND version_no = ?")
                .params(programmeId, versionNo + 1).query(String.class).optional();
    }
}
