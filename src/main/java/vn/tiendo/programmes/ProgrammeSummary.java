package vn.tiendo.programmes;

import java.time.LocalDate;

/** One line of the programme list (danh sách chương trình). */
public record ProgrammeSummary(long id, String number, LocalDate issuedOn, String issuer, String kind, String title,
                               long orgUnitId, String orgUnitCode, String orgUnitName, Long parentId,
                               boolean published, int indicatorCount, int taskCount) {

    /**
     * The title as listed: the title, or for a programme read without one its kind and date of issue
     * ("Chương trình hành động ngày 24/11/2025") instead of an empty cell.
     */
    public String displayTitle() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        String k = kind == null || kind.isBlank() ? "văn bản" : kind.strip();
        String named = Character.toUpperCase(k.charAt(0)) + k.substring(1);
        return issuedOn == null ? named + " số " + number
                : named + " ngày " + issuedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
