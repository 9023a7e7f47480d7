package com.oragami.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MaxDrawdownTest implements IndicatorContract {

    private static final double NAN = Double.NaN;
    private final Indicator drawdown = new MaxDrawdown();

    @Override
    public Indicator indicator() {
        return drawdown;
    }

    @Test
    void isTheDeepestFallFromARunningPeakOverNPlusOneCloses() {
        // n = 2, windows of 3 closes:
        // {100,120,90}: peak 120, 1 − 90/120 = 0.25; {120,90,108}: 0.25 (108 < 120 is 0.1);
        // {90,108,60}: peak 108, 1 − 60/108 = 0.444444
        double[] out = drawdown.compute(new double[] {100, 120, 90, 108, 60}, 2);

        assertThat(out[1]).isNaN();
        assertThat(out[2]).isCloseTo(0.25, within(1e-15));
        assertThat(out[3]).isCloseTo(0.25, within(1e-15));
        assertThat(out[4]).isCloseTo(1 - 60 / 108.0, within(1e-15));
        assertThat(drawdown.firstIndex(2)).isEqualTo(2);
    }

    @Test
    void ignoresRisesAndAFallBeforeThePeak() {
        // {100, 80, 120}: running peaks 100, 100, 120 → drawdowns 0, 0.2, 0 → 0.2; a rising window → 0
        assertThat(drawdown.compute(new double[] {100, 80, 120}, 2)[2]).isCloseTo(0.2, within(1e-15));
        assertThat(drawdown.compute(new double[] {1, 2, 3}, 2)[2]).isZero();
    }

    @Test
    void withWindowOneIsTheDailyFall() {
        // {100,120}: 0; {120,90}: 0.25
        assertThat(drawdown.compute(new double[] {100, 120, 90}, 1)).containsExactly(NAN, 0, 0.25);
    }

    @Test
    void isUndefinedWhileTheSeriesIsShorterThanTheWindowPlusOne() {
        assertThat(drawdown.compute(new double[] {1, 2}, 2)).containsExactly(NAN, NAN);
    }

    @Test
    void isUndefinedWhileAMissingCloseIsInTheWindow() {
        assertThat(drawdown.compute(new double[] {100, NAN, 90, 60}, 1)).containsExactly(NAN, NAN, NAN, 1 - 60 / 90.0);
    }
}
