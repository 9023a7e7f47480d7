package com.oragami.server.trading;

import com.oragami.engine.Problem;
import com.oragami.engine.calendar.Session;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.trading.AccountBook;
import com.oragami.engine.trading.AccountId;
import com.oragami.engine.trading.BookId;
import com.oragami.engine.trading.BookPlan;
import com.oragami.engine.trading.Broker;
import com.oragami.engine.trading.BrokerOrder;
import com.oragami.engine.trading.ClientOrderId;
import com.oragami.engine.trading.Fill;
import com.oragami.engine.trading.FillAllocation;
import com.oragami.engine.trading.Money;
import com.oragami.engine.trading.Order;
import com.oragami.engine.trading.PlanSettings;
import com.oragami.engine.trading.Price;
import com.oragami.engine.trading.Quantity;
import com.oragami.engine.trading.RunId;
import com.oragami.engine.trading.RunPlan;
import com.oragami.engine.trading.RunPlanner;
import com.oragami.engine.trading.Settlement;
import com.oragami.engine.trading.Side;
import com.oragami.engine.trading.SymphonyBook;
import com.oragami.server.broker.BrokerException;
import com.oragami.server.ledger.Ledger;
import com.oragami.server.platform.UserId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * One account's run on one session, from claim to settlement, resumable at every step.
 *
 * <ol>
 *   <li><b>Claim</b> the run row (unique on account and date) with a lease; a run held by a live
 *       lease elsewhere, or done, is skipped.
 *   <li><b>Plan</b> (status {@code PLANNING}): evaluate, plan with {@link RunPlanner} ({@link
 *       PlanSettings#ALPACA}) and store — in one transaction — the inputs, the orders (unique client
 *       order ids) and the liquidations with their causes; then {@code SENDING}.
 *   <li><b>Send</b> the stored orders, sells then buys, each looked up by client order id before it
 *       is submitted (so a resumed run or a retry after a timeout never sends twice); broker errors
 *       are retried with doubling waits; nothing is sent after the deadline (30 s before the close):
 *       those orders are {@code MISSED}. After each side the run polls until its orders are final;
 *       orders still working at the deadline are {@code MISSED} too, keeping any partial fill.
 *       A connection only its owner can repair (credentials refused, so {@code NEEDS_RECONNECT};
 *       or disconnected) is not retried: its orders are {@code FAILED} or {@code MISSED} at once,
 *       and the run settles them as missed rebalances.
 *   <li><b>Settle</b>: plan again from the stored inputs (the same plan), allocate the fills with
 *       {@link FillAllocation}, apply the legs to the ledger, record values, finish liquidations
 *       and undeployments, reconcile the books with the broker (skipped, and recorded so, when the
 *       broker cannot answer), record what was missed; {@code DONE}.
 * </ol>
 *
 * Every step after the claim checks that this node still holds the run; a node that lost it stops.
 *
 * <p><b>Calendar cross-check</b>: after the claim the run asks the broker for today's session
 * ({@link BrokerAccess#calendar}, once per connection and day on a node: the answer is cached)
 * and compares it with the NYSE session the job fired on, both whether there is one and its
 * close. On disagreement the broker wins (it speaks for the exchange) and the planning records
 * {@code CALENDAR_MISMATCH} with both answers: no session at the broker means the run sends
 * nothing (it finishes {@code FAILED}); another close moves the send deadline to 30 s before the
 * broker's close. As the job fires on the NYSE schedule, a broker close earlier than the run
 * time leaves every planned order {@code MISSED}. A broker that cannot answer records {@code
 * CALENDAR_UNCHECKED} and the run follows the NYSE. (A broker session on a day the NYSE calendar
 * has none is not seen: the job does not fire then.)
 */
@Service
class AccountRun {

    /** What a call achieved. */
    enum Outcome {
        DONE,
        SKIPPED,
        INCOMPLETE
    }

    /** What a preview shows: the orders the run would send now, the liquidations, and problems. */
    record Preview(LocalDate tradingDate, RunPlan plan, List<Problem> problems) {}

    /**
     * What the broker's calendar says about the session: the session to follow (empty: none), and
     * the event to record at planning ({@code null} kind when the broker agrees).
     */
    record CalendarCheck(
            Optional<Session> session, @Nullable String kind, String code, String message) {

        static CalendarCheck agreed(Session session) {
            return new CalendarCheck(Optional.of(session), null, "", "");
        }
    }

    private record CalendarKey(String connection, LocalDate day) {}

    static final PlanSettings SETTINGS = PlanSettings.ALPACA;
    static final Duration BEFORE_CLOSE = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(AccountRun.class);

    private final RunRepository runs;
    private final DeploymentRepository deployments;
    private final Ledger ledger;
    private final Targets targets;
    private final BrokerAccess brokers;
    private final TradingProperties properties;
    private final Clock clock;
    private final JsonMapper json;
    private final TransactionTemplate tx;
    private final Pause pause;
    private final ApplicationEventPublisher events;
    private final Map<CalendarKey, CalendarCheck> calendars = new ConcurrentHashMap<>();

    AccountRun(
            RunRepository runs,
            DeploymentRepository deployments,
            Ledger ledger,
            Targets targets,
            BrokerAccess brokers,
            TradingProperties properties,
            Clock clock,
            JsonMapper json,
            PlatformTransactionManager transactions,
            Pause pause,
            ApplicationEventPublisher events) {
        this.runs = runs;
        this.deployments = deployments;
        this.ledger = ledger;
        this.targets = targets;
        this.brokers = brokers;
        this.properties = properties;
        this.clock = clock;
        this.json = json;
        this.tx = new TransactionTemplate(transactions);
        this.pause = pause;
        this.events = events;
    }

    /** The last moment an order may be sent: 15:59:30 New York, 12:59:30 on an early close. */
    static Instant deadline(Session session) {
        return session.closeAt().toInstant().minus(BEFORE_CLOSE);
    }

    static RunId runId(LocalDate date) {
        return RunId.of(date.toString());
    }

    Outcome run(UserId owner, String account, Session session, String node) {
        Instant now = clock.instant();
        Optional<TradingRun> claimed =
                runs.claim(owner, account, session.date(), node, now, now.plus(properties.lease()));
        if (claimed.isEmpty()) {
            return Outcome.SKIPPED;
        }
        TradingRun run = claimed.get();
        CalendarCheck calendar = checkCalendar(account, session);
        if (run.status().equals(TradingRun.PLANNING)) {
            if (calendar.session().isEmpty()) {
                tx.executeWithoutResult(s -> {
                    if (runs.finish(run.id(), node, TradingRun.FAILED, now)) {
                        calendarEvent(run, calendar);
                    }
                });
                return Outcome.DONE;
            }
            if (!now.isBefore(deadline(session))) {
                tx.executeWithoutResult(s -> {
                    if (runs.finish(run.id(), node, TradingRun.FAILED, now)) {
                        event(
                                run,
                                null,
                                "RUN_FAILED",
                                "window-closed",
                                "the run of " + session.date()
                                        + " could not be planned before the deadline; nothing was sent");
                    }
                });
                return Outcome.DONE;
            }
            if (!plan(run, node, calendar)) {
                return Outcome.INCOMPLETE;
            }
        }
        TradingRun planned = runs.find(owner, run.id()).orElseThrow();
        Broker broker;
        try {
            broker = brokers.broker(account);
        } catch (BrokerException unusable) {
            if (!needsOwner(unusable)) {
                throw unusable;
            }
            log.warn("run {} of account {} sends nothing: {}", run.id(), account, unusable.getMessage());
            missAll(planned, "not sent: " + unusable.getMessage());
            return settle(planned, node, null) ? Outcome.DONE : Outcome.INCOMPLETE;
        }
        // a broker that says closed after the planning (a resumed run): nothing more is sent
        Instant deadline = calendar.session().map(AccountRun::deadline).orElse(now);
        if (!send(planned, node, broker, deadline)) {
            return Outcome.INCOMPLETE;
        }
        return settle(planned, node, broker) ? Outcome.DONE : Outcome.INCOMPLETE;
    }

    /**
     * Today's session as the broker sees it, compared with {@code nyse}; asked once per connection
     * and day on this node.
     */
    CalendarCheck checkCalendar(String account, Session nyse) {
        LocalDate day = nyse.date();
        calendars.keySet().removeIf(k -> !k.day().equals(day));
        return calendars.computeIfAbsent(new CalendarKey(account, day), k -> compare(account, nyse));
    }

    private CalendarCheck compare(String account, Session nyse) {
        Optional<Session> broker;
        try {
            broker = brokers.calendar(account, nyse.date());
        } catch (RuntimeException e) {
            log.warn("the broker calendar of account {} could not be read: {}", account, e.toString());
            return new CalendarCheck(
                    Optional.of(nyse),
                    "CALENDAR_UNCHECKED",
                    "broker-calendar-unavailable",
                    "the broker's calendar could not be read (" + e.getMessage() + "); the run follows the NYSE"
                            + " calendar: " + describe(Optional.of(nyse)));
        }
        if (broker.isPresent() && broker.get().close().equals(nyse.close())) {
            return CalendarCheck.agreed(nyse);
        }
        String both = "the NYSE calendar says " + describe(Optional.of(nyse)) + ", the broker says " + describe(broker)
                + "; the run follows the broker";
        return broker.isEmpty()
                ? new CalendarCheck(broker, "CALENDAR_MISMATCH", "broker-no-session", both + " and sends nothing")
                : new CalendarCheck(broker, "CALENDAR_MISMATCH", "broker-other-close", both);
    }

    private static String describe(Optional<Session> session) {
        return session.map(s -> "a session on " + s.date() + " closing at " + s.close())
                .orElse("no session");
    }

    private void calendarEvent(TradingRun run, CalendarCheck calendar) {
        if (calendar.kind() != null) {
            event(run, null, calendar.kind(), calendar.code(), calendar.message());
        }
    }

    /**
     * Whether only the owner can make the broker usable again (reconnect): retrying within the
     * window cannot help, so the run records its orders as missed at once.
     */
    private static boolean needsOwner(RuntimeException e) {
        return e instanceof BrokerException b
                && (b.reason() == BrokerException.Reason.NEEDS_RECONNECT
                        || b.reason() == BrokerException.Reason.NOT_CONNECTED);
    }

    /** Records every order not sent yet as missed, with why (settlement makes them missed rebalances). */
    private void missAll(TradingRun run, String why) {
        for (TradingOrder o : runs.orders(run.id())) {
            if (o.status().equals(TradingOrder.PLANNED)) {
                runs.updateOrder(run.id(), o.seq(), TradingOrder.MISSED, null, null, why, 0, clock.instant());
                progressed(run, o, TradingOrder.MISSED);
            }
        }
    }

    /** The plan of the next run as of now, with nothing stored or sent. */
    Preview preview(UserId owner, String account, LocalDate date) {
        AccountBook books = ledger.books(owner, AccountId.of(account));
        Targets.Evaluated evaluated =
                targets.evaluate(deployments.ofAccount(owner, account), books, date, clock.instant());
        RunPlan plan = RunPlanner.plan(runId(date), books, evaluated.targets(), evaluated.prices(), SETTINGS);
        return new Preview(date, plan, plan.problems());
    }

    private boolean plan(TradingRun run, String node, CalendarCheck calendar) {
        Boolean stored = tx.execute(s -> {
            runs.lockAccount(run.accountId());
            Instant now = clock.instant();
            calendarEvent(run, calendar);
            AccountBook books = ledger.books(run.owner(), AccountId.of(run.accountId()));
            List<Deployment> active = deployments.ofAccount(run.owner(), run.accountId());
            Targets.Evaluated evaluated = targets.evaluate(active, books, run.tradingDate(), now);
            RunPlan plan =
                    RunPlanner.plan(runId(run.tradingDate()), books, evaluated.targets(), evaluated.prices(), SETTINGS);
            String inputs =
                    RunInputs.of(books, evaluated.targets(), evaluated.prices()).write(json);
            if (!runs.planned(run.id(), node, inputs, now)) {
                s.setRollbackOnly();
                return false;
            }
            int seq = 0;
            for (Order o : plan.orders()) {
                runs.insertOrder(
                        run.id(),
                        seq++,
                        o.clientOrderId().value(),
                        o.ticker().symbol(),
                        o.side().name(),
                        o.quantity().shares(),
                        o.notional().amount(),
                        o.planningPrice().value(),
                        now);
            }
            for (BookPlan book : plan.books()) {
                if (book.liquidation().isPresent()) {
                    Problem cause = book.liquidation().get();
                    UUID deployment = UUID.fromString(book.book().value());
                    event(
                            run,
                            deployment,
                            "SYMPHONY_LIQUIDATED",
                            cause.code(),
                            "liquidated to cash: " + cause.message());
                    events.publishEvent(new SymphonyLiquidated(
                            run.owner(),
                            new DeploymentId(deployment),
                            run.accountId(),
                            run.tradingDate(),
                            cause.code(),
                            cause.message()));
                }
            }
            for (Problem p : plan.problems()) {
                event(run, null, "PLAN_WARNING", p.code(), p.message());
            }
            for (Deployment d : active) {
                if (d.status() == DeploymentStatus.ACTIVE) {
                    deployments.ran(
                            run.owner(),
                            d.id(),
                            run.tradingDate(),
                            evaluated.newTargets().get(BookId.of(d.id().toString())),
                            now);
                }
            }
            return true;
        });
        return Boolean.TRUE.equals(stored);
    }

    private boolean send(TradingRun run, String node, Broker broker, Instant deadline) {
        List<TradingOrder> orders = runs.orders(run.id());
        for (String side : List.of(Side.SELL.name(), Side.BUY.name())) {
            for (TradingOrder o : orders) {
                if (!o.side().equals(side) || !o.status().equals(TradingOrder.PLANNED)) {
                    continue;
                }
                submit(run, o, broker, deadline);
                if (!runs.renew(run.id(), node, clock.instant().plus(properties.lease()))) {
                    log.warn("run {} of account {} was taken over by another node", run.id(), run.accountId());
                    return false;
                }
            }
            awaitFills(run, side, broker, deadline);
        }
        return true;
    }

    private void submit(TradingRun run, TradingOrder o, Broker broker, Instant deadline) {
        Order order = order(o);
        int tries = 0;
        Duration wait = properties.retryBackoff();
        String error = "not sent before the deadline";
        while (tries < properties.sendAttempts() && clock.instant().isBefore(deadline)) {
            tries++;
            try {
                Optional<BrokerOrder> known = broker.find(order.clientOrderId());
                BrokerOrder result = known.isPresent() ? known.get() : broker.submit(order);
                record(run, o, result, tries);
                return;
            } catch (RuntimeException e) {
                error = "the broker failed " + tries + " time(s): " + e.getMessage();
                log.warn("run {}: order {} failed (try {}): {}", run.id(), o.clientOrderId(), tries, e.toString());
                if (needsOwner(e)) {
                    break;
                }
                if (tries < properties.sendAttempts()) {
                    pause.pause(wait);
                    wait = wait.multipliedBy(2);
                }
            }
        }
        String status = tries == 0 ? TradingOrder.MISSED : TradingOrder.FAILED;
        runs.updateOrder(run.id(), o.seq(), status, null, null, error, tries, clock.instant());
        progressed(run, o, status);
    }

    private void awaitFills(TradingRun run, String side, Broker broker, Instant deadline) {
        while (true) {
            List<TradingOrder> open = runs.orders(run.id()).stream()
                    .filter(o ->
                            o.side().equals(side) && !o.isFinal() && !o.status().equals(TradingOrder.PLANNED))
                    .toList();
            if (open.isEmpty()) {
                return;
            }
            if (!clock.instant().isBefore(deadline)) {
                missOpen(run, open);
                return;
            }
            for (TradingOrder o : open) {
                try {
                    broker.find(new ClientOrderId(o.clientOrderId())).ifPresent(result -> record(run, o, result, 0));
                } catch (RuntimeException e) {
                    log.warn("run {}: looking up order {} failed: {}", run.id(), o.clientOrderId(), e.toString());
                }
            }
            boolean stillOpen = runs.orders(run.id()).stream()
                    .anyMatch(o ->
                            o.side().equals(side) && !o.isFinal() && !o.status().equals(TradingOrder.PLANNED));
            if (stillOpen) {
                pause.pause(properties.pollInterval());
            }
        }
    }

    /**
     * Orders still working at the deadline are {@code MISSED}: the run stops waiting and settles
     * what filled so far (a partial fill is kept), the rest is a missed rebalance. The order may
     * still fill at the broker before the close; the next reconciliation shows it.
     */
    private void missOpen(TradingRun run, List<TradingOrder> open) {
        for (TradingOrder o : open) {
            String why = "not filled before the deadline (the broker still had it "
                    + o.status().toLowerCase(Locale.ROOT)
                    + (o.filledQuantity() == null
                            ? ""
                            : ", " + o.filledQuantity().stripTrailingZeros().toPlainString() + " filled")
                    + ")";
            runs.updateOrder(
                    run.id(),
                    o.seq(),
                    TradingOrder.MISSED,
                    o.filledQuantity(),
                    o.averagePrice(),
                    why,
                    0,
                    clock.instant());
            progressed(run, o, TradingOrder.MISSED);
        }
    }

    private void record(TradingRun run, TradingOrder o, BrokerOrder result, int tries) {
        BigDecimal filled = result.fill().map(f -> f.quantity().shares()).orElse(null);
        BigDecimal price = result.fill().map(f -> f.averagePrice().value()).orElse(null);
        runs.updateOrder(
                run.id(),
                o.seq(),
                result.status().name(),
                filled,
                price,
                result.rejection().orElse(null),
                tries,
                clock.instant());
        progressed(run, o, result.status().name());
    }

    private void progressed(TradingRun run, TradingOrder o, String status) {
        events.publishEvent(new RunProgressed(
                run.owner(),
                run.id(),
                run.accountId(),
                run.tradingDate(),
                o.clientOrderId(),
                o.ticker(),
                o.side(),
                status));
    }

    /**
     * Compares the books with the broker's cash and positions. A broker that cannot answer (its
     * connection needs reconnecting, or it is down) does not hold up the settlement: the
     * comparison is recorded as skipped and made after the next run.
     */
    private void reconcile(TradingRun run, AccountId account, @Nullable Broker broker) {
        if (broker == null) {
            event(
                    run,
                    null,
                    "RECONCILIATION_SKIPPED",
                    "broker-unusable",
                    "the books were not compared with the"
                            + " broker: the connection cannot be used until it is reconnected");
            return;
        }
        List<Problem> differences;
        try {
            differences = ledger.books(run.owner(), account).check(broker.cash(), broker.positions());
        } catch (RuntimeException e) {
            log.warn("run {}: reconciliation with the broker failed: {}", run.id(), e.toString());
            event(
                    run,
                    null,
                    "RECONCILIATION_SKIPPED",
                    "broker-unavailable",
                    "the books were not compared with the" + " broker, which failed: " + e.getMessage());
            return;
        }
        for (Problem p : differences) {
            event(run, null, "RECONCILIATION_DIFFERENCE", p.code(), p.message());
        }
    }

    /** Settles the run; {@code broker} is null when its connection could not be used at all. */
    private boolean settle(TradingRun run, String node, @Nullable Broker broker) {
        Optional<RunCompleted> done = Optional.ofNullable(tx.execute(s -> {
            runs.lockAccount(run.accountId());
            Instant now = clock.instant();
            if (!runs.finish(run.id(), node, TradingRun.DONE, now)) {
                s.setRollbackOnly();
                return null;
            }
            AccountId account = AccountId.of(run.accountId());
            RunInputs inputs = RunInputs.read(json, run.inputs());
            AccountBook before = inputs.account(account);
            RunPlan plan = RunPlanner.plan(
                    runId(run.tradingDate()), before, inputs.bookTargets(), inputs.livePrices(), SETTINGS);
            List<TradingOrder> orders = runs.orders(run.id());
            List<String> planned =
                    plan.orders().stream().map(o -> o.clientOrderId().value()).toList();
            List<String> stored =
                    orders.stream().map(TradingOrder::clientOrderId).toList();
            if (!planned.equals(stored)) {
                throw new IllegalStateException("run " + run.id() + " plans " + planned + " again, stored " + stored);
            }
            Map<ClientOrderId, Fill> fills = new HashMap<>();
            int filled = 0;
            int missed = 0;
            for (TradingOrder o : orders) {
                if (o.filledQuantity() != null
                        && o.averagePrice() != null
                        && o.filledQuantity().signum() > 0) {
                    ClientOrderId id = new ClientOrderId(o.clientOrderId());
                    fills.put(id, new Fill(id, Quantity.of(o.filledQuantity()), new Price(o.averagePrice())));
                    filled++;
                }
                if (o.status().equals(TradingOrder.MISSED)
                        || o.status().equals(TradingOrder.FAILED)
                        || o.status().equals("REJECTED")) {
                    missed++;
                }
            }
            Settlement settlement = FillAllocation.settle(before, plan, fills);
            ledger.settle(run.owner(), run.id(), run.tradingDate(), settlement.legs());
            for (Problem p : settlement.problems()) {
                event(run, null, "MISSED_REBALANCE", p.code(), p.message());
            }
            Map<Ticker, Price> prices = new TreeMap<>();
            plan.symbols().forEach(sp -> prices.put(sp.ticker(), sp.price()));
            inputs.livePrices().forEach((t, p) -> {
                if (Double.isFinite(p) && p > 0) {
                    prices.putIfAbsent(t, new Price(BigDecimal.valueOf(p)));
                }
            });
            ledger.recordValues(run.owner(), account, run.tradingDate(), prices);
            finishStatusChanges(run, now);
            reconcile(run, account, broker);
            event(
                    run,
                    null,
                    "RUN_COMPLETED",
                    "run-completed",
                    orders.size() + " order(s) planned, " + filled + " filled, " + missed + " missed or rejected");
            return new RunCompleted(
                    run.owner(), run.id(), run.accountId(), run.tradingDate(), orders.size(), filled, missed);
        }));
        done.ifPresent(events::publishEvent);
        return done.isPresent();
    }

    /** Liquidating books left in cash are paused; undeploying ones hand their cash back and close. */
    private void finishStatusChanges(TradingRun run, Instant now) {
        for (Deployment d : deployments.ofAccount(run.owner(), run.accountId())) {
            if (d.status() != DeploymentStatus.LIQUIDATING && d.status() != DeploymentStatus.UNDEPLOYING) {
                continue;
            }
            BookId id = BookId.of(d.id().toString());
            Optional<SymphonyBook> book = ledger.book(run.owner(), id);
            if (book.isEmpty() || !book.get().positions().isEmpty()) {
                continue; // a holding without a price or fill: tried again at the next run
            }
            if (d.status() == DeploymentStatus.LIQUIDATING) {
                deployments.setStatus(run.owner(), d.id(), DeploymentStatus.PAUSED, now);
                event(
                        run,
                        d.id().value(),
                        "DEPLOYMENT_LIQUIDATED",
                        "liquidated",
                        d.symphonyName() + " is in cash ($" + book.get().cash() + ") and paused");
            } else {
                Money cash = book.get().cash();
                if (cash.isPositive()) {
                    ledger.withdraw(run.owner(), id, cash, "undeploy");
                }
                ledger.close(run.owner(), id);
                deployments.setStatus(run.owner(), d.id(), DeploymentStatus.UNDEPLOYED, now);
                event(
                        run,
                        d.id().value(),
                        "UNDEPLOYED",
                        "undeployed",
                        d.symphonyName() + " is undeployed; $" + cash + " returned to the account");
            }
        }
    }

    private void event(TradingRun run, @Nullable UUID deployment, String kind, String code, String message) {
        runs.insertEvent(run.owner(), run.accountId(), run.id(), deployment, kind, code, message, clock.instant());
    }

    private static Order order(TradingOrder o) {
        ClientOrderId id = new ClientOrderId(o.clientOrderId());
        Ticker ticker = Ticker.of(o.ticker());
        Price price = new Price(o.planningPrice());
        return o.side().equals(Side.SELL.name())
                ? Order.sell(id, ticker, Quantity.of(o.quantity()), price)
                : Order.buy(id, ticker, Money.of(o.notional()), price);
    }
}
