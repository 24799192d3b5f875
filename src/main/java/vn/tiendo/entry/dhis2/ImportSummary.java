package vn.tiendo.entry.dhis2;

import java.util.List;

/**
 * The DHIS2 import summary: {@code {"status":"SUCCESS|ERROR","importCount":{…},"conflicts":[…]}}.
 * Imports are all or nothing: with any conflict the status is ERROR and nothing was stored.
 */
public record ImportSummary(String responseType, String status, String description, ImportCount importCount,
                            List<Conflict> conflicts) {

    public record ImportCount(int imported, int updated, int ignored, int deleted) {
    }

    /** {@code object}: the data value it concerns ("dataValues[2]" and its data element); {@code value}: the Vietnamese reason. */
    public record Conflict(String object, String value) {
    }

    static ImportSummary success(int imported, int updated, int ignored) {
        return new ImportSummary("ImportSummary", "SUCCESS", "Đã nhập " + (imported + updated) + " số liệu.",
                new ImportCount(imported, updated, ignored, 0), List.of());
    }

    static ImportSummary error(int total, List<Conflict> conflicts) {
        return new ImportSummary("ImportSummary", "ERROR", "Không nhập số liệu nào: có " + conflicts.size() + " lỗi.",
                new ImportCount(0, 0, total, 0), conflicts);
    }

    public boolean succeeded() {
        return "SUCCESS".equals(status);
    }
}
