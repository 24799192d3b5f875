package vn.tiendo.web.task;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.Role;
import vn.tiendo.security.ScopedAccessPolicy;
import vn.tiendo.security.TiendoPrincipal;
import vn.tiendo.storage.OrgUnitRepository;

/** Who is asking and about what, for the task pages: the signed-in officer's reporting units, a programme and a unit. */
@Component
class TaskScope {

    private final ScopedAccessPolicy policy;
    private final ProgrammeService programmes;
    private final OrgUnitRepository units;

    TaskScope(ScopedAccessPolicy policy, ProgrammeService programmes, OrgUnitRepository units) {
        this.policy = policy;
        this.programmes = programmes;
        this.units = units;
    }

    long userId() {
        return ScopedAccessPolicy.currentUser().map(TiendoPrincipal::id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Hãy đăng nhập."));
    }

    /** The units on which the officer holds a role that may report (the tops of the reporting scope). */
    List<Long> reportingUnits() {
        return policy.scopeOf(Role.granting(AccessPolicy.Permission.REPORT));
    }

    ProgrammeSummary programme(long id) {
        return programmes.findSummary(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có chương trình, kế hoạch mã " + id + "."));
    }

    /** The unit with that code (the programme's own unit when none), which the user must be allowed to view. */
    OrgUnit unit(ProgrammeSummary programme, String code) {
        OrgUnit unit = code == null || code.isBlank() ? units.findById(programme.orgUnitId()).orElseThrow()
                : units.findByCode(code.strip()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Không có đơn vị mã \"" + code.strip() + "\"."));
        policy.require(AccessPolicy.Permission.VIEW, unit.id());
        return unit;
    }
}
