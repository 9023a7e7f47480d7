package com.oragami.engine.indicator;

/**
 * {@code standard-deviation-price(n)}: the sample standard deviation (divisor {@code n − 1}) of the
 * closes {@code P_{t−n+1} … P_t}, in dollars. First value at index {@code n − 1}. The sample
 * convention is chosen by analogy with {@code standard-deviation-return}, which is verified; the
 * spec leaves it open.
 */
final class StandardDeviationPrice implements Indicator {

    @Override
    public double[] compute(double[] close, int window) {
        return Series.rollingSampleStdDev(close, window);
    }

    @Override
    public int firstIndex(int window) {
        return window - 1;
    }
}
