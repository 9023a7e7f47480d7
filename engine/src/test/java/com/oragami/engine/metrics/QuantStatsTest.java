package com.oragami.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * quantstats 0.0.81 statistics pinned by hand on a five-day series, and cross-checked on larger
 * series against textbook formulas computed here in another way.
 */
class QuantStatsTest {

    /** Five days, one of them flat: mean 0.002, deviations 0.008, −0.022, 0.028, −0.002, −0.012. */
    private static final double[] FIVE = {0.01, -0.02, 0.03, 0.0, -0.01};

    private static final double EPS = 1e-12;

    @Test
    void compoundsTheTotalReturn() {
        // 1.01 · 0.98 · 1.03 · 1.00 · 0.99 = 0.9898 · 1.03 · 0.99 = 1.019494 · 0.99 = 1.00929906
        assertThat(Returns.comp(FIVE)).isCloseTo(0.00929906, within(EPS));
    }

    @Test
    void annualizesCagrByTradingPeriodsNotCalendarDays() {
        // years = 5 / 252; 1.00929906^(252/5) − 1 = 1.00929906^50.4 − 1
        assertThat(Returns.cagr(FIVE)).isCloseTo(Math.pow(1.00929906, 50.4) - 1, within(1e-10));
        assertThat(Returns.cagr(FIVE)).isCloseTo(0.5944150547747, within(1e-9));
    }

    @Test
    void sharpeUsesSampleStandardDeviationWithZeroDaysKept() {
        // Σd² = 0.000064 + 0.000484 + 0.000784 + 0.000004 + 0.000144 = 0.00148; var = 0.00148/4
        double sd = Math.sqrt(0.00148 / 4); // 0.0192353840616713
        assertThat(Returns.std(FIVE)).isCloseTo(sd, within(EPS));
        // 0.002 / 0.01923538 · √252 = 1.65055273
        assertThat(Returns.sharpe(FIVE)).isCloseTo(0.002 / sd * Math.sqrt(252), within(EPS));
        assertThat(Returns.sharpe(FIVE)).isCloseTo(1.6505527329729, within(1e-9));
        assertThat(Returns.volatility(FIVE)).isCloseTo(sd * Math.sqrt(252), within(EPS));
    }

    @Test
    void sortinoDividesDownsideSquaresByTheCountOfAllDays() {
        // downside = √((0.02² + 0.01²) / 5) = √(0.0005 / 5) = 0.01; 0.002 / 0.01 · √252 = 0.2 · 15.8745
        assertThat(Returns.sortino(FIVE)).isCloseTo(0.2 * Math.sqrt(252), within(EPS));
    }

    @Test
    void winRateAndAverageReturnDropZeroDays() {
        // non-zero: 0.01, −0.02, 0.03, −0.01 → 2 wins of 4; mean 0.01/4
        assertThat(Returns.winRate(FIVE)).isEqualTo(0.5);
        assertThat(Returns.avgReturn(FIVE)).isCloseTo(0.0025, within(EPS));
        assertThat(Returns.avgWin(FIVE)).isCloseTo(0.02, within(EPS));
        assertThat(Returns.avgLoss(FIVE)).isCloseTo(-0.015, within(EPS));
    }

    @Test
    void profitFactorAndKelly() {
        // (0.01 + 0.03 + 0) / |−0.02 − 0.01| = 0.04 / 0.03
        assertThat(Returns.profitFactor(FIVE)).isCloseTo(4.0 / 3, within(EPS));
        // b = 0.02 / 0.015 = 4/3, p = 0.5: (4/3 · 0.5 − 0.5) / (4/3) = (1/6) / (4/3) = 0.125
        assertThat(Returns.kellyCriterion(FIVE)).isCloseTo(0.125, within(EPS));
    }

    @Test
    void valueAtRiskIsParametricNormal() {
        // 0.002 − 1.6448536269514722 · 0.0192353840616713 = −0.0296393912396
        assertThat(Returns.valueAtRisk(FIVE)).isCloseTo(-0.0296393912396447, within(1e-12));
    }

