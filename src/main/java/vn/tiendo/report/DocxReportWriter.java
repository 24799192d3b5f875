package vn.tiendo.report;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.data.PictureType;
import com.deepoove.poi.data.Pictures;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tiendo.programme.VietnameseNumber;

/** Fills a .docx template (poi-tl tags) with one report; the named placeholders are listed in docs/official-reports.md. */
public final class DocxReportWriter {

    private static final int CHART_WIDTH = 560;
    private static final int CHART_HEIGHT = 300;

    private DocxReportWriter() {
    }

    /** @param templateName the template's file name, for the error message of a broken template */
    public static byte[] write(OfficialReport report, byte[] template, String templateName, ReportCharts.Images charts) {
        LoopRowTableRenderPolicy loop = new LoopRowTableRenderPolicy();
        Configure config = Configure.builder().bind("indicators", loop).bind("tasks", loop).build();
        XWPFTemplate filled;
        try {
            filled = XWPFTemplate.compile(new ByteArrayInputStream(template), config);
        } catch (RuntimeException e) {
            throw new ReportTemplateException("Mẫu báo cáo " + templateName + " không đọc được (tệp Word hỏng hoặc không phải"
                    + " .docx): " + e.getMessage(), e);
        }
        try (XWPFTemplate t = filled.render(data(report, charts)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            t.write(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new ReportTemplateException("Không điền được mẫu báo cáo " + templateName + ": " + e.getMessage(), e);
        }
    }

    static Map<String, Object> data(OfficialReport r, ReportCharts.Images charts) {
        Map<String, Object> m = new HashMap<>();
        OfficialReport.Header h = r.header();
        m.put("superiorBody", h.superiorBody());
        m.put("issuingBody", h.issuingBody());
        m.put("issuingName", h.issuingBody());
        m.put("numberLine", h.numberLine());
        m.put("placeDate", h.placeDate());
        m.put("trichYeu", r.trichYeu());
        m.put("periodLabel", r.periodLabel());
        m.put("periodUpper", ReportHeaders.up(r.periodLabel()));
        m.put("recipients", String.join("\n", h.recipients()));
        m.put("signatureAuthority", h.signatureAuthority());
        m.put("signaturePosition", h.signaturePosition());
        m.put("signerName", h.signerName());
        OfficialReport.Body b = r.body();
        m.put("opening", b.opening());
        m.put("leadership", b.leadership());
        m.put("indicatorSummary", b.indicatorSummary());
        m.put("taskSummary", b.taskSummary());
        m.put("results", b.results());
        m.put("missingUnits", b.missingUnits());
        m.put("assessment", b.assessment());
        m.put("directions", b.directions());
        m.put("proposals", b.proposals());
        m.put("chartIndicators", picture(charts == null ? null : charts.keyIndicators()));
        m.put("chartUnits", picture(charts == null ? null : charts.unitsByStatus()));
        m.put("indicators", indicatorRows(r.indicators()));
        m.put("tasks", taskRows(r.tasks()));
        return m;
    }

    private static Object picture(byte[] png) {
        return png == null ? null : Pictures.ofBytes(png, PictureType.PNG).size(CHART_WIDTH, CHART_HEIGHT).create();
    }

    private static List<Map<String, Object>> indicatorRows(List<OfficialReport.IndicatorLine> lines) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (OfficialReport.IndicatorLine l : lines) {
            Map<String, Object> row = new HashMap<>();
            row.put("stt", Integer.toString(l.stt()));
            row.put("name", l.name());
            row.put("unit", l.unit());
            row.put("baseline", l.baseline());
            row.put("target", l.target());
            row.put("result", l.result());
            row.put("percentText", percent(l.percent()));
            row.put("assessment", l.assessment());
            row.put("source", l.source());
            out.add(row);
        }
        return out;
    }

    static String percent(BigDecimal p) {
        return p == null ? "—" : VietnameseNumber.formatRounded(p) + "%";
    }

    private static List<Map<String, Object>> taskRows(List<OfficialReport.TaskLine> lines) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (OfficialReport.TaskLine l : lines) {
            Map<String, Object> row = new HashMap<>();
            row.put("stt", Integer.toString(l.stt()));
            row.put("title", l.title());
            row.put("leadBody", l.leadBody());
            row.put("timeframe", l.timeframe());
            row.put("status", l.status());
            row.put("progress", l.progress());
            out.add(row);
        }
        return out;
    }
}
