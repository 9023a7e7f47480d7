package com.oragami.server.marketdata;

import com.oragami.engine.calendar.NyseCalendar;
import com.oragami.engine.calendar.Session;
import com.oragami.engine.calendar.TradingCalendar;
import com.oragami.engine.symphony.Ticker;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily sync after the close ({@code MARKETDATA_SYNC_CRON}, default 16:30 New York on
 * weekdays; {@code -} disables it, and the trading feature's job may call {@link
 * MarketData#sync} instead): for every stored ticker, fetch from ten days before its last bar and
 * store. The overlap is what catches re-adjustment: when a new dividend or split changes the
 * adjusted closes, the first overlapping day differs by a factor and {@link BarStore} rescales
 * the older history by it. A ticker that still ends before the session gets a STALE flag.
 */
@Component
class DailySync {

    private static final Logger log = LoggerFactory.getLogger(DailySync.class);

    /** Days re-fetched before the last stored bar, to see re-adjustments. */
    static final int OVERLAP_DAYS = 10;

    private final Providers providers;
    private final CoverageRepository coverage;
    private final BarStore store;
    private final TradingCalendar calendar;
    private final Clock clock;

    DailySync(Providers providers, CoverageRepository coverage, BarStore store, TradingCalendar calendar, Clock clock) {
        this.providers = providers;
        this.coverage = coverage;
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Scheduled(cron = "${oragami.marketdata.sync-cron}", zone = "America/New_York")
    void scheduled() {
        if (providers.forHistory().isEmpty()) {
            return;
        }
        List<Ticker> tickers = coverage.withStatus(BackfillStatus.COMPLETE).stream()
                .map(Coverage::ticker)
                .toList();
        SyncReport report = sync(tickers, lastCompletedSession(clock.instant()));
        log.info(
                "daily sync {}: {} updated, {} failed {}",
                report.session(),
                report.updated().size(),
                report.failed().size(),
                report.failed());
    }

    /** The latest session whose close has passed at {@code now}. */
    LocalDate lastCompletedSession(Instant now) {
        ZonedDateTime local = now.atZone(NyseCalendar.ZONE);
        Optional<Session> today = calendar.session(local.toLocalDate());
        if (today.isPresent() && !local.isBefore(today.get().closeAt())) {
            return local.toLocalDate();
        }
        return calendar.previous(local.toLocalDate());
    }

    SyncReport sync(Collection<Ticker> tickers, LocalDate session) {
        PriceProvider provider = providers
                .forHistory()
                .orElseThrow(() -> new IllegalStateException("no market data provider configured"));
        List<Ticker> updated = new ArrayList<>();
        Map<Ticker, String> failed = new LinkedHashMap<>();
        for (Ticker ticker : tickers) {
            Optional<Coverage> current = coverage.find(ticker);
            if (current.isEmpty() || current.get().lastDay() == null) {
                failed.put(ticker, "nothing stored; backfill it first");
                continue;
            }
            LocalDate from = current.get().lastDay().minusDays(OVERLAP_DAYS);
            try {
                List<Bar> bars = provider.daily(ticker, from, day -> {});
                store.store(ticker, bars, provider.name(), session);
                if (bars.get(bars.size() - 1).day().isBefore(session)) {
                    failed.put(ticker, provider.name() + " has no bar for " + session + " yet");
                } else {
                    updated.add(ticker);
                }
            } catch (ProviderException e) {
                store.markStaleIfBehind(ticker, session);
                failed.put(ticker, e.getMessage());
            }
        }
        return new SyncReport(session, updated, failed);
    }
}