    @Test
    void conditionalValueAtRiskFallsBackToVarWhenNoDayIsBelowIt() {
        // the worst day −0.02 is above VaR −0.02964, so 0.0.81 returns the VaR itself
        assertThat(Returns.conditionalValueAtRisk(FIVE)).isEqualTo(Returns.valueAtRisk(FIVE));
    }

    @Test
    void conditionalValueAtRiskAveragesTheDaysBelowVar() {
        // 19 days of +0.001 and one −0.10: mean = (0.019 − 0.1)/20 = −0.00405;
        // Σd² = 19 · 0.00505² + 0.09595² = 0.000484548 + 0.009206403 = 0.00969095; sd = √(…/19)
        double[] r = new double[20];
        java.util.Arrays.fill(r, 0.001);
        r[7] = -0.10;
        double sd = Math.sqrt((19 * 0.00505 * 0.00505 + 0.09595 * 0.09595) / 19); // 0.0225841
        double var = -0.00405 - Returns.Z_95 * sd; // −0.04120…, only −0.10 is below
        assertThat(Returns.valueAtRisk(r)).isCloseTo(var, within(1e-12));
        assertThat(Returns.conditionalValueAtRisk(r)).isEqualTo(-0.10);
    }

    @Test
    void skewAndKurtosisArePandasBiasCorrected() {
        // m2 = 0.00148/5 = 0.000296, m3 = (5.12e-7 − 1.0648e-5 + 2.1952e-5 − 8e-9 − 1.728e-6)/5 = 2.016e-6
        // G1 = √(5·4)/3 · 2.016e-6 / 0.000296^1.5
        assertThat(Returns.skew(FIVE)).isCloseTo(Math.sqrt(20) / 3 * 2.016e-6 / Math.pow(0.000296, 1.5), within(1e-9));
        // Σd⁴ = 4.096e-9 + 2.34256e-7 + 6.14656e-7 + 1.6e-11 + 2.0736e-8 = 8.7376e-7
        // G2 = 5·6·4·8.7376e-7 / (3·2·0.00148²) − 3·4²/(3·2) = 7.97808…− 8
        assertThat(Returns.kurtosis(FIVE)).isCloseTo(120 * 8.7376e-7 / (6 * 0.00148 * 0.00148) - 8, within(1e-9));
    }

    @Test
    void drawdownsStartFromAPhantomEquityOfOne() {
        // equity 1.01, 0.9898, 1.019494, 1.019494, 1.00929906; peaks 1.01, 1.01, 1.019494 …
        assertThat(Drawdowns.series(FIVE)).containsExactly(new double[] {0, -0.02, 0, 0, -0.01}, within(1e-12));
        assertThat(Drawdowns.maxDrawdown(FIVE)).isCloseTo(-0.02, within(EPS));
        // √((0.02² + 0.01²) / (5 − 1)) = √0.000125
        assertThat(Drawdowns.ulcerIndex(FIVE)).isCloseTo(Math.sqrt(0.000125), within(EPS));
        // |Σr| / |mdd| = 0.01 / 0.02
        assertThat(Drawdowns.recoveryFactor(FIVE)).isCloseTo(0.5, within(EPS));
        assertThat(Drawdowns.calmar(FIVE)).isCloseTo(Returns.cagr(FIVE) / 0.02, within(EPS));
    }

    @Test
    void aLossOnTheFirstDayIsADrawdown() {
        // 1 → 0.9 → 0.99: a drawdown of 10 % from the phantom start, not 0
        assertThat(Drawdowns.maxDrawdown(new double[] {-0.1, 0.1})).isCloseTo(-0.1, within(EPS));
    }

    @Test
    void bestAndWorstDays() {
        assertThat(Returns.best(FIVE)).isEqualTo(0.03);
        assertThat(Returns.worst(FIVE)).isEqualTo(-0.02);
    }

