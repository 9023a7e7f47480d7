package com.oragami.engine.indicator;

/**
 * {@code cumulative-return(n)}: {@code P_t / P_{t−n} − 1}, a fraction (needs n + 1 closes). First
 * value at index {@code n}. Reproduces Composer's SPY cumulative return over 2 days of 2022-10-24
 * (0.0368353); with n = 1 it is the daily return.
 */
final class CumulativeReturn implements Indicator {

    @Override
    public double[] compute(double[] close, int window) {
        double[] out = Series.nans(close.length);
        for (int t = window; t < close.length; t++) {
            out[t] = close[t] / close[t - window] - 1.0;
        }
        return out;
    }

    @Override
    public int firstIndex(int window) {
        return window;
    }
}
