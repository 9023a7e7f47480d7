package com.oragami.engine.indicator;

/**
 * {@code relative-strength-index(n)}: Wilder's RSI on close-to-close changes {@code x_t = P_t −
 * P_{t−1}}, on a 0–100 scale.
 *
 * <pre>
 * up_n = mean(max(x_1..x_n, 0));  up_t = (up_{t−1}·(n−1) + max(x_t, 0)) / n;  down alike with max(−x, 0)
 * RSI_t = 100 − 100 / (1 + up_t / down_t), and 100 when down_t = 0
 * </pre>
 *
 * First value at index {@code n}. The recursion runs over the whole history, so values depend on
 * where the series starts until the seed has decayed. Matches Composer's SPY RSI(7) = 64.4410 and
 * RSI(10) = 58.5952 of 2022-10-24. A missing close is skipped: the next change is taken from the
 * last known close.
 */
final class RelativeStrengthIndex implements Indicator {

    @Override
    public double[] compute(double[] close, int n) {
        double[] out = Series.nans(close.length);
        double up = 0;
        double down = 0;
        double previous = Double.NaN;
        int changes = 0;
        for (int t = 0; t < close.length; t++) {
            double p = close[t];
            if (Double.isNaN(p)) {
                continue;
            }
            if (!Double.isNaN(previous)) {
                double change = p - previous;
                changes++;
                if (changes <= n) { // seed: simple mean of the first n changes
                    up += Math.max(change, 0) / n;
                    down += Math.max(-change, 0) / n;
                } else {
                    up = (up * (n - 1) + Math.max(change, 0)) / n;
                    down = (down * (n - 1) + Math.max(-change, 0)) / n;
                }
                if (changes >= n) {
                    out[t] = down == 0 ? 100 : 100 - 100 / (1 + up / down);
                }
            }
            previous = p;
        }
        return out;
    }

    @Override
    public int firstIndex(int window) {
        return window;
    }
}