    @Test
    void undefinedCasesAreNaN() {
        double[] flat = {0, 0, 0, 0};
        assertThat(Returns.winRate(flat)).isNaN(); // quantstats: 0.0 with a warning
        assertThat(Returns.avgReturn(flat)).isNaN();
        assertThat(Returns.profitFactor(flat)).isNaN();
        assertThat(Returns.sharpe(flat)).isNaN();
        assertThat(Returns.sortino(flat)).isNaN();
        assertThat(Returns.kellyCriterion(flat)).isNaN();
        assertThat(Drawdowns.calmar(flat)).isNaN();
        assertThat(Drawdowns.recoveryFactor(flat)).isNaN();
        assertThat(Returns.skew(flat)).isZero(); // pandas: 0 when the variance is 0
        assertThat(Returns.kurtosis(flat)).isZero();
        double[] empty = {};
        assertThat(Returns.cagr(empty)).isNaN();
        assertThat(Returns.best(empty)).isNaN();
        assertThat(Drawdowns.maxDrawdown(empty)).isNaN();
        assertThat(Returns.comp(empty)).isZero();
        double[] one = {0.01};
        assertThat(Returns.volatility(one)).isNaN();
        assertThat(Returns.conditionalValueAtRisk(one)).isNaN();
        assertThat(Drawdowns.ulcerIndex(one)).isNaN();
        assertThat(Returns.skew(new double[] {0.1, 0.2})).isNaN();
        assertThat(Returns.kurtosis(new double[] {0.1, 0.2, 0.3})).isNaN();
    }

