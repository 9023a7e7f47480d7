package com.oragami.server.marketdata;

import com.oragami.engine.calendar.TradingCalendar;
import com.oragami.engine.prices.BundledPrices;
import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.symphony.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies the engine's bundled adjusted closes ({@link BundledPrices#standard()}, 238 tickers,
 * about 1.1 million days) into {@code marketdata_bar}, one ticker per transaction with {@code COPY}, with
 * source {@code bundled}.
 *
 * <p>When: a ticker is loaded on its first use (a backtest asking for it), and, with {@code
 * MARKETDATA_PRELOAD_BUNDLED=true} (the default), all of them in one background thread after
 * start-up, so start-up itself does not wait. Both paths are idempotent: a ticker with a coverage
 * row is never copied again (checked under the ticker's advisory lock), so restarts and
 * concurrent first uses copy nothing twice. The figures are in {@code docs/marketdata.md}.
 */
@Component
class BundledLoader {

    static final String SOURCE = "bundled";

    private static final Logger log = LoggerFactory.getLogger(BundledLoader.class);

    private final BarRepository bars;
    private final CoverageRepository coverage;
    private final TradingCalendar calendar;
    private final TransactionTemplate transactions;
    private final SeriesCache cache;
    private final Clock clock;
    private final MarketDataProperties properties;
    private final Set<Ticker> loaded = ConcurrentHashMap.newKeySet();

    BundledLoader(
            BarRepository bars,
            CoverageRepository coverage,
            TradingCalendar calendar,
            TransactionTemplate transactions,
            SeriesCache cache,
            Clock clock,
            MarketDataProperties properties) {
        this.bars = bars;
        this.coverage = coverage;
        this.calendar = calendar;
        this.transactions = transactions;
        this.cache = cache;
        this.clock = clock;
        this.properties = properties;
    }

    static boolean isBundled(Ticker ticker) {
        return BundledPrices.standard().tickers().contains(ticker);
    }

    /**
     * Makes sure a bundled ticker is in the database; true if this call copied it. Not bundled or
     * already there: false.
     */
    boolean ensureLoaded(Ticker ticker) {
        if (loaded.contains(ticker) || !isBundled(ticker)) {
            return false;
        }
        Boolean copied = transactions.execute(status -> {
            coverage.lock(ticker);
            if (coverage.find(ticker).isPresent()) {
                return false;
            }
            PriceSeries series = BundledPrices.standard().series(ticker).orElseThrow();
            bars.copy(series, SOURCE, clock.instant());
            coverage.recordStored(ticker, SOURCE, clock.instant());
            coverage.replaceFlags(ticker, QualityCheck.check(asBars(series), calendar), clock.instant());
            return true;
        });
        loaded.add(ticker);
        if (Boolean.TRUE.equals(copied)) {
            cache.invalidate(ticker);
        }
        return Boolean.TRUE.equals(copied);
    }

    private static List<Bar> asBars(PriceSeries series) {
        List<Bar> list = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            list.add(Bar.adjustedOnly(series.ticker(), series.dates()[i], series.closes()[i]));
        }
        return list;
    }

    /** Loads every bundled ticker not yet stored; returns how many were copied. */
    int loadAll() {
        long start = System.nanoTime();
        int copied = 0;
        for (Ticker ticker : BundledPrices.standard().tickers()) {
            if (ensureLoaded(ticker)) {
                copied++;
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        log.info("bundled market data: {} tickers copied in {} ms", copied, took.toMillis());
        return copied;
    }

    @EventListener(ApplicationReadyEvent.class)
    void preload() {
        if (!properties.preloadBundled()) {
            return;
        }
        Thread thread = new Thread(
                () -> {
                    try {
                        loadAll();
                    } catch (RuntimeException e) {
                        log.error("bundled market data preload failed; tickers still load on first use", e);
                    }
                },
                "marketdata-bundled-preload");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
