package com.oragami.server.backtest;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.prices.PriceSource;
import com.oragami.engine.symphony.Ticker;
import com.oragami.server.platform.UserId;
import com.oragami.server.symphony.SymphonyId;
import com.oragami.server.symphony.SymphonyLibrary;
import com.oragami.server.symphony.SymphonySummary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Requesting and reading backtests, always for the caller: a run of another user's symphony is
 * refused as {@code symphony-not-found}, and another user's run reads as absent.
 */
@Service
class Backtests {

    static final int LIST_LIMIT = 100;
    private static final Location WHERE = Location.of("backtest", 0, 0);

    private final BacktestRepository repository;
    private final BacktestWorkers workers;
    private final SymphonyLibrary library;
    private final Documents documents;
    private final PriceSource prices;
    private final Clock clock;

    Backtests(
            BacktestRepository repository,
            BacktestWorkers workers,
            SymphonyLibrary library,
            Documents documents,
            PriceSource prices,
            Clock clock) {
        this.repository = repository;
        this.workers = workers;
        this.library = library;
        this.documents = documents;
        this.prices = prices;
        this.clock = clock;
    }

    /** Runs that were waiting or running when the server stopped will not finish: say so. */
    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedRuns() {
        repository.failUnfinished(
                documents.problems(List.of(Problem.error(
                        "backtest-interrupted",
                        "the server restarted before this backtest finished; run it again",
                        WHERE))),
                now());
    }

    RunBacktestPayload request(UserId owner, String symphonyId, BacktestParameters parameters) {
        List<Problem> problems = check(parameters);
        Optional<SymphonySummary> symphony = SymphonyId.parse(symphonyId).flatMap(id -> library.summary(owner, id));
        if (symphony.isEmpty()) {
            problems.add(Problem.error(
                    "symphony-not-found", "there is no symphony with id " + symphonyId + " in your library", WHERE));
        }
        if (!problems.isEmpty()) {
            return new RunBacktestPayload(null, problems);
        }
        UUID id = UUID.randomUUID();
        SymphonySummary s = symphony.get();
        repository.insert(id, owner, s.id().value(), s.name(), s.canonicalJson(), parameters, now());
        if (!workers.submit(id, parameters)) {
            repository.fail(
                    id,
                    documents.problems(List.of(Problem.error(
                            "backtest-queue-full", "too many backtests are waiting; try again in a minute", WHERE))),
                    now());
        }
        return new RunBacktestPayload(repository.find(owner, id).orElseThrow(), List.of());
    }

    Optional<BacktestRun> find(UserId owner, String id) {
        try {
            return repository.find(owner, UUID.fromString(id));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    /**
     * The decision trace of one day of one of the owner's runs; empty when the owner has no such run.
     *
     * <p>Nothing is stored for it: the symphony copied into the run at request time is re-prepared
     * over the prices stored now, with the run's benchmark in the table as in the run, and evaluated
     * as of that day's close. A run's rows stay small, and any day can be traced, not only rebalance
     * days. The cost is one evaluator preparation per query (indicator series over the whole
     * history: tens of milliseconds for a typical symphony), and a day is traced over today's data:
     * if a provider has since re-fetched a ticker's adjusted history (a split or dividend), the trace
     * follows the new figures. Problems: {@code date-outside-backtest} for a day outside a finished
     * run, {@code date-not-a-trading-day} for a day without prices, and those of preparing the
     * symphony (missing prices).
     */
    Optional<DecisionTrace> decisions(UserId owner, String id, LocalDate date) {
        Optional<BacktestRun> run = find(owner, id);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        BacktestRun r = run.get();
        if (r.metricsJson() != null) {
            Documents.MetricsDoc m = documents.metrics(r.metricsJson());
            LocalDate start = LocalDate.parse(m.start());
            LocalDate end = LocalDate.parse(m.end());
            if (date.isBefore(start) || date.isAfter(end)) {
                return Optional.of(DecisionTrace.problems(List.of(Problem.error(
                        "date-outside-backtest",
                        "the backtest ran from " + start + " to " + end + "; " + date + " is outside it",
                        WHERE))));
            }
        }
        Optional<String> symphony = repository.symphony(owner, r.id());
        if (symphony.isEmpty()) {
            return Optional.empty();
        }
        Parsed<PreparedSymphony> prepared =
                PreparedSymphony.prepare(symphony.get(), r.parameters().benchmark(), prices);
        if (!prepared.isOk()) {
            return Optional.of(DecisionTrace.problems(prepared.problems()));
        }
        int day = prepared.get().table().indexOf(date);
        if (day < 0) {
            return Optional.of(DecisionTrace.problems(List.of(Problem.error(
                    "date-not-a-trading-day",
                    "there are no prices on " + date + " for this symphony; pick a trading day",
                    WHERE))));
        }
        return Optional.of(DecisionTrace.of(prepared.get().evaluator().evaluate(day)));
    }

    List<BacktestRun> list(UserId owner) {
        return repository.list(owner, LIST_LIMIT);
    }

    private static List<Problem> check(BacktestParameters p) {
        List<Problem> problems = new ArrayList<>();
        if (!(p.capital() > 0) || !Double.isFinite(p.capital()) || p.capital() > 1e12) {
            problems.add(Problem.error(
                    "capital-not-positive",
                    "capital must be a positive amount up to 10^12, got " + p.capital(),
                    WHERE));
        }
        if (!(p.slippageBps() >= 0) || p.slippageBps() > 10_000) {
            problems.add(Problem.error(
                    "slippage-out-of-range",
                    "slippage must be between 0 and 10000 basis points, got " + p.slippageBps(),
                    WHERE));
        }
        if (p.from() != null && p.to() != null && p.from().isAfter(p.to())) {
            problems.add(Problem.error("dates-reversed", "from " + p.from() + " is after to " + p.to(), WHERE));
        }
        if (p.benchmark() != null && Ticker.parse(p.benchmark()).isEmpty()) {
            problems.add(Problem.error(
                    "benchmark-invalid",
                    "benchmark must be a ticker such as SPY, got \"" + p.benchmark() + "\"",
                    WHERE));
        }
        return problems;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
