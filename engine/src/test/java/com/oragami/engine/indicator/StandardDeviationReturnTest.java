package com.oragami.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StandardDeviationReturnTest implements IndicatorContract {

    private static final double NAN = Double.NaN;
    private final Indicator sd = new StandardDeviationReturn();

    @Override
    public Indicator indicator() {
        return sd;
    }

    @Test
    void isTheSampleDeviationOfTheLastNDailyReturns() {
        // returns 0.1, −0.1, 0 (110/100, 99/110, 99/99)
        // n = 2, index 2: mean 0, squares 0.01 + 0.01, / (2 − 1) → sqrt(0.02) = 0.141421
        // index 3: mean −0.05, squares 0.0025 + 0.0025 → sqrt(0.005) = 0.0707107
        double[] out = sd.compute(new double[] {100, 110, 99, 99}, 2);

        assertThat(out[1]).isNaN();
        assertThat(out[2]).isCloseTo(Math.sqrt(0.02), within(1e-15));
        assertThat(out[3]).isCloseTo(Math.sqrt(0.005), within(1e-15));
        assertThat(sd.firstIndex(2)).isEqualTo(2);
    }

    @Test
    void withWindowOneIsZeroByConvention() {
        assertThat(sd.compute(new double[] {100, 110, 99}, 1)).containsExactly(NAN, 0, 0);
    }

    @Test
    void isUndefinedWhileTheSeriesIsShorterThanTheWindowPlusOne() {
        assertThat(sd.compute(new double[] {1, 2}, 2)).containsExactly(NAN, NAN);
    }

    @Test
    void isUndefinedWhileAMissingCloseTouchesTheWindow() {
        // returns: 0.1, NaN, NaN, 0.1, −0.1 (133.1 → 119.79) → only index 4 has two defined returns
        double[] out = sd.compute(new double[] {100, 110, NAN, 121, 133.1, 119.79}, 2);

        assertThat(out[2]).isNaN();
        assertThat(out[3]).isNaN();
        assertThat(out[4]).isNaN();
        assertThat(out[5]).isCloseTo(Math.sqrt(0.02), within(1e-12));
    }
}
