package com.oragami.engine.eval;

import com.oragami.engine.symphony.Ticker;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Target weights of a day: fractions of the portfolio per ticker (positive, summing with {@link
 * #cash()} to 1). Cash arises only through {@code empty} blocks.
 */
public record Allocation(SortedMap<Ticker, Double> weights) {

    public Allocation {
        weights = Collections.unmodifiableSortedMap(new TreeMap<>(weights));
        for (Map.Entry<Ticker, Double> e : weights.entrySet()) {
            if (!(e.getValue() > 0) || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("weight of " + e.getKey() + " must be positive: " + e.getValue());
            }
        }
        if (invested(weights) > 1 + 1e-9) {
            throw new IllegalArgumentException("weights add up to more than 1: " + invested(weights));
        }
    }

    public static final Allocation ALL_CASH = new Allocation(new TreeMap<>());

    public double weight(Ticker ticker) {
        return weights.getOrDefault(ticker, 0.0);
    }

    /** The part held in cash: 1 − Σ weights (never negative). */
    public double cash() {
        return Math.max(0.0, 1.0 - invested(weights));
    }

    private static double invested(Map<Ticker, Double> weights) {
        double sum = 0;
        for (double w : weights.values()) {
            sum += w;
        }
        return sum;
    }
}
