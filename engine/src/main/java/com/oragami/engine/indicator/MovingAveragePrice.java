package com.oragami.engine.indicator;

/**
 * {@code moving-average-price(n)}: arithmetic mean of {@code P_{t−n+1} … P_t}, in dollars. First
 * value at index {@code n − 1}. Reproduces Composer's SPY SMA(200) of 2022-10-24 (412.03575).
 */
final class MovingAveragePrice implements Indicator {

    @Override
    public double[] compute(double[] close, int window) {
        return Series.rollingMean(close, window);
    }

    @Override
    public int firstIndex(int window) {
        return window - 1;
    }
}
