package com.oragami.engine.indicator;

/** {@code current-price}: the close {@code P_t} itself, in dollars. Defined from index 0. */
final class CurrentPrice implements Indicator {

    @Override
    public double[] compute(double[] close, int window) {
        return close.clone();
    }

    @Override
    public int firstIndex(int window) {
        return 0;
    }
}
