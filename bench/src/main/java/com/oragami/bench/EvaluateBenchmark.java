package com.oragami.bench;

import com.oragami.engine.eval.DayEvaluation;
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
 * Issue 3: the 8 455-node kitchen sink evaluated on one date (target weights and the full decision
 * trace) with every indicator and block series precomputed once in the setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluateBenchmark {

    /** Repository root; blank means {@code -Doragami.root} or the current directory. */
    @Param("")
    public String root;

    @Param("2024-06-03")
    public String date;

    private SymphonyEvaluator evaluator;
    private int day;

    @Setup
    public void setUp() {
        Symphony symphony = Inputs.symphony(Inputs.file(Inputs.root(root), Inputs.KITCHEN_SINK));
        PriceTable prices = Inputs.prices(symphony);
        evaluator = Inputs.prepare(symphony, prices);
        day = prices.indexOnOrBefore(LocalDate.parse(date));
        if (day < evaluator.firstDay()) {
            throw new IllegalStateException(date + " is before the kitchen sink's first evaluable day");
        }
    }

    @Benchmark
    public DayEvaluation evaluateKitchenSinkOneDay() {
        return evaluator.evaluate(day);
    }
}
