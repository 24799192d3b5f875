package vn.tiendo.entry;

import java.time.Instant;
import java.util.Optional;

/**
 * Optimistic locking (khóa lạc quan), written once for actual values and task reports. A row is inserted when none
 * is stored; left alone when it already holds what is wanted; refused as a conflict naming who saved it and when
 * (HTTP 409) when it changed since the user saw it; otherwise updated with {@code UPDATE … WHERE version = ?}. When
 * that update or the insert finds that someone else got there first, the decision is taken again on the row as it is now.
 */
final class OptimisticSave {

    /** Gives up after this many rounds lost to concurrent saves of the same row (never expected in practice). */
    private static final int MAX_ROUNDS = 20;

    /** The SQL of one row for one wanted value. */
    interface Rows<S> {

        /** The row as stored now, if any. */
        Optional<S> current();

        /** Inserts the wanted row at version 1; empty when another transaction inserted it first. */
        Optional<S> insert();

        /** Writes the wanted row over {@code current} unless its version moved on meanwhile (then empty). */
        Optional<S> update(S current);

        /** True when the stored row already holds what is wanted. */
        boolean holdsWanted(S stored);

        /** Who saved the row last, when, and its version. */
        Stamp stamp(S stored);
    }

    /** Who saved a row last, when, and its version. */
    record Stamp(String savedBy, Instant savedAt, int version) {
    }

    enum Result { CREATED, UPDATED, UNCHANGED, CONFLICT }

    /**
     * What the save did.
     *
     * @param before   the row before (null when created)
     * @param after    the row now (the stored row when unchanged or in conflict)
     * @param conflict the refusal when {@code result} is CONFLICT
     */
    record Outcome<S>(Result result, S before, S after, StaleValueException.Conflict conflict) {

        /** True when a row was created or updated. */
        boolean changed() {
            return result == Result.CREATED || result == Result.UPDATED;
        }
    }

    private OptimisticSave() {
    }

    /**
     * Saves one row.
     *
     * @param expected the version the user saw
     * @param field    where the user entered it, and {@code what} names it ("số liệu chỉ tiêu I.1 (…)"), for the conflict
     */
    static <S> Outcome<S> save(ExpectedVersion expected, Field field, String what, Rows<S> rows) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Optional<S> current = rows.current();
            if (current.isEmpty()) {
                if (!expected.matches(null)) {
                    throw new IllegalStateException("the stored row the user saw vanished: " + what);
                }
                Optional<S> inserted = rows.insert();
                if (inserted.isPresent()) {
                    return new Outcome<>(Result.CREATED, null, inserted.get(), null);
                }
                continue;  // inserted meanwhile by someone else
            }
            S stored = current.get();
            if (rows.holdsWanted(stored)) {
                return new Outcome<>(Result.UNCHANGED, stored, stored, null);
            }
            Stamp stamp = rows.stamp(stored);
            if (!expected.matches(stamp.version())) {
                return new Outcome<>(Result.CONFLICT, stored, stored,
                        new StaleValueException.Conflict(field, what, stamp.savedBy(), stamp.savedAt(), stamp.version()));
            }
            Optional<S> updated = rows.update(stored);
            if (updated.isPresent()) {
                return new Outcome<>(Result.UPDATED, stored, updated.get(), null);
            }
            // updated meanwhile by someone else: decide again on the new version
        }
        throw new IllegalStateException("gave up saving " + what + " after " + MAX_ROUNDS + " concurrent changes");
    }
}
