package com.oragami.server.trading;

import com.oragami.engine.Problem;
import com.oragami.engine.trading.AccountId;
import com.oragami.engine.trading.BookPlan;
import com.oragami.engine.trading.Order;
import com.oragami.server.broker.BrokerNeedsReconnect;
import com.oragami.server.ledger.DailyValue;
import com.oragami.server.ledger.Ledger;
import com.oragami.server.ledger.LedgerFill;
import com.oragami.server.ledger.Performance;
import com.oragami.server.platform.CurrentUser;
import com.oragami.server.platform.LiveEvents;
import com.oragami.server.platform.UserId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

/** Deployments, ledger actions, runs, events, performance and the run preview, for the caller only. */
@Controller
class TradingGraphQlController {

    record DeploySymphonyInput(String symphonyId, String accountId, String amount) {}

    record MoveMoneyInput(String deploymentId, String amount) {}

    record DeploymentInput(String deploymentId) {}

    record Position(String ticker, String quantity) {}

    record Metric(String name, @Nullable Double value) {}

    record DatedReturn(LocalDate date, double dailyReturn, double index) {}

    record PerformanceView(
            @Nullable Double timeWeightedReturn,
            List<DatedReturn> returns,
            List<Metric> metrics,
            List<Metric> composerStats) {}

    record PreviewOrder(
            String clientOrderId, String ticker, String side, String quantity, String notional, String planningPrice) {}

    record PreviewLiquidation(String deploymentId, String code, String message) {}

    record RunPreview(
            String accountId,
            LocalDate tradingDate,
            List<PreviewOrder> orders,
            List<PreviewLiquidation> liquidations,
            List<Problem> problems) {}

    static final int MAX_RUNS = 100;
    static final int MAX_EVENTS = 200;

    /** A live update as the {@code tradingUpdates} subscription delivers it. */
    record TradingUpdate(
            String kind,
            String accountId,
            @Nullable String deploymentId,
            @Nullable String runId,
            String code,
            String message,
            OffsetDateTime at) {

        static TradingUpdate of(Map<String, Object> payload) {
            return new TradingUpdate(
                    String.valueOf(payload.get("kind")),
                    String.valueOf(payload.get("accountId")),
                    text(payload.get("deploymentId")),
                    text(payload.get("runId")),
                    String.valueOf(payload.get("code")),
                    String.valueOf(payload.get("message")),
                    java.time.Instant.parse(String.valueOf(payload.get("at"))).atOffset(ZoneOffset.UTC));
        }

        private static @Nullable String text(@Nullable Object value) {
            return value == null ? null : value.toString();
        }
    }

    private final Deployments deployments;
    private final Ledger ledger;
    private final LiveEvents live;

    TradingGraphQlController(Deployments deployments, Ledger ledger, LiveEvents live) {
        this.deployments = deployments;
        this.ledger = ledger;
        this.live = live;
    }

    /**
     * The caller's trading updates from now on, optionally of one broker account: the run's order
     * progress, trades, settlements and liquidations ({@link TradingLiveEvents}) and connections
     * that need reconnecting (the broker feature's {@link BrokerNeedsReconnect#LIVE_TOPIC}). The
     * owner is the caller's verified token, so another user's updates are never delivered.
     */
    @SubscriptionMapping
    Flux<TradingUpdate> tradingUpdates(
            @AuthenticationPrincipal @Nullable Jwt token, @Argument @Nullable String accountId) {
        UserId owner = CurrentUser.of(token);
        return Flux.merge(
                        live.stream(owner, TradingLiveEvents.TOPIC),
                        live.stream(owner, BrokerNeedsReconnect.LIVE_TOPIC))
                .filter(p -> accountId == null || accountId.equals(p.get("accountId")))
                .map(TradingUpdate::of);
    }

    @MutationMapping
    DeploymentPayload deploySymphony(
            @AuthenticationPrincipal @Nullable Jwt token, @Argument DeploySymphonyInput input) {
        return deployments.deploy(CurrentUser.of(token), input.symphonyId(), input.accountId(), input.amount());
    }

    @MutationMapping
    DeploymentPayload addMoney(@AuthenticationPrincipal @Nullable Jwt token, @Argument MoveMoneyInput input) {
        return deployments.addMoney(CurrentUser.of(token), input.deploymentId(), input.amount());
    }

    @MutationMapping
    DeploymentPayload withdrawMoney(@AuthenticationPrincipal @Nullable Jwt token, @Argument MoveMoneyInput input) {
        return deployments.withdraw(CurrentUser.of(token), input.deploymentId(), input.amount());
    }

    @MutationMapping
    DeploymentPayload pauseDeployment(@AuthenticationPrincipal @Nullable Jwt token, @Argument DeploymentInput input) {
        return deployments.pause(CurrentUser.of(token), input.deploymentId());
    }

