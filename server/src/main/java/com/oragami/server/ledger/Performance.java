package com.oragami.server.ledger;

import com.oragami.engine.metrics.ComposerStats;
import com.oragami.engine.metrics.QuantStats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Deposit-adjusted performance of a series of daily values. The return of day i takes the money
 * moved that day out: {@code r_i = (V_i − F_i) / V_(i−1) − 1}; the first day's base is its own
 * flow (the money deployed), {@code r_0 = V_0 / F_0 − 1}. A day whose base is not positive (an
 * emptied book) returns 0. The time-weighted return is {@code Π(1 + r_i) − 1}; {@code index} is
 * that product day by day (1 = the money put in), and the engine's metrics are computed on the
 * returns ({@link QuantStats}) and on the index ({@link ComposerStats} with capital 1).
 */
public record Performance(
        List<LocalDate> dates,
        double[] dailyReturns,
        double[] index,
        double timeWeightedReturn,
        QuantStats metrics,
        ComposerStats composerStats) {

    public Performance {
        dates = List.copyOf(dates);
        dailyReturns = dailyReturns.clone();
        index = index.clone();
    }

    /** The performance of these values, in date order; NaN statistics when there are none. */
    public static Performance of(List<DailyValue> values) {
        List<LocalDate> dates = new ArrayList<>();
        double[] returns = new double[values.size()];
        double[] index = new double[values.size()];
        double level = 1;
        for (int i = 0; i < values.size(); i++) {
            DailyValue v = values.get(i);
            double value = v.value().amount().doubleValue();
            double flow = v.flow().amount().doubleValue();
            double base = i == 0 ? flow : values.get(i - 1).value().amount().doubleValue();
            double in = i == 0 ? value : value - flow;
            returns[i] = base > 0 ? in / base - 1 : 0;
            level *= 1 + returns[i];
            index[i] = level;
            dates.add(v.date());
        }
        return new Performance(
                dates,
                returns,
                index,
                values.isEmpty() ? Double.NaN : level - 1,
                QuantStats.of(returns),
                ComposerStats.of(1.0, dates, index, null));
    }
}
