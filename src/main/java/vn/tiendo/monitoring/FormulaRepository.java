package vn.tiendo.monitoring;

import java.math.BigDecimal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.ProgrammeChanged;

/** Stores formula definitions (công thức chỉ tiêu) and tells the one in force for an indicator. */
@Repository
public class FormulaRepository {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final RollUp rollUp;
    private final ApplicationEventPublisher events;

    public FormulaRepository(JdbcClient jdbc, AuditLog audit, RollUp rollUp, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
        this.rollUp = rollUp;
    }

    /**
     * Defines (or replaces) an indicator's formula and recomputes its roll-up, in one transaction. A
     * reporting level given with the formula becomes the indicator's reporting level
     * ({@code indicator.reported_at}, the one the reporting rule of data entry reads too).
     */
    @Transactional
    public void define(IndicatorFormula f) {
        IndicatorFormula before = effective(f.indicatorId());
        jdbc.sql("""
                INSERT INTO indicator_formula (indicator_id, kind, numerator_indicator_id, denominator_indicator_id,
                                               condition_text, condition_min)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (indicator_id) DO UPDATE SET kind = EXCLUDED.kind,
                    numerator_indicator_id = EXCLUDED.numerator_indicator_id,
                    denominator_indicator_id = EXCLUDED.denominator_indicator_id,
                    condition_text = EXCLUDED.condition_text, condition_min = EXCLUDED.condition_min""")
                .param(f.indicatorId()).param(f.kind().name()).param(f.numeratorId()).param(f.denominatorId())
                .param(f.conditionText()).param(f.conditionMin())
                .update();
        if (f.reportingLevel() != null) {
            jdbc.sql("UPDATE indicator SET reported_at = ? WHERE id = ?").param(f.reportingLevel().name()).param(f.indicatorId()).update();
        }
        // the programme's cached indicator plan (ProgrammeIndicators) is keyed by this version
        jdbc.sql("UPDATE programme SET version = version + 1 WHERE id = (SELECT programme_id FROM indicator WHERE id = ?) RETURNING id")
                .param(f.indicatorId()).query(Long.class).optional()
                .ifPresent(programme -> events.publishEvent(new ProgrammeChanged(programme)));
        audit.record("UPDATE", "indicator_formula", f.indicatorId(), null, before, f,
                "Công thức chỉ tiêu: " + f.kind().label());
        rollUp.recomputeAll();
    }

    /** The formula in force: the stored one, else the default of the indicator's value type. */
    public IndicatorFormula effective(long indicatorId) {
        return jdbc.sql("SELECT * FROM effective_formula WHERE indicator_id = ?").param(indicatorId)
                .query((rs, i) -> new IndicatorFormula(rs.getLong("indicator_id"), FormulaKind.valueOf(rs.getString("kind")),
                        (Long) rs.getObject("numerator_indicator_id"), (Long) rs.getObject("denominator_indicator_id"),
                        rs.getString("condition_text"), rs.getBigDecimal("condition_min"),
                        OrgUnit.Level.valueOf(rs.getString("reporting_level"))))
                .optional().orElseThrow(() -> new IllegalArgumentException("Không có chỉ tiêu mã " + indicatorId + "."));
    }
}
