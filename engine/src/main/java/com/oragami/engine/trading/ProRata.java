package com.oragami.engine.trading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an exact total into shares proportional to weights, at a fixed scale, so that the shares
 * add up to the total to the last decimal: each share is {@code total · w_i / Σw} rounded down;
 * the remainder (fewer units of the last decimal than there are weights) goes to the largest
 * weight (the first of equal ones), never beyond its cap when caps are given, then to the next
 * largest.
 */
final class ProRata {

    private ProRata() {}

    static List<BigDecimal> split(BigDecimal total, int scale, List<BigDecimal> weights) {
        return split(total, scale, weights, null);
    }

    /** As {@link #split(BigDecimal, int, List)}, no share above its cap (Σ caps must reach the total). */
    static List<BigDecimal> split(
            BigDecimal total,
            int scale,
            List<BigDecimal> weights,
            @org.jspecify.annotations.Nullable List<BigDecimal> caps) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> shares = new ArrayList<>(weights.size());
        if (weights.isEmpty()) {
            if (total.signum() != 0) {
                throw new IllegalArgumentException("nothing to split " + total + " among");
            }
            return shares;
        }
        BigDecimal given = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            BigDecimal share = sum.signum() == 0
                    ? BigDecimal.ZERO.setScale(scale, RoundingMode.DOWN)
                    : total.multiply(w).divide(sum, scale, RoundingMode.DOWN);
            shares.add(share);
            given = given.add(share);
        }
        BigDecimal remainder = total.subtract(given);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> weights.get(i)).reversed());
        for (int i : order) {
            if (remainder.signum() == 0) {
                break;
            }
            BigDecimal room = caps == null
                    ? remainder
                    : caps.get(i).subtract(shares.get(i)).min(remainder);
            if (room.signum() > 0) {
                shares.set(i, shares.get(i).add(room));
                remainder = remainder.subtract(room);
            }
        }
        if (remainder.signum() != 0) {
            throw new IllegalArgumentException("caps " + caps + " cannot hold " + total);
        }
        return shares;
    }
}
