package com.oragami.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CumulativeReturnTest implements IndicatorContract {

    private static final double NAN = Double.NaN;
    private final Indicator cumulative = new CumulativeReturn();

    @Override
    public Indicator indicator() {
        return cumulative;
    }

    @Test
    void comparesTodayWithTheCloseNDaysAgo() {
        // n = 2: 121/100 − 1 = 0.21; 99/110 − 1 = −0.1
        double[] out = cumulative.compute(new double[] {100, 110, 121, 99}, 2);

        assertThat(out[0]).isNaN();
        assertThat(out[1]).isNaN();
        assertThat(out[2]).isCloseTo(0.21, within(1e-15));
        assertThat(out[3]).isCloseTo(-0.1, within(1e-15));
        assertThat(cumulative.firstIndex(2)).isEqualTo(2);
    }

    @Test
    void withWindowOneIsTheDailyReturn() {
        // 110/100 − 1 = 0.1; 121/110 − 1 = 0.1; 99/121 − 1 = −0.181818…
        double[] out = cumulative.compute(new double[] {100, 110, 121, 99}, 1);

        assertThat(out[0]).isNaN();
        assertThat(out[1]).isCloseTo(0.1, within(1e-15));
        assertThat(out[2]).isCloseTo(0.1, within(1e-15));
        assertThat(out[3]).isCloseTo(-2.0 / 11, within(1e-15));
    }

    @Test
    void isUndefinedWhileTheSeriesIsShorterThanTheWindowPlusOne() {
        assertThat(cumulative.compute(new double[] {1, 2}, 2)).containsExactly(NAN, NAN);
    }

    @Test
    void isUndefinedWhenEitherEndIsMissing() {
        // index 1 is missing: index 1 and index 2 (which looks back to it) are NaN; 110/121 − 1
        double[] out = cumulative.compute(new double[] {100, NAN, 121, 110}, 1);

        assertThat(out[1]).isNaN();
        assertThat(out[2]).isNaN();
        assertThat(out[3]).isCloseTo(-1.0 / 11, within(1e-15));
    }
}
