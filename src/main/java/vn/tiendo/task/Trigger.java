package vn.tiendo.task;

import java.time.LocalDate;

/**
 * The document that starts a conditional task ("Khi có văn bản chỉ đạo của Trung ương"), as an
 * officer records it.
 *
 * @param documentNumber number and symbol of the triggering document, e.g. "15-CT/TW"
 * @param date           date of the document (ngày ban hành)
 */
public record Trigger(String documentNumber, LocalDate date) {

    public Trigger {
        if (documentNumber == null || documentNumber.isBlank()) {
            throw new IllegalArgumentException("Văn bản làm căn cứ: thiếu số, ký hiệu văn bản");
        }
        if (date == null) {
            throw new IllegalArgumentException("Văn bản làm căn cứ " + documentNumber.strip() + ": thiếu ngày ban hành");
        }
        documentNumber = documentNumber.strip();
    }
}
