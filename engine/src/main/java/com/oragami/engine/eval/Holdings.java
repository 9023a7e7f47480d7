package com.oragami.engine.eval;

import com.oragami.engine.symphony.Ticker;
import java.util.Map;
import java.util.TreeMap;

/**
 * The weights a day's evaluation accumulates, one slot per ticker of the tree (a path reaching a
 * ticker again adds to its slot). Clearing touches only the slots written, so reusing one instance
 * over thousands of days costs nothing per untouched ticker. Not thread-safe.
 */
final class Holdings {

    private final Map<Ticker, Integer> index;
    private final Ticker[] tickers;
    private final double[] weights;
    private final int[] touched;
    private final boolean[] isTouched;
    private int touchedCount;

    /** {@code tickers} in ascending order; {@code index} maps each to its position. */
    Holdings(Ticker[] tickers, Map<Ticker, Integer> index) {
        this.tickers = tickers;
        this.index = index;
        this.weights = new double[tickers.length];
        this.touched = new int[tickers.length];
        this.isTouched = new boolean[tickers.length];
    }

    void add(Ticker ticker, double weight) {
        int i = index.get(ticker);
        if (!isTouched[i]) {
            isTouched[i] = true;
            touched[touchedCount++] = i;
        }
        weights[i] += weight;
    }

    void clear() {
        for (int k = 0; k < touchedCount; k++) {
            weights[touched[k]] = 0;
            isTouched[touched[k]] = false;
        }
        touchedCount = 0;
    }

    /** {@code Σ w_i · returns[i][day]}: the return the held weights earn on that day. */
    double earn(double[][] returns, int day) {
        double sum = 0;
        for (int k = 0; k < touchedCount; k++) {
            int i = touched[k];
            sum += weights[i] * returns[i][day];
        }
        return sum;
    }

    /** The held tickers (positive weight) with their weights, ascending by ticker. */
    TreeMap<Ticker, Double> positive() {
        TreeMap<Ticker, Double> out = new TreeMap<>();
        for (int k = 0; k < touchedCount; k++) {
            int i = touched[k];
            if (weights[i] > 0) {
                out.put(tickers[i], weights[i]);
            }
        }
        return out;
    }
}
