package com.oragami.server.marketdata;

import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A data-quality finding on a ticker's stored history, shown with its coverage and as a warning on
 * every load of its series: a run of sessions with no bar ({@link Kind#GAP}, {@code day} is the
 * first missing session), a last bar older than the last completed session ({@link Kind#STALE},
 * {@code day} is the session missing), a close-to-close move of more than 40 % on a day with no
 * split or dividend ({@link Kind#JUMP}).
 */
public record QualityFlag(Ticker ticker, LocalDate day, Kind kind, String detail) {

    public enum Kind {
        GAP,
        STALE,
        JUMP
    }

    public QualityFlag {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** {@code SPY 2020-03-16 JUMP: adjusted close moved -41.2 % with no split or dividend}. */
    @Override
    public String toString() {
        return ticker + " " + day + " " + kind + ": " + detail;
    }
}