    @Test
    void profitFactorIsInfiniteWithoutLosses() {
        assertThat(Returns.profitFactor(new double[] {0.01, 0.0})).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void prepareReplacesNonFiniteReturnsByZero() {
        assertThat(Returns.prepare(new double[] {Double.NaN, Double.POSITIVE_INFINITY, 0.01}))
                .containsExactly(0, 0, 0.01);
    }

    @Test
    void largeDrawdownMatchesATextbookPeakToTroughLoop() {
        // up 20 % in 20 days, then a crash of −60 % over 30 days, then a partial recovery
        double[] r = series(100, t -> t < 20 ? 0.0092 : t < 50 ? -0.03 : 0.011 * Math.sin(t) + 0.004);
        double[] prices = new double[r.length + 1];
        prices[0] = 1;
        for (int t = 0; t < r.length; t++) {
            prices[t + 1] = prices[t] * (1 + r[t]);
        }
        double worst = 0;
        for (int i = 0; i < prices.length; i++) {
            for (int j = i; j < prices.length; j++) {
                worst = Math.min(worst, prices[j] / prices[i] - 1);
            }
        }

        assertThat(worst).isLessThan(-0.5);
        assertThat(Drawdowns.maxDrawdown(r)).isCloseTo(worst, within(1e-12));
        assertThat(Returns.comp(r)).isCloseTo(prices[r.length] - 1, within(1e-12));
        assertThat(Drawdowns.recoveryFactor(r)).isCloseTo(Math.abs(sum(r)) / -worst, within(1e-12));
    }

    @Test
    void shortSeriesAgreesWithTextbookFormulas() {
        // 60 days (less than a year): cagr = exp(252/60 · Σ ln(1+r)) − 1
        double[] r = series(60, t -> 0.02 * Math.sin(1.7 * t) + 0.001 * (t % 7) - 0.002);
        double logSum = 0;
        for (double x : r) {
            logSum += Math.log1p(x);
        }
        assertThat(Returns.cagr(r)).isCloseTo(Math.expm1(252.0 / 60 * logSum), within(1e-10));

        // skew and kurtosis via the sample standard deviation s (another form of G1 and G2)
        int n = r.length;
        double mean = sum(r) / n;
        double s = Returns.std(r);
        double z3 = 0;
        double z4 = 0;
        for (double x : r) {
            z3 += Math.pow((x - mean) / s, 3);
            z4 += Math.pow((x - mean) / s, 4);
        }
        double g1 = (double) n / ((n - 1) * (n - 2)) * z3;
        double g2 = (double) n * (n + 1) / ((n - 1.0) * (n - 2) * (n - 3)) * z4
                - 3.0 * (n - 1) * (n - 1) / ((n - 2.0) * (n - 3));
        assertThat(Returns.skew(r)).isCloseTo(g1, within(1e-10));
        assertThat(Returns.kurtosis(r)).isCloseTo(g2, within(1e-10));

        // sample variance as E[x²] − E[x]² rescaled by n/(n−1)
        double sq = 0;
        for (double x : r) {
            sq += x * x;
        }
        double variance = (sq / n - mean * mean) * n / (n - 1);
        assertThat(Returns.volatility(r)).isCloseTo(Math.sqrt(variance * 252), within(1e-12));
    }

    @Test
    void manyZeroDaysCountOnlyInTheMoments() {
        // 40 days: a gain every 4th day, a loss every 10th, else flat
        double[] r = series(40, t -> t % 10 == 9 ? -0.015 : t % 4 == 0 ? 0.01 : 0.0);
        List<Double> nonZero = new ArrayList<>();
        int wins = 0;
        double negSq = 0;
        for (double x : r) {
            if (x != 0) {
                nonZero.add(x);
            }
            if (x > 0) {
                wins++;
            }
            if (x < 0) {
                negSq += x * x;
            }
        }
        // days 0, 4, 8, … 36 are gains (10), days 9, 19, 29, 39 losses (4): 14 non-zero of 40
        assertThat(nonZero).hasSize(14);
        assertThat(Returns.winRate(r)).isCloseTo(10.0 / 14, within(EPS));
        assertThat(Returns.avgReturn(r)).isCloseTo((10 * 0.01 - 4 * 0.015) / 14, within(EPS));
        // sortino: mean over all 40 days, downside over all 40 days
        double mean = (10 * 0.01 - 4 * 0.015) / 40;
        assertThat(Returns.sortino(r)).isCloseTo(mean / Math.sqrt(negSq / 40) * Math.sqrt(252), within(1e-12));
        // kelly: p = 10/14, b = 0.01 / 0.015 = 2/3; f = p − (1 − p)/b = 10/14 − (4/14)·1.5 = 4/14
        assertThat(Returns.kellyCriterion(r)).isCloseTo(4.0 / 14, within(1e-12));
    }

    @Test
    void recordGathersEveryStatisticUnderQuantstatsNames() {
        QuantStats stats = QuantStats.of(FIVE);

        assertThat(stats.asMap().keySet())
                .containsExactly(
                        "cagr",
                        "sharpe",
                        "sortino",
                        "calmar",
                        "max_drawdown",
                        "volatility",
                        "avg_return",
                        "avg_win",
                        "avg_loss",
                        "win_rate",
                        "profit_factor",
                        "value_at_risk",
                        "conditional_value_at_risk",
                        "kelly_criterion",
                        "recovery_factor",
                        "ulcer_index",
                        "skew",
                        "kurtosis",
                        "best",
                        "worst",
                        "comp");
        assertThat(stats.asMap().get("sortino")).isCloseTo(0.2 * Math.sqrt(252), within(EPS));
        assertThat(stats.maxDrawdown()).isCloseTo(-0.02, within(EPS));
        assertThat(stats.kellyCriterion()).isCloseTo(0.125, within(EPS));
        assertThat(stats.comp()).isCloseTo(0.00929906, within(EPS));
    }

    private static double[] series(int n, java.util.function.IntToDoubleFunction f) {
        double[] r = new double[n];
        for (int t = 0; t < n; t++) {
            r[t] = f.applyAsDouble(t);
        }
        return r;
    }

    private static double sum(double[] r) {
        double s = 0;
        for (double x : r) {
            s += x;
        }
        return s;
    }
}