    @MutationMapping
    DeploymentPayload resumeDeployment(@AuthenticationPrincipal @Nullable Jwt token, @Argument DeploymentInput input) {
        return deployments.resume(CurrentUser.of(token), input.deploymentId());
    }

    @MutationMapping
    DeploymentPayload liquidateDeployment(
            @AuthenticationPrincipal @Nullable Jwt token, @Argument DeploymentInput input) {
        return deployments.liquidate(CurrentUser.of(token), input.deploymentId());
    }

    @MutationMapping
    DeploymentPayload undeploySymphony(@AuthenticationPrincipal @Nullable Jwt token, @Argument DeploymentInput input) {
        return deployments.undeploy(CurrentUser.of(token), input.deploymentId());
    }

    @QueryMapping(name = "deployments")
    List<Deployment> deploymentList(@AuthenticationPrincipal @Nullable Jwt token) {
        return deployments.list(CurrentUser.of(token));
    }

    @QueryMapping
    @Nullable
    Deployment deployment(@AuthenticationPrincipal @Nullable Jwt token, @Argument String id) {
        return deployments.find(CurrentUser.of(token), id).orElse(null);
    }

    @QueryMapping
    List<TradingRun> tradingRuns(
            @AuthenticationPrincipal @Nullable Jwt token,
            @Argument @Nullable String accountId,
            @Argument @Nullable Integer limit) {
        return deployments.runs(CurrentUser.of(token), accountId, clamp(limit, MAX_RUNS));
    }

    @QueryMapping
    @Nullable
    TradingRun tradingRun(@AuthenticationPrincipal @Nullable Jwt token, @Argument String id) {
        return deployments.run(CurrentUser.of(token), id).orElse(null);
    }

    @QueryMapping
    List<TradingEvent> tradingEvents(
            @AuthenticationPrincipal @Nullable Jwt token,
            @Argument @Nullable String deploymentId,
            @Argument @Nullable Integer limit) {
        return deployments.events(CurrentUser.of(token), deploymentId, clamp(limit, MAX_EVENTS));
    }

    @QueryMapping
    @Nullable
    PerformanceView accountPerformance(@AuthenticationPrincipal @Nullable Jwt token, @Argument String accountId) {
        UserId owner = CurrentUser.of(token);
        if (!deployments.ownsConnection(owner, accountId)) {
            return null;
        }
        return view(Performance.of(ledger.accountValues(owner, AccountId.of(accountId))));
    }

    @QueryMapping
    @Nullable
    RunPreview previewRun(@AuthenticationPrincipal @Nullable Jwt token, @Argument String accountId) {
        Optional<AccountRun.Preview> preview = deployments.preview(CurrentUser.of(token), accountId);
        if (preview.isEmpty()) {
            return null;
        }
        List<PreviewOrder> orders = new ArrayList<>();
        for (Order o : preview.get().plan().orders()) {
            orders.add(new PreviewOrder(
                    o.clientOrderId().value(),
                    o.ticker().symbol(),
                    o.side().name(),
                    o.quantity().toString(),
                    o.notional().toString(),
                    o.planningPrice().toString()));
        }
        List<PreviewLiquidation> liquidations = new ArrayList<>();
        for (BookPlan b : preview.get().plan().books()) {
            b.liquidation()
                    .ifPresent(p ->
                            liquidations.add(new PreviewLiquidation(b.book().value(), p.code(), p.message())));
        }
        return new RunPreview(
                accountId,
                preview.get().tradingDate(),
                orders,
                liquidations,
                preview.get().problems());
    }

    @SchemaMapping(typeName = "Deployment")
    String id(Deployment d) {
        return d.id().toString();
    }

    @SchemaMapping(typeName = "Deployment")
    String cash(Deployment d) {
        return ledger.book(d.owner(), Deployments.book(d.id()))
                .map(b -> b.cash().toString())
                .orElse("0");
    }

    @SchemaMapping(typeName = "Deployment")
    List<Position> positions(Deployment d) {
        List<Position> out = new ArrayList<>();
        ledger.book(d.owner(), Deployments.book(d.id()))
                .ifPresent(b -> b.positions().forEach((t, q) -> out.add(new Position(t.symbol(), q.toString()))));
        return out;
    }

    @SchemaMapping(typeName = "Deployment")
    List<LedgerFill> trades(Deployment d, @Argument @Nullable Integer limit) {
        return ledger.fills(d.owner(), Deployments.book(d.id()), clamp(limit, Ledger.MAX_FILLS));
    }

    @SchemaMapping(typeName = "Deployment")
    List<DailyValue> dailyValues(Deployment d) {
        return ledger.dailyValues(d.owner(), Deployments.book(d.id()));
    }

