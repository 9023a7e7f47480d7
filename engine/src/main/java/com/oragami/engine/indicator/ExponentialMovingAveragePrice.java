package com.oragami.engine.indicator;

/**
 * {@code exponential-moving-average-price(n)}: {@code EMA_t = α·P_t + (1 − α)·EMA_{t−1}} with
 * {@code α = 2/(n+1)} (Composer's help page), in dollars, over the whole history.
 *
 * <p>Seed [open question in the spec]: the simple mean of the first {@code n} closes, placed at
 * index {@code n − 1} (TA-Lib's convention); irrelevant after a long history, it only matters for
 * young tickers. Change {@link #seed} to switch conventions. A missing close leaves the average
 * unchanged and that day undefined.
 */
final class ExponentialMovingAveragePrice implements Indicator {

    @Override
    public double[] compute(double[] close, int window) {
        double[] out = Series.nans(close.length);
        double alpha = 2.0 / (window + 1);
        int seen = 0;
        double ema = 0;
        for (int t = 0; t < close.length; t++) {
            double p = close[t];
            if (Double.isNaN(p)) {
                continue;
            }
            seen++;
            if (seen < window) {
                ema += p / window;
            } else if (seen == window) {
                ema = seed(ema + p / window, p);
                out[t] = ema;
            } else {
                ema = alpha * p + (1 - alpha) * ema;
                out[t] = ema;
            }
        }
        return out;
    }

    /** The first defined value: the simple mean of the first n closes. */
    private static double seed(double meanOfFirstN, double lastClose) {
        return meanOfFirstN;
    }

    @Override
    public int firstIndex(int window) {
        return window - 1;
    }
}
