package com.oragami.engine.backtest;

import com.oragami.engine.eval.Allocation;
import com.oragami.engine.eval.FilterDecision;
import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Ticker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;

/** Small synthetic price tables and hand-made targets for backtest tests. */
final class Synthetic {

    private Synthetic() {}

    /** {@code n} weekdays from {@code first} (no holidays). */
    static LocalDate[] weekdays(LocalDate first, int n) {
        LocalDate[] dates = new LocalDate[n];
        LocalDate d = first;
        for (int i = 0; i < n; i++) {
            while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                d = d.plusDays(1);
            }
            dates[i] = d;
            d = d.plusDays(1);
        }
        return dates;
    }

    static PriceSeries series(String ticker, LocalDate[] dates, IntToDoubleFunction close) {
        double[] closes = new double[dates.length];
        for (int i = 0; i < dates.length; i++) {
            closes[i] = close.applyAsDouble(i);
        }
        return new PriceSeries(Ticker.of(ticker), dates, closes, true);
    }

    static PriceTable table(PriceSeries... series) {
        return PriceTable.of(List.of(series));
    }

    static Allocation weights(Object... tickerThenWeight) {
        Map<Ticker, Double> w = new TreeMap<>();
        for (int i = 0; i < tickerThenWeight.length; i += 2) {
            w.put(Ticker.of((String) tickerThenWeight[i]), (Double) tickerThenWeight[i + 1]);
        }
        return new Allocation(new TreeMap<>(w));
    }

    static Ticker t(String symbol) {
        return Ticker.of(symbol);
    }

    /** Targets from a function of the day, defined from {@code firstDay}, over these tickers. */
    static TargetSource targets(int firstDay, Set<String> tickers, IntFunction<Allocation> target) {
        Set<Ticker> set = new java.util.TreeSet<>();
        tickers.forEach(s -> set.add(Ticker.of(s)));
        return new TargetSource() {
            @Override
            public int firstDay() {
                return firstDay;
            }

            @Override
            public Set<Ticker> tickers() {
                return set;
            }

            @Override
            public DayTarget target(int day) {
                return new DayTarget(
                        target.apply(day),
                        List.of(new FilterDecision("decided on day " + day, "top 1", List.of())),
                        List.of());
            }
        };
    }

    static TargetSource fixed(Allocation allocation) {
        List<String> names = new ArrayList<>();
        allocation.weights().keySet().forEach(k -> names.add(k.symbol()));
        return targets(0, Set.copyOf(names), day -> allocation);
    }
}
