package com.oragami.server.marketdata;

import com.oragami.engine.calendar.TradingCalendar;
import com.oragami.engine.symphony.Ticker;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes fetched bars, all or nothing, in one transaction per ticker: rescales older stored
 * history when the fetched adjusted closes disagree with it on the first overlapping day (a new
 * dividend or split re-adjusts everything before it by one factor), upserts the fetched bars,
 * recomputes the quality flags of the whole history and records the coverage; then drops the
 * ticker from the cache.
 */
@Component
class BarStore {

    private static final LocalDate EVER = LocalDate.of(1900, 1, 1);
    private static final LocalDate NEVER = LocalDate.of(9999, 12, 31);

    private final BarRepository bars;
    private final CoverageRepository coverage;
    private final SeriesCache cache;
    private final TradingCalendar calendar;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BarStore(
            BarRepository bars,
            CoverageRepository coverage,
            SeriesCache cache,
            TradingCalendar calendar,
            TransactionTemplate transactions,
            Clock clock) {
        this.bars = bars;
        this.coverage = coverage;
        this.cache = cache;
        this.calendar = calendar;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a store did: bars written, the rescale factor applied to older history (1 if none). */
    record Stored(int written, double rescaled, Coverage coverage) {}

    /**
     * Stores {@code fetched} (one ticker, ascending, non-empty) from {@code source}; {@code
     * expected}, when given, is the session the last bar should reach (else a STALE flag).
     */
    Stored store(Ticker ticker, List<Bar> fetched, String source, @Nullable LocalDate expected) {
        if (fetched.isEmpty()) {
            throw new IllegalArgumentException("nothing to store for " + ticker);
        }
        Stored stored = transactions.execute(status -> {
            coverage.lock(ticker);
            LocalDate first = fetched.get(0).day();
            LocalDate last = fetched.get(fetched.size() - 1).day();
            double factor = 1;
            Map<LocalDate, Bar> before = new HashMap<>();
            for (Bar bar : bars.bars(ticker, first, last, Integer.MAX_VALUE)) {
                before.put(bar.day(), bar);
            }
            for (Bar bar : fetched) {
                Bar old = before.get(bar.day());
                if (old != null) {
                    factor = bar.adjClose() / old.adjClose();
                    break;
                }
            }
            if (Math.abs(factor - 1) > 1e-9) {
                bars.rescaleBefore(ticker, first, factor);
            } else {
                factor = 1;
            }
            bars.upsert(fetched, source, clock.instant());
            List<Bar> history = bars.bars(ticker, EVER, NEVER, Integer.MAX_VALUE);
            List<QualityFlag> flags = new ArrayList<>(QualityCheck.check(history, calendar));
            if (expected != null) {
                QualityCheck.stale(ticker, history.get(history.size() - 1).day(), expected)
                        .ifPresent(flags::add);
            }
            coverage.recordStored(ticker, source, clock.instant());
            coverage.replaceFlags(ticker, flags, clock.instant());
            return new Stored(fetched.size(), factor, coverage.find(ticker).orElseThrow());
        });
        cache.invalidate(ticker);
        return stored;
    }

    /** Adds a STALE flag when the ticker's stored history ends before {@code expected}. */
    Optional<QualityFlag> markStaleIfBehind(Ticker ticker, LocalDate expected) {
        return transactions.execute(status -> {
            coverage.lock(ticker);
            Optional<Coverage> current = coverage.find(ticker);
            if (current.isEmpty() || current.get().lastDay() == null) {
                return Optional.<QualityFlag>empty();
            }
            Optional<QualityFlag> stale =
                    QualityCheck.stale(ticker, current.get().lastDay(), expected);
            stale.ifPresent(flag -> {
                List<QualityFlag> flags = new ArrayList<>(current.get().flags());
                flags.removeIf(f -> f.kind() == QualityFlag.Kind.STALE);
                flags.add(flag);
                coverage.replaceFlags(ticker, flags, clock.instant());
            });
            return stale;
        });
    }
}
