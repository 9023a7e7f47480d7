package com.oragami.engine.trading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact number of shares with {@value #SCALE} decimals (Alpaca's fractional precision and the
 * ledger's {@code NUMERIC(24,9)}). A computed quantity is rounded toward zero ({@link #down}), so
 * that an order never asks for more than is held or paid for.
 */
public record Quantity(BigDecimal shares) implements Comparable<Quantity> {

    public static final int SCALE = 9;

    public static final Quantity ZERO = new Quantity(BigDecimal.ZERO);

    public Quantity {
        Objects.requireNonNull(shares, "shares");
        shares = shares.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static Quantity of(String text) {
        return new Quantity(new BigDecimal(text));
    }

    public static Quantity of(BigDecimal exact) {
        return new Quantity(exact);
    }

    /** Rounded toward zero to {@value #SCALE} decimals. */
    public static Quantity down(BigDecimal shares) {
        return new Quantity(shares.setScale(SCALE, RoundingMode.DOWN));
    }

    public Quantity plus(Quantity other) {
        return new Quantity(shares.add(other.shares));
    }

    public Quantity minus(Quantity other) {
        return new Quantity(shares.subtract(other.shares));
    }

    public Quantity min(Quantity other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** The value at a price, rounded half-even to the {@link Money} scale. */
    public Money times(Price price) {
        return Money.valued(shares.multiply(price.value()));
    }

    public boolean isZero() {
        return shares.signum() == 0;
    }

    public boolean isPositive() {
        return shares.signum() > 0;
    }

    public boolean isNegative() {
        return shares.signum() < 0;
    }

    @Override
    public int compareTo(Quantity other) {
        return shares.compareTo(other.shares);
    }

    @Override
    public String toString() {
        return shares.toPlainString();
    }
}
