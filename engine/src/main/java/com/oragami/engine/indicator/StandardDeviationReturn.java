package com.oragami.engine.indicator;

/**
 * {@code standard-deviation-return(n)}: the sample standard deviation (divisor {@code n − 1}) of
 * the last {@code n} simple daily returns, daily (not annualized), a fraction. First value at index
 * {@code n}. Reproduces Composer's SPY 20-day value of 2022-10-24 (0.0185108; the population SD is
 * 2.5 % off). With {@code n = 1} the value is 0 by convention.
 */
final class StandardDeviationReturn implements Indicator {

    @Override
    public double[] compute(double[] close, int window) {
        return Series.rollingSampleStdDev(Series.simpleReturns(close), window);
    }

    @Override
    public int firstIndex(int window) {
        return window;
    }
}
