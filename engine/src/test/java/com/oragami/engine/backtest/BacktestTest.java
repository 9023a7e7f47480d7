package com.oragami.engine.backtest;

import static com.oragami.engine.backtest.Synthetic.t;
import static com.oragami.engine.backtest.Synthetic.weights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.eval.Allocation;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Rebalance;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BacktestTest {

    private static final LocalDate[] DATES = Synthetic.weekdays(LocalDate.of(2024, 1, 2), 10);

    /** A and B flat at 100 and 50; C flat at 20. */
    private static final PriceTable FLAT = Synthetic.table(
            Synthetic.series("A", DATES, i -> 100),
            Synthetic.series("B", DATES, i -> 50),
            Synthetic.series("C", DATES, i -> 20));

    @Test
    void firstDayBuyAtFiftyBasisPointsHoldsCapitalOverOnePointZeroZeroFive() {
        BacktestSettings settings = BacktestSettings.of(10000).withSlippageBps(50);

        BacktestResult result = Backtest.run(
                        Synthetic.fixed(weights("A", 1.0)), FLAT, Rebalance.every(Rebalance.Frequency.NONE), settings)
                .get();

        // §9.3 [E3]: 10 000 at 50 bp → 9 950.25 (10 000 / 1.005 = 9 950.2487…)
        assertThat(result.values()[0]).isCloseTo(10000 / 1.005, within(1e-9));
        assertThat(Math.round(result.values()[0] * 100) / 100.0).isEqualTo(9950.25);
        Trade buy = result.rebalances().get(0).trades().get(0);
        assertThat(buy.side()).isEqualTo(Trade.Side.BUY);
        assertThat(buy.shares()).isCloseTo(10000 / 1.005 / 100, within(1e-9));
        assertThat(buy.slippageCost()).isCloseTo(10000 / 1.005 * 0.005, within(1e-9)); // 49.75
    }

    @Test
    void aFullSwitchPaysSlippageOnBothLegs() {
        TargetSource switchOnDayTwo =
                Synthetic.targets(0, Set.of("A", "B"), day -> day < 2 ? weights("A", 1.0) : weights("B", 1.0));
        BacktestSettings settings = BacktestSettings.of(10000).withSlippageBps(10);

        BacktestResult result =
                Backtest.run(switchOnDayTwo, FLAT, Rebalance.DAILY, settings).get();

        double v0 = 10000 / 1.001; // 9 990.00999
        // sell A: v0 · (1 − 0.001) in cash, all of it buys B at 1.001
        assertThat(result.values()[2]).isCloseTo(v0 * 0.999 / 1.001, within(1e-9));
        List<Trade> trades = result.rebalances().get(2).trades();
        assertThat(trades).extracting(Trade::side).containsExactly(Trade.Side.SELL, Trade.Side.BUY);
        assertThat(trades.get(0).notional()).isCloseTo(v0, within(1e-9));
        assertThat(trades.get(0).slippageCost()).isCloseTo(v0 * 0.001, within(1e-9));
        assertThat(trades.get(1).notional()).isCloseTo(v0 * 0.999 / 1.001, within(1e-9));
        assertThat(result.heldWeights().get(t("B"))[2]).isCloseTo(1, within(1e-12));
        assertThat(result.heldWeights().get(t("A"))[2]).isZero();
    }

    @Test
    void feesAreTakenFromSellProceeds() {
        TargetSource switchOnDayOne =
                Synthetic.targets(0, Set.of("A", "B"), day -> day < 1 ? weights("A", 1.0) : weights("B", 1.0));
        BacktestSettings settings = BacktestSettings.of(1_000_000).withFees(Fees.DEFAULT);

        BacktestResult result =
                Backtest.run(switchOnDayOne, FLAT, Rebalance.DAILY, settings).get();

        // sell 10 000 shares of A for 1 000 000: SEC 27.80, TAF 10 000 · 0.000166 = 1.66
        Trade sell = result.rebalances().get(1).trades().get(0);
        assertThat(sell.fees()).isCloseTo(27.80 + 1.66, within(1e-9));
        assertThat(result.values()[1]).isCloseTo(1_000_000 - 29.46, within(1e-6));
        assertThat(result.totalFees()).isCloseTo(29.46, within(1e-9));
        assertThat(result.totalSlippage()).isZero();
    }

    @Test
    void feesRoundUpToTheCentAndTafIsCapped() {
        Fees fees = Fees.DEFAULT;

        // 1 234.56 · 27.80e-6 = 0.0343207… → 0.04
        assertThat(fees.secFee(1234.56)).isEqualTo(0.04);
        // exactly 27.80 stays 27.80
        assertThat(fees.secFee(1_000_000)).isEqualTo(27.80);
        // 100 · 0.000166 = 0.0166 → 0.02; 7 shares · 0.000166 = 0.001162 → 0.01
        assertThat(fees.tafFee(100)).isEqualTo(0.02);
        assertThat(fees.tafFee(7)).isEqualTo(0.01);
        // 100 000 · 0.000166 = 16.60 → capped at 8.30
        assertThat(fees.tafFee(100_000)).isEqualTo(8.30);
        assertThat(Fees.NONE.secFee(1_000_000)).isZero();
        assertThat(Fees.NONE.tafFee(100_000)).isZero();
    }

    @Test
    void noneBuysOnceAndNeverTradesAgain() {
        BacktestResult result = Backtest.run(
                        Synthetic.fixed(weights("A", 0.5, "B", 0.5)),
                        FLAT,
                        Rebalance.every(Rebalance.Frequency.NONE),
                        BacktestSettings.of(1000))
                .get();

        assertThat(result.rebalances()).extracting(RebalanceDay::index).containsExactly(0);
        assertThat(result.rebalances().get(0).decisions())
                .extracting(d -> d.nodePath())
                .containsExactly("decided on day 0");
    }

    @Test
    void cashWeightStaysInCash() {
        LocalDate[] dates = Synthetic.weekdays(LocalDate.of(2024, 1, 2), 3);
        PriceTable doubling = Synthetic.table(Synthetic.series("A", dates, i -> 100 * Math.pow(2, i)));

        BacktestResult result = Backtest.run(
                        Synthetic.fixed(weights("A", 0.5)),
                        doubling,
                        Rebalance.every(Rebalance.Frequency.NONE),
                        BacktestSettings.of(1000))
                .get();

        // 500 in A doubles twice, 500 stays: 1000, 1500, 2500
        assertThat(result.values()).containsExactly(new double[] {1000, 1500, 2500}, within(1e-9));
        assertThat(result.targetWeights().get(t("A"))).containsExactly(0.5, 0.5, 0.5);
        assertThat(result.heldWeights().get(t("A"))[2]).isCloseTo(2000.0 / 2500, within(1e-12));
    }

    @Test
    void monthlyRebalancesOnTheFirstTradingDayOfEachMonth() {
        LocalDate[] dates = Synthetic.weekdays(LocalDate.of(2024, 1, 2), 70);
        PriceTable prices = Synthetic.table(
                Synthetic.series("A", dates, i -> 100 + i), Synthetic.series("B", dates, i -> 100 - 0.5 * i));

        BacktestResult result = Backtest.run(
                        Synthetic.fixed(weights("A", 0.5, "B", 0.5)),
                        prices,
                        Rebalance.every(Rebalance.Frequency.MONTHLY),
                        BacktestSettings.of(1000))
                .get();

        // the start (Jan 2), then Thu Feb 1, Fri Mar 1, Mon Apr 1 (weekdays only)
        assertThat(result.rebalances())
                .extracting(RebalanceDay::date)
                .containsExactly(
                        LocalDate.of(2024, 1, 2),
                        LocalDate.of(2024, 2, 1),
                        LocalDate.of(2024, 3, 1),
                        LocalDate.of(2024, 4, 1));
    }

    @Test
    void thresholdDoesNotTradeInsideTheCorridorAndRebalancesAllOutside() {
        // A: 100, 130, 140, 160 …; B flat 100. 50/50 start: weight of A = a/(a+100)
        LocalDate[] dates = Synthetic.weekdays(LocalDate.of(2024, 1, 2), 4);
        double[] a = {100, 130, 140, 160};
        PriceTable prices =
                Synthetic.table(Synthetic.series("A", dates, i -> a[i]), Synthetic.series("B", dates, i -> 100));

        BacktestResult result = Backtest.run(
                        Synthetic.fixed(weights("A", 0.5, "B", 0.5)),
                        prices,
                        Rebalance.threshold(0.1),
                        BacktestSettings.of(1000))
                .get();

        // day 1: A 5·130 = 650 of 1150 → 0.565, inside 0.5 ± 0.1; day 2: 700/1200 = 0.583, inside;
        // day 3: 800/1300 = 0.615 > 0.6 → back to 50/50
        assertThat(result.rebalances()).extracting(RebalanceDay::index).containsExactly(0, 3);
        assertThat(result.heldWeights().get(t("A"))[2]).isCloseTo(700.0 / 1200, within(1e-12));
        assertThat(result.heldWeights().get(t("A"))[3]).isCloseTo(0.5, within(1e-12));
        assertThat(result.values()[3]).isCloseTo(1300, within(1e-9));
    }

    @Test
    void thresholdRebalancesFullyWhenTheSelectionChanges() {
        TargetSource source = Synthetic.targets(
                0, Set.of("A", "B", "C"), day -> day < 3 ? weights("A", 0.5, "B", 0.5) : weights("A", 0.5, "C", 0.5));

        BacktestResult result = Backtest.run(source, FLAT, Rebalance.threshold(0.2), BacktestSettings.of(1000))
                .get();

        // prices are flat, so no drift: only the switch from B to C on day 3 trades
        assertThat(result.rebalances()).extracting(RebalanceDay::index).containsExactly(0, 3);
        assertThat(result.rebalances().get(1).trades())
                .extracting(tr -> tr.ticker().symbol() + " " + tr.side())
                .containsExactly("B SELL", "C BUY");
        assertThat(result.heldWeights().get(t("C"))[3]).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void composerStatsLookBackCalendarDaysAcrossAHoliday() {
        // Tue 2024-05-21 … Fri 05-31 without Memorial Day (Mon 05-27): eight trading days
        LocalDate[] dates = {
            LocalDate.of(2024, 5, 21), LocalDate.of(2024, 5, 22), LocalDate.of(2024, 5, 23),
            LocalDate.of(2024, 5, 24), LocalDate.of(2024, 5, 28), LocalDate.of(2024, 5, 29),
            LocalDate.of(2024, 5, 30), LocalDate.of(2024, 5, 31)
        };
        PriceTable prices = Synthetic.table(Synthetic.series("A", dates, i -> 100 + i));

        BacktestResult result = Backtest.run(
                        Synthetic.fixed(weights("A", 1.0)), prices, Rebalance.DAILY, BacktestSettings.of(1000))
                .get();

        double[] v = result.values();
        // a week back from Fri 05-31 is Fri 05-24 (index 3), four trading days back, not five
        assertThat(result.composerStats().trailingOneWeekReturn()).isCloseTo(v[7] / v[3] - 1, within(1e-12));
        // the strategy holds A throughout: 107 / 103 − 1 if no costs
        assertThat(v[7] / v[3]).isCloseTo(107.0 / 103, within(1e-9));
    }

    @Test
    void benchmarkIsScaledToTheCapital() {
        LocalDate[] dates = Synthetic.weekdays(LocalDate.of(2024, 1, 2), 3);
        PriceTable prices = Synthetic.table(
                Synthetic.series("A", dates, i -> 100), Synthetic.series("SPY", dates, i -> 400 + 40 * i));

        BacktestResult result = Backtest.run(
                        Synthetic.fixed(weights("A", 1.0)),
                        prices,
                        Rebalance.DAILY,
                        BacktestSettings.of(1000).withBenchmark(t("SPY")))
                .get();

        // 1000 · 400/400, 1000 · 440/400, 1000 · 480/400
        assertThat(result.benchmarkValues().orElseThrow())
                .containsExactly(new double[] {1000, 1100, 1200}, within(1e-9));
        assertThat(result.benchmarkComposerStats().orElseThrow().cumulativeReturn())
                .isCloseTo(0.2, within(1e-12));
        // the strategy is flat: beta to SPY is 0
        assertThat(result.composerStats().beta()).isCloseTo(0, within(1e-12));
        assertThat(result.benchmarkMetrics().orElseThrow().comp()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void metricsCountTheFirstDaysCostFromTheCapital() {
        BacktestResult result = Backtest.run(
                        Synthetic.fixed(weights("A", 1.0)),
                        FLAT,
                        Rebalance.DAILY,
                        BacktestSettings.of(10000).withSlippageBps(50))
                .get();

        // flat prices: only the first day's 1/1.005 − 1 = −0.4975 % is a return
        assertThat(result.metrics().comp()).isCloseTo(1 / 1.005 - 1, within(1e-12));
        assertThat(result.composerStats().cumulativeReturn()).isCloseTo(1 / 1.005 - 1, within(1e-12));
        assertThat(result.finalValue()).isCloseTo(10000 / 1.005, within(1e-9));
    }

    @Test
    void clampsTheStartToTheFirstDayWithTargetsAndPrices() {
        LocalDate[] late = java.util.Arrays.copyOfRange(DATES, 3, 10);
        PriceTable prices =
                Synthetic.table(Synthetic.series("A", DATES, i -> 100), Synthetic.series("L", late, i -> 10));
        TargetSource source = Synthetic.targets(1, Set.of("A", "L"), day -> weights("A", 0.5, "L", 0.5));

        Parsed<BacktestResult> run = Backtest.run(
                source, prices, Rebalance.DAILY, BacktestSettings.of(1000).withDates(DATES[0], DATES[9]));

        assertThat(run.get().dates().get(0)).isEqualTo(DATES[3]);
        assertThat(run.warnings()).extracting(Problem::code).containsExactly("start-clamped");
    }

    @Test
    void clampsTheEndToTheLastDayEveryTickerHasData() {
        LocalDate[] early = java.util.Arrays.copyOfRange(DATES, 0, 6);
        PriceTable prices =
                Synthetic.table(Synthetic.series("A", DATES, i -> 100), Synthetic.series("E", early, i -> 10));
        TargetSource source = Synthetic.targets(0, Set.of("A", "E"), day -> weights("A", 1.0));

        Parsed<BacktestResult> run = Backtest.run(
                source, prices, Rebalance.DAILY, BacktestSettings.of(1000).withDates(DATES[1], DATES[9]));

        assertThat(run.get().dates()).containsExactly(java.util.Arrays.copyOfRange(DATES, 1, 6));
        assertThat(run.warnings()).extracting(Problem::code).containsExactly("end-clamped");
    }

    @Test
    void badSettingsAreProblemsNotExceptions() {
        BacktestSettings bad = new BacktestSettings(
                java.util.Optional.of(DATES[5]),
                java.util.Optional.of(DATES[2]),
                -5,
                -1,
                Fees.NONE,
                java.util.Optional.of(t("ZZZ")));

        Parsed<BacktestResult> run = Backtest.run(Synthetic.fixed(weights("A", 1.0)), FLAT, Rebalance.DAILY, bad);

        assertThat(run.isOk()).isFalse();
        assertThat(run.errors())
                .extracting(Problem::code)
                .containsExactly(
                        "capital-not-positive", "slippage-negative", "dates-reversed", "benchmark-without-prices");
    }

    @Test
    void datesOutsideTheDataAreErrors() {
        BacktestSettings after =
                BacktestSettings.of(1000).withDates(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 2, 1));
        BacktestSettings before =
                BacktestSettings.of(1000).withDates(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 2, 1));

        assertThat(Backtest.run(Synthetic.fixed(weights("A", 1.0)), FLAT, Rebalance.DAILY, after)
                        .errors())
                .extracting(Problem::code)
                .containsExactly("dates-outside-data");
        assertThat(Backtest.run(Synthetic.fixed(weights("A", 1.0)), FLAT, Rebalance.DAILY, before)
                        .errors())
                .extracting(Problem::code)
                .containsExactly("dates-outside-data");
    }

    @Test
    void unknownTickersAndMissingTargetsAreErrors() {
        Parsed<BacktestResult> unknown =
                Backtest.run(Synthetic.fixed(weights("Q", 1.0)), FLAT, Rebalance.DAILY, BacktestSettings.of(1000));
        Parsed<BacktestResult> tooLate = Backtest.run(
                Synthetic.targets(20, Set.of("A"), day -> weights("A", 1.0)),
                FLAT,
                Rebalance.DAILY,
                BacktestSettings.of(1000));
        Parsed<BacktestResult> empty = Backtest.run(
                Synthetic.fixed(Allocation.ALL_CASH),
                PriceTable.of(List.of()),
                Rebalance.DAILY,
                BacktestSettings.of(1));

        assertThat(unknown.errors()).extracting(Problem::code).containsExactly("ticker-without-prices");
        assertThat(tooLate.errors()).extracting(Problem::code).containsExactly("no-trading-days");
        assertThat(empty.errors()).extracting(Problem::code).containsExactly("no-prices");
    }

    @Test
    void aTrimWhoseFeesExceedItsProceedsIsNotMadeSoCashNeverGoesNegative() {
        PriceTable drift = Synthetic.table(
                Synthetic.series("A", DATES, i -> i == 0 ? 100 : 100.006), Synthetic.series("B", DATES, i -> 50));
        BacktestSettings settings = BacktestSettings.of(1000).withFees(Fees.DEFAULT);

        BacktestResult result = Backtest.run(
                        Synthetic.fixed(weights("A", 0.5, "B", 0.5)), drift, Rebalance.DAILY, settings)
                .get();

        // day 1: A is worth 5 · 100.006 = 500.03 of 1000.03; the target 500.015 means selling $0.015
        // of A, which would cost $0.01 SEC + $0.01 TAF (each rounded up to the cent): more than it brings
        assertThat(result.rebalances().get(1).trades()).isEmpty();
        assertThat(result.totalFees()).isZero();
        assertThat(result.values()[1]).isCloseTo(1000.03, within(1e-9));
        for (int i = 0; i < result.size(); i++) {
            double held =
                    result.heldWeights().get(t("A"))[i] + result.heldWeights().get(t("B"))[i];
            assertThat(held).isLessThanOrEqualTo(1.0 + 1e-12);
        }
    }

    @Test
    void aFullExitOfATinyPositionPaysNoMoreFeesThanItBrings() {
        PriceTable prices =
                Synthetic.table(Synthetic.series("A", DATES, i -> 100), Synthetic.series("B", DATES, i -> 50));
        // day 0: 0.001 % in A ($0.01), the rest in B; day 1: all in B; selling A costs $0.01 SEC
        // (27.8e-6 · 0.01, rounded up) + $0.01 TAF (0.0001 shares · 0.000166, rounded up)
        BacktestSettings settings = BacktestSettings.of(1000).withFees(Fees.DEFAULT);

        BacktestResult result = Backtest.run(
                        Synthetic.targets(
                                0,
                                Set.of("A", "B"),
                                day -> day == 0 ? weights("A", 1e-5, "B", 1 - 1e-5) : weights("B", 1.0)),
                        prices,
                        Rebalance.DAILY,
                        settings)
                .get();

        Trade exit = result.rebalances().get(1).trades().get(0);
        assertThat(exit.side()).isEqualTo(Trade.Side.SELL);
        assertThat(exit.notional()).isCloseTo(0.01, within(1e-12));
        assertThat(exit.fees()).isCloseTo(0.01, within(1e-12)); // capped at the proceeds, not $0.02
        assertThat(result.values()[1]).isCloseTo(1000 - 0.01, within(1e-9));
        assertThat(result.heldWeights().get(t("B"))[1]).isLessThanOrEqualTo(1.0 + 1e-12);
    }

    @Test
    void aRangeWithoutTradingDaysNamesTheRequestedDates() {
        // 2024-01-06 and 2024-01-07 are a Saturday and a Sunday
        Parsed<BacktestResult> weekend = Backtest.run(
                Synthetic.fixed(weights("A", 1.0)),
                FLAT,
                Rebalance.DAILY,
                BacktestSettings.of(1000).withDates(LocalDate.of(2024, 1, 6), LocalDate.of(2024, 1, 7)));

        assertThat(weekend.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("no-trading-days");
            assertThat(p.message()).contains("between 2024-01-06 and 2024-01-07");
        });
    }

    @Test
    void aBenchmarkWithoutACloseAtTheStartIsLeftOut() {
        LocalDate[] late = java.util.Arrays.copyOfRange(DATES, 4, 10);
        PriceTable prices =
                Synthetic.table(Synthetic.series("A", DATES, i -> 100), Synthetic.series("SPY", late, i -> 400));

        Parsed<BacktestResult> run = Backtest.run(
                Synthetic.fixed(weights("A", 1.0)),
                prices,
                Rebalance.DAILY,
                BacktestSettings.of(1000).withBenchmark(t("SPY")));

        assertThat(run.get().benchmarkValues()).isEmpty();
        assertThat(run.warnings()).extracting(Problem::code).containsExactly("benchmark-starts-late");
    }

    @Test
    void aGapInsideTheRangeCarriesTheLastClose() {
        LocalDate[] gappy = {DATES[0], DATES[1], DATES[3]};
        PriceTable prices = Synthetic.table(
                Synthetic.series("A", java.util.Arrays.copyOf(DATES, 4), i -> 100 + 10 * i),
                new com.oragami.engine.prices.PriceSeries(t("G"), gappy, new double[] {50, 60, 80}, true));
        TargetSource source = Synthetic.targets(0, Set.of("A", "G"), day -> weights("G", 1.0));

        BacktestResult result = Backtest.run(
                        source, prices, Rebalance.every(Rebalance.Frequency.NONE), BacktestSettings.of(500))
                .get();

        // 10 shares of G: 500, 600, 600 (carried), 800
        assertThat(result.values()).containsExactly(new double[] {500, 600, 600, 800}, within(1e-9));
    }

    @Test
    void reportsProgressEveryTwentiethOfTheDays() {
        LocalDate[] days = Synthetic.weekdays(LocalDate.of(2024, 1, 2), 100);
        PriceTable flat = Synthetic.table(Synthetic.series("A", days, i -> 100));
        List<Double> reported = new java.util.ArrayList<>();

        Backtest.run(
                Synthetic.fixed(weights("A", 1.0)), flat, Rebalance.DAILY, BacktestSettings.of(1000), reported::add);

        // 100 days: after day 5k (k = 1..20) another twentieth is done → 0.05, 0.10, …, 1.00
        assertThat(reported).hasSize(20);
        for (int k = 1; k <= 20; k++) {
            assertThat(reported.get(k - 1)).isCloseTo(k / 20.0, within(1e-12));
        }
    }

    @Test
    void reportsProgressAtMostOncePerDayOnShortRuns() {
        List<Double> reported = new java.util.ArrayList<>();

        Backtest.run(
                Synthetic.fixed(weights("A", 1.0)), FLAT, Rebalance.DAILY, BacktestSettings.of(1000), reported::add);

        // 10 days: day i (0-based) completes (i + 1) · 20 / 10 = 2(i + 1) twentieths → 0.1, 0.2, …, 1.0
        assertThat(reported).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);
    }

    @Test
    void reportsNoProgressWhenTheRunFailsBeforeItsFirstDay() {
        List<Double> reported = new java.util.ArrayList<>();

        Parsed<BacktestResult> run = Backtest.run(
                Synthetic.fixed(weights("A", 1.0)), FLAT, Rebalance.DAILY, BacktestSettings.of(-1), reported::add);

        assertThat(run.isOk()).isFalse();
        assertThat(reported).isEmpty();
    }
}
