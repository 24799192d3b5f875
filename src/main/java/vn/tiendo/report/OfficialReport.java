package vn.tiendo.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.tiendo.monitoring.status.Status;

/**
 * What one official report says, before any file format: the header words of its profile, the sections I–V, the
 * appendices and the figures of its charts. Text the office must still write is a marked placeholder
 * ({@link #PLACEHOLDER} …).
 */
public record OfficialReport(ReportProfile profile, Header header, String trichYeu, String periodLabel, Body body,
                             List<IndicatorLine> indicators, List<TaskLine> tasks, Charts charts, boolean hasData) {

    /** How a placeholder for the office starts. */
    public static final String PLACEHOLDER = "[Văn phòng bổ sung: ";

    static String placeholder(String what) {
        return PLACEHOLDER + what + "]";
    }

    /** The first-page header and the signature block. */
    public record Header(String superiorBody, String issuingBody, String numberLine, String placeDate,
                         List<String> recipients, String signatureAuthority, String signaturePosition, String signerName) {
    }

    /** Sections I–V with the summaries of section II. */
    public record Body(String opening, String leadership, String indicatorSummary, String taskSummary, String results,
                       String missingUnits, String assessment, String directions, String proposals) {
    }

    /**
     * A row of Phụ lục I.
     *
     * @param percent result / target × 100, one decimal; null when either is not a number
     */
    public record IndicatorLine(int stt, String code, String name, String unit, String baseline, BigDecimal baselineValue,
                                String target, BigDecimal targetValue, String result, BigDecimal resultValue,
                                BigDecimal percent, String assessment, String source, Status status) {
    }

    /** A row of Phụ lục II. */
    public record TaskLine(int stt, String code, String title, String leadBody, String timeframe, String status,
                           String progress) {
    }

    /** The figures of the charts: exactly the dashboard's. */
    public record Charts(List<Bar> keyIndicators, Map<String, Map<Status, Integer>> unitsByStatus) {

        /** Actual against target of one key indicator. */
        public record Bar(String label, BigDecimal actual, BigDecimal target) {
        }
    }
}
