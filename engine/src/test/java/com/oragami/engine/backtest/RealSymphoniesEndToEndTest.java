package com.oragami.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.check.Checker;
import com.oragami.engine.eval.DayEvaluation;
import com.oragami.engine.eval.SymphonyEvaluator;
import com.oragami.engine.format.SymphonyDocument;
import com.oragami.engine.format.SymphonyReader;
import com.oragami.engine.prices.BundledPrices;
import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.prices.SyntheticPrices;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real symphony end to end: read, check, prepare, evaluate on the last day, and backtest
 * over its whole available range with Composer's default costs (5 bp, SEC and TAF fees) against
 * SPY, on the bundled prices; tickers the bundle lacks get {@link SyntheticPrices} on the bundled
 * SPY calendar. The whole class takes about 15 s, most of it the 8 455-node kitchen sink.
 */
class RealSymphoniesEndToEndTest {

    private static final Path REAL = Path.of("src/test/resources/symphonies/real");
    private static final Ticker SPY = Ticker.of("SPY");

    static List<Path> realFiles() throws IOException {
        try (Stream<Path> files = Files.list(REAL)) {
            return files.filter(p -> !p.toString().endsWith(".md")).sorted().toList();
        }
    }

    /** Bundled prices for the tickers, synthetic ones on the bundled SPY calendar for the rest. */
    static PriceTable prices(Set<Ticker> tickers) {
        BundledPrices bundled = BundledPrices.standard();
        SyntheticPrices synthetic =
                new SyntheticPrices(bundled.series(SPY).orElseThrow().dates());
        List<PriceSeries> series = new ArrayList<>();
        for (Ticker ticker : new TreeSet<>(tickers)) {
            series.add(bundled.series(ticker).or(() -> synthetic.series(ticker)).orElseThrow());
        }
        return PriceTable.of(series);
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void readsChecksEvaluatesAndBacktests(Path file) {
        Parsed<SymphonyDocument> read = SymphonyReader.read(file);
        assertThat(read.errors()).as("read").isEmpty();
        Symphony symphony = read.get().symphony();
        List<Problem> checked = Checker.check(symphony, read.get().sourceMap());
        assertThat(checked).as("check").noneMatch(Problem::isError);

        Set<Ticker> tickers = new TreeSet<>(symphony.tickers());
        tickers.add(SPY);
        PriceTable table = prices(tickers);
        Parsed<SymphonyEvaluator> prepared = SymphonyEvaluator.prepare(symphony, table);
        assertThat(prepared.errors()).as("prepare").isEmpty();
        SymphonyEvaluator evaluator = prepared.get();
        assertThat(evaluator.firstDay()).isBetween(0, table.size() - 1);

        DayEvaluation last = evaluator.evaluate(table.size() - 1);
        double invested = last.allocation().weights().values().stream()
                .mapToDouble(w -> w)
                .sum();
        assertThat(last.allocation().weights().values())
                .allSatisfy(w -> assertThat(w).isPositive());
        assertThat(invested).isLessThanOrEqualTo(1 + 1e-9);
        assertThat(invested + last.allocation().cash()).isCloseTo(1.0, within(1e-9));

        BacktestSettings settings = BacktestSettings.of(10_000)
                .withSlippageBps(5)
                .withFees(Fees.DEFAULT)
                .withBenchmark(SPY);
        Parsed<BacktestResult> run =
                Backtest.run(new EvaluatorTargets(evaluator), table, symphony.rebalance(), settings);
        assertThat(run.errors()).as("backtest").isEmpty();
        BacktestResult result = run.get();

        assertThat(result.size()).isGreaterThan(250);
        assertThat(java.util.Arrays.stream(result.values()).boxed().toList())
                .allSatisfy(v -> assertThat(v).isPositive().isFinite());
        assertThat(result.dates()).isSorted().doesNotHaveDuplicates();
        for (int i = 0; i < result.size(); i++) {
            assertThat(sum(result.targetWeights(), i))
                    .as("target weights on %s", result.dates().get(i))
                    .isLessThanOrEqualTo(1 + 1e-9);
            assertThat(sum(result.heldWeights(), i))
                    .as("held weights on %s", result.dates().get(i))
                    .isLessThanOrEqualTo(1 + 1e-9);
        }
        assertThat(result.rebalances()).isNotEmpty();
        assertThat(result.rebalances().get(0).date()).isEqualTo(result.dates().get(0));
        assertThat(result.benchmarkValues()).isPresent();
        assertThat(result.totalSlippage()).isPositive();
        assertThat(result.metrics().asMap()).hasSize(21);
        assertThat(result.composerStats().asMap()).hasSize(24);

        // history shorter than the data: the start is held back past the day every ticker has a
        // close only by indicators, and then a warning says which
        int allTickers = tickers.stream().mapToInt(table::firstIndex).max().orElseThrow();
        int start = table.indexOf(result.dates().get(0));
        if (start > allTickers) {
            assertThat(result.warnings())
                    .as("start %s after every ticker has prices (%s)", table.date(start), table.date(allTickers))
                    .anyMatch(p -> p.code().equals("start-held-back"));
        }
    }

    @Test
    void tqqqForTheLongTermIsHeldBackByUvxyAndRunsOnRealPricesOnly() {
        Symphony symphony = SymphonyReader.read(REAL.resolve("tqqq-for-the-long-term-original.edn"))
                .get()
                .symphony();
        PriceTable table = prices(symphony.tickers());
        assertThat(table.syntheticTickers()).isEmpty();
        SymphonyEvaluator evaluator = SymphonyEvaluator.prepare(symphony, table).get();

        BacktestResult result = Backtest.run(
                        new EvaluatorTargets(evaluator), table, symphony.rebalance(), BacktestSettings.of(10_000))
                .get();

        // UVXY's first close is 2011-10-04; RSI(10) needs 11 closes: the 11th session is 2011-10-18
        assertThat(result.dates().get(0)).isEqualTo(LocalDate.of(2011, 10, 18));
        assertThat(result.warnings())
                .anySatisfy(p -> assertThat(p.message()).contains("relative-strength-index of UVXY"));
    }

    @Test
    void theKitchenSinkNeedsSyntheticPricesForThreeTickersOnly() {
        Symphony symphony = SymphonyReader.read(REAL.resolve("planet-of-hunted-cascades-kitchen-sink.json"))
                .get()
                .symphony();

        PriceTable table = prices(symphony.tickers());

        assertThat(table.syntheticTickers()).extracting(Ticker::symbol).containsExactlyInAnyOrder("IWS", "MDY", "YINN");
    }

    private static double sum(Map<Ticker, double[]> weights, int day) {
        double sum = 0;
        for (double[] w : weights.values()) {
            sum += w[day];
        }
        return sum;
    }
}
