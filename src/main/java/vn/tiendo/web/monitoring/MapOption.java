package vn.tiendo.web.monitoring;

import java.util.List;
import java.util.function.LongFunction;
import vn.tiendo.monitoring.IndicatorRow;

/** One choice of the map's indicator list: the indicator's code and name, and the address of its map data. */
public record MapOption(String label, String url) {

    /** The measurable indicators (qualitative ones have nothing to colour by value), in document order. */
    public static List<MapOption> of(List<IndicatorRow> rows, LongFunction<String> url) {
        return rows.stream().filter(r -> !r.plan().qualitative())
                .map(r -> new MapOption((r.code() == null ? "" : r.code() + ". ") + r.name(), url.apply(r.id()))).toList();
    }
}
