package com.oragami.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * What every kernel promises ({@link Indicator}'s contract), checked on a gap-free series for
 * several windows: the output has the input's length, is NaN before {@link
 * Indicator#firstIndex(int)} and finite from it on, is a new array, and the input is untouched. A
 * kernel test implements this interface and adds its own worked cases (LEAN's
 * CommonIndicatorTests, in Java).
 */
interface IndicatorContract {

    /** The kernel under test. */
    Indicator indicator();

    /** Windows the contract is checked with; 1 is the degenerate case every kernel must handle. */
    int[] WINDOWS = {1, 2, 5, 14, 40};

    /** 60 positive closes that rise, fall and repeat (so RSI sees gains and losses). */
    static double[] sample() {
        double[] p = new double[60];
        for (int t = 0; t < p.length; t++) {
            p[t] = 100 + 10 * Math.sin(t / 3.0) + 0.5 * t;
        }
        return p;
    }

    @Test
    default void keepsTheLengthOfTheInput() {
        for (int n : WINDOWS) {
            assertThat(indicator().compute(sample(), n)).hasSize(60);
            assertThat(indicator().compute(new double[0], n)).isEmpty();
        }
    }

    @Test
    default void isNanBeforeTheFirstIndexAndFiniteFromItOn() {
        for (int n : WINDOWS) {
            double[] out = indicator().compute(sample(), n);
            int first = indicator().firstIndex(n);
            for (int t = 0; t < out.length; t++) {
                if (t < first) {
                    assertThat(out[t]).as("window %d, index %d", n, t).isNaN();
                } else {
                    assertThat(Double.isFinite(out[t]))
                            .as("window %d, index %d: %s", n, t, out[t])
                            .isTrue();
                }
            }
        }
    }

    @Test
    default void isAllNanOnASeriesShorterThanItNeeds() {
        for (int n : WINDOWS) {
            int first = indicator().firstIndex(n);
            double[] out = indicator().compute(Arrays.copyOf(sample(), first), n);
            assertThat(out).hasSize(first);
            for (double v : out) {
                assertThat(v).isNaN();
            }
        }
    }

    @Test
    default void leavesTheInputUntouchedAndReturnsANewArray() {
        for (int n : WINDOWS) {
            double[] input = sample();
            double[] out = indicator().compute(input, n);
            assertThat(input).containsExactly(sample());
            assertThat(out).isNotSameAs(input);
        }
    }

    @Test
    default void startsLaterForAYoungTickerWithANanPrefix() {
        int prefix = 7;
        for (int n : WINDOWS) {
            double[] young = new double[60 + prefix];
            Arrays.fill(young, 0, prefix, Double.NaN);
            System.arraycopy(sample(), 0, young, prefix, 60);
            double[] out = indicator().compute(young, n);
            double[] aligned = indicator().compute(sample(), n);
            assertThat(Arrays.copyOfRange(out, prefix, out.length))
                    .as("window %d", n)
                    .containsExactly(aligned);
            for (int t = 0; t < prefix; t++) {
                assertThat(out[t]).isNaN();
            }
        }
    }
}
