package com.oragami.engine.indicator;

/**
 * {@code max-drawdown(n)}: the largest peak-to-trough decline within the window, {@code max_k (1 −
 * P_k / max_{j ≤ k} P_j)} over the last {@code n + 1} closes ({@code n} returns), a non-negative
 * fraction. First value at index {@code n}.
 *
 * <p>Window length [open question in the spec]: n + 1 closes, so that a window of n covers n daily
 * moves like every other return-type function. Change {@link #CLOSES_BEYOND_WINDOW} to 0 for n
 * closes.
 */
final class MaxDrawdown implements Indicator {

    static final int CLOSES_BEYOND_WINDOW = 1;

    @Override
    public double[] compute(double[] close, int window) {
        double[] out = Series.nans(close.length);
        int span = window + CLOSES_BEYOND_WINDOW;
        for (int t = span - 1; t < close.length; t++) {
            double peak = Double.NEGATIVE_INFINITY;
            double worst = 0;
            boolean complete = true;
            for (int k = t - span + 1; k <= t; k++) {
                double p = close[k];
                if (Double.isNaN(p)) {
                    complete = false;
                    break;
                }
                peak = Math.max(peak, p);
                worst = Math.max(worst, 1.0 - p / peak);
            }
            if (complete) {
                out[t] = worst;
            }
        }
        return out;
    }

    @Override
    public int firstIndex(int window) {
        return window + CLOSES_BEYOND_WINDOW - 1;
    }
}
