package com.oragami.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
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
    void dailyReturnsStartAtTheSecondValue() {
        // 10000/9950.25 − 1, 9800/10000 − 1, 10290/9800 − 1, 0: four returns from five values
        assertThat(ComposerStats.dailyReturns(VALUES))
                .containsExactly(new double[] {10000 / 9950.25 - 1, -0.02, 0.05, 0}, within(EPS));
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
        // positive: +0.5 %, +5 % of four returns (the flat day counts in the denominator)
        assertThat(ComposerStats.of(10000, VALUES, null).winRate()).isEqualTo(0.5);
    }

    @Test
    void distributionOfDailyReturns() {
        ComposerStats stats = ComposerStats.of(10000, VALUES, null);
        double first = 10000 / 9950.25 - 1; // 0.0049998744

        // sorted: −0.02, 0, 0.0049999, 0.05 → median (0 + 0.0049999) / 2
        assertThat(stats.median()).isCloseTo(first / 2, within(EPS));
        assertThat(stats.min()).isCloseTo(-0.02, within(EPS));
        assertThat(stats.max()).isCloseTo(0.05, within(EPS));
        double mean = (first - 0.02 + 0.05 + 0) / 4;
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
    void aStrategyTwiceAsLeveredAsItsBenchmarkHasBetaTwoAndNoAlpha() {
        double[] bench = {100, 101, 99.5, 102, 101.2, 103};
        double[] strategy = new double[bench.length];
        strategy[0] = 1000;
        for (int t = 1; t < bench.length; t++) {
            strategy[t] = strategy[t - 1] * (1 + 2 * (bench[t] / bench[t - 1] - 1));
        }

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
