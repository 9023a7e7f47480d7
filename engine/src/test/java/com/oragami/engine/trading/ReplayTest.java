package com.oragami.engine.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.backtest.Backtest;
import com.oragami.engine.backtest.BacktestResult;
import com.oragami.engine.backtest.BacktestSettings;
import com.oragami.engine.backtest.EvaluatorTargets;
import com.oragami.engine.calendar.NyseCalendar;
import com.oragami.engine.eval.SymphonyEvaluator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replay of 2024 for three real symphonies in one account against their standalone backtests
 * (same capital, slippage, no fees).
 */
class ReplayTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 2);
    private static final LocalDate TO = LocalDate.of(2024, 12, 31);
    private static final List<SymphonyEvaluator> EVALUATORS =
            List.of(RealSymphonies.evaluator(0), RealSymphonies.evaluator(1), RealSymphonies.evaluator(2));
    private static final String[] CAPITAL = {"10000", "25000", "7500"};

    private static Replay.Result replay(PlanSettings settings) {
        List<Replay.Deployment> deployments = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            SymphonyEvaluator e = EVALUATORS.get(i);
            deployments.add(new Replay.Deployment(
                    RealSymphonies.FILES.get(i), e, e.symphony().rebalance(), Money.of(CAPITAL[i])));
        }
        Parsed<Replay.Result> run =
                Replay.run(deployments, RealSymphonies.PRICES, NyseCalendar.standard(), FROM, TO, settings);
        assertThat(run.errors()).isEmpty();
        return run.get();
    }

    private static BacktestResult backtest(int i, double slippageBps) {
        SymphonyEvaluator e = EVALUATORS.get(i);
        return Backtest.run(
                        new EvaluatorTargets(e),
                        RealSymphonies.PRICES,
                        e.symphony().rebalance(),
                        BacktestSettings.of(Double.parseDouble(CAPITAL[i]))
                                .withDates(FROM, TO)
                                .withSlippageBps(slippageBps))
                .get();
    }

    private static double[] differences(Replay.Result result, double slippageBps) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            BacktestResult bt = backtest(i, slippageBps);
            Replay.SymphonyReplay mine = result.symphonies().get(i);
            assertThat(mine.dates()).isEqualTo(bt.dates());
            out[i] = mine.maxRelativeDifference(bt);
        }
        return out;
    }

    @Test
    void withoutCostsOrMinimumReplayMatchesTheBacktestToRounding() {
        Replay.Result result = replay(PlanSettings.EXACT);

        double[] diff = differences(result, 0);

        System.out.printf("replay vs backtest, exact: %s%n", java.util.Arrays.toString(diff));
        // shares kept to 9 decimals and cash to 6 against doubles: ~1e-9 relative at most
        assertThat(java.util.Arrays.stream(diff).max().orElseThrow()).isLessThan(1e-8);
        assertThat(result.problems()).noneMatch(Problem::isError);
        assertThat(result.symphonies()).allSatisfy(s -> assertThat(s.orders()).isPositive());
        assertThat(result.brokerOrders()).isPositive();
    }

    @Test
    void withAlpacaRulesAndSlippageReplayStaysWithinTheCosts() {
        double bps = 5;
        Replay.Result result = replay(PlanSettings.ALPACA.withSlippage(bps / 10_000));

        double[] diff = differences(result, bps);

        System.out.printf("replay vs backtest, 5 bp, $1 minimum, cents: %s%n", java.util.Arrays.toString(diff));
        for (int i = 0; i < 3; i++) {
            BacktestResult bt = backtest(i, bps);
            // what the backtest paid in slippage, as a fraction of its final value, bounds the gap
            // (crossing between books saves part of it); cents and the $1 minimum add a little
            double costs = bt.totalSlippage() / bt.finalValue();
            assertThat(diff[i]).isLessThan(costs + 1e-4);
        }
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aSymphonyAloneWithSlippageMatchesItsBacktestToRounding() {
        // nothing to cross with: every trade goes to the simulated broker at close · (1 ± s), as the
        // backtest fills it
        SymphonyEvaluator e = EVALUATORS.get(1);
        Replay.Result result = Replay.run(
                        List.of(new Replay.Deployment("alone", e, e.symphony().rebalance(), Money.of(CAPITAL[1]))),
                        RealSymphonies.PRICES,
                        NyseCalendar.standard(),
                        FROM,
                        TO,
                        PlanSettings.EXACT.withSlippage(0.0005))
                .get();

        double diff = result.symphonies().get(0).maxRelativeDifference(backtest(1, 5));

        assertThat(diff).isLessThan(1e-8);
    }

    @Test
    void reportsBadInputAsProblems() {
        SymphonyEvaluator e = EVALUATORS.get(0);
        Replay.Deployment d = new Replay.Deployment("x", e, e.symphony().rebalance(), Money.of("1000"));

        Parsed<Replay.Result> reversed =
                Replay.run(List.of(d), RealSymphonies.PRICES, NyseCalendar.standard(), TO, FROM, PlanSettings.EXACT);
        Parsed<Replay.Result> none =
                Replay.run(List.of(), RealSymphonies.PRICES, NyseCalendar.standard(), FROM, TO, PlanSettings.EXACT);
        Parsed<Replay.Result> outside = Replay.run(
                List.of(d),
                RealSymphonies.PRICES,
                NyseCalendar.standard(),
                LocalDate.of(1999, 1, 4),
                TO,
                PlanSettings.EXACT);

        assertThat(reversed.errors()).extracting(Problem::code).containsExactly("dates-reversed");
        assertThat(none.errors()).extracting(Problem::code).containsExactly("no-symphonies");
        assertThat(outside.errors()).extracting(Problem::code).containsExactly("dates-outside-calendar");
    }

    @Test
    void aSymphonyWithoutAnyDayWithATargetNeverStarts() {
        SymphonyEvaluator e = EVALUATORS.get(0);
        // TQQQ and UVXY list only in 2010 and 2011: in the first week of 2000 there is no target
        Replay.Result result = Replay.run(
                        List.of(new Replay.Deployment("early", e, e.symphony().rebalance(), Money.of("1000"))),
                        RealSymphonies.PRICES,
                        NyseCalendar.standard(),
                        LocalDate.of(2000, 1, 3),
                        LocalDate.of(2000, 1, 7),
                        PlanSettings.EXACT)
                .get();

        assertThat(result.symphonies().get(0).dates()).isEmpty();
        assertThat(result.problems()).extracting(Problem::code).contains("never-started");
    }

    @Test
    void everySymphonyStartsOnItsBacktestsFirstDay() {
        Replay.Result result = replay(PlanSettings.EXACT);

        assertThat(result.symphonies()).extracting(s -> s.dates().get(0)).containsOnly(LocalDate.of(2024, 1, 2));
    }
}
