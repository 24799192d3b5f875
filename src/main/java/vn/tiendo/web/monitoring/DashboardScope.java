package vn.tiendo.web.monitoring;

import java.time.Clock;
import java.time.Year;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.TrackingPeriod;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.storage.OrgUnitRepository;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;

/**
 * Resolves what a dashboard request is about (phạm vi): the programme, the unit shown (the owning unit
 * or one below it), the year, and checks that the user may view that unit.
 */
@Component
public class DashboardScope {

    /** Years a dashboard can show. */
    public static final TrackingPeriod PERIOD = TrackingPeriod.RESOLUTION_71;

    private final ProgrammeService programmes;
    private final OrgUnitRepository units;
    private final AccessPolicy access;
    private final KnownUnits known;
    private final Clock clock;

    public DashboardScope(ProgrammeService programmes, OrgUnitRepository units, AccessPolicy access, KnownUnits known,
                          Clock clock) {
        this.clock = clock;
        this.programmes = programmes;
        this.units = units;
        this.access = access;
        this.known = known;
    }

    /** The programme, unit and year of a request; 404 for an unknown programme or unit, 403 without VIEW. */
    public Scope resolve(long programmeId, String unitCode, Integer year) {
        ProgrammeSummary programme = programmes.findSummary(programmeId)
                .orElseThrow(() -> notFound(programmeId));
        Place place = place(programme.orgUnitId(), unitCode, year);
        return new Scope(programme, place.owner(), place.unit(), place.year());
    }

    /** The unit and year of a request about a programme owned by {@code ownerId}; 404 for an unknown unit, 403 without VIEW. */
    public Place place(long ownerId, String unitCode, Integer year) {
        OrgUnit owner = known.byId(ownerId).orElseThrow();
        OrgUnit unit = unit(unitCode, owner);
        access.require(AccessPolicy.Permission.VIEW, unit.id());
        return new Place(owner, unit, year(year));
    }

    static ResponseStatusException notFound(long programmeId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy chương trình mã " + programmeId + ".");
    }

    /** The unit with {@code code} within the owning unit (the owner itself when no code is given). */
    public OrgUnit unit(String code, OrgUnit owner) {
        if (code == null || code.isBlank()) {
            return owner;
        }
        OrgUnit unit = known.byCode(code.trim())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy đơn vị có mã " + code + "."));
        if (!known.isWithin(unit, owner.id())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    unit.fullName() + " không thuộc " + owner.fullName() + ", đơn vị ban hành chương trình.");
        }
        return unit;
    }

    /** The year asked for, else this year (within the tracking period); 400 for a year outside the period. */
    int year(Integer year) {
        if (year == null) {
            return PERIOD.clamp(Year.now(clock).getValue());
        }
        if (!PERIOD.contains(year)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Năm " + year + " ngoài giai đoạn theo dõi " + PERIOD.firstYear() + "–" + PERIOD.lastYear() + " (tham số nam).");
        }
        return year;
    }

    public OrgUnitRepository units() {
        return units;
    }

    /** Where and when a request looks: the owning unit, the unit shown, the year. */
    public record Place(OrgUnit owner, OrgUnit unit, int year) {
    }

    /** What a dashboard shows: programme, owning unit, the unit shown, the year. */
    public record Scope(ProgrammeSummary programme, OrgUnit owner, OrgUnit unit, int year) {
    }
}
