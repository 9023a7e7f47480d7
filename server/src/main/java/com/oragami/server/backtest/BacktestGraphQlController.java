package com.oragami.server.backtest;

import com.oragami.engine.Problem;
import com.oragami.server.platform.CurrentUser;
import com.oragami.server.platform.LiveEvents;
import com.oragami.server.platform.UserId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Controller
class BacktestGraphQlController {

    record RunBacktestInput(
            String symphonyId,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable Double capital,
            @Nullable Double slippageBps,
            @Nullable Boolean fees,
            @Nullable String benchmark) {}

    record Metric(String name, @Nullable Double value) {}

    record Summary(
            LocalDate start,
            LocalDate end,
            int tradingDays,
            double finalValue,
            double totalSlippage,
            double totalFees) {}

    record EquityPoint(
            LocalDate date, double value, @Nullable Double benchmark, double drawdown) {}

    record TickerWeight(String ticker, double weight) {}

    record AllocationDay(LocalDate date, List<TickerWeight> target, List<TickerWeight> held) {}

    record TradeView(
            String ticker,
            String side,
            double shares,
            double price,
            double notional,
            double slippageCost,
            double fees) {}

    record RebalanceView(LocalDate date, List<TradeView> trades) {}

    record BacktestProgress(String id, BacktestStatus status, double progress) {
        boolean finished() {
            return status == BacktestStatus.DONE || status == BacktestStatus.FAILED;
        }
    }

    private final Backtests backtests;
    private final Documents documents;
    private final LiveEvents events;

    BacktestGraphQlController(Backtests backtests, Documents documents, LiveEvents events) {
        this.backtests = backtests;
        this.documents = documents;
        this.events = events;
    }

    /**
     * The run's status now, then each change until it is DONE or FAILED (then the stream completes).
     * Live events are subscribed before the current state is read, so none is missed in between;
     * an event older than the state read (notifications travel apart from the row) is dropped, so
     * progress never goes back. Another user's run, or an unknown id, completes at once without a
     * value.
     */
    @SubscriptionMapping
    Flux<BacktestProgress> backtestProgress(@AuthenticationPrincipal @Nullable Jwt token, @Argument String id) {
        UserId owner = CurrentUser.of(token);
        Optional<java.util.UUID> runId = parseId(id);
        if (runId.isEmpty()) {
            return Flux.empty();
        }
        Flux<BacktestProgress> live = events.stream(owner, BacktestWorkers.topic(runId.get()))
                .map(p -> new BacktestProgress(
                        String.valueOf(p.get("id")),
                        BacktestStatus.valueOf(String.valueOf(p.get("status"))),
                        ((Number) p.get("progress")).doubleValue()));
        Mono<BacktestProgress> now = Mono.fromCallable(() -> backtests
                .find(owner, id)
                .map(r -> new BacktestProgress(r.id().toString(), r.status(), r.progress()))
                .orElse(null));
        Flux<BacktestProgress> merged = Flux.merge(live, now.switchIfEmpty(Mono.error(new NoSuchRun())));
        return Flux.defer(() -> {
                    double[] furthest = {Double.NEGATIVE_INFINITY};
                    return merged.filter(p -> {
                        if (!p.finished() && p.progress() < furthest[0]) {
                            return false;
                        }
                        furthest[0] = Math.max(furthest[0], p.progress());
                        return true;
                    });
                })
                .takeUntil(BacktestProgress::finished)
                .onErrorResume(NoSuchRun.class, e -> Flux.empty());
    }

    /** Ends a progress stream for a run the caller does not have. */
    private static final class NoSuchRun extends RuntimeException {
        NoSuchRun() {
            super(null, null, false, false);
        }
    }

