package vn.tiendo.emulation;

import java.time.LocalDate;
import java.util.List;

/** A programme's emulation ranking for a year, judged on {@code asOf} (1 January of the next year, or today while the year runs). */
public record EmulationResult(long programmeId, String programmeNumber, int year, LocalDate asOf, EmulationWeights weights,
                              List<UnitScore> units, List<HeadScore> heads) {
}
