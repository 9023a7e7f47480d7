package com.oragami.engine.eval;

import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.IndicatorCall;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Every indicator series a tree reads, computed once over the whole trading-day axis of a {@link
 * PriceTable} ({@code series(call)[day]}), with the first day each is defined. Immutable after
 * construction.
 */
final class IndicatorCache {

    private final Map<IndicatorCall, double[]> series;
    private final Map<IndicatorCall, Integer> firstDefined;

    private IndicatorCache(Map<IndicatorCall, double[]> series, Map<IndicatorCall, Integer> firstDefined) {
        this.series = series;
        this.firstDefined = firstDefined;
    }

    /** Computes each call on its ticker's closes; every ticker must be in the table. */
    static IndicatorCache compute(Collection<IndicatorCall> calls, PriceTable prices) {
        Map<IndicatorCall, double[]> series = new HashMap<>();
        Map<IndicatorCall, Integer> first = new HashMap<>();
        for (IndicatorCall call : calls) {
            double[] values = call.kind().compute(prices.closes(call.ticker()), call.window());
            series.put(call, values);
            first.put(call, firstDefined(values));
        }
        return new IndicatorCache(series, first);
    }

    /** The whole series of a call the tree uses; do not modify. */
    double[] series(IndicatorCall call) {
        double[] values = series.get(call);
        if (values == null) {
            throw new IllegalStateException("not precomputed: " + call);
        }
        return values;
    }

    /** The first day index with a value, −1 if none. */
    int firstDefined(IndicatorCall call) {
        Integer first = firstDefined.get(call);
        if (first == null) {
            throw new IllegalStateException("not precomputed: " + call);
        }
        return first;
    }

    /** The first index holding a number, −1 if none. */
    static int firstDefined(double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                return i;
            }
        }
        return -1;
    }
}
