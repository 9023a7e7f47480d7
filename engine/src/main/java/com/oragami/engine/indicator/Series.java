package com.oragami.engine.indicator;

import java.util.Arrays;

/** Small array helpers shared by the kernels. */
final class Series {

    private Series() {}

    static double[] nans(int length) {
        double[] out = new double[length];
        Arrays.fill(out, Double.NaN);
        return out;
    }

    /**
     * Simple daily returns {@code r_t = P_t / P_{t-1} − 1}; NaN at 0 and wherever either close is
     * missing.
     */
    static double[] simpleReturns(double[] close) {
        double[] r = nans(close.length);
        for (int t = 1; t < close.length; t++) {
            r[t] = close[t] / close[t - 1] - 1.0;
        }
        return r;
    }

    /**
     * Rolling mean of the last {@code n} values ending at each index; NaN when any value in the
     * window is NaN. The running sum is compensated (Neumaier's variant of Kahan summation): a plain
     * running sum keeps the rounding residue of values that have left the window, which for a
     * reverse-split-adjusted ETF (adjusted closes falling from 10^11 to 10) made a 200-day mean
     * wrong in the 5th significant digit.
     */
    static double[] rollingMean(double[] x, int n) {
        double[] out = nans(x.length);
        CompensatedSum sum = new CompensatedSum();
        int missing = 0;
        for (int t = 0; t < x.length; t++) {
            if (Double.isNaN(x[t])) {
                missing++;
            } else {
                sum.add(x[t]);
            }
            if (t >= n) {
                if (Double.isNaN(x[t - n])) {
                    missing--;
                } else {
                    sum.add(-x[t - n]);
                }
            }
            if (t >= n - 1) {
                if (missing == 0) {
                    out[t] = sum.value() / n;
                } else if (missing == n) {
                    sum.reset(); // the window holds no number: start the sum afresh
                }
            }
        }
        return out;
    }

    /** A running sum with Neumaier compensation: the lost low-order bits are kept apart. */
    private static final class CompensatedSum {
        private double sum;
        private double compensation;

        void add(double v) {
            double next = sum + v;
            if (Math.abs(sum) >= Math.abs(v)) {
                compensation += (sum - next) + v;
            } else {
                compensation += (v - next) + sum;
            }
            sum = next;
        }

        double value() {
            return sum + compensation;
        }

        void reset() {
            sum = 0;
            compensation = 0;
        }
    }

    /**
     * Rolling sample standard deviation (divisor {@code n − 1}) of the last {@code n} values; NaN
     * when any value in the window is NaN, 0 when {@code n == 1}. Computed exactly per window with
     * two passes, which costs O(length × n) and keeps full precision.
     */
    static double[] rollingSampleStdDev(double[] x, int n) {
        double[] out = nans(x.length);
        int missing = 0;
        for (int t = 0; t < x.length; t++) {
            if (Double.isNaN(x[t])) {
                missing++;
            }
            if (t >= n && Double.isNaN(x[t - n])) {
                missing--;
            }
            if (t < n - 1 || missing > 0) {
                continue;
            }
            if (n == 1) {
                out[t] = 0;
                continue;
            }
            double mean = 0;
            for (int k = t - n + 1; k <= t; k++) {
                mean += x[k];
            }
            mean /= n;
            double squares = 0;
            for (int k = t - n + 1; k <= t; k++) {
                double d = x[k] - mean;
                squares += d * d;
            }
            out[t] = Math.sqrt(squares / (n - 1));
        }
        return out;
    }
}
