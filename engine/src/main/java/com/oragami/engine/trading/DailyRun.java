package com.oragami.engine.trading;

import com.oragami.engine.Location;
import com.oragami.engine.Problem;
import com.oragami.engine.eval.SymphonyEvaluator;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Ticker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One account's daily run, the same code for the server's job (with its broker) and for {@link
 * Replay} (with the {@link SimulatedBroker}): plan ({@link RunPlanner}), send the sells, then the
 * buys, and allocate the fills ({@link FillAllocation}). A broker that fills asynchronously (Alpaca)
 * is driven by the server step by step with the same pieces; {@link #send} is the synchronous form.
 */
public final class DailyRun {

    private DailyRun() {}

    /** A run's plan and what came of it. */
    public record Outcome(RunPlan plan, Settlement settlement) {
        public Outcome {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(settlement, "settlement");
        }
    }

    public static Outcome execute(
            RunId run,
            AccountBook books,
            Map<BookId, BookTarget> targets,
            Map<Ticker, Double> livePrices,
            PlanSettings settings,
            Broker broker) {
        RunPlan plan = RunPlanner.plan(run, books, targets, livePrices, settings);
        return new Outcome(plan, send(plan, books, broker));
    }

    /**
     * Submits the plan's sells, then its buys (idempotent: a resumed run resubmits the same client
     * order ids and gets the existing orders back), and settles the fills. Rejections come back as
     * {@code order-rejected} warnings beside the settlement's {@code order-not-filled}.
     */
    public static Settlement send(RunPlan plan, AccountBook books, Broker broker) {
        Map<ClientOrderId, Fill> fills = new HashMap<>();
        List<Problem> problems = new ArrayList<>(plan.problems());
        for (Order order : plan.orders()) {
            BrokerOrder result = broker.submit(order);
            result.fill().ifPresent(f -> fills.put(order.clientOrderId(), f));
            result.rejection()
                    .ifPresent(why -> problems.add(Problem.warning(
                            "order-rejected",
                            order.side().alpacaName() + " " + order.ticker() + " rejected: " + why,
                            Location.of("run " + plan.run(), 0, 0))));
        }
        Settlement settled = FillAllocation.settle(books, plan, fills);
        problems.addAll(settled.problems());
        return new Settlement(settled.books(), settled.legs(), problems);
    }

    /**
     * The whole daily run for many accounts on one day index, for benchmarks: evaluate each book's
     * prepared symphony ({@code evaluators} by book id; a book it cannot evaluate — before its
     * first day, or an exception — is liquidated), net, plan, and execute on a fresh {@link
     * SimulatedBroker} per account holding exactly the books' cash and shares. Live prices are the
     * closes of the day (carried forward over a missing one) of the evaluators' tables.
     */
    public static List<Outcome> runAccounts(
            RunId run,
            List<AccountBook> accounts,
            Map<BookId, SymphonyEvaluator> evaluators,
            int day,
            PlanSettings settings) {
        List<Outcome> outcomes = new ArrayList<>(accounts.size());
        for (AccountBook account : accounts) {
            Map<BookId, BookTarget> targets = new TreeMap<>();
            Map<Ticker, Double> live = new TreeMap<>();
            for (SymphonyBook book : account.books().values()) {
                SymphonyEvaluator evaluator = evaluators.get(book.id());
                if (evaluator == null) {
                    continue;
                }
                targets.put(book.id(), target(book.id(), evaluator, day));
                live.putAll(closes(evaluator.prices(), evaluator.symphony().tickers(), day));
                live.putAll(closes(evaluator.prices(), book.positions().keySet(), day));
            }
            SimulatedBroker broker = new SimulatedBroker(account.totalCash(), settings.slippage());
            account.totalPositions().forEach(broker::deposit);
            broker.setPrices(prices(live));
            outcomes.add(execute(run, account, targets, live, settings, broker));
        }
        return outcomes;
    }

    /** The evaluator's allocation for the day, or a failure that liquidates the book. */
    static BookTarget target(BookId book, SymphonyEvaluator evaluator, int day) {
        Location where = Location.of("book " + book, 0, 0);
        if (evaluator.firstDay() < 0 || day < evaluator.firstDay()) {
            return BookTarget.failed(Problem.error(
                    "not-evaluable", evaluator.symphony().name() + " has no target on day " + day, where));
        }
        try {
            return BookTarget.of(evaluator.evaluate(day).allocation());
        } catch (RuntimeException e) {
            return BookTarget.failed(Problem.error(
                    "evaluation-failed", evaluator.symphony().name() + " failed: " + e.getMessage(), where));
        }
    }

    /** Each ticker's close of the day, or the last one before it; tickers with none are left out. */
    static Map<Ticker, Double> closes(PriceTable table, Collection<Ticker> tickers, int day) {
        Map<Ticker, Double> out = new TreeMap<>();
        for (Ticker t : tickers) {
            if (!table.has(t)) {
                continue;
            }
            double[] closes = table.closes(t);
            for (int d = day; d >= 0; d--) {
                if (!Double.isNaN(closes[d])) {
                    out.put(t, closes[d]);
                    break;
                }
            }
        }
        return out;
    }

    /** The usable live prices as decimals. */
    static Map<Ticker, Price> prices(Map<Ticker, Double> live) {
        Map<Ticker, Price> out = new TreeMap<>();
        live.forEach((t, p) -> OrderSizing.price(p).ifPresent(price -> out.put(t, price)));
        return out;
    }
}
