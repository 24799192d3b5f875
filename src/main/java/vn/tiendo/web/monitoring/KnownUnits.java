package vn.tiendo.web.monitoring;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * Đơn vị đã biết: administrative units looked up by the dashboards, kept in memory. A unit's code, name,
 * level and parent never change once it exists (the catalogue only adds units), so a unit found once is
 * kept; a code that is not found is asked again next time.
 */
@Component
class KnownUnits {

    private final OrgUnitRepository units;
    private final Map<Long, OrgUnit> byId = new ConcurrentHashMap<>();
    private final Map<String, OrgUnit> byCode = new ConcurrentHashMap<>();

    KnownUnits(OrgUnitRepository units) {
        this.units = units;
    }

    Optional<OrgUnit> byId(long id) {
        OrgUnit known = byId.get(id);
        return known != null ? Optional.of(known) : units.findById(id).map(this::keep);
    }

    Optional<OrgUnit> byCode(String code) {
        OrgUnit known = byCode.get(code);
        return known != null ? Optional.of(known) : units.findByCode(code).map(this::keep);
    }

    /** True when {@code unit} is {@code ancestor} or lies below it, following the parents. */
    boolean isWithin(OrgUnit unit, long ancestorId) {
        for (Optional<OrgUnit> u = Optional.of(unit); u.isPresent(); u = Optional.ofNullable(u.get().parentId()).flatMap(this::byId)) {
            if (u.get().id() == ancestorId) {
                return true;
            }
        }
        return false;
    }

    private OrgUnit keep(OrgUnit unit) {
        byId.put(unit.id(), unit);
        if (unit.code() != null) {
            byCode.put(unit.code(), unit);
        }
        return unit;
    }
}
