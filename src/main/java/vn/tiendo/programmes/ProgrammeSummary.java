package vn.tiendo.programmes;

import java.time.LocalDate;

/** One line of the programme list (danh sách chương trình). */
public record ProgrammeSummary(long id, String number, LocalDate issuedOn, String issuer, String kind, String title,
                               long orgUnitId, String orgUnitCode, String orgUnitName, Long parentId,
                               boolean published, int indicatorCount, int taskCount) {
}
