package com.oragami.engine.symphony;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * When holdings are reset to the targets: on a calendar {@link Frequency}, or ({@code NONE} with a
 * corridor) when some holding drifts more than {@code corridorWidth} (a fraction, 0.05 = 5 %) from
 * its target. {@code NONE} without a corridor buys once and never rebalances.
 */
public record Rebalance(Frequency frequency, OptionalDouble corridorWidth) {

    public enum Frequency {
        NONE,
        DAILY,
        WEEKLY,
        MONTHLY,
        QUARTERLY,
        YEARLY;

        /** Composer's spelling: {@code none}, {@code daily}, … */
        public String scoreName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Frequency> ofScoreName(String name) {
            for (Frequency f : values()) {
                if (f.scoreName().equals(name.toLowerCase(Locale.ROOT))) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    public static final Rebalance DAILY = new Rebalance(Frequency.DAILY, OptionalDouble.empty());

    public Rebalance {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(corridorWidth, "corridorWidth");
    }

    public static Rebalance every(Frequency frequency) {
        return new Rebalance(frequency, OptionalDouble.empty());
    }

    public static Rebalance threshold(double corridorWidth) {
        return new Rebalance(Frequency.NONE, OptionalDouble.of(corridorWidth));
    }

    public boolean isThreshold() {
        return frequency == Frequency.NONE && corridorWidth.isPresent();
    }

    /** {@code daily}, {@code monthly}, {@code threshold 5%}, {@code none}. */
    public String describe() {
        if (isThreshold()) {
            return "threshold " + Math.round(corridorWidth.getAsDouble() * 10000) / 100.0 + "%";
        }
        return frequency.scoreName();
    }
}
