package com.oragami.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CurrentPriceTest implements IndicatorContract {

    private static final double NAN = Double.NaN;
    private final Indicator price = new CurrentPrice();

    @Override
    public Indicator indicator() {
        return price;
    }

    @Test
    void isTheCloseItselfWhateverTheWindow() {
        assertThat(price.compute(new double[] {3, 4.25, 5}, 0)).containsExactly(3, 4.25, 5);
        assertThat(price.compute(new double[] {3, 4.25, 5}, 10)).containsExactly(3, 4.25, 5);
        assertThat(price.firstIndex(10)).isZero();
    }

    @Test
    void isUndefinedOnlyWhereTheCloseIsMissing() {
        assertThat(price.compute(new double[] {NAN, 3, NAN, 5}, 1)).containsExactly(NAN, 3, NAN, 5);
    }
}
