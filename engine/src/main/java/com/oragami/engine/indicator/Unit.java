package com.oragami.engine.indicator;

/**
 * The unit an indicator's value is in, which decides how a fixed threshold written by a user is
 * compared with it (format spec §6.1).
 */
public enum Unit {
    /** A price level in dollars; thresholds are compared as written. */
    DOLLARS,
    /** A fraction internally (0.05); users write thresholds in percent points (5). */
    PERCENT,
    /** An index already on a 0–100 scale (RSI); thresholds are compared as written. */
    INDEX;

    /** Converts a user's fixed threshold into this unit's internal scale. */
    public double thresholdToInternal(double written) {
        return this == PERCENT ? written / 100.0 : written;
    }
}
