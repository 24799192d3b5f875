package vn.tiendo.bodies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import vn.tiendo.programme.OrgUnit;

/**
 * Resolves the body names of one programme's tasks for its owning unit (province or commune), in this
 * order (docs/tasks.md, "Cơ quan"):
 * <ol>
 *   <li>an alias of the owning unit, then a generic alias for its level, then a generic alias for any level;</li>
 *   <li>a collective commune phrase ("Đảng ủy các xã, phường", "UBND các xã", "các xã, phường") in a
 *       province's programme: one body per commune, under that commune ("Đảng ủy xã", "Ủy ban nhân dân phường");</li>
 *   <li>a body under the owning unit with the same key;</li>
 *   <li>the same without diacritics, when exactly one alias or body matches;</li>
 *   <li>a well-formed single body name ({@link BodyNames#wellFormed}): the body is created under the owning unit;</li>
 *   <li>anything else is left unresolved, for an administrator to map.</li>
 * </ol>
 */
final class BodyResolver {

    /** What a name resolved to: bodies (empty when unresolved), or deliberately no body. */
    record Resolution(List<Long> bodyIds, boolean notABody) {

        boolean unresolved() {
            return bodyIds.isEmpty() && !notABody;
        }
    }

    private final OrgUnit owner;
    private final List<BodyAlias> aliases;
    private final List<OrgUnit> communes;
    private final Map<String, Long> bodies = new HashMap<>();
    private final BiFunction<Long, String, Long> create;
    private final Map<String, Resolution> cache = new HashMap<>();

    /**
     * @param bodiesUnder bodies directly under the owning unit
     * @param create      finds or creates the body of a name under a unit, returning its id
     */
    BodyResolver(OrgUnit owner, List<BodyAlias> aliases, List<OrgUnit> bodiesUnder, List<OrgUnit> communes,
                 BiFunction<Long, String, Long> create) {
        this.owner = owner;
        this.aliases = aliases;
        this.communes = communes;
        this.create = create;
        bodiesUnder.forEach(b -> bodies.putIfAbsent(BodyNames.key(b.fullName()), b.id()));
    }

    Resolution resolve(String name) {
        return cache.computeIfAbsent(BodyNames.key(name), k -> compute(name, k));
    }

    private Resolution compute(String name, String key) {
        if (key.isBlank()) {
            return none();
        }
        Optional<BodyAlias> alias = aliases.stream().filter(a -> a.key().equals(key)).findFirst();
        if (alias.isPresent()) {
            return of(alias.get());
        }
        String prefix = BodyNames.eachCommunePrefix(key);
        if (prefix != null) {
            return eachCommune(displayPrefix(name, prefix));
        }
        if (bodies.containsKey(key)) {
            return one(bodies.get(key));
        }
        Resolution plain = plain(key);
        if (plain != null) {
            return plain;
        }
        return BodyNames.wellFormed(key) ? one(create.apply(owner.id(), BodyNames.display(name))) : none();
    }

    private Resolution of(BodyAlias a) {
        return switch (a.kind()) {
            case NOT_A_BODY -> new Resolution(List.of(), true);
            case EACH_COMMUNE -> eachCommune(a.bodyName());
            case BODY -> a.bodyUnitId() != null ? one(a.bodyUnitId()) : one(create.apply(owner.id(), a.bodyName()));
        };
    }

    /** One body per commune below a province: prefix + the commune's kind ("Đảng ủy" + "xã"). */
    private Resolution eachCommune(String prefix) {
        if (owner.level() != OrgUnit.Level.PROVINCE || communes.isEmpty()) {
            return none();
        }
        String head = prefix.isBlank() ? "Ủy ban nhân dân" : prefix;
        List<Long> ids = new ArrayList<>();
        for (OrgUnit c : communes) {
            String kind = c.unitType() == null ? "xã" : c.unitType().toLowerCase(Locale.ROOT);
            ids.add(create.apply(c.id(), head + " " + kind));
        }
        return new Resolution(ids, false);
    }

    /** Diacritic-less fallback over aliases and bodies; only when exactly one target matches. */
    private Resolution plain(String key) {
        String p = BodyNames.plain(key);
        Set<String> targets = new HashSet<>();
        BodyAlias hit = null;
        for (BodyAlias a : aliases) {
            if (BodyNames.plain(a.key()).equals(p)) {
                targets.add(a.kind() + "/" + a.bodyUnitId() + "/" + a.bodyName());
                hit = a;
            }
        }
        Long body = null;
        for (Map.Entry<String, Long> e : bodies.entrySet()) {
            if (BodyNames.plain(e.getKey()).equals(p)) {
                targets.add("unit/" + e.getValue());
                body = e.getValue();
            }
        }
        if (targets.size() != 1) {
            return null;
        }
        return hit != null ? of(hit) : one(body);
    }

    /** The prefix as written in the document ("Đảng ủy" of "Đảng ủy các xã, phường"), abbreviations expanded. */
    private static String displayPrefix(String name, String keyPrefix) {
        if (keyPrefix.isEmpty()) {
            return "";
        }
        String display = BodyNames.display(name);
        int at = display.toLowerCase(Locale.ROOT).indexOf(" các ");
        return at < 0 ? BodyNames.display(keyPrefix) : display.substring(0, at).strip();
    }

    private Resolution one(long id) {
        return new Resolution(List.of(id), false);
    }

    private static Resolution none() {
        return new Resolution(List.of(), false);
    }
}
