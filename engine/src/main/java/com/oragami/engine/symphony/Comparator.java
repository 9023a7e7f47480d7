package com.oragami.engine.symphony;

import java.util.Optional;

/**
 * A comparison in an if-condition. {@code EQ} compares within a relative tolerance of {@link
 * #EQUALITY_TOLERANCE} (Composer's v2 IR calls it approximate equality; its tolerance is open).
 */
public enum Comparator {
    GT("gt", ">"),
    GTE("gte", ">="),
    EQ("eq", "="),
    LT("lt", "<"),
    LTE("lte", "<=");

    public static final double EQUALITY_TOLERANCE = 1e-9;

    private final String scoreName;
    private final String symbol;

    Comparator(String scoreName, String symbol) {
        this.scoreName = scoreName;
        this.symbol = symbol;
    }

    public String scoreName() {
        return scoreName;
    }

    /** The {@code defsymphony} operator: {@code >}, {@code >=}, {@code =}, {@code <}, {@code <=}. */
    public String symbol() {
        return symbol;
    }

    public static Optional<Comparator> ofScoreName(String name) {
        for (Comparator c : values()) {
            if (c.scoreName.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public static Optional<Comparator> ofSymbol(String symbol) {
        for (Comparator c : values()) {
            if (c.symbol.equals(symbol)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Applies the comparison; false when either side is NaN. */
    public boolean test(double left, double right) {
        if (Double.isNaN(left) || Double.isNaN(right)) {
            return false;
        }
        return switch (this) {
            case GT -> left > right;
            case GTE -> left >= right;
            case LT -> left < right;
            case LTE -> left <= right;
            case EQ ->
                Math.abs(left - right) <= EQUALITY_TOLERANCE * Math.max(1.0, Math.max(Math.abs(left), Math.abs(right)));
        };
    }
}
