package vn.tiendo.report;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.tiendo.dataapproval.ApprovalService;
import vn.tiendo.dataapproval.Completeness;
import vn.tiendo.dataapproval.CompletenessService;
import vn.tiendo.dataapproval.Narrative;
import vn.tiendo.dataapproval.ReportState;
import vn.tiendo.dataapproval.ReportView;
import vn.tiendo.monitoring.IndicatorProgress;
import vn.tiendo.monitoring.ProgressService;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.storage.OrgUnitRepository;
import vn.tiendo.task.TaskWorkService;
import vn.tiendo.task.WorkItem;

/**
 * Gathers what one official report says (programme × unit × period): the dashboard's indicator progress, the task
 * occurrences with their computed status, and the unit's narrative and the units below that did not report, where the
 * reporting cycle has them. Only a user who may view the unit gets it.
 */
@Service
public class ReportContent {

    private final ProgrammeService programmes;
    private final OrgUnitRepository units;
    private final AccessPolicy access;
    private final ProgressService progress;
    private final TaskWorkService tasks;
    private final ApprovalService approvals;
    private final CompletenessService completeness;
    private final ReportProfiles profiles;
    private final Clock clock;

    public ReportContent(ProgrammeService programmes, OrgUnitRepository units, AccessPolicy access, ProgressService progress,
                         TaskWorkService tasks, ApprovalService approvals, CompletenessService completeness,
                         ReportProfiles profiles, Clock clock) {
        this.programmes = programmes;
        this.units = units;
        this.access = access;
        this.progress = progress;
        this.tasks = tasks;
        this.approvals = approvals;
        this.completeness = completeness;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** Where a request points, checked: the programme, the unit (within the programme's owner) and the period. */
    public record Target(ProgrammeSummary programme, OrgUnit unit, Period period) {
    }

    /** Resolves and checks a request; bad input throws {@link IllegalArgumentException} in Vietnamese. */
    public Target resolve(ReportRequest request) {
        ProgrammeSummary programme = programmes.findSummary(request.programmeId()).orElseThrow(() ->
                new IllegalArgumentException("Không tìm thấy chương trình mã " + request.programmeId() + "."));
        String code = request.unitCode() == null || request.unitCode().isBlank() ? programme.orgUnitCode() : request.unitCode().trim();
        OrgUnit unit = units.findByCode(code).orElseThrow(() ->
                new IllegalArgumentException("Không tìm thấy đơn vị có mã " + code + "."));
        if (!units.isWithin(unit.id(), programme.orgUnitId())) {
            throw new IllegalArgumentException(unit.fullName() + " không thuộc " + programme.orgUnitName()
                    + ", đơn vị ban hành chương trình " + programme.number() + ".");
        }
        access.require(AccessPolicy.Permission.VIEW, unit.id());
        Period period = Period.parse(request.period() == null ? "" : request.period().trim());
        return new Target(programme, unit, period);
    }

    public OfficialReport build(ReportRequest request) {
        Target t = resolve(request);
        ReportProfile profile = profiles.choose(request.profile(), t.programme().issuer());
        List<IndicatorProgress> rows = progress.forUnit(t.programme().id(), t.unit().id(), t.period().year());
        boolean hasData = IndicatorAppendix.hasData(rows, t.period());
        ReportView view = periodReport(t);
        Narrative n = view == null ? Narrative.EMPTY : view.narrative();
        List<WorkItem> items = TaskAppendix.inPeriod(view == null ? tasks.ofUnit(t.programme().id(), t.unit().id()) : view.tasks(),
                t.period());
        OfficialReport.Header header = ReportHeaders.of(profile, t.unit(), province(t.unit()), Year.now(clock).getValue());
        OfficialReport.Body body = new OfficialReport.Body(opening(t, profile), orPlaceholder(n.leadership(),
                "công tác lãnh đạo, chỉ đạo, quán triệt, tuyên truyền"),
                IndicatorAppendix.summary(rows, t.period(), hasData), TaskAppendix.summary(items, t.period()),
                orPlaceholder(n.results(), "kết quả nổi bật theo từng nhóm nhiệm vụ"), missingUnits(t),
                orPlaceholder(n.shortcomings(), "ưu điểm; hạn chế, khó khăn; nguyên nhân"),
                orPlaceholder(n.directions(), "phương hướng, nhiệm vụ, giải pháp thời gian tới"),
                orPlaceholder(n.proposals(), "đề xuất, kiến nghị"));
        return new OfficialReport(profile, header, trichYeu(t), t.period().label(), body,
                IndicatorAppendix.lines(rows, t.period()), TaskAppendix.lines(items),
                ReportChartData.of(progress, rows, t), hasData || items.stream().anyMatch(w -> w.report() != null));
    }

    static String trichYeu(Target t) {
        String kind = t.programme().kind() == null || t.programme().kind().isBlank() ? "văn bản" : t.programme().kind().toLowerCase();
        return "Kết quả thực hiện " + kind + " số " + t.programme().number() + " " + t.period().label().toLowerCase();
    }

    private static String opening(Target t, ReportProfile profile) {
        ProgrammeSummary p = t.programme();
        String title = p.title() == null || p.title().isBlank() ? "" : " " + withoutKind(p.title().trim(), p.kind());
        return "Thực hiện " + (p.kind() == null ? "văn bản" : p.kind()) + " số " + p.number() + " của " + p.issuer() + title
                + ", " + reporter(t.unit(), profile) + " báo cáo kết quả thực hiện " + t.period().label().toLowerCase() + " như sau:";
    }

    /** Who speaks in the report: "Ban Thường vụ Tỉnh ủy Lai Châu", "Ban Thường vụ Đảng ủy xã Bình Lư", "Ủy ban nhân dân xã Bình Lư". */
    static String reporter(OrgUnit unit, ReportProfile profile) {
        String name = unit.fullName();
        String lower = name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
        if (!profile.party()) {
            return "Ủy ban nhân dân " + lower;
        }
        return unit.level() == OrgUnit.Level.PROVINCE ? "Ban Thường vụ Tỉnh ủy " + unit.name() : "Ban Thường vụ Đảng ủy " + lower;
    }

    /** "CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện …" → "thực hiện …" when the title repeats the kind. */
    static String withoutKind(String title, String kind) {
        if (kind != null && !kind.isBlank() && title.toLowerCase().startsWith(kind.toLowerCase())) {
            return title.substring(kind.length()).trim();
        }
        return title;
    }

    /** The unit's period report, when the reporting cycle has one for it (a report without it still works). */
    private ReportView periodReport(Target t) {
        try {
            return approvals.view(t.programme().id(), t.unit().code(), t.period().code());
        } catch (RuntimeException notReportingUnit) {
            return null;
        }
    }

    private String missingUnits(Target t) {
        Completeness c;
        try {
            c = completeness.completeness(t.programme().id(), t.period().code(), t.unit().code());
        } catch (RuntimeException noneBelow) {
            return "";
        }
        List<String> missing = c.units().stream().filter(l -> l.state() != ReportState.SUBMITTED
                && l.state() != ReportState.APPROVED && !l.acceptedMissing()).map(Completeness.Line::name).toList();
        if (c.expected() == 0) {
            return "";
        }
        return missing.isEmpty() ? "Tất cả " + c.expected() + " đơn vị cấp dưới đã gửi báo cáo kỳ này."
                : "Có " + missing.size() + "/" + c.expected() + " đơn vị cấp dưới chưa gửi báo cáo: "
                + missing.stream().collect(Collectors.joining(", ")) + ".";
    }

    private OrgUnit province(OrgUnit unit) {
        if (unit.level() == OrgUnit.Level.PROVINCE) {
            return unit;
        }
        return units.ancestors(unit.id()).stream().filter(a -> a.level() == OrgUnit.Level.PROVINCE).findFirst().orElse(null);
    }

    private static String orPlaceholder(String text, String what) {
        return text == null || text.isBlank() ? OfficialReport.placeholder(what) : text.trim();
    }
}
