package com.oragami.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RelativeStrengthIndexTest implements IndicatorContract {

    private static final double NAN = Double.NaN;
    private final Indicator rsi = new RelativeStrengthIndex();

    @Override
    public Indicator indicator() {
        return rsi;
    }

    @Test
    void seedsWithSimpleMeansThenSmoothsTheWilderWay() {
        // n = 2, changes +1, −0.5, +1, −0.5
        // index 2: up = (1+0)/2 = 0.5, down = (0+0.5)/2 = 0.25, RS = 2 → 100 − 100/3 = 66.6667
        // index 3: up = (0.5·1 + 1)/2 = 0.75, down = (0.25·1 + 0)/2 = 0.125, RS = 6 → 100 − 100/7 = 85.7143
        // index 4: up = (0.75 + 0)/2 = 0.375, down = (0.125 + 0.5)/2 = 0.3125, RS = 1.2 → 100 − 100/2.2 = 54.5455
        double[] out = rsi.compute(new double[] {10, 11, 10.5, 11.5, 11}, 2);

        assertThat(out[0]).isNaN();
        assertThat(out[1]).isNaN();
        assertThat(out[2]).isCloseTo(100 - 100 / 3.0, within(1e-12));
        assertThat(out[3]).isCloseTo(100 - 100 / 7.0, within(1e-12));
        assertThat(out[4]).isCloseTo(100 - 100 / 2.2, within(1e-12));
        assertThat(rsi.firstIndex(2)).isEqualTo(2);
    }

    @Test
    void isOneHundredWithoutLossesEvenOnAFlatSeriesAndZeroWithoutGains() {
        // flat: up = down = 0 → the down = 0 rule gives 100; falling: up = 0, RS = 0 → 100 − 100/1 = 0
        assertThat(rsi.compute(new double[] {5, 5, 5, 5}, 2)).containsExactly(NAN, NAN, 100, 100);
        assertThat(rsi.compute(new double[] {1, 2, 3}, 2)).containsExactly(NAN, NAN, 100);
        assertThat(rsi.compute(new double[] {5, 4, 3}, 2)).containsExactly(NAN, NAN, 0);
    }

    @Test
    void withWindowOneFollowsTheLastChangeOnly() {
        // n = 1: up = max(x, 0), down = max(−x, 0) of today's change → 100 after a rise, 0 after a fall
        assertThat(rsi.compute(new double[] {10, 11, 10.5, 12}, 1)).containsExactly(NAN, 100, 0, 100);
    }

    @Test
    void isUndefinedWhileTheSeriesIsShorterThanTheWindow() {
        assertThat(rsi.compute(new double[] {1, 2}, 2)).containsExactly(NAN, NAN);
    }

    @Test
    void skipsAMissingCloseTakingTheNextChangeFromTheLastKnownClose() {
        // changes: 11−10 = +1 (index 1), index 2 missing, 10.5−11 = −0.5 (index 3), +1 (index 4)
        // so index 3 and 4 equal the worked case's index 2 and 3: 66.6667 and 85.7143
        double[] out = rsi.compute(new double[] {10, 11, NAN, 10.5, 11.5}, 2);

        assertThat(out[1]).isNaN();
        assertThat(out[2]).isNaN();
        assertThat(out[3]).isCloseTo(100 - 100 / 3.0, within(1e-12));
        assertThat(out[4]).isCloseTo(100 - 100 / 7.0, within(1e-12));
    }

    @Test
    void startsAfterTheNanPrefixOfAYoungTicker() {
        // changes +1, −0.5 from index 1 on → first value at index 3: 66.6667
        double[] out = rsi.compute(new double[] {NAN, 10, 11, 10.5}, 2);

        assertThat(out[2]).isNaN();
        assertThat(out[3]).isCloseTo(100 - 100 / 3.0, within(1e-12));
    }
}
