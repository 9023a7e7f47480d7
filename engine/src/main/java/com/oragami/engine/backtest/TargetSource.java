package com.oragami.engine.backtest;

import com.oragami.engine.Problem;
import com.oragami.engine.symphony.Ticker;
import java.util.List;
import java.util.Set;

/**
 * Where a backtest gets its daily targets from, for day indexes of the backtest's price table:
 * the symphony evaluator in production, fixed or hand-made targets in tests.
 */
public interface TargetSource {

    /** The first day index on which {@link #target} is defined (indicators warmed up). */
    int firstDay();

    /** Every ticker the strategy may hold; the backtest ends when one of them has no more data. */
    Set<Ticker> tickers();

    /** The target of the day, decided with data up to and including that day's close. */
    DayTarget target(int day);

    /** Warnings about the start, such as an indicator that delays it. */
    default List<Problem> startWarnings() {
        return List.of();
    }
}
