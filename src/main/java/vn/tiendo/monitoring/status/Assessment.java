package vn.tiendo.monitoring.status;

import java.math.BigDecimal;

/**
 * The status of one indicator × unit × period (đánh giá) with the figures it was decided on.
 *
 * @param reference the value the actual was compared with: the year's target or the point on the path
 * @param gap       actual minus reference, positive = better (sign flipped for lower-is-better), or null
 * @param reason    one Vietnamese sentence saying why
 */
public record Assessment(Status status, BigDecimal reference, BigDecimal gap, String reason) {

    static Assessment of(Status status, String reason) {
        return new Assessment(status, null, null, reason);
    }
}
