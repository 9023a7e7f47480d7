package com.oragami.bench;

import com.oragami.engine.eval.SymphonyEvaluator;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Symphony;
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
 * The preparation of the kitchen sink over the whole price axis: every indicator series, filter
 * score, volatility and simulated block NAV ({@code SymphonyEvaluator.prepare}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PrepareBenchmark {

    @Param("")
    public String root;

    private Symphony symphony;
    private PriceTable prices;

    @Setup
    public void setUp() {
        symphony = Inputs.symphony(Inputs.file(Inputs.root(root), Inputs.KITCHEN_SINK));
        prices = Inputs.prices(symphony);
    }

    @Benchmark
    public SymphonyEvaluator prepareKitchenSink() {
        return Inputs.prepare(symphony, prices);
    }
}
