package vn.tiendo.cascade;

import java.math.BigDecimal;
import java.util.List;

/**
 * The alignment of a provincial programme with its communes' plans (docs/cascade.md, "Alignment"): which communes
 * issued a plan, targets weaker or stronger than the province's for the same year, parent tasks a plan has no task for,
 * and for indicators counted in communes whether the plans promise enough communes for each year.
 */
public record Alignment(long programmeId, String number, String provinceName, List<Commune> communes, List<Gap> gaps,
                        List<MissingTask> missingTasks, List<CommuneCount> counts) {

    /** A commune and its plan: status ISSUED, DRAFT or NONE. */
    public record Commune(String code, String name, String status, Long planId, String planNumber) {
        public String statusText() {
            return switch (status) {
                case "ISSUED" -> "Đã ban hành";
                case "DRAFT" -> "Dự thảo";
                default -> "Chưa có kế hoạch";
            };
        }
    }

    /** A commune target that differs from the province's target of the same year; weaker or (else) stronger. */
    public record Gap(String communeCode, String communeName, long planId, String planStatus, String indicatorCode,
                      String indicatorName, int year, String parentText, BigDecimal parentValue, String childText,
                      BigDecimal childValue, boolean weaker) {
    }

    /** A parent task a commune plan has no (linked) task for. */
    public record MissingTask(String communeName, long planId, String planNumber, String taskCode, String taskTitle) {
    }

    /** For a count of communes: the province's target of a year and how many communes' plans promise it by then. */
    public record CommuneCount(String indicatorCode, String indicatorName, int year, String parentText, int needed,
                               int denominator, int promised) {
        public boolean enough() {
            return promised >= needed;
        }
    }

    public long issuedCount() {
        return communes.stream().filter(c -> "ISSUED".equals(c.status())).count();
    }

    public long weakerCount() {
        return gaps.stream().filter(Gap::weaker).count();
    }
}
