package com.oragami.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.Parsed;
import com.oragami.engine.eval.SymphonyEvaluator;
import com.oragami.engine.format.SymphonyDocument;
import com.oragami.engine.format.SymphonyReader;
import com.oragami.engine.prices.BundledPrices;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The simple strategies of issue 4 ("Done when"), written as symphony files in
 * {@code symphonies/reference/}, run through the reader, the evaluator and the backtest with zero
 * costs on the bundled prices, against an independent implementation from first principles: on a
 * rebalance day the holdings are set to {@code w_i · V}; every other day each holding grows by its
 * ticker's daily return {@code P_i(t) / P_i(t−1)} and {@code V} is their sum (drift between
 * rebalances). Weights are decided with closes through the day and traded at its close. The
 * reference computes its own weights: σ over the last 20 daily returns for inverse volatility,
 * {@code P(t) / P(t−90) − 1} for the top 3. Every day's value must agree to a relative 1e-9.
 */
class ReferenceStrategiesTest {

    private static final Path DIR = Path.of("src/test/resources/symphonies/reference");
    private static final double CAPITAL = 10_000;
    private static final List<String> SECTORS = List.of("XLK", "XLF", "XLE", "XLV", "XLI", "XLP", "XLY", "XLU", "XLB");

    /** Weights of the tickers (in {@code tickers} order) decided at the close of day t. */
    private interface Weights {
        double[] at(int t);
    }

    @Test
    void sixtyFortySpyTltMonthly() {
        List<String> tickers = List.of("SPY", "TLT");
        Run run = run("sixty-forty-spy-tlt-monthly.edn", tickers);

        // TLT's first bundled close is 2002-07-30; no indicator, so the backtest starts then
        assertThat(run.result.dates().get(0)).isEqualTo(LocalDate.of(2002, 7, 30));
        run.assertMatches(monthly(run.table), t -> new double[] {0.6, 0.4});
    }

    @Test
    void equalWeightSectorEtfsDaily() {
        Run run = run("equal-weight-sector-etfs-daily.edn", SECTORS);

        assertThat(run.result.dates().get(0)).isEqualTo(LocalDate.of(1998, 12, 22));
        double[] ninth = new double[9];
        Arrays.fill(ninth, 1.0 / 9);
        run.assertMatches(t -> true, t -> ninth);
    }

    @Test
    void inverseVolatilitySpyTltGldMonthly() {
        List<String> tickers = List.of("SPY", "TLT", "GLD");
        Run run = run("inverse-volatility-spy-tlt-gld-monthly.edn", tickers);
        double[][] closes = run.closes(tickers);

        // GLD starts on 2004-11-18 (table index g); 20 returns need 21 closes: first day g + 20
        int gld = run.table.firstIndex(Ticker.of("GLD"));
        assertThat(run.start).isEqualTo(gld + 20);
        run.assertMatches(monthly(run.table), t -> {
            double[] inverse = new double[3];
            double total = 0;
            for (int i = 0; i < 3; i++) {
                inverse[i] = 1 / sampleSd(returns(closes[i], t - 19, t));
                total += inverse[i];
            }
            for (int i = 0; i < 3; i++) {
                inverse[i] /= total;
            }
            return inverse;
        });
    }

    @Test
    void topThreeSectorsByNinetyDayReturnMonthly() {
        Run run = run("top-three-sectors-by-90-day-return-monthly.edn", SECTORS);
        double[][] closes = run.closes(SECTORS);

        // all nine start on 1998-12-22 (index 0); a 90-day return needs 91 closes
        assertThat(run.start).isEqualTo(90);
        run.assertMatches(monthly(run.table), t -> {
            double[] weights = new double[9];
            IntStream.range(0, 9)
                    .boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> closes[i][t] / closes[i][t - 90] - 1)
                            .reversed())
                    .limit(3)
                    .forEach(i -> weights[i] = 1.0 / 3);
            return weights;
        });
    }

    /** Reader → evaluator → backtest with no costs, over the bundled prices of the tickers. */
    private static Run run(String file, List<String> tickers) {
        Parsed<SymphonyDocument> read = SymphonyReader.read(DIR.resolve(file));
        assertThat(read.problems()).isEmpty();
        Symphony symphony = read.get().symphony();
        assertThat(symphony.tickers()).extracting(Ticker::symbol).containsExactlyInAnyOrderElementsOf(tickers);
        BundledPrices bundled = BundledPrices.standard();
        PriceTable table = PriceTable.of(tickers.stream()
                .map(t -> bundled.series(Ticker.of(t)).orElseThrow())
                .toList());
        SymphonyEvaluator evaluator = SymphonyEvaluator.prepare(symphony, table).get();
        BacktestResult result = Backtest.run(
                        new EvaluatorTargets(evaluator), table, symphony.rebalance(), BacktestSettings.of(CAPITAL))
                .get();
        assertThat(result.totalSlippage() + result.totalFees()).isZero();
        assertThat(result.size()).isGreaterThan(4000);
        return new Run(table, result, table.indexOf(result.dates().get(0)), tickers);
    }

    private record Run(PriceTable table, BacktestResult result, int start, List<String> tickers) {

        double[][] closes(List<String> names) {
            return names.stream().map(n -> table.closes(Ticker.of(n))).toArray(double[][]::new);
        }

        /** The first-principles equity curve, compared day by day with the engine's. */
        void assertMatches(IntPredicate rebalanceDay, Weights weights) {
            double[][] closes = closes(tickers);
            int n = result.size();
            int end = start + n - 1;
            assertThat(result.dates().get(n - 1)).isEqualTo(table.date(end));
            for (double[] c : closes) {
                for (int t = start; t <= end; t++) {
                    assertThat(c[t])
                            .as("a close on %s (no gaps to carry over)", table.date(t))
                            .isPositive();
                }
            }
            double[] held = new double[tickers.size()];
            double value = CAPITAL;
            double worst = 0;
            int rebalances = 0;
            for (int t = start; t <= end; t++) {
                if (t > start) {
                    value = 0;
                    for (int i = 0; i < held.length; i++) {
                        held[i] *= closes[i][t] / closes[i][t - 1];
                        value += held[i];
                    }
                }
                if (t == start || rebalanceDay.test(t)) {
                    double[] w = weights.at(t);
                    assertThat(Arrays.stream(w).sum()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
                    for (int i = 0; i < held.length; i++) {
                        held[i] = w[i] * value;
                    }
                    rebalances++;
                }
                double engine = result.values()[t - start];
                worst = Math.max(worst, Math.abs(engine / value - 1));
                assertThat(Math.abs(engine / value - 1))
                        .as("relative difference on %s: engine %s, reference %s", table.date(t), engine, value)
                        .isLessThanOrEqualTo(1e-9);
            }
            assertThat(result.rebalances()).hasSize(rebalances);
            // the curve is not flat: the comparison has teeth
            assertThat(Math.abs(result.finalValue() / CAPITAL - 1)).isGreaterThan(0.5);
        }
    }

    private static IntPredicate monthly(PriceTable table) {
        return t -> t > 0 && table.date(t).getMonthValue() != table.date(t - 1).getMonthValue();
    }

    /** The daily returns {@code P_k / P_{k−1} − 1} for k = from … to. */
    private static double[] returns(double[] closes, int from, int to) {
        double[] r = new double[to - from + 1];
        for (int k = from; k <= to; k++) {
            r[k - from] = closes[k] / closes[k - 1] - 1;
        }
        return r;
    }

    private static double sampleSd(double[] x) {
        double mean = Arrays.stream(x).average().orElseThrow();
        double squares = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (x.length - 1));
    }
}
