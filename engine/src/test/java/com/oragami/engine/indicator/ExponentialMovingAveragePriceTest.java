package com.oragami.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExponentialMovingAveragePriceTest implements IndicatorContract {

    private static final double NAN = Double.NaN;
    private final Indicator ema = new ExponentialMovingAveragePrice();

    @Override
    public Indicator indicator() {
        return ema;
    }

    @Test
    void seedsWithTheMeanOfTheFirstNClosesThenSmoothsWithAlphaTwoOverNPlusOne() {
        // n = 3, α = 2/4 = 0.5; seed at index 2 = (1+2+3)/3 = 2
        // index 3: 0.5·4 + 0.5·2 = 3; index 4: 0.5·5 + 0.5·3 = 4; index 5: 0.5·1 + 0.5·4 = 2.5
        assertThat(ema.compute(new double[] {1, 2, 3, 4, 5, 1}, 3)).containsExactly(NAN, NAN, 2, 3, 4, 2.5);
        assertThat(ema.firstIndex(3)).isEqualTo(2);
    }

    @Test
    void withWindowOneIsTheCloseItself() {
        // α = 2/2 = 1
        assertThat(ema.compute(new double[] {4, 7.5, 2}, 1)).containsExactly(4, 7.5, 2);
    }

    @Test
    void isUndefinedWhileTheSeriesIsShorterThanTheWindow() {
        assertThat(ema.compute(new double[] {1, 2}, 3)).containsExactly(NAN, NAN);
    }

    @Test
    void seedsAfterTheNanPrefixOfAYoungTicker() {
        // n = 2, α = 2/3; seed at index 2 = (2+4)/2 = 3; index 3: (2/3)·6 + (1/3)·3 = 5
        double[] out = ema.compute(new double[] {NAN, 2, 4, 6}, 2);

        assertThat(out[0]).isNaN();
        assertThat(out[1]).isNaN();
        assertThat(out[2]).isEqualTo(3.0);
        assertThat(out[3]).isCloseTo(5.0, within(1e-12));
    }

    @Test
    void aMissingCloseIsUndefinedAndLeavesTheAverageUnchanged() {
        // n = 2, α = 2/3; seed at index 1 = (2+4)/2 = 3; index 2 missing; index 3: (2/3)·6 + (1/3)·3 = 5
        double[] out = ema.compute(new double[] {2, 4, NAN, 6}, 2);

        assertThat(out[1]).isEqualTo(3.0);
        assertThat(out[2]).isNaN();
        assertThat(out[3]).isCloseTo(5.0, within(1e-12));
    }
}
