package vn.tiendo.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks the writes of {@link WritersBenchmark} against the audit trail, unit by unit. The audited versions of the
 * value must run 1, 2, 3… each from the one before; every acknowledged write must be there exactly once (its value is
 * unique), over the very version its writer saw (form, Excel, REST; dataValueSets carries none and overwrites); and
 * the stored value must be the last audited one. Anything else is a lost update.
 */
final class WriterAudit {

    /** What was found: lost updates (each described), and stored values no writer was told about. */
    record Findings(List<String> lostUpdates, int unacknowledgedStored, int auditedVersions) {
    }

    private record Audited(Integer before, int after, BigDecimal value) {
    }

    private final JdbcClient jdbc;

    WriterAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Findings check(WritersBenchmark.Setup setup, List<WriterLoop.Attempt> attempts) {
        List<String> lost = new ArrayList<>();
        int unacknowledged = 0;
        int versions = 0;
        for (String unit : new LinkedHashSet<>(setup.writers().stream().map(WritersBenchmark.Writer::unitCode).toList())) {
            List<WriterLoop.Attempt> acked = attempts.stream().filter(a -> a.writer().unitCode().equals(unit)
                    && a.outcome() == WriterLoop.Outcome.ACKNOWLEDGED).toList();
            Optional<Map<String, Object>> stored = jdbc.sql("SELECT v.id, v.value, v.version FROM data_value v JOIN org_unit u ON u.id = v.org_unit_id"
                    + " WHERE v.indicator_id = ? AND u.code = ? AND v.period = ?").params(setup.indicatorId(), unit, WritersBenchmark.PERIOD)
                    .query().listOfRows().stream().findFirst();
            if (stored.isEmpty()) {
                if (!acked.isEmpty()) {
                    lost.add(unit + ": " + acked.size() + " lần ghi được xác nhận nhưng không có số liệu");
                }
                continue;
            }
            List<Audited> trail = trail(((Number) stored.get().get("id")).longValue());
            versions += trail.size();
            unacknowledged += unit(unit, stored.get(), trail, acked, lost);
        }
        return new Findings(lost, unacknowledged, versions);
    }

    /** The checks of one unit's value; returns how many audited values no writer was told about. */
    private static int unit(String unit, Map<String, Object> stored, List<Audited> trail, List<WriterLoop.Attempt> acked, List<String> lost) {
        for (int k = 0; k < trail.size(); k++) {
            Audited a = trail.get(k);
            if (a.after() != k + 1 || !Objects.equals(a.before(), k == 0 ? null : k)) {
                lost.add(unit + ": phiên bản " + a.before() + " → " + a.after() + " không nối tiếp ở vị trí " + (k + 1));
            }
        }
        Audited last = trail.isEmpty() ? null : trail.get(trail.size() - 1);
        BigDecimal value = (BigDecimal) stored.get("value");
        if (last == null || last.value().compareTo(value) != 0 || last.after() != ((Number) stored.get("version")).intValue()) {
            lost.add(unit + ": giá trị cuối " + value + " không phải giá trị ghi cuối trong nhật ký");
        }
        Map<BigDecimal, Audited> byValue = new HashMap<>();
        trail.forEach(a -> byValue.merge(a.value().stripTrailingZeros(), a, (x, y) -> {
            lost.add(unit + ": giá trị " + x.value() + " được ghi hai lần");
            return x;
        }));
        for (WriterLoop.Attempt w : acked) {
            Audited a = byValue.remove(new BigDecimal(w.value()).stripTrailingZeros());
            if (a == null) {
                lost.add(unit + ": lần ghi " + w.value() + " của " + w.writer().username() + " được xác nhận nhưng không có trong nhật ký");
            } else if (w.writer().channel() != WritersBenchmark.Channel.DATA_VALUE_SETS && !Objects.equals(a.before(), w.seenVersion())) {
                lost.add(unit + ": lần ghi " + w.value() + " (" + w.writer().channel() + ") đè phiên bản " + a.before()
                        + " mà người ghi chỉ thấy phiên bản " + w.seenVersion());
            }
        }
        return byValue.size();
    }

    private List<Audited> trail(long valueId) {
        return jdbc.sql("SELECT (before->>'version')::int AS b, (after->>'version')::int AS a, (after->>'value')::numeric AS v"
                        + " FROM audit_event WHERE object_type = 'data_value' AND object_id = ? ORDER BY id")
                .param(String.valueOf(valueId))
                .query((rs, i) -> new Audited((Integer) rs.getObject("b"), rs.getInt("a"), rs.getBigDecimal("v"))).list();
    }

    /** The version written in the hidden column G of the template's first indicator row (Excel row 7); null when blank. */
    static Integer templateVersion(byte[] template) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Cell c = wb.getSheetAt(0).getRow(6).getCell(6);
            return c == null || c.getCellType() != CellType.NUMERIC ? null : (int) c.getNumericCellValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
