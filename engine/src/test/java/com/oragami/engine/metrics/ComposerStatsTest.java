package com.oragami.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComposerStatsTest {

    private static final double EPS = 1e-12;

    /** Bought at 50 bp on 10 000 (§9.3), then +0.5 %, −2 %, +5 %, flat. */
    private static final double[] VALUES = {9950.25, 10000, 9800, 10290, 10290};

    @Test
    void cumulativeAndAnnualizedReturnUseTheCapitalAndTheCountOfValues() {
        ComposerStats stats = ComposerStats.of(10000, VALUES, null);

        // 10290 / 10000 − 1
        assertThat(stats.cumulativeReturn()).isCloseTo(0.029, within(EPS));
        // (1.029)^(252 / 5) − 1: N counts the values, not the returns
        assertThat(stats.annualizedRateOfReturn()).isCloseTo(Math.pow(1.029, 252.0 / 5) - 1, within(EPS));
    }

    @Test
    void reproducesComposersAnnualizedReturnOfSymphonyINfCn3eKsu6i4oTTqdUp() {
        // §9.3 [E3]: capital 10 000, 606 daily values ending at 19 144.02
        double[] values = new double[606];
        Arrays.fill(values, 10000);
        values[605] = 19144.02;

        assertThat(ComposerStats.cumulativeReturn(10000, values)).isCloseTo(0.914402, within(1e-12));
        // Composer prints annualized_rate_of_return 0.31002959646575423
        assertThat(ComposerStats.annualizedRateOfReturn(10000, values)).isCloseTo(0.31002959646575423, within(1e-13));
        // and calmar_ratio 1.185117220936313 = 0.31002959646575423 / max_drawdown 0.26160247356865884
        assertThat(0.31002959646575423 / 0.26160247356865884).isCloseTo(1.185117220936313, within(1e-13));
    }

    @Test
    void dailyReturnsReplaceTheFirstValueByTheCapital() {
        // 10000/10000 − 1 (not 10000/9950.25 − 1), 9800/10000 − 1, 10290/9800 − 1, 0: four from five values
        assertThat(ComposerStats.dailyReturns(10000, VALUES))
                .containsExactly(new double[] {0, -0.02, 0.05, 0}, within(EPS));
        // the plain returns of the values, as taken of a benchmark
        assertThat(ComposerStats.dailyReturns(VALUES))
                .containsExactly(new double[] {10000 / 9950.25 - 1, -0.02, 0.05, 0}, within(EPS));
        assertThat(ComposerStats.dailyReturns(10000, new double[] {9950.25})).isEmpty();
        assertThat(ComposerStats.dailyReturns(10000, new double[0])).isEmpty();
    }

    @Test
    void drawdownIsAPositiveFractionOfTheValues() {
        // peak 10 000, trough 9 800
        assertThat(ComposerStats.of(10000, VALUES, null).maxDrawdown()).isCloseTo(0.02, within(EPS));
        assertThat(ComposerStats.of(10000, VALUES, null).calmarRatio())
                .isCloseTo((Math.pow(1.029, 252.0 / 5) - 1) / 0.02, within(1e-9));
    }

    @Test
    void winRateCountsFlatDaysAsNotWon() {
        // returns 0, −2 %, +5 %, 0: one positive of four (flat days count in the denominator)
        assertThat(ComposerStats.of(10000, VALUES, null).winRate()).isEqualTo(0.25);
    }

    @Test
    void distributionOfDailyReturns() {
        ComposerStats stats = ComposerStats.of(10000, VALUES, null);

        // returns 10000/10000 − 1 = 0, −0.02, 0.05, 0; sorted −0.02, 0, 0, 0.05 → median 0
        assertThat(stats.median()).isCloseTo(0, within(EPS));
        assertThat(stats.min()).isCloseTo(-0.02, within(EPS));
        assertThat(stats.max()).isCloseTo(0.05, within(EPS));
        double mean = (0 - 0.02 + 0.05 + 0) / 4; // 0.0075
        assertThat(mean).isCloseTo(0.0075, within(EPS));
        assertThat(stats.mean()).isCloseTo(mean, within(EPS));
        assertThat(stats.sharpeRatio()).isCloseTo(mean * 252 / stats.standardDeviation(), within(1e-9));
        // downside √(0.02² / 4) = 0.01
        assertThat(stats.sortinoRatio()).isCloseTo(mean / 0.01 * Math.sqrt(252), within(1e-9));
    }

    @Test
    void trailingReturnsLookBackTradingDays() {
        assertThat(ComposerStats.trailingReturn(VALUES, 1)).isZero(); // 10290 / 10290 − 1
        assertThat(ComposerStats.trailingReturn(VALUES, 3)).isCloseTo(0.029, within(EPS)); // 10290 / 10000 − 1
        assertThat(ComposerStats.trailingReturn(VALUES, 4)).isCloseTo(10290 / 9950.25 - 1, within(EPS));
        assertThat(ComposerStats.trailingReturn(VALUES, 5)).isNaN(); // a week needs six values
        assertThat(ComposerStats.of(10000, VALUES, null).trailingOneYearReturn())
                .isNaN();
    }

    @Test
    void trailingWindowsAreOneWeekFiveDaysOneMonthTwentyOne() {
        double[] values = new double[300];
        for (int t = 0; t < values.length; t++) {
            values[t] = 100 + t; // V_t = 100 + t, last 399
        }
        ComposerStats stats = ComposerStats.of(100, values, null);

        assertThat(stats.trailingOneDayReturn()).isCloseTo(399.0 / 398 - 1, within(EPS));
        assertThat(stats.trailingOneWeekReturn()).isCloseTo(399.0 / 394 - 1, within(EPS));
        assertThat(stats.trailingTwoWeekReturn()).isCloseTo(399.0 / 389 - 1, within(EPS));
        assertThat(stats.trailingOneMonthReturn()).isCloseTo(399.0 / 378 - 1, within(EPS));
        assertThat(stats.trailingThreeMonthReturn()).isCloseTo(399.0 / 336 - 1, within(EPS));
        assertThat(stats.trailingOneYearReturn()).isCloseTo(399.0 / 147 - 1, within(EPS));
    }

    @Test
    void datedTrailingReturnsLookBackCalendarTime() {
        // weekdays Mon 2024-01-01 … : V_t = 100 + t, last Wed 2024-07-31 (index 153, V 253)
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2024, 1, 1); !d.isAfter(LocalDate.of(2024, 7, 31)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                dates.add(d);
            }
        }
        double[] values = new double[dates.size()];
        for (int t = 0; t < values.length; t++) {
            values[t] = 100 + t;
        }
        int last = values.length - 1;
        assertThat(dates.get(last)).isEqualTo(LocalDate.of(2024, 7, 31));

        ComposerStats stats = ComposerStats.of(100, dates, values, null);

        // one day: the previous value
        assertThat(stats.trailingOneDayReturn()).isCloseTo(values[last] / values[last - 1] - 1, within(EPS));
        // 7 days back is Wed 07-24, five weekdays back
        assertThat(stats.trailingOneWeekReturn()).isCloseTo(values[last] / values[last - 5] - 1, within(EPS));
        assertThat(stats.trailingTwoWeekReturn()).isCloseTo(values[last] / values[last - 10] - 1, within(EPS));
        // a month back is Sun 06-30: the base is Mon 07-01, 22 weekdays back (July has 23 weekdays)
        int july1 = dates.indexOf(LocalDate.of(2024, 7, 1));
        assertThat(july1).isEqualTo(last - 22);
        assertThat(stats.trailingOneMonthReturn()).isCloseTo(values[last] / values[july1] - 1, within(EPS));
        // three months back is Tue 04-30 (a trading day)
        int april30 = dates.indexOf(LocalDate.of(2024, 4, 30));
        assertThat(stats.trailingThreeMonthReturn()).isCloseTo(values[last] / values[april30] - 1, within(EPS));
        // a year back is before the first date
        assertThat(stats.trailingOneYearReturn()).isNaN();
        // the window may start exactly on the first date
        assertThat(ComposerStats.trailingReturn(dates, values, Period.ofDays(212))) // 01-01 + 212 days = 07-31
                .isCloseTo(values[last] / values[0] - 1, within(EPS));
        assertThat(ComposerStats.trailingReturn(dates, values, Period.ofDays(213)))
                .isNaN();
        assertThat(ComposerStats.trailingReturn(List.of(), new double[0], Period.ofDays(1)))
                .isNaN();
    }

    @Test
    void aMonthBackFromTheThirtyFirstIsTheEndOfTheShorterMonth() {
        // 05-31 minus 3 months is 02-29 (2024 is a leap year), a Thursday
        List<LocalDate> dates = List.of(
                LocalDate.of(2024, 2, 28),
                LocalDate.of(2024, 2, 29),
                LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 5, 31));
        double[] values = {100, 110, 120, 132};

        assertThat(ComposerStats.trailingReturn(dates, values, Period.ofMonths(3)))
                .isCloseTo(0.2, within(EPS)); // 132/110 − 1
    }

    @Test
    void datesMustMatchTheValues() {
        assertThatThrownBy(() -> ComposerStats.of(100, List.of(LocalDate.of(2024, 1, 2)), VALUES, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1 dates for 5 values");
        assertThatThrownBy(() -> ComposerStats.of(100, VALUES, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("benchmark has 2 values, not 5");
    }

    @Test
    void aStrategyTwiceAsLeveredAsItsBenchmarkHasBetaTwoAndNoAlpha() {
        double[] bench = {100, 101, 99.5, 102, 101.2, 103};
        double[] strategy = new double[bench.length];
        strategy[0] = 1000;
        for (int t = 1; t < bench.length; t++) {
            strategy[t] = strategy[t - 1] * (1 + 2 * (bench[t] / bench[t - 1] - 1));
        }

        // the first return is measured from the capital 1000 = strategy[0], so it is 2 · b_1 as well
        ComposerStats stats = ComposerStats.of(1000, strategy, bench);

        assertThat(stats.beta()).isCloseTo(2, within(1e-9));
        assertThat(stats.alpha()).isCloseTo(0, within(1e-9));
        assertThat(stats.pearsonR()).isCloseTo(1, within(1e-9));
        assertThat(stats.rSquare()).isCloseTo(1, within(1e-9));
    }

    @Test
    void betaIsTheRegressionSlope() {
        double[] b = {0.01, -0.02, 0.015, 0.0, -0.005};
        double[] r = {0.02, -0.01, 0.0, 0.01, -0.02};
        // least squares by the normal equations: slope = (nΣxy − ΣxΣy) / (nΣx² − (Σx)²)
        double n = 5;
        double sx = 0;
        double sy = 0;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < 5; i++) {
            sx += b[i];
            sy += r[i];
            sxy += b[i] * r[i];
            sxx += b[i] * b[i];
            syy += r[i] * r[i];
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double corr = (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));

        assertThat(ComposerStats.beta(r, b)).isCloseTo(slope, within(1e-12));
        assertThat(ComposerStats.pearsonR(r, b)).isCloseTo(corr, within(1e-12));
        assertThat(ComposerStats.alpha(r, b)).isCloseTo((sy / n - slope * sx / n) * 252, within(1e-12));
    }

    @Test
    void withoutABenchmarkTheRelativeStatisticsAreNaN() {
        ComposerStats stats = ComposerStats.of(10000, VALUES, null);

        assertThat(stats.alpha()).isNaN();
        assertThat(stats.beta()).isNaN();
        assertThat(stats.rSquare()).isNaN();
        assertThat(stats.pearsonR()).isNaN();
        assertThat(ComposerStats.beta(new double[] {0.1, 0.2}, new double[] {0.0, 0.0}))
                .isNaN();
        assertThat(ComposerStats.pearsonR(new double[] {0.1}, new double[] {0.0}))
                .isNaN();
    }

    @Test
    void emptyAndSingleValueSeriesAreUndefined() {
        assertThat(ComposerStats.cumulativeReturn(100, new double[0])).isNaN();
        assertThat(ComposerStats.annualizedRateOfReturn(100, new double[0])).isNaN();
        assertThat(ComposerStats.maxDrawdown(new double[0])).isNaN();
        assertThat(ComposerStats.median(new double[0])).isNaN();
        assertThat(ComposerStats.winRate(new double[0])).isNaN();
        ComposerStats one = ComposerStats.of(100, new double[] {100}, null);
        assertThat(one.maxDrawdown()).isZero();
        assertThat(one.calmarRatio()).isNaN();
        assertThat(ComposerStats.median(new double[] {0.3, 0.1, 0.2})).isEqualTo(0.2);
    }

    @Test
    void mapUsesComposersNamesInAFixedOrder() {
        assertThat(ComposerStats.of(10000, VALUES, null).asMap().keySet())
                .containsExactly(
                        "cumulative_return",
                        "annualized_rate_of_return",
                        "max_drawdown",
                        "calmar_ratio",
                        "sharpe_ratio",
                        "sortino_ratio",
                        "standard_deviation",
                        "mean",
                        "median",
                        "min",
                        "max",
                        "skewness",
                        "kurtosis",
                        "win_rate",
                        "trailing_one_day_return",
                        "trailing_one_week_return",
                        "trailing_two_week_return",
                        "trailing_one_month_return",
                        "trailing_three_month_return",
                        "trailing_one_year_return",
                        "alpha",
                        "beta",
                        "r_square",
                        "pearson_r");
    }
}
