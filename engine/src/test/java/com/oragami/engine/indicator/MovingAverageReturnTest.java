package com.oragami.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MovingAverageReturnTest implements IndicatorContract {

    private static final double NAN = Double.NaN;
    private final Indicator meanReturn = new MovingAverageReturn();

    @Override
    public Indicator indicator() {
        return meanReturn;
    }

    @Test
    void averagesTheLastNDailyReturns() {
        // returns: 110/100 − 1 = 0.1, 121/110 − 1 = 0.1, 108.9/121 − 1 = −0.1
        // n = 2: index 2 = (0.1 + 0.1)/2 = 0.1; index 3 = (0.1 − 0.1)/2 = 0
        double[] out = meanReturn.compute(new double[] {100, 110, 121, 108.9}, 2);

        assertThat(out[0]).isNaN();
        assertThat(out[1]).isNaN();
        assertThat(out[2]).isCloseTo(0.1, within(1e-15));
        assertThat(out[3]).isCloseTo(0.0, within(1e-15));
        assertThat(meanReturn.firstIndex(2)).isEqualTo(2);
    }

    @Test
    void withWindowOneIsTheDailyReturn() {
        double[] out = meanReturn.compute(new double[] {100, 110, 99}, 1);

        assertThat(out[0]).isNaN();
        assertThat(out[1]).isCloseTo(0.1, within(1e-15));
        assertThat(out[2]).isCloseTo(-0.1, within(1e-15)); // 99/110 − 1
    }

    @Test
    void isUndefinedWhileTheSeriesIsShorterThanTheWindowPlusOne() {
        assertThat(meanReturn.compute(new double[] {1, 2}, 2)).containsExactly(NAN, NAN);
    }

    @Test
    void isUndefinedWhileAMissingCloseTouchesTheWindow() {
        // closes 100, 110, NaN, 121, 133.1: returns 0.1, NaN, NaN, 0.1 → n = 1 only the last is defined
        double[] out = meanReturn.compute(new double[] {100, 110, NAN, 121, 133.1}, 1);

        assertThat(out[2]).isNaN();
        assertThat(out[3]).isNaN();
        assertThat(out[4]).isCloseTo(0.1, within(1e-15));
    }
}