    private static Optional<java.util.UUID> parseId(String id) {
        try {
            return Optional.of(java.util.UUID.fromString(id));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    @QueryMapping
    @Nullable
    DecisionTrace backtestDecisions(
            @AuthenticationPrincipal @Nullable Jwt token, @Argument String id, @Argument LocalDate date) {
        return backtests.decisions(CurrentUser.of(token), id, date).orElse(null);
    }

    @MutationMapping
    RunBacktestPayload runBacktest(@AuthenticationPrincipal @Nullable Jwt token, @Argument RunBacktestInput input) {
        BacktestParameters parameters = new BacktestParameters(
                input.from(),
                input.to(),
                input.capital() == null ? 10_000 : input.capital(),
                input.slippageBps() == null ? 5 : input.slippageBps(),
                input.fees() == null || input.fees(),
                input.benchmark() == null ? "SPY" : input.benchmark().strip());
        return backtests.request(CurrentUser.of(token), input.symphonyId(), parameters);
    }

    @QueryMapping
    @Nullable
    BacktestRun backtest(@AuthenticationPrincipal @Nullable Jwt token, @Argument String id) {
        return backtests.find(CurrentUser.of(token), id).orElse(null);
    }

    @QueryMapping
    List<BacktestRun> backtests(@AuthenticationPrincipal @Nullable Jwt token) {
        return backtests.list(CurrentUser.of(token));
    }

    @SchemaMapping(typeName = "Backtest")
    List<Problem> problems(BacktestRun run) {
        return documents.problems(run.problemsJson());
    }

    @SchemaMapping(typeName = "Backtest")
    @Nullable
    Summary summary(BacktestRun run) {
        if (run.metricsJson() == null) {
            return null;
        }
        Documents.MetricsDoc m = documents.metrics(run.metricsJson());
        return new Summary(
                LocalDate.parse(m.start()),
                LocalDate.parse(m.end()),
                m.tradingDays(),
                m.finalValue(),
                m.totalSlippage(),
                m.totalFees());
    }

    @SchemaMapping(typeName = "Backtest")
    List<Metric> metrics(BacktestRun run) {
        return run.metricsJson() == null
                ? List.of()
                : metricList(documents.metrics(run.metricsJson()).metrics());
    }

    @SchemaMapping(typeName = "Backtest")
    List<Metric> composerStats(BacktestRun run) {
        return run.metricsJson() == null
                ? List.of()
                : metricList(documents.metrics(run.metricsJson()).composerStats());
    }

    @SchemaMapping(typeName = "Backtest")
    List<Metric> benchmarkMetrics(BacktestRun run) {
        return run.metricsJson() == null
                ? List.of()
                : metricList(documents.metrics(run.metricsJson()).benchmarkMetrics());
    }

    @SchemaMapping(typeName = "Backtest")
    List<Metric> benchmarkComposerStats(BacktestRun run) {
        return run.metricsJson() == null
                ? List.of()
                : metricList(documents.metrics(run.metricsJson()).benchmarkComposerStats());
    }

    @SchemaMapping(typeName = "Backtest")
    List<EquityPoint> equity(BacktestRun run) {
        if (run.seriesJson() == null) {
            return List.of();
        }
        Documents.SeriesDoc s = documents.series(run.seriesJson());
        List<EquityPoint> points = new ArrayList<>(s.dates().size());
        double peak = 0;
        for (int i = 0; i < s.dates().size(); i++) {
            double value = s.values()[i];
            peak = Math.max(peak, value);
            points.add(new EquityPoint(
                    LocalDate.parse(s.dates().get(i)),
                    value,
                    s.benchmark() == null ? null : s.benchmark()[i],
                    value / peak - 1));
        }
        return points;
    }

    @SchemaMapping(typeName = "Backtest")
    List<AllocationDay> allocations(
            BacktestRun run, @Argument @Nullable LocalDate from, @Argument @Nullable LocalDate to) {
        if (run.seriesJson() == null) {
            return List.of();
        }
        Documents.SeriesDoc s = documents.series(run.seriesJson());
        List<AllocationDay> days = new ArrayList<>();
        for (int i = 0; i < s.dates().size(); i++) {
            LocalDate date = LocalDate.parse(s.dates().get(i));
            if ((from != null && date.isBefore(from)) || (to != null && date.isAfter(to))) {
                continue;
            }
            days.add(new AllocationDay(date, weights(s.targetWeights(), i), weights(s.heldWeights(), i)));
        }
        return days;
    }

    @SchemaMapping(typeName = "Backtest")
    List<RebalanceView> rebalances(BacktestRun run) {
        if (run.rebalancesJson() == null) {
            return List.of();
        }
        return documents.rebalances(run.rebalancesJson()).stream()
                .map(d -> new RebalanceView(
                        LocalDate.parse(d.date()),
                        d.trades().stream()
                                .map(t -> new TradeView(
                                        t.ticker(),
                                        t.side(),
                                        t.shares(),
                                        t.price(),
                                        t.notional(),
                                        t.slippageCost(),
                                        t.fees()))
                                .toList()))
                .toList();
    }

    private static List<TickerWeight> weights(Map<String, double[]> byTicker, int day) {
        List<TickerWeight> out = new ArrayList<>();
        byTicker.forEach((ticker, w) -> {
            if (w[day] > 0) {
                out.add(new TickerWeight(ticker, w[day]));
            }
        });
        return out;
    }

    private static List<Metric> metricList(Map<String, @Nullable Double> values) {
        return values.entrySet().stream()
                .map(e -> new Metric(e.getKey(), e.getValue()))
                .toList();
    }
}