    @SchemaMapping(typeName = "Deployment")
    PerformanceView performance(Deployment d) {
        return view(Performance.of(ledger.dailyValues(d.owner(), Deployments.book(d.id()))));
    }

    @SchemaMapping(typeName = "Deployment")
    List<TradingEvent> events(Deployment d, @Argument @Nullable Integer limit) {
        return deployments.events(d.owner(), d.id().toString(), clamp(limit, MAX_EVENTS));
    }

    @SchemaMapping(typeName = "Deployment")
    OffsetDateTime createdAt(Deployment d) {
        return d.createdAt().atOffset(ZoneOffset.UTC);
    }

    @SchemaMapping(typeName = "LedgerTrade")
    String quantity(LedgerFill f) {
        return f.quantity().toString();
    }

    @SchemaMapping(typeName = "LedgerTrade")
    String cash(LedgerFill f) {
        return f.cash().toString();
    }

    @SchemaMapping(typeName = "LedgerTrade")
    String runId(LedgerFill f) {
        return f.run() == null ? null : f.run().toString();
    }

    @SchemaMapping(typeName = "LedgerTrade")
    OffsetDateTime at(LedgerFill f) {
        return f.at().atOffset(ZoneOffset.UTC);
    }

    @SchemaMapping(typeName = "DailyValue")
    String value(DailyValue v) {
        return v.value().toString();
    }

    @SchemaMapping(typeName = "DailyValue")
    String cash(DailyValue v) {
        return v.cash().toString();
    }

    @SchemaMapping(typeName = "DailyValue")
    String flow(DailyValue v) {
        return v.flow().toString();
    }

    @SchemaMapping(typeName = "TradingRun")
    String id(TradingRun r) {
        return r.id().toString();
    }

    @SchemaMapping(typeName = "TradingRun")
    OffsetDateTime startedAt(TradingRun r) {
        return r.startedAt().atOffset(ZoneOffset.UTC);
    }

    @SchemaMapping(typeName = "TradingRun")
    @Nullable
    OffsetDateTime plannedAt(TradingRun r) {
        return r.plannedAt() == null ? null : r.plannedAt().atOffset(ZoneOffset.UTC);
    }

    @SchemaMapping(typeName = "TradingRun")
    @Nullable
    OffsetDateTime finishedAt(TradingRun r) {
        return r.finishedAt() == null ? null : r.finishedAt().atOffset(ZoneOffset.UTC);
    }

    @SchemaMapping(typeName = "TradingRun")
    List<TradingOrder> orders(TradingRun r) {
        return deployments.orders(r);
    }

    @SchemaMapping(typeName = "TradingRun")
    List<TradingEvent> events(TradingRun r) {
        return deployments.events(r);
    }

    @SchemaMapping(typeName = "TradingOrder")
    String quantity(TradingOrder o) {
        return o.quantity().toPlainString();
    }

    @SchemaMapping(typeName = "TradingOrder")
    String notional(TradingOrder o) {
        return o.notional().toPlainString();
    }

    @SchemaMapping(typeName = "TradingOrder")
    String planningPrice(TradingOrder o) {
        return o.planningPrice().toPlainString();
    }

    @SchemaMapping(typeName = "TradingOrder")
    @Nullable
    String filledQuantity(TradingOrder o) {
        return o.filledQuantity() == null ? null : o.filledQuantity().toPlainString();
    }

    @SchemaMapping(typeName = "TradingOrder")
    @Nullable
    String averagePrice(TradingOrder o) {
        return o.averagePrice() == null ? null : o.averagePrice().toPlainString();
    }

    @SchemaMapping(typeName = "TradingEvent")
    @Nullable
    String runId(TradingEvent e) {
        return e.runId() == null ? null : e.runId().toString();
    }

    @SchemaMapping(typeName = "TradingEvent")
    @Nullable
    String deploymentId(TradingEvent e) {
        return e.deploymentId() == null ? null : e.deploymentId().toString();
    }

    @SchemaMapping(typeName = "TradingEvent")
    OffsetDateTime at(TradingEvent e) {
        return e.at().atOffset(ZoneOffset.UTC);
    }

    private static PerformanceView view(Performance p) {
        List<DatedReturn> returns = new ArrayList<>();
        for (int i = 0; i < p.dates().size(); i++) {
            returns.add(new DatedReturn(p.dates().get(i), p.dailyReturns()[i], p.index()[i]));
        }
        return new PerformanceView(
                finite(p.timeWeightedReturn()),
                returns,
                metrics(p.metrics().asMap()),
                metrics(p.composerStats().asMap()));
    }

    private static List<Metric> metrics(Map<String, Double> values) {
        List<Metric> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(new Metric(k, finite(v))));
        return out;
    }

    private static @Nullable Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static int clamp(@Nullable Integer limit, int max) {
        return limit == null ? max : Math.max(0, Math.min(limit, max));
    }
}
