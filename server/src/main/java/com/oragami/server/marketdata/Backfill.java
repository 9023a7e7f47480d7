package com.oragami.server.marketdata;

import com.oragami.engine.symphony.Ticker;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Background backfills from inception ({@code MARKETDATA_HISTORY_START}, default 1990-01-01, so the
 * vendor's first bar decides) on a bounded pool: {@code MARKETDATA_BACKFILL_WORKERS} threads and
 * {@code MARKETDATA_BACKFILL_QUEUE} waiting tickers; beyond that a request is refused and the
 * coverage says FAILED. Progress (QUEUED → RUNNING with 0..1 → COMPLETE or FAILED) is written to
 * {@code marketdata_coverage} as pages arrive. A failed fetch stores nothing.
 */
@Component
class Backfill implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Backfill.class);

    private final Providers providers;
    private final CoverageRepository coverage;
    private final BarStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final LocalDate historyStart;
    private final ThreadPoolExecutor executor;

    Backfill(
            Providers providers,
            CoverageRepository coverage,
            BarStore store,
            TransactionTemplate transactions,
            Clock clock,
            MarketDataProperties properties) {
        this.providers = providers;
        this.coverage = coverage;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.historyStart = properties.historyStart();
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                properties.backfillWorkers(),
                properties.backfillWorkers(),
                60,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.backfillQueue()),
                runnable -> {
                    Thread thread = new Thread(runnable, "marketdata-backfill-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.executor.allowCoreThreadTimeOut(true);
    }

    /**
     * Queues a backfill unless one is queued or running; returns the coverage after the request.
     *
     * @throws IllegalStateException when no history provider is configured (callers check first)
     */
    Coverage request(Ticker ticker) {
        PriceProvider provider = providers
                .forHistory()
                .orElseThrow(() -> new IllegalStateException("no market data provider configured"));
        boolean queue = Boolean.TRUE.equals(transactions.execute(status -> {
            coverage.lock(ticker);
            var current = coverage.find(ticker);
            if (current.isPresent()
                    && (current.get().status() == BackfillStatus.QUEUED
                            || current.get().status() == BackfillStatus.RUNNING)) {
                return false;
            }
            String source = current.map(Coverage::source).orElse(provider.name());
            coverage.status(ticker, source, BackfillStatus.QUEUED, 0, null, clock.instant());
            return true;
        }));
        if (queue) {
            try {
                executor.execute(() -> run(ticker, provider));
            } catch (RejectedExecutionException full) {
                fail(
                        ticker,
                        provider,
                        "backfill queue is full (" + executor.getQueue().size() + " waiting); try later");
            }
        }
        return coverage.find(ticker).orElseThrow();
    }

    /** Runs a backfill in the calling thread (the pool calls this; tests may too). */
    void run(Ticker ticker, PriceProvider provider) {
        LocalDate today = clock.instant()
                .atZone(com.oragami.engine.calendar.NyseCalendar.ZONE)
                .toLocalDate();
        long span = Math.max(1, ChronoUnit.DAYS.between(historyStart, today));
        transactions.executeWithoutResult(
                status -> coverage.status(ticker, provider.name(), BackfillStatus.RUNNING, 0, null, clock.instant()));
        try {
            List<Bar> bars = provider.daily(ticker, historyStart, reached -> {
                double progress = Math.min(0.99, (double) ChronoUnit.DAYS.between(historyStart, reached) / span);
                transactions.executeWithoutResult(status -> coverage.progress(ticker, progress, clock.instant()));
            });
            store.store(ticker, bars, provider.name(), null);
            log.info("backfilled {} from {}: {} bars", ticker, provider.name(), bars.size());
        } catch (ProviderException e) {
            fail(ticker, provider, e.getMessage());
        } catch (RuntimeException e) {
            log.error("backfill of {} failed", ticker, e);
            fail(ticker, provider, "internal error: " + e);
        }
    }

    private void fail(Ticker ticker, PriceProvider provider, String message) {
        log.warn("backfill of {} from {} failed: {}", ticker, provider.name(), message);
        transactions.executeWithoutResult(status -> {
            var current = coverage.find(ticker);
            String source = current.map(Coverage::source).orElse(provider.name());
            coverage.status(ticker, source, BackfillStatus.FAILED, 0, message, clock.instant());
        });
    }

    /** Backfills queued or running (for tests and monitoring). */
    int pending() {
        return executor.getQueue().size() + executor.getActiveCount();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
