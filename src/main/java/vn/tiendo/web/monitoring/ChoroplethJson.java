package vn.tiendo.web.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.tiendo.monitoring.ChoroplethService.Choropleth;
import vn.tiendo.monitoring.UnitProgress;
import vn.tiendo.monitoring.status.Status;
import vn.tiendo.programme.VietnameseNumber;

/** The JSON a map (bản đồ) is drawn from: boundaries to register, and per unit its value, reference, status and link. */
public final class ChoroplethJson {

    private ChoroplethJson() {
    }

    /** {@code href} gives the page a unit's area links to (null: no link). */
    public static Map<String, Object> of(Choropleth c, Function<String, String> href) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("indicator", c.indicator().name());
        out.put("indicatorUnit", c.indicator().unit());
        out.put("unit", c.unit().fullName());
        out.put("year", c.year());
        out.put("mapName", c.map() == null ? null : c.map().name());
        out.put("mapUrl", c.map() == null ? null : c.map().url());
        List<Map<String, Object>> areas = new ArrayList<>();
        boolean demo = false;
        for (UnitProgress u : c.areas()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", u.unit().code());
            m.put("name", u.unit().fullName());
            m.put("value", u.actual() == null ? null : u.actual().value());
            m.put("text", ProgressText.actual(u.actual()));
            m.put("reference", u.assessment().reference());
            m.put("referenceText", u.assessment().reference() == null ? "" : VietnameseNumber.formatRounded(u.assessment().reference()));
            m.put("status", u.assessment().status().name());
            m.put("statusLabel", u.assessment().status().label());
            m.put("href", href.apply(u.unit().code()));
            demo |= u.actual() != null && u.actual().demo();
            areas.add(m);
        }
        out.put("demo", demo);
        out.put("statuses", statuses());
        out.put("areas", areas);
        return out;
    }

    private static List<Map<String, String>> statuses() {
        List<Map<String, String>> out = new ArrayList<>();
        for (Status s : Status.values()) {
            out.add(Map.of("name", s.name(), "label", s.label()));
        }
        return out;
    }
}
