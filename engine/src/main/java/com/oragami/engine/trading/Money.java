package com.oragami.engine.trading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of US dollars with {@value #SCALE} decimals (the ledger's {@code NUMERIC(20,6)}).
 * Made from strings or decimals that already fit; an amount computed from a product or a quotient
 * is rounded by name: {@link #valued} (HALF_EVEN, for valuation and settlement) or {@link #down}
 * (DOWN, for order sizes, so that we never spend more than we have).
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final int SCALE = 6;

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        // fails on more than SCALE decimals: callers round by name first
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** {@code "1234.56"}; more than {@value #SCALE} decimals is a bug of the caller. */
    public static Money of(String text) {
        return new Money(new BigDecimal(text));
    }

    public static Money of(BigDecimal exact) {
        return new Money(exact);
    }

    /** An amount rounded to {@value #SCALE} decimals half-even: valuation and settlement. */
    public static Money valued(BigDecimal amount) {
        return new Money(amount.setScale(SCALE, RoundingMode.HALF_EVEN));
    }

    /** An amount rounded toward zero to {@code scale} (≤ {@value #SCALE}) decimals: order sizes. */
    public static Money down(BigDecimal amount, int scale) {
        if (scale > SCALE) {
            throw new IllegalArgumentException("scale " + scale + " above " + SCALE);
        }
        return new Money(amount.setScale(scale, RoundingMode.DOWN));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
