package com.oragami.engine.backtest;

import static com.oragami.engine.backtest.Synthetic.t;
import static com.oragami.engine.backtest.Synthetic.weights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.oragami.engine.eval.Allocation;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Rebalance;
import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Zero-cost backtests checked against an independent loop over weights rather than shares: the
 * value grows by {@code cash + Σ h_i · P_i(t)/P_i(t−1)} each day, the weights drift with their
 * prices, and a rebalance day resets them to the targets.
 */
class BacktestReferenceTest {

    private static final LocalDate[] DATES = Synthetic.weekdays(LocalDate.of(2024, 1, 2), 140);

    private static final PriceTable PRICES = Synthetic.table(
            Synthetic.series("SPY", DATES, i -> 400 * (1 + 0.1 * Math.sin(i / 9.0)) + i),
            Synthetic.series("TLT", DATES, i -> 100 * (1 - 0.08 * Math.sin(i / 13.0)) - 0.05 * i),
            Synthetic.series("GLD", DATES, i -> 180 + 12 * Math.cos(i / 5.0)));

    private static final IntPredicate MONTHLY = d -> d > 0 && DATES[d].getMonthValue() != DATES[d - 1].getMonthValue();

    @Test
    void sixtyFortyRebalancedMonthly() {
        Allocation target = weights("SPY", 0.6, "TLT", 0.4);

        double[] values = run(Synthetic.fixed(target), Rebalance.every(Rebalance.Frequency.MONTHLY));

        assertThat(values).containsExactly(reference(MONTHLY, day -> target.weights()), within(1e-7));
        assertThat(values[values.length - 1]).isNotCloseTo(10000, within(1.0));
    }

    @Test
    void equalWeightThreeTickersDaily() {
        Allocation target = weights("SPY", 1.0 / 3, "TLT", 1.0 / 3, "GLD", 1.0 / 3);

        double[] values = run(Synthetic.fixed(target), Rebalance.DAILY);

        assertThat(values).containsExactly(reference(d -> true, day -> target.weights()), within(1e-7));
    }

    @Test
    void fixedInverseVolatilityLikeWeightsMonthly() {
        Allocation target = weights("SPY", 0.2, "TLT", 0.5, "GLD", 0.3);

        double[] values = run(Synthetic.fixed(target), Rebalance.every(Rebalance.Frequency.MONTHLY));

        assertThat(values).containsExactly(reference(MONTHLY, day -> target.weights()), within(1e-7));
        // drift between rebalances: a monthly book differs from a daily one
        assertThat(values).isNotEqualTo(reference(d -> true, day -> target.weights()));
    }

    @Test
    void topOneByTenDayReturnMonthly() {
        IntFunction<Allocation> topOne = day -> {
            String best = null;
            double bestReturn = Double.NEGATIVE_INFINITY;
            for (String s : new String[] {"SPY", "TLT", "GLD"}) {
                double[] c = PRICES.closes(t(s));
                double r = c[day] / c[day - 10] - 1;
                if (r > bestReturn) {
                    bestReturn = r;
                    best = s;
                }
            }
            return weights(best, 1.0);
        };
        TargetSource source = Synthetic.targets(10, Set.of("SPY", "TLT", "GLD"), topOne);

        double[] values = run(source, Rebalance.every(Rebalance.Frequency.MONTHLY));

        double[] expected = reference(10, MONTHLY, day -> topOne.apply(day).weights());
        assertThat(values).containsExactly(expected, within(1e-7));
    }

    private static double[] run(TargetSource source, Rebalance rebalance) {
        return Backtest.run(source, PRICES, rebalance, BacktestSettings.of(10000))
                .get()
                .values();
    }

    private static double[] reference(IntPredicate rebalanceDay, IntFunction<Map<Ticker, Double>> target) {
        return reference(0, rebalanceDay, target);
    }

    private static double[] reference(int start, IntPredicate rebalanceDay, IntFunction<Map<Ticker, Double>> target) {
        int n = DATES.length - start;
        double[] v = new double[n];
        String[] names = {"SPY", "TLT", "GLD"};
        double[] h = new double[3];
        double cash = 1;
        Map<Ticker, Double> w0 = target.apply(start);
        for (int k = 0; k < 3; k++) {
            h[k] = w0.getOrDefault(t(names[k]), 0.0);
            cash -= h[k];
        }
        v[0] = 10000;
        for (int i = 1; i < n; i++) {
            int d = start + i;
            double growth = cash;
            double[] ratio = new double[3];
            for (int k = 0; k < 3; k++) {
                double[] c = PRICES.closes(t(names[k]));
                ratio[k] = c[d] / c[d - 1];
                growth += h[k] * ratio[k];
            }
            v[i] = v[i - 1] * growth;
            cash /= growth;
            for (int k = 0; k < 3; k++) {
                h[k] = h[k] * ratio[k] / growth;
            }
            if (rebalanceDay.test(d)) {
                Map<Ticker, Double> w = target.apply(d);
                cash = 1;
                for (int k = 0; k < 3; k++) {
                    h[k] = w.getOrDefault(t(names[k]), 0.0);
                    cash -= h[k];
                }
            }
        }
        return v;
    }
}
