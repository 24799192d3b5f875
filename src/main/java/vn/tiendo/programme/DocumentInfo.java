package vn.tiendo.programme;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * The header of an issued programme document (thông tin văn bản).
 *
 * @param number     document number, e.g. "05-CTr/TU"
 * @param date       date of issue
 * @param issuer     issuing body, e.g. "Ban Thường vụ Tỉnh ủy"
 * @param orgUnit    the org unit that owns the programme
 * @param kind       "chương trình hành động", "kế hoạch", "nghị quyết"
 * @param implementsDocs numbers of the documents it implements (71-NQ/TW, 281/NQ-CP, 05-CTr/TU)
 * @param bases      numbers of the documents it is based on ("Căn cứ …"), kept apart from those it implements
 * @param title      the document's title line, when found
 */
public record DocumentInfo(String number, LocalDate date, String issuer, OrgUnitRef orgUnit, String kind,
                           @JsonProperty("implements") List<String> implementsDocs, List<String> bases, String title) {

    public DocumentInfo {
        implementsDocs = implementsDocs == null ? List.of() : List.copyOf(implementsDocs);
        bases = bases == null ? List.of() : List.copyOf(bases);
    }

    /** A header without "Căn cứ" bases. */
    public DocumentInfo(String number, LocalDate date, String issuer, OrgUnitRef orgUnit, String kind,
                        List<String> implementsDocs, String title) {
        this(number, date, issuer, orgUnit, kind, implementsDocs, List.of(), title);
    }
}
