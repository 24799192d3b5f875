package vn.tiendo.emulation;

import java.util.List;

/** A head of unit's score: the mean of the scores of the units they head (those with a score), ranked. */
public record HeadScore(int rank, long userId, String name, Double score, List<String> reasons) {
}
