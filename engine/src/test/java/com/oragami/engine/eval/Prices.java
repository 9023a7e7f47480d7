package com.oragami.engine.eval;

import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Price tables for tests: day i is 2024-01-01 plus i days; NaN marks a day without a close. */
final class Prices {

    static final LocalDate START = LocalDate.of(2024, 1, 1);

    private Prices() {}

    /** Alternating ticker, closes: {@code table("SPY", new double[] {1, 2}, "QQQ", ...)}. */
    static PriceTable table(Object... tickersAndCloses) {
        List<PriceSeries> series = new ArrayList<>();
        for (int i = 0; i < tickersAndCloses.length; i += 2) {
            double[] closes = (double[]) tickersAndCloses[i + 1];
            List<LocalDate> dates = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (int d = 0; d < closes.length; d++) {
                if (!Double.isNaN(closes[d])) {
                    dates.add(START.plusDays(d));
                    values.add(closes[d]);
                }
            }
            series.add(new PriceSeries(
                    Ticker.of((String) tickersAndCloses[i]),
                    dates.toArray(LocalDate[]::new),
                    values.stream().mapToDouble(Double::doubleValue).toArray(),
                    false));
        }
        return PriceTable.of(series);
    }

    static double[] closes(double... values) {
        return values;
    }

    /** {@code n} equal closes. */
    static double[] flat(int n, double value) {
        double[] out = new double[n];
        Arrays.fill(out, value);
        return out;
    }

    static LocalDate day(int i) {
        return START.plusDays(i);
    }
}
