package com.oragami.server.backtest;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.backtest.Backtest;
import com.oragami.engine.backtest.BacktestResult;
import com.oragami.engine.backtest.BacktestSettings;
import com.oragami.engine.backtest.EvaluatorTargets;
import com.oragami.engine.backtest.Fees;
import com.oragami.engine.eval.SymphonyEvaluator;
import com.oragami.engine.format.SymphonyDocument;
import com.oragami.engine.format.SymphonyReader;
import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.prices.PriceSource;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import com.oragami.server.platform.OragamiProperties;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs backtests on {@code BACKTEST_WORKERS} threads with at most {@code BACKTEST_QUEUE} waiting;
 * a full queue refuses new runs rather than letting requests pile up. A run reads the canonical
 * JSON copied at request time, loads the prices of its tickers and benchmark, prepares the
 * evaluator and runs the engine's daily loop; problems at any step end it as {@code FAILED}.
 */
@Component
class BacktestWorkers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BacktestWorkers.class);
    private static final Location WHERE = Location.of("backtest", 0, 0);

    private final BacktestRepository repository;
    private final Documents documents;
    private final PriceSource prices;
    private final Clock clock;
    private final ThreadPoolExecutor executor;

    BacktestWorkers(
            BacktestRepository repository,
            Documents documents,
            PriceSource prices,
            Clock clock,
            OragamiProperties properties) {
        this.repository = repository;
        this.documents = documents;
        this.prices = prices;
        this.clock = clock;
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

    private void run(UUID id, BacktestParameters parameters) {
        try {
            if (!repository.start(id, now())) {
                return;
            }
            Optional<String> json = repository.canonicalJson(id);
            if (json.isEmpty()) {
                return;
            }
            Parsed<BacktestResult> result = backtest(json.get(), parameters);
            if (result.isOk()) {
                BacktestResult r = result.get();
                repository.finish(
                        id,
                        documents.problems(result.problems()),
                        documents.metrics(r),
                        documents.series(r),
                        documents.rebalances(r),
                        now());
            } else {
                repository.fail(id, documents.problems(result.problems()), now());
            }
        } catch (RuntimeException bug) {
            String reference = UUID.randomUUID().toString();
            log.error("backtest {} failed; reference {}", id, reference, bug);
            repository.fail(
                    id,
                    documents.problems(List.of(Problem.error(
                            "internal-error", "the backtest failed on our side; reference " + reference, WHERE))),
                    now());
        }
    }

    private Parsed<BacktestResult> backtest(String canonicalJson, BacktestParameters parameters) {
        Parsed<SymphonyDocument> read = SymphonyReader.read("symphony", canonicalJson);
        if (!read.isOk()) {
            return Parsed.failed(read.problems());
        }
        Symphony symphony = read.get().symphony();
        Optional<Ticker> benchmark = Optional.ofNullable(parameters.benchmark()).flatMap(Ticker::parse);
        Set<Ticker> tickers = new TreeSet<>(symphony.tickers());
        benchmark.ifPresent(tickers::add);
        List<PriceSeries> series = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Ticker ticker : tickers) {
            Parsed<PriceSeries> loaded = prices.load(ticker);
            loaded.value().ifPresent(series::add);
            problems.addAll(loaded.errors());
        }
        if (!problems.isEmpty()) {
            return Parsed.failed(problems);
        }
        PriceTable table = PriceTable.of(series);
        Parsed<SymphonyEvaluator> evaluator = SymphonyEvaluator.prepare(symphony, table);
        if (!evaluator.isOk()) {
            return Parsed.failed(evaluator.problems());
        }
        BacktestSettings settings = new BacktestSettings(
                Optional.ofNullable(parameters.from()),
                Optional.ofNullable(parameters.to()),
                parameters.capital(),
                parameters.slippageBps(),
                parameters.fees() ? Fees.DEFAULT : Fees.NONE,
                benchmark);
        return Backtest.run(new EvaluatorTargets(evaluator.get()), table, symphony.rebalance(), settings);
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
