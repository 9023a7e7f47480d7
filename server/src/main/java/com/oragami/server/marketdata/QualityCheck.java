package com.oragami.server.marketdata;

import com.oragami.engine.calendar.TradingCalendar;
import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The data-quality rules, as pure functions over a ticker's bars in date order:
 *
 * <ul>
 *   <li>{@code GAP}: one or more exchange sessions between two consecutive bars; one flag per run,
 *       dated at its first missing session. Only checked where the calendar covers the dates
 *       (2000–2035 for the NYSE).
 *   <li>{@code JUMP}: {@code |adjClose_t / adjClose_{t−1} − 1| > 40 %} on a day with no split or
 *       dividend. Adjusted closes already remove splits, so a real jump of that size is rare; a
 *       missed corporate action or a bad print is the usual cause. Leveraged and volatility funds
 *       do move that much (SVXY on 2018-02-06): flagged, shown, not hidden.
 *   <li>{@code STALE}: the last bar is older than the last completed session.
 * </ul>
 */
final class QualityCheck {

    /** The largest close-to-close move, as a fraction, accepted without a corporate action. */
    static final double MAX_MOVE = 0.40;

    private QualityCheck() {}

    /** GAP and JUMP flags of {@code bars} (one ticker, ascending days). */
    static List<QualityFlag> check(List<Bar> bars, TradingCalendar calendar) {
        List<QualityFlag> flags = new ArrayList<>();
        for (int i = 1; i < bars.size(); i++) {
            Bar before = bars.get(i - 1);
            Bar bar = bars.get(i);
            gap(before.day(), bar.day(), bar.ticker(), calendar).ifPresent(flags::add);
            double move = bar.adjClose() / before.adjClose() - 1;
            if (Math.abs(move) > MAX_MOVE && !bar.hasCorporateAction()) {
                flags.add(new QualityFlag(
                        bar.ticker(),
                        bar.day(),
                        QualityFlag.Kind.JUMP,
                        String.format(
                                Locale.ROOT,
                                "adjusted close moved %+.1f %% from %s with no split or dividend",
                                move * 100,
                                before.day())));
            }
        }
        return flags;
    }

    private static Optional<QualityFlag> gap(LocalDate before, LocalDate day, Ticker ticker, TradingCalendar calendar) {
        LocalDate from = before.plusDays(1);
        LocalDate to = day.minusDays(1);
        LocalDate first = LocalDate.of(calendar.firstYear(), 1, 1);
        LocalDate last = LocalDate.of(calendar.lastYear(), 12, 31);
        if (from.isBefore(first)) {
            from = first;
        }
        if (to.isAfter(last)) {
            to = last;
        }
        if (from.isAfter(to)) {
            return Optional.empty();
        }
        var missing = calendar.sessions(from, to);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = missing.get(0).date();
        LocalDate end = missing.get(missing.size() - 1).date();
        String detail = missing.size() == 1
                ? "no bar for the session " + start
                : "no bars for " + missing.size() + " sessions " + start + ".." + end;
        return Optional.of(new QualityFlag(ticker, start, QualityFlag.Kind.GAP, detail));
    }

    /** A STALE flag when {@code lastDay} is before {@code expected}, the last completed session. */
    static Optional<QualityFlag> stale(Ticker ticker, LocalDate lastDay, LocalDate expected) {
        if (!lastDay.isBefore(expected)) {
            return Optional.empty();
        }
        return Optional.of(new QualityFlag(
                ticker, expected, QualityFlag.Kind.STALE, "last bar is " + lastDay + ", expected " + expected));
    }
}
