package vn.tiendo.emulation;

import java.time.LocalDate;
import java.util.List;

/** A programme's emulation ranking for a year, judged on {@code asOf} (the year's last day, or today while it runs). */
public record EmulationResult(long programmeId, String programmeNumber, int year, LocalDate asOf, EmulationWeights weights,
                              List<UnitScore> units, List<HeadScore> heads) {
}
