package com.oragami.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MovingAveragePriceTest implements IndicatorContract {

    private static final double NAN = Double.NaN;
    private final Indicator sma = new MovingAveragePrice();

    @Override
    public Indicator indicator() {
        return sma;
    }

    @Test
    void averagesTheLastNClosesIncludingToday() {
        // (1+2+3)/3 = 2, (2+3+4)/3 = 3, (3+4+5)/3 = 4
        assertThat(sma.compute(new double[] {1, 2, 3, 4, 5}, 3)).containsExactly(NAN, NAN, 2, 3, 4);
        assertThat(sma.firstIndex(3)).isEqualTo(2);
    }

    @Test
    void withWindowOneIsTheCloseItself() {
        assertThat(sma.compute(new double[] {4, 7.5, 2}, 1)).containsExactly(4, 7.5, 2);
    }

    @Test
    void isUndefinedWhileTheSeriesIsShorterThanTheWindow() {
        assertThat(sma.compute(new double[] {1, 2}, 3)).containsExactly(NAN, NAN);
    }

    @Test
    void startsAfterTheNanPrefixOfAYoungTicker() {
        // (2+4)/2 = 3, (4+6)/2 = 5, (6+8)/2 = 7
        assertThat(sma.compute(new double[] {NAN, NAN, 2, 4, 6, 8}, 2)).containsExactly(NAN, NAN, NAN, 3, 5, 7);
    }

    @Test
    void isUndefinedWhileAMissingCloseIsInTheWindow() {
        // (1+2)/2 = 1.5; windows holding index 2 are NaN; (4+5)/2 = 4.5, (5+6)/2 = 5.5
        assertThat(sma.compute(new double[] {1, 2, NAN, 4, 5, 6}, 2)).containsExactly(NAN, 1.5, NAN, NAN, 4.5, 5.5);
    }

    @Test
    void staysExactAfterHugeClosesLeaveTheWindow() {
        // a reverse-split-adjusted ETF (UVXY's adjusted close starts at 5.1e11 and ends near 20):
        // a running sum keeps rounding residue of the huge values (ulp(1e14) = 0.016) after they
        // leave the window; the mean of the last 200 small closes must not carry it
        double[] close = new double[600];
        for (int t = 0; t < close.length; t++) {
            close[t] = t < 300 ? 5.145e11 * (1 + 0.3 * Math.sin(t)) : 20 + Math.sin(t);
        }
        double direct = 0;
        for (int t = 400; t < 600; t++) {
            direct += close[t];
        }
        direct /= 200;

        assertThat(sma.compute(close, 200)[599]).isCloseTo(direct, within(1e-12 * direct));
    }
}
