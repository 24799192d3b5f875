package vn.tiendo.security;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * The units a user may choose (chọn đơn vị): those on which, or below which, they hold a role. Searched by name without
 * diacritics ("binh lu" finds Xã Bình Lư) for the type-ahead lists; never by making an officer type a code.
 * Outside a web request (a command on the server) the whole tree is in scope.
 */
@Service
public class UnitDirectory {

    /** Fewest and most characters of a search. */
    public static final int MIN_QUERY = 2;
    public static final int MAX_QUERY = 100;
    /** Most units one search returns. */
    public static final int MAX_RESULTS = 20;

    private final OrgUnitRepository units;
    private final ScopedAccessPolicy access;

    public UnitDirectory(OrgUnitRepository units, ScopedAccessPolicy access) {
        this.units = units;
        this.access = access;
    }

    /** Units in the current user's scope matching {@code query}; refuses a query shorter than 2 or longer than 100. */
    public List<OrgUnit> search(String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() < MIN_QUERY) {
            throw new InvalidInputException("Tìm đơn vị", "cần gõ ít nhất " + MIN_QUERY + " ký tự của tên đơn vị.");
        }
        if (q.length() > MAX_QUERY) {
            throw new InvalidInputException("Tìm đơn vị", "chỉ gõ tối đa " + MAX_QUERY + " ký tự (đã gõ " + q.length() + ").");
        }
        return units.searchFoldedWithin(scope(), fold(q), MAX_RESULTS);
    }

    /**
     * The code of the unit an officer named: a code as it is, otherwise the one unit in scope whose name (without
     * diacritics) is exactly {@code codeOrName} or, failing that, the only one containing it. Used where the type-ahead
     * list could not run (no JavaScript) and the plain field holds a name.
     */
    public Optional<String> resolve(String codeOrName) {
        String q = codeOrName == null ? "" : codeOrName.strip();
        if (q.isEmpty() || units.findByCode(q).isPresent()) {
            return q.isEmpty() ? Optional.empty() : Optional.of(q);
        }
        if (q.length() < MIN_QUERY || q.length() > MAX_QUERY) {
            return Optional.empty();
        }
        String folded = fold(q);
        List<OrgUnit> found = units.searchFoldedWithin(scope(), folded, MAX_RESULTS);
        List<OrgUnit> exact = found.stream()
                .filter(u -> fold(u.fullName()).equals(folded) || fold(u.name()).equals(folded)).toList();
        List<OrgUnit> pick = exact.isEmpty() ? found : exact;
        return pick.size() == 1 ? Optional.of(pick.get(0).code()) : Optional.empty();
    }

    /** The user's own unit: the one unit on which they may report, if there is exactly one (to fill the choice in). */
    public Optional<OrgUnit> ownUnit() {
        List<Long> reporting = access.scopeOf(Role.granting(AccessPolicy.Permission.REPORT));
        return reporting.size() == 1 ? units.findById(reporting.get(0)) : Optional.empty();
    }

    /** The units on which the current user holds a role (the tops of their scope), for the landing page. */
    public List<OrgUnit> ownUnits() {
        return access.scopeOf(EnumSet.allOf(Role.class)).stream().map(units::findById).flatMap(Optional::stream).toList();
    }

    private List<Long> scope() {
        if (ScopedAccessPolicy.currentUser().isEmpty()) {
            return access.can(AccessPolicy.Permission.VIEW, units.nation().id()) ? List.of(units.nation().id()) : List.of();
        }
        return access.scopeOf(EnumSet.allOf(Role.class));
    }

    /** Lower case, without diacritics, đ → d: how names are compared. */
    public static String fold(String s) {
        String n = Normalizer.normalize(s == null ? "" : s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
