package com.oragami.engine.eval;

import com.oragami.engine.Parsed;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import java.util.Map;
import java.util.TreeMap;

/** Shortcuts for evaluator tests. */
final class Evaluations {

    private Evaluations() {}

    static SymphonyEvaluator prepared(Symphony symphony, PriceTable prices) {
        Parsed<SymphonyEvaluator> parsed = SymphonyEvaluator.prepare(symphony, prices);
        if (!parsed.isOk()) {
            throw new AssertionError("prepare failed: " + parsed.problems());
        }
        return parsed.get();
    }

    /** The allocation as symbol → weight. */
    static Map<String, Double> weights(DayEvaluation evaluation) {
        Map<String, Double> out = new TreeMap<>();
        for (Map.Entry<Ticker, Double> e : evaluation.allocation().weights().entrySet()) {
            out.put(e.getKey().symbol(), e.getValue());
        }
        return out;
    }
}
