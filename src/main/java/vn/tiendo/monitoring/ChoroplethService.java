package vn.tiendo.monitoring;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.tiendo.programme.OrgUnit;

/**
 * Bản đồ phân vùng (choropleth): one indicator's standing in each unit directly below a unit, with the boundaries to
 * draw them on when the catalogue has them. The figures are the dashboard's own ({@link ProgressService#children}),
 * so the map, the ranked bar chart and the table below it never disagree.
 */
@Service
public class ChoroplethService {

    private final ProgressService progress;
    private final MapCatalog catalog;

    public ChoroplethService(ProgressService progress, MapCatalog catalog) {
        this.progress = progress;
        this.catalog = catalog;
    }

    /**
     * The units below {@code unit} on {@code row} in {@code year}, worst gap first, and the map when there is one whose
     * features include at least one of them (else {@code map} is null and the page draws the ranked bar chart).
     */
    public Choropleth of(IndicatorRow row, OrgUnit unit, int year) {
        List<UnitProgress> areas = progress.children(row, unit.id(), year);
        MapCatalog.UnitMap map = catalog.below(unit.code())
                .filter(m -> areas.stream().anyMatch(a -> m.codes().contains(a.unit().code()))).orElse(null);
        return new Choropleth(row, unit, year, map, areas);
    }

    /** What a map shows: the indicator, the unit whose sub-units are drawn, the year, the boundaries (or null) and the figures. */
    public record Choropleth(IndicatorRow indicator, OrgUnit unit, int year, MapCatalog.UnitMap map, List<UnitProgress> areas) {
    }
}
