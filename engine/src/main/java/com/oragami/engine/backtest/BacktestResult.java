package com.oragami.engine.backtest;

import com.oragami.engine.Problem;
import com.oragami.engine.metrics.ComposerStats;
import com.oragami.engine.metrics.QuantStats;
import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A finished backtest, one entry per trading day from the first to the last: the portfolio value
 * at each close (after that day's trades), the target weights in force (the last evaluated target
 * on days that were not evaluated) and the held weights at the close after trading, per ticker;
 * the days that traded with their fills and decisions; the benchmark's closes scaled to the
 * capital; every warning; and the statistics. Arrays must not be modified.
 *
 * <p>{@code metrics} are quantstats' over the strategy's daily returns including the first day's
 * {@code V_0 / capital − 1} (so the initial buy's costs count); {@code composerStats} follow
 * {@link ComposerStats}. The benchmark's statistics use its returns from its first close.
 */
public record BacktestResult(
        List<LocalDate> dates,
        double[] values,
        SortedMap<Ticker, double[]> targetWeights,
        SortedMap<Ticker, double[]> heldWeights,
        List<RebalanceDay> rebalances,
        Optional<double[]> benchmarkValues,
        List<Problem> warnings,
        QuantStats metrics,
        ComposerStats composerStats,
        Optional<QuantStats> benchmarkMetrics,
        Optional<ComposerStats> benchmarkComposerStats) {

    public BacktestResult {
        dates = List.copyOf(dates);
        targetWeights = Collections.unmodifiableSortedMap(new TreeMap<>(targetWeights));
        heldWeights = Collections.unmodifiableSortedMap(new TreeMap<>(heldWeights));
        rebalances = List.copyOf(rebalances);
        warnings = List.copyOf(warnings);
        if (values.length != dates.size()) {
            throw new IllegalArgumentException("values and dates differ in length");
        }
    }

    public int size() {
        return dates.size();
    }

    public double finalValue() {
        return values[values.length - 1];
    }

    /** Slippage paid over the whole backtest, in dollars. */
    public double totalSlippage() {
        return rebalances.stream()
                .flatMap(d -> d.trades().stream())
                .mapToDouble(Trade::slippageCost)
                .sum();
    }

    /** SEC and TAF fees paid over the whole backtest, in dollars. */
    public double totalFees() {
        return rebalances.stream()
                .flatMap(d -> d.trades().stream())
                .mapToDouble(Trade::fees)
                .sum();
    }
}
