package vn.tiendo.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The verdict on a {@link ClusterLoad} log: no failure outside the allowed windows (a fault and its grace time), writes
 * acknowledged after a given moment (e.g. after a promotion), and no acknowledged write missing from the database: each
 * acknowledged value is in the audit trail of its unit's value, and the stored value is not older than the last
 * acknowledged one. Reads the database with plain JDBC (no application context), so it also runs against a promoted
 * replica.
 */
public final class ClusterLoadCheck {

    /** A span of epoch milliseconds in which failures are expected (a fault and its grace time). */
    public record Window(long from, long to) {

        /** "FROM-TO" in epoch milliseconds. */
        public static Window parse(String text) {
            String[] p = text.split("-", 2);
            return new Window(Long.parseLong(p[0].trim()), Long.parseLong(p[1].trim()));
        }

        /** Whether the request was under way at some moment of the window (in flight when the fault began counts). */
        boolean covers(ClusterLoad.Entry e) {
            return e.at() <= to && e.at() + e.millis() >= from;
        }
    }

    /** The findings: problems (each one line, Vietnamese) and figures. */
    public record Verdict(List<String> problems, Map<String, Object> figures) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    private ClusterLoadCheck() {
    }

    static List<ClusterLoad.Entry> read(Path logFile) {
        try {
            return Files.readAllLines(logFile, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(ClusterLoad.Entry::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Requests by kind and outcome ("read ok", "write fail" …). */
    static Map<String, Long> counts(List<ClusterLoad.Entry> entries) {
        Map<String, Long> out = new TreeMap<>();
        entries.forEach(e -> out.merge(e.kind() + " " + (e.ok() ? "ok" : "fail"), 1L, Long::sum));
        return out;
    }

    /** Checks the log against the allowed windows, the moment writes must succeed again after (0: none), and the database. */
    public static Verdict check(Path logFile, List<Window> allowed, Map<Long, String> marks, long writesAfter,
                                ClusterLoadSetup.Setup setup, String dbUrl, String user, String password) throws SQLException {
        List<ClusterLoad.Entry> entries = read(logFile);
        List<String> problems = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>(counts(entries));
        List<ClusterLoad.Entry> outside = entries.stream().filter(e -> !e.ok() && allowed.stream().noneMatch(w -> w.covers(e))).toList();
        figures.put("failures outside grace windows", outside.size());
        outside.stream().limit(8).forEach(e -> problems.add("lỗi ngoài thời gian ân hạn (" + after(marks, e.at()) + "): " + e.line()));
        figures.put("failures inside grace windows", entries.stream().filter(e -> !e.ok()).count() - outside.size());
        figures.put("answered by nodes", entries.stream().map(ClusterLoad.Entry::node).filter(n -> !n.equals("-")).distinct().sorted().toList());
        if (writesAfter > 0) {
            long after = entries.stream().filter(e -> e.kind().equals("write") && e.ok() && e.at() > writesAfter).count();
            figures.put("writes acknowledged after " + writesAfter, after);
            if (after == 0) {
                problems.add("không có lần ghi nào thành công sau thời điểm " + writesAfter);
            }
        }
        try (Connection c = DriverManager.getConnection(dbUrl, user, password)) {
            figures.put("acknowledged writes found in database", database(c, setup, entries, problems));
        }
        return new Verdict(problems, figures);
    }

    /** The last marked event (a fault, a recovery) before {@code t}, e.g. "2.3 s sau replica started again". */
    private static String after(Map<Long, String> marks, long t) {
        return new TreeMap<>(marks).headMap(t, true).entrySet().stream().reduce((a, b) -> b)
                .map(m -> String.format("%.1f s sau %s", (t - m.getKey()) / 1000.0, m.getValue())).orElse("trước mọi sự cố");
    }

    private static long database(Connection c, ClusterLoadSetup.Setup setup, List<ClusterLoad.Entry> entries, List<String> problems)
            throws SQLException {
        long found = 0;
        for (String unit : setup.units()) {
            List<BigDecimal> acked = entries.stream().filter(e -> e.kind().equals("write") && e.ok() && e.unit().equals(unit))
                    .map(e -> new BigDecimal(e.value())).toList();
            Set<BigDecimal> audited = new HashSet<>();
            BigDecimal stored = null;
            try (PreparedStatement s = c.prepareStatement("SELECT v.value, (a.after->>'value')::numeric FROM data_value v"
                    + " JOIN org_unit u ON u.id = v.org_unit_id LEFT JOIN audit_event a ON a.object_type = 'data_value' AND a.object_id = v.id::text"
                    + " WHERE v.indicator_id = ? AND u.code = ? AND v.period = ?")) {
                s.setLong(1, setup.indicatorId());
                s.setString(2, unit);
                s.setString(3, ClusterLoadSetup.PERIOD);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        stored = rs.getBigDecimal(1);
                        if (rs.getBigDecimal(2) != null) {
                            audited.add(rs.getBigDecimal(2).stripTrailingZeros());
                        }
                    }
                }
            }
            for (BigDecimal v : acked) {
                if (audited.contains(v.stripTrailingZeros())) {
                    found++;
                } else {
                    problems.add("mất lần ghi: " + unit + " = " + v.toPlainString() + " đã được xác nhận nhưng không có trong CSDL");
                }
            }
            BigDecimal last = acked.stream().max(BigDecimal::compareTo).orElse(null);
            if (last != null && (stored == null || stored.compareTo(last) < 0)) {
                problems.add("giá trị lưu của " + unit + " là " + stored + ", cũ hơn lần ghi được xác nhận cuối " + last.toPlainString());
            }
        }
        return found;
    }
}
