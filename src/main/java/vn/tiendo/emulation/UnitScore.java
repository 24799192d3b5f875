package vn.tiendo.emulation;

import java.util.List;

/**
 * A unit's emulation score (điểm thi đua) for a year: 0–100, null when no criterion applies; its rank (equal scores share
 * a rank); the parts behind it (each 0–1, null when the criterion does not apply) and the reasons in words.
 */
public record UnitScore(int rank, UnitTaskFacts facts, Integer indicatorsTotal, Integer indicatorsAttained, Double onTimePart,
                        Double overduePart, Double indicatorPart, Double timelinessPart, Double score, List<String> reasons) {

    public UnitScore withRank(int newRank) {
        return new UnitScore(newRank, facts, indicatorsTotal, indicatorsAttained, onTimePart, overduePart, indicatorPart, timelinessPart,
                score, reasons);
    }
}
