package com.oragami.bench;

import com.oragami.engine.Parsed;
import com.oragami.engine.backtest.Backtest;
import com.oragami.engine.backtest.BacktestResult;
import com.oragami.engine.backtest.BacktestSettings;
import com.oragami.engine.backtest.EvaluatorTargets;
import com.oragami.engine.backtest.Fees;
import com.oragami.engine.eval.SymphonyEvaluator;
import com.oragami.engine.format.SymphonyDocument;
import com.oragami.engine.format.SymphonyReader;
import com.oragami.engine.prices.BundledPrices;
import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.prices.SyntheticPrices;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The benchmarks' inputs, read from the repository: the real symphonies of the engine's test
 * resources, the bundled prices, and synthetic prices (on the bundled SPY calendar) for tickers the
 * bundle lacks, as {@code oragami --synthetic} loads them.
 */
public final class Inputs {

    /** The real symphonies, relative to the repository root. */
    public static final String REAL = "engine/src/test/resources/symphonies/real";

    public static final String KITCHEN_SINK = "planet-of-hunted-cascades-kitchen-sink.json";
    public static final String TQQQ_FTLT = "tqqq-for-the-long-term-original.edn";

    /** Every real symphony file, largest last. */
    public static final List<String> ALL_REAL = List.of(
            "testaroo-specified-weights.edn",
            "copy-of-simple-sp500-backtest-request.edn",
            "tqqq-ftlt-front-runner-mods.defsymphony.edn",
            "tqqq-for-the-long-term-original.edn",
            "simons-kmlm-full-build-threshold.defsymphony.edn",
            "protected-leverage-3x-backtest-request-edn-in-json.json",
            "what-have-i-done-filter-on-groups.defsymphony.edn",
            "corporate-chaos-5-ways-compound-conditions.json",
            "three-x-beefier-v4-1-1-kitchen-sink.defsymphony.edn",
            "planet-of-hunted-cascades-kitchen-sink.json");

    public static final Ticker BENCHMARK = Ticker.of("SPY");

    /** The CLI's defaults: 10 000 dollars, 5 bp slippage, SEC and TAF fees, SPY benchmark. */
    public static final BacktestSettings SETTINGS =
            new BacktestSettings(Optional.empty(), Optional.empty(), 10_000, 5, Fees.DEFAULT, Optional.of(BENCHMARK));

    private Inputs() {}

    /** The repository root: the argument if not blank, else {@code -Doragami.root}, else ".". */
    public static Path root(String given) {
        String root = given.isBlank() ? System.getProperty("oragami.root", ".") : given;
        Path path = Path.of(root).toAbsolutePath().normalize();
        if (!Files.isDirectory(path.resolve(REAL))) {
            throw new IllegalStateException(
                    path + " is not the repository root (no " + REAL + "); run from the root or pass -p root=DIR");
        }
        return path;
    }

    public static Path file(Path root, String name) {
        return root.resolve(REAL).resolve(name);
    }

    public static Symphony symphony(Path file) {
        Parsed<SymphonyDocument> read = SymphonyReader.read(file);
        if (!read.isOk()) {
            throw new IllegalStateException(file + ": " + read.errors());
        }
        return read.get().symphony();
    }

    /** The symphony's tickers and the benchmark: bundled where present, synthetic otherwise. */
    public static PriceTable prices(Symphony symphony) {
        return prices(symphony.tickers());
    }

    /** The tickers and the benchmark: bundled where present, synthetic otherwise. */
    public static PriceTable prices(Set<Ticker> wanted) {
        Set<Ticker> tickers = new TreeSet<>(wanted);
        tickers.add(BENCHMARK);
        BundledPrices bundled = BundledPrices.standard();
        List<PriceSeries> series = new ArrayList<>();
        List<Ticker> missing = new ArrayList<>();
        for (Ticker t : tickers) {
            bundled.series(t).ifPresentOrElse(series::add, () -> missing.add(t));
        }
        if (!missing.isEmpty()) {
            Set<LocalDate> days = new TreeSet<>();
            bundled.series(BENCHMARK).ifPresent(s -> days.addAll(Arrays.asList(s.dates())));
            series.forEach(s -> days.addAll(Arrays.asList(s.dates())));
            SyntheticPrices made = new SyntheticPrices(days.toArray(LocalDate[]::new));
            missing.forEach(t -> series.add(made.series(t).orElseThrow()));
        }
        return PriceTable.of(series);
    }

    /**
     * Every ticker synthetic on the bundled SPY calendar (1993 on), so that a backtest spans every
     * requested year even where the real history of some ticker is short.
     */
    public static PriceTable allSynthetic(Symphony symphony) {
        Set<Ticker> tickers = new TreeSet<>(symphony.tickers());
        tickers.add(BENCHMARK);
        SyntheticPrices made = new SyntheticPrices(
                BundledPrices.standard().series(BENCHMARK).orElseThrow().dates());
        List<PriceSeries> series = new ArrayList<>();
        tickers.forEach(t -> series.add(made.series(t).orElseThrow()));
        return PriceTable.of(series);
    }

    public static SymphonyEvaluator prepare(Symphony symphony, PriceTable prices) {
        Parsed<SymphonyEvaluator> prepared = SymphonyEvaluator.prepare(symphony, prices);
        if (!prepared.isOk()) {
            throw new IllegalStateException(symphony.name() + ": " + prepared.errors());
        }
        return prepared.get();
    }

    /** Prepares (indicators, block series) and backtests: what a user's edit-and-run costs, warm. */
    public static BacktestResult backtest(Symphony symphony, PriceTable prices, BacktestSettings settings) {
        return run(prepare(symphony, prices), settings);
    }

    /** Backtests an already prepared evaluator. */
    public static BacktestResult run(SymphonyEvaluator evaluator, BacktestSettings settings) {
        Parsed<BacktestResult> run = Backtest.run(
                new EvaluatorTargets(evaluator),
                evaluator.prices(),
                evaluator.symphony().rebalance(),
                settings);
        if (!run.isOk()) {
            throw new IllegalStateException(evaluator.symphony().name() + ": " + run.errors());
        }
        return run.get();
    }
}
