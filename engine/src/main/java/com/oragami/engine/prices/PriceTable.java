package com.oragami.engine.prices;

import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Closes of several tickers aligned on one axis of trading days (the union of their dates).
 * {@code closes(ticker)[i]} is the close on {@code date(i)}, NaN where the ticker has no close
 * (before its first trade, or a gap). Immutable; arrays handed out must not be modified.
 */
public final class PriceTable {

    private final LocalDate[] dates;
    private final Map<Ticker, double[]> closes;
    private final Set<Ticker> synthetic;
    /** Per ticker: the index of its first and of its last close, −1 if it has none. */
    private final Map<Ticker, int[]> bounds;

    private PriceTable(LocalDate[] dates, Map<Ticker, double[]> closes, Set<Ticker> synthetic) {
        this.dates = dates;
        this.closes = closes;
        this.synthetic = synthetic;
        Map<Ticker, int[]> made = new HashMap<>();
        closes.forEach((ticker, c) -> made.put(ticker, new int[] {scanFirst(c), scanLast(c)}));
        this.bounds = Map.copyOf(made);
    }

    /** Aligns the given series on the union of their dates. */
    public static PriceTable of(Collection<PriceSeries> series) {
        TreeSet<LocalDate> axis = new TreeSet<>();
        for (PriceSeries s : series) {
            axis.addAll(Arrays.asList(s.dates()));
        }
        LocalDate[] dates = axis.toArray(LocalDate[]::new);
        Map<LocalDate, Integer> index = new HashMap<>(dates.length * 2);
        for (int i = 0; i < dates.length; i++) {
            index.put(dates[i], i);
        }
        Map<Ticker, double[]> closes = new HashMap<>();
        TreeSet<Ticker> synthetic = new TreeSet<>();
        for (PriceSeries s : series) {
            double[] aligned = new double[dates.length];
            Arrays.fill(aligned, Double.NaN);
            for (int k = 0; k < s.size(); k++) {
                aligned[index.get(s.dates()[k])] = s.closes()[k];
            }
            closes.put(s.ticker(), aligned);
            if (s.synthetic()) {
                synthetic.add(s.ticker());
            }
        }
        // sorted, so that messages listing them come out in the same order on every run
        return new PriceTable(dates, Map.copyOf(closes), Collections.unmodifiableSortedSet(synthetic));
    }

    public int size() {
        return dates.length;
    }

    public LocalDate date(int index) {
        return dates[index];
    }

    /** The trading days, ascending (a copy). */
    public LocalDate[] dates() {
        return dates.clone();
    }

    public Set<Ticker> tickers() {
        return closes.keySet();
    }

    public boolean has(Ticker ticker) {
        return closes.containsKey(ticker);
    }

    /** Whether the ticker's closes are synthetic (made up, not market data). */
    public boolean isSynthetic(Ticker ticker) {
        return synthetic.contains(ticker);
    }

    /** The tickers with synthetic closes, in ticker order. */
    public Set<Ticker> syntheticTickers() {
        return synthetic;
    }

    /** The aligned closes of a ticker; do not modify. */
    public double[] closes(Ticker ticker) {
        double[] c = closes.get(Objects.requireNonNull(ticker, "ticker"));
        if (c == null) {
            throw new IllegalArgumentException("no prices for " + ticker);
        }
        return c;
    }

    /** Index of the date, or {@code -(insertion point) − 1} as {@link Arrays#binarySearch}. */
    public int indexOf(LocalDate date) {
        return Arrays.binarySearch(dates, date);
    }

    /** Index of the last trading day on or before the date, or −1 if there is none. */
    public int indexOnOrBefore(LocalDate date) {
        int i = indexOf(date);
        return i >= 0 ? i : -i - 2;
    }

    /** Index of the first day with a close for the ticker, or −1. */
    public int firstIndex(Ticker ticker) {
        return bounds(ticker)[0];
    }

    /** Index of the last day with a close for the ticker, or −1. */
    public int lastIndex(Ticker ticker) {
        return bounds(ticker)[1];
    }

    private int[] bounds(Ticker ticker) {
        int[] b = bounds.get(Objects.requireNonNull(ticker, "ticker"));
        if (b == null) {
            throw new IllegalArgumentException("no prices for " + ticker);
        }
        return b;
    }

    private static int scanFirst(double[] c) {
        for (int i = 0; i < c.length; i++) {
            if (!Double.isNaN(c[i])) {
                return i;
            }
        }
        return -1;
    }

    private static int scanLast(double[] c) {
        for (int i = c.length - 1; i >= 0; i--) {
            if (!Double.isNaN(c[i])) {
                return i;
            }
        }
        return -1;
    }
}
