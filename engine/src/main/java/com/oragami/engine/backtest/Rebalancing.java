package com.oragami.engine.backtest;

import com.oragami.engine.eval.Allocation;
import com.oragami.engine.symphony.Rebalance;
import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Which days a calendar rebalance falls on. Spec §7.2 leaves the day open [O]; we take the first
 * trading day of each new calendar period: a day whose ISO week (weekly), month, quarter or year
 * differs from the previous trading day's.
 *
 * <p>{@link #evaluates} and {@link #trades} are the whole schedule rule of {@link Backtest}; the
 * paper-trading replay calls the same two methods so that both follow one rule.
 */
public final class Rebalancing {

    private Rebalancing() {}

    /**
     * Whether {@code day} starts a new period after {@code previous} (the trading day before):
     * always for {@code DAILY}, never for {@code NONE}.
     */
    public static boolean startsNewPeriod(Rebalance.Frequency frequency, LocalDate previous, LocalDate day) {
        return switch (frequency) {
            case NONE -> false;
            case DAILY -> true;
            case WEEKLY ->
                previous.get(IsoFields.WEEK_BASED_YEAR) != day.get(IsoFields.WEEK_BASED_YEAR)
                        || previous.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                                != day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTHLY -> previous.getYear() != day.getYear() || previous.getMonth() != day.getMonth();
            case QUARTERLY ->
                previous.getYear() != day.getYear()
                        || previous.get(IsoFields.QUARTER_OF_YEAR) != day.get(IsoFields.QUARTER_OF_YEAR);
            case YEARLY -> previous.getYear() != day.getYear();
        };
    }

    /**
     * Whether the tree is evaluated on {@code day}: on the first day ({@code previous} is null),
     * every day under a corridor, else on the first trading day of a new period.
     */
    public static boolean evaluates(Rebalance rebalance, @Nullable LocalDate previous, LocalDate day) {
        return previous == null || rebalance.isThreshold() || startsNewPeriod(rebalance.frequency(), previous, day);
    }

    /**
     * Whether an evaluated day (not the first) trades to {@code next}: always on a calendar schedule;
     * under a corridor when the set of selected tickers changes from {@code current} or some |held −
     * target| weight exceeds the corridor width. {@code heldWeights} (value of each holding over the
     * portfolio value at the day's close, before trading) is asked for only under a corridor.
     */
    public static boolean trades(
            Rebalance rebalance, Allocation current, Allocation next, Supplier<Map<Ticker, Double>> heldWeights) {
        return !rebalance.isThreshold()
                || !next.weights().keySet().equals(current.weights().keySet())
                || drift(next, heldWeights.get()) > rebalance.corridorWidth().getAsDouble();
    }

    /** The largest |held weight − target weight| over the target's and the held tickers. */
    public static double drift(Allocation target, Map<Ticker, Double> heldWeights) {
        Set<Ticker> tickers = new TreeSet<>(target.weights().keySet());
        tickers.addAll(heldWeights.keySet());
        double worst = 0;
        for (Ticker t : tickers) {
            worst = Math.max(worst, Math.abs(heldWeights.getOrDefault(t, 0.0) - target.weight(t)));
        }
        return worst;
    }
}
