package com.oragami.server.marketdata;

import com.oragami.engine.symphony.Ticker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What is stored for a ticker: source ({@code bundled}, {@code alpaca}, …), first and last day and
 * bar count (null days when nothing is stored), backfill status and progress (0..1), the last
 * failure message, and its open quality flags.
 */
public record Coverage(
        Ticker ticker,
        String source,
        @Nullable LocalDate firstDay,
        @Nullable LocalDate lastDay,
        int bars,
        BackfillStatus status,
        double progress,
        @Nullable String message,
        Instant updatedAt,
        List<QualityFlag> flags) {

    public Coverage {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
        flags = List.copyOf(flags);
    }

    /** Whether any bars are stored. */
    public boolean hasBars() {
        return bars > 0;
    }

    Coverage withFlags(List<QualityFlag> more) {
        return new Coverage(ticker, source, firstDay, lastDay, bars, status, progress, message, updatedAt, more);
    }
}
