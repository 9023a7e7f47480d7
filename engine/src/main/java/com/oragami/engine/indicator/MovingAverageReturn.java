package com.oragami.engine.indicator;

/**
 * {@code moving-average-return(n)}: the mean of the last {@code n} simple daily returns {@code
 * r_{t−n+1} … r_t}, a fraction. First value at index {@code n}. Reproduces Composer's SPY 210-day
 * mean return of 2022-10-24 (−0.000886598).
 */
final class MovingAverageReturn implements Indicator {

    @Override
    public double[] compute(double[] close, int window) {
        return Series.rollingMean(Series.simpleReturns(close), window);
    }

    @Override
    public int firstIndex(int window) {
        return window;
    }
}
