package com.oragami.server.marketdata;

import com.oragami.engine.Problem;
import com.oragami.server.symphony.SymphonyUploaded;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Makes an uploaded symphony's tickers available as soon as it is stored: after the upload (or
 * source replacement) commits, {@link MarketData#prepare} runs on one background thread, copying
 * bundled tickers into the store and queueing a backfill for the others when a provider is
 * configured. The upload never waits for it and never fails because of it; without a provider the
 * tickers simply stay missing and a backtest says which and what to configure. At most {@value
 * #QUEUE} uploads wait; beyond that one is skipped (logged) and its tickers load on first use.
 */
@Component
class BackfillOnUpload implements DisposableBean {

    static final int QUEUE = 64;

    private static final Logger log = LoggerFactory.getLogger(BackfillOnUpload.class);

    private final MarketData marketData;
    private final ThreadPoolExecutor executor;

    BackfillOnUpload(MarketData marketData) {
        this.marketData = marketData;
        this.executor = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE),
                task -> {
                    Thread thread = new Thread(task, "marketdata-on-upload");
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.AbortPolicy());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SymphonyUploaded uploaded) {
        try {
            executor.execute(() -> prepare(uploaded));
        } catch (RejectedExecutionException full) {
            log.warn(
                    "market data: {} uploads waiting; tickers of symphony {} load on first use",
                    QUEUE,
                    uploaded.symphony());
        }
    }

    private void prepare(SymphonyUploaded uploaded) {
        try {
            List<Problem> missing = marketData.prepare(uploaded.tickers());
            if (!missing.isEmpty()) {
                log.info(
                        "market data for symphony {}: {}",
                        uploaded.symphony(),
                        missing.stream().map(Problem::message).toList());
            }
        } catch (RuntimeException e) {
            log.warn("market data: preparing the tickers of symphony {} failed", uploaded.symphony(), e);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
