package com.oragami.server.marketdata;

import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a daily sync did for the session {@code session}: tickers whose new bars were stored, and
 * tickers left behind with the reason (they carry a STALE flag until a later sync succeeds).
 */
public record SyncReport(LocalDate session, List<Ticker> updated, Map<Ticker, String> failed) {

    public SyncReport {
        updated = List.copyOf(updated);
        failed = Map.copyOf(failed);
    }
}
