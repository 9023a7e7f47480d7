package com.oragami.server.backtest;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.backtest.Backtest;
import com.oragami.engine.backtest.BacktestResult;
import com.oragami.engine.backtest.BacktestSettings;
import com.oragami.engine.backtest.EvaluatorTargets;
import com.oragami.engine.backtest.Fees;
import com.oragami.engine.prices.PriceSource;
import com.oragami.server.platform.LiveEvents;
import com.oragami.server.platform.OragamiProperties;
import com.oragami.server.platform.UserId;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs backtests on {@code BACKTEST_WORKERS} threads with at most {@code BACKTEST_QUEUE} waiting;
 * a full queue refuses new runs rather than letting requests pile up. A run reads the canonical
 * JSON copied at request time, loads the prices of its tickers and benchmark, prepares the
 * evaluator and runs the engine's daily loop; problems at any step end it as {@code FAILED}.
 *
 * <p>Progress: on start, after every 5 % of the simulated days and at the end the run's {@code
 * progress} column is updated and a live event {@code {id, status, progress}} is published to its
 * owner on topic {@link #topic(UUID)}, which the {@code backtestProgress} subscription streams.
 */
@Component
class BacktestWorkers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BacktestWorkers.class);
    private static final Location WHERE = Location.of("backtest", 0, 0);

    private final BacktestRepository repository;
    private final Documents documents;
    private final PriceSource prices;
    private final Clock clock;
    private final LiveEvents events;
    private final ThreadPoolExecutor executor;

    BacktestWorkers(
            BacktestRepository repository,
            Documents documents,
            PriceSource prices,
            Clock clock,
            OragamiProperties properties,
            LiveEvents events) {
        this.repository = repository;
        this.documents = documents;
        this.prices = prices;
        this.clock = clock;
        this.events = events;
        AtomicInteger threads = new AtomicInteger();
        int workers = Math.max(1, properties.backtest().workers());
        this.executor = new ThreadPoolExecutor(
                workers,
                workers,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, properties.backtest().queue())),
                task -> {
                    Thread thread = new Thread(task, "backtest-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** Queues the run; false when the queue is full. */
    boolean submit(UUID id, BacktestParameters parameters) {
        try {
            executor.execute(() -> run(id, parameters));
            return true;
        } catch (RejectedExecutionException full) {
            return false;
        }
    }

    /** The live-event topic of a run's progress. */
    static String topic(UUID id) {
        return "backtest:" + id;
    }

    private void run(UUID id, BacktestParameters parameters) {
        @Nullable UserId owner = null;
        try {
            if (!repository.start(id, now())) {
                return;
            }
            Optional<BacktestRepository.Work> work = repository.work(id);
            if (work.isEmpty()) {
                return;
            }
            owner = work.get().owner();
            UserId to = owner;
            announce(to, id, BacktestStatus.RUNNING, 0);
            DoubleConsumer progress = fraction -> {
                if (fraction < 1) {
                    repository.progress(id, fraction);
                    announce(to, id, BacktestStatus.RUNNING, fraction);
                }
            };
            Parsed<BacktestResult> result = backtest(work.get().canonicalJson(), parameters, progress);
            if (result.isOk()) {
                BacktestResult r = result.get();
                repository.finish(
                        id,
                        documents.problems(result.problems()),
                        documents.metrics(r),
                        documents.series(r),
                        documents.rebalances(r),
                        now());
                announce(owner, id, BacktestStatus.DONE, 1);
            } else {
                repository.fail(id, documents.problems(result.problems()), now());
                announce(owner, id, BacktestStatus.FAILED, 0);
            }
        } catch (RuntimeException bug) {
            String reference = UUID.randomUUID().toString();
            log.error("backtest {} failed; reference {}", id, reference, bug);
            repository.fail(
                    id,
                    documents.problems(List.of(Problem.error(
                            "internal-error", "the backtest failed on our side; reference " + reference, WHERE))),
                    now());
            if (owner != null) {
                announce(owner, id, BacktestStatus.FAILED, 0);
            }
        }
    }

    /** Publishes progress; a failure to notify never fails the run (clients can still poll). */
    private void announce(UserId owner, UUID id, BacktestStatus status, double progress) {
        try {
            events.publish(
                    owner, topic(id), Map.of("id", id.toString(), "status", status.name(), "progress", progress));
        } catch (RuntimeException e) {
            log.warn("backtest {}: progress event not sent ({})", id, e.getMessage());
        }
    }

    private Parsed<BacktestResult> backtest(
            String canonicalJson, BacktestParameters parameters, DoubleConsumer progress) {
        Parsed<PreparedSymphony> prepared = PreparedSymphony.prepare(canonicalJson, parameters.benchmark(), prices);
        if (!prepared.isOk()) {
            return Parsed.failed(prepared.problems());
        }
        PreparedSymphony p = prepared.get();
        BacktestSettings settings = new BacktestSettings(
                Optional.ofNullable(parameters.from()),
                Optional.ofNullable(parameters.to()),
                parameters.capital(),
                parameters.slippageBps(),
                parameters.fees() ? Fees.DEFAULT : Fees.NONE,
                p.benchmark());
        return Backtest.run(
                new EvaluatorTargets(p.evaluator()), p.table(), p.symphony().rebalance(), settings, progress);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
