package com.oragami.engine.trading;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Dollars per share, positive and exact, at whatever precision it came with: a close as the data
 * printed it, or a broker's average fill price. Never rounded here; products with a {@link
 * Quantity} are rounded once, to {@link Money}.
 */
public record Price(BigDecimal value) implements Comparable<Price> {

    public Price {
        Objects.requireNonNull(value, "value");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("price must be positive: " + value);
        }
        value = value.stripTrailingZeros();
    }

    public static Price of(String text) {
        return new Price(new BigDecimal(text));
    }

    @Override
    public int compareTo(Price other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
