package vn.tiendo.web.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programmes.ProgrammeAmendments;
import vn.tiendo.programmes.ProgrammeConflictException;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.AccessPolicy.Permission;

/**
 * "Văn bản sửa đổi, bổ sung" on the review page: the reviewed draft applied as an amendment of a stored programme the
 * officer manages. The amended programme keeps its identity (number, date, issuer, unit, title) and takes the
 * draft's indicators and tasks; the draft's own number and date name the amending document.
 */
@Component
class DraftAmendment {

    /** Years an amendment may take effect from. */
    static final int FIRST_YEAR = 2025;
    static final int LAST_YEAR = 2045;

    private final ProgrammeService programmes;
    private final AccessPolicy access;
    private final Clock clock;

    DraftAmendment(ProgrammeService programmes, AccessPolicy access, Clock clock) {
        this.programmes = programmes;
        this.access = access;
        this.clock = clock;
    }

    /** The programmes the officer may amend: those of the units they manage. */
    List<ProgrammeSummary> choices() {
        return programmes.list().stream().filter(p -> access.can(Permission.MANAGE, p.orgUnitId())).toList();
    }

    /** The programme chosen on the form; refused in Vietnamese when none, unknown, or outside the officer's scope. */
    ProgrammeSummary target(String programmeId) {
        if (programmeId == null || programmeId.isBlank()) {
            throw new ProgrammeConflictException("Chưa chọn chương trình được sửa đổi, bổ sung.");
        }
        long id;
        try {
            id = Long.parseLong(programmeId.strip());
        } catch (NumberFormatException e) {
            throw unknown(programmeId);
        }
        return programmes.findSummary(id).filter(p -> access.can(Permission.MANAGE, p.orgUnitId()))
                .orElseThrow(() -> unknown(programmeId));
    }

    /** The effective year typed on the form, within 2025–2045. */
    static int effectiveYear(String text) {
        if (text == null || text.isBlank()) {
            throw new ProgrammeConflictException("Chưa nhập năm có hiệu lực của văn bản sửa đổi, bổ sung.");
        }
        int year;
        try {
            year = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ProgrammeConflictException("Năm có hiệu lực \"" + text.strip() + "\" không phải là một năm.");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ProgrammeConflictException("Năm có hiệu lực " + year + " nằm ngoài khoảng " + FIRST_YEAR + "–" + LAST_YEAR + ".");
        }
        return year;
    }

    /** The programme {@code target} as amended by the draft: its identity, the draft's content. */
    static ProgrammeDocument asAmendmentOf(ProgrammeDocument draft, ProgrammeSummary target) {
        DocumentInfo d = draft.document();
        DocumentInfo info = new DocumentInfo(target.number(), target.issuedOn(), target.issuer(),
                new OrgUnitRef(target.orgUnitCode(), target.orgUnitName()), target.kind(),
                d == null ? List.of() : d.implementsDocs(), d == null ? List.of() : d.bases(), target.title());
        return new ProgrammeDocument(info, draft.indicators(), draft.tasks(), draft.warnings());
    }

    /** The amending document: the draft's number and date of issue (today when it has none), effective from {@code year}. */
    ProgrammeAmendments.Amendment amendment(ProgrammeDocument draft, int year) {
        DocumentInfo d = draft.document();
        LocalDate on = d == null || d.date() == null ? LocalDate.now(clock) : d.date();
        return new ProgrammeAmendments.Amendment(d == null ? null : d.number(), on, year);
    }

    private static ProgrammeConflictException unknown(String programmeId) {
        return new ProgrammeConflictException("Không tìm thấy chương trình mã " + programmeId.strip()
                + " trong các chương trình bạn quản lý để sửa đổi, bổ sung.");
    }
}
