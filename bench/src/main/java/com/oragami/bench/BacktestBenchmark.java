package com.oragami.bench;

import com.oragami.engine.backtest.BacktestResult;
import com.oragami.engine.backtest.BacktestSettings;
import com.oragami.engine.eval.SymphonyEvaluator;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Symphony;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 4's warm backtests with the CLI's default settings (10 000 dollars, 5 bp, fees, SPY): the
 * symphony is parsed and its prices loaded once; each operation prepares the evaluator (indicators,
 * block series) and runs the daily loop, metrics included. The {@code …Only} variants reuse a
 * prepared evaluator, to split the figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BacktestBenchmark {

    @Param("")
    public String root;

    private Symphony tqqq;
    private PriceTable tqqqPrices;
    private SymphonyEvaluator tqqqPrepared;
    private Symphony sink;
    private PriceTable sinkPrices;
    private SymphonyEvaluator sinkPrepared;
    private BacktestSettings sinkSettings;
    private PriceTable sinkSynthetic;
    private SymphonyEvaluator sinkSyntheticPrepared;

    @Setup
    public void setUp() {
        var base = Inputs.root(root);
        tqqq = Inputs.symphony(Inputs.file(base, Inputs.TQQQ_FTLT));
        tqqqPrices = Inputs.prices(tqqq);
        tqqqPrepared = Inputs.prepare(tqqq, tqqqPrices);
        sink = Inputs.symphony(Inputs.file(base, Inputs.KITCHEN_SINK));
        sinkPrices = Inputs.prices(sink);
        sinkPrepared = Inputs.prepare(sink, sinkPrices);
        sinkSynthetic = Inputs.allSynthetic(sink);
        sinkSyntheticPrepared = Inputs.prepare(sink, sinkSynthetic);
        sinkSettings = Inputs.SETTINGS.withDates(LocalDate.of(2007, 1, 1), LocalDate.of(2026, 7, 31));
    }

    /** Goal ≤ 20 ms: TQQQ For The Long Term over its full real history. */
    @Benchmark
    public BacktestResult tqqqFullHistory() {
        return Inputs.backtest(tqqq, tqqqPrices, Inputs.SETTINGS);
    }

    @Benchmark
    public BacktestResult tqqqFullHistoryLoopOnly() {
        return Inputs.run(tqqqPrepared, Inputs.SETTINGS);
    }

    /** Goal ≤ 1 s on one thread, heap ≤ 512 MB: the kitchen sink 2007-01-01..2026-07-31. */
    @Benchmark
    public BacktestResult kitchenSink2007To2026() {
        return Inputs.backtest(sink, sinkPrices, sinkSettings);
    }

    @Benchmark
    public BacktestResult kitchenSink2007To2026LoopOnly() {
        return Inputs.run(sinkPrepared, sinkSettings);
    }

    /**
     * The same over the whole 2007-01-01..2026-07-31 span: with real prices some tickers start in
     * 2021-22 and clamp the start, so here every ticker is synthetic.
     */
    @Benchmark
    public BacktestResult kitchenSinkAllSynthetic2007To2026() {
        return Inputs.backtest(sink, sinkSynthetic, sinkSettings);
    }

    @Benchmark
    public BacktestResult kitchenSinkAllSynthetic2007To2026LoopOnly() {
        return Inputs.run(sinkSyntheticPrepared, sinkSettings);
    }
}
