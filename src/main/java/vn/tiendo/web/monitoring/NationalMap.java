package vn.tiendo.web.monitoring;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.tiendo.monitoring.MapCatalog;
import vn.tiendo.monitoring.ProgressService;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * Bản đồ 34 tỉnh, thành phố of the home page: the measurable indicators of every national programme (owned by the
 * nation unit) as choices of one map, each drawn from the dashboard's own map data of the nation. Empty — the page
 * shows no map — when there is no national programme, no boundary file for the provinces, or the user may not view
 * the nation.
 */
@Component
public class NationalMap {

    private final ProgrammeService programmes;
    private final ProgressService progress;
    private final OrgUnitRepository units;
    private final MapCatalog catalog;
    private final AccessPolicy access;
    private final Clock clock;

    public NationalMap(ProgrammeService programmes, ProgressService progress, OrgUnitRepository units, MapCatalog catalog,
                       AccessPolicy access, Clock clock) {
        this.programmes = programmes;
        this.progress = progress;
        this.units = units;
        this.catalog = catalog;
        this.access = access;
        this.clock = clock;
    }

    /** The year the home page map shows: this year, within the tracking period. */
    public int year() {
        return DashboardScope.PERIOD.clamp(Year.now(clock).getValue());
    }

    /** One choice per measurable indicator of each national programme ("04-CTr/TW · 1. Trường đạt chuẩn"). */
    public List<MapOption> options() {
        OrgUnit nation = units.nation();
        if (catalog.below(nation.code()).isEmpty() || !access.can(AccessPolicy.Permission.VIEW, nation.id())) {
            return List.of();
        }
        int year = year();
        List<MapOption> out = new ArrayList<>();
        for (ProgrammeSummary p : programmes.list()) {
            if (p.orgUnitId() != nation.id()) {
                continue;
            }
            for (MapOption o : MapOption.of(progress.indicators(p.id()),
                    i -> "/api/v1/dashboard/indicators/" + i + "/map?unit=" + nation.code() + "&year=" + year)) {
                out.add(new MapOption(p.number() + " · " + o.label(), o.url()));
            }
        }
        return out;
    }
}
