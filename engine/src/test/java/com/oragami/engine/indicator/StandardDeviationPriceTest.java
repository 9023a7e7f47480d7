package com.oragami.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StandardDeviationPriceTest implements IndicatorContract {

    private static final double NAN = Double.NaN;
    private final Indicator sd = new StandardDeviationPrice();

    @Override
    public Indicator indicator() {
        return sd;
    }

    @Test
    void isTheSampleDeviationOfTheLastNCloses() {
        // 2 4 4 4 5 5 7 9: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, / (8 − 1) → sqrt(32/7) = 2.13809
        double[] out = sd.compute(new double[] {2, 4, 4, 4, 5, 5, 7, 9}, 8);

        assertThat(out[6]).isNaN();
        assertThat(out[7]).isCloseTo(Math.sqrt(32.0 / 7), within(1e-14));
        assertThat(sd.firstIndex(8)).isEqualTo(7);
    }

    @Test
    void withWindowTwoIsHalfTheGapTimesRootTwo() {
        // 1, 3: mean 2, squares 1 + 1, / 1 → sqrt(2)
        assertThat(sd.compute(new double[] {1, 3}, 2)[1]).isCloseTo(Math.sqrt(2), within(1e-15));
    }

    @Test
    void withWindowOneIsZeroByConvention() {
        assertThat(sd.compute(new double[] {4, 7}, 1)).containsExactly(0, 0);
    }

    @Test
    void isUndefinedWhileTheSeriesIsShorterThanTheWindow() {
        assertThat(sd.compute(new double[] {1, 2}, 3)).containsExactly(NAN, NAN);
    }

    @Test
    void isUndefinedWhileAMissingCloseIsInTheWindow() {
        // windows of 2: {1,3} → sqrt 2; {3,NaN}, {NaN,5} undefined; {5,7} → sqrt 2
        double[] out = sd.compute(new double[] {1, 3, NAN, 5, 7}, 2);

        assertThat(out[1]).isCloseTo(Math.sqrt(2), within(1e-15));
        assertThat(out[2]).isNaN();
        assertThat(out[3]).isNaN();
        assertThat(out[4]).isCloseTo(Math.sqrt(2), within(1e-15));
    }
}
