package vn.tiendo.entry;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * The reporting rule: an indicator of a programme owned by unit U is reported by the
 * administrative units at the lowest level within U's subtree (the communes for a provincial
 * programme, the commune itself for a commune plan), unless the indicator names its reporting
 * level ({@code indicator.reported_at}); either way only units within U's subtree report.
 */
@Component
public class SubtreeReportingRule implements ReportingRule {

    private final JdbcClient jdbc;
    private final OrgUnitRepository units;

    public SubtreeReportingRule(JdbcClient jdbc, OrgUnitRepository units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    @Override
    public Optional<String> refusal(EntryIndicator indicator, OrgUnit unit) {
        OrgUnit owner = owner(indicator);
        if (!units.isWithin(unit.id(), owner.id())) {
            return Optional.of(unit.fullName() + " không thuộc " + owner.fullName() + " nên không báo cáo chỉ tiêu của văn bản "
                    + indicator.programmeNumber());
        }
        OrgUnit.Level level = level(indicator, owner);
        if (unit.level() != level) {
            return Optional.of(unit.fullName() + " không báo cáo " + indicator.label() + ": chỉ tiêu này do cấp \""
                    + level.label() + "\" báo cáo");
        }
        return Optional.empty();
    }

    @Override
    public OrgUnit.Level level(EntryIndicator indicator) {
        return level(indicator, owner(indicator));
    }

    @Override
    public List<OrgUnit> reportingUnits(EntryIndicator indicator) {
        OrgUnit owner = owner(indicator);
        return units.within(owner.id(), level(indicator, owner));
    }

    /** Reads the reporting units once; only a refused unit costs a query. */
    @Override
    public Function<OrgUnit, Optional<String>> forIndicator(EntryIndicator indicator) {
        Set<Long> reporting = reportingUnits(indicator).stream().map(OrgUnit::id).collect(Collectors.toSet());
        return unit -> reporting.contains(unit.id()) ? Optional.empty() : refusal(indicator, unit);
    }

    private OrgUnit owner(EntryIndicator indicator) {
        return units.findById(indicator.ownerUnitId()).orElseThrow();
    }

    private OrgUnit.Level level(EntryIndicator indicator, OrgUnit owner) {
        if (indicator.reportedAt() != null) {
            return indicator.reportedAt();
        }
        if (owner.level() == OrgUnit.Level.SCHOOL || owner.level() == OrgUnit.Level.BODY) {
            return owner.level();
        }
        String lowest = jdbc.sql("""
                SELECT u.level FROM org_unit u, org_unit o
                 WHERE o.id = ? AND u.path LIKE o.path || '%' AND u.level IN ('NATION', 'PROVINCE', 'COMMUNE')
                 ORDER BY CASE u.level WHEN 'COMMUNE' THEN 0 WHEN 'PROVINCE' THEN 1 ELSE 2 END LIMIT 1""")
                .param(owner.id()).query(String.class).single();
        return OrgUnit.Level.valueOf(lowest);
    }
}
