package com.oragami.engine.trading;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.backtest.BacktestResult;
import com.oragami.engine.backtest.Rebalancing;
import com.oragami.engine.calendar.Session;
import com.oragami.engine.calendar.TradingCalendar;
import com.oragami.engine.eval.Allocation;
import com.oragami.engine.eval.SymphonyEvaluator;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Rebalance;
import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Paper trading over history: several symphonies deployed in one simulated account, the {@link
 * DailyRun} on every session of the calendar from {@code from} to {@code to}, with each day's close
 * as the live price (the last close before it when a ticker has none that day) and the {@link
 * SimulatedBroker}.
 *
 * <p>Each symphony decides as its backtest does: its evaluator's allocation of the day ({@code
 * SymphonyEvaluator}, the same arrays), on the days {@link Rebalancing#evaluates} picks, trading
 * when {@link Rebalancing#trades} says so (corridor drift from the book's own holdings at the
 * close). It starts on the first session, on or after {@code from}, on which its evaluator is
 * defined and every ticker of its target has a close — the backtest's start — and holds its capital
 * in cash until then. Its equity is its book's value at the close after the day's trades, from its
 * first day. Sessions the price table lacks are skipped with a warning.
 *
 * <p>Differences from {@code Backtest}, all documented: decimals instead of doubles (shares rounded
 * down to 9 decimals, cash to 6, buy notionals to {@link PlanSettings#notionalScale()}); trades of
 * different symphonies on one symbol cross at the close without slippage (a saving no standalone
 * backtest has); net orders below {@link PlanSettings#minimumOrder()} are not sent; no SEC/TAF fees
 * (compare with a backtest without fees).
 */
public final class Replay {

    private static final Location WHERE = Location.of("replay", 0, 0);

    private Replay() {}

    /** One deployed symphony: a name for the output, its prepared evaluator, schedule and capital in dollars. */
    public record Deployment(String name, SymphonyEvaluator evaluator, Rebalance rebalance, Money capital) {
        public Deployment {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(evaluator, "evaluator");
            Objects.requireNonNull(rebalance, "rebalance");
            if (!capital.isPositive()) {
                throw new IllegalArgumentException("capital must be positive: " + capital);
            }
        }
    }

    /** One symphony's replay: equity at each close from its start, and the trades its book made. */
    public record SymphonyReplay(String name, List<LocalDate> dates, double[] values, int orders) {
        public SymphonyReplay {
            dates = List.copyOf(dates);
            values = values.clone();
        }

        /**
         * The largest |replay / backtest − 1| over the days both have; NaN when they share no day.
         */
        public double maxRelativeDifference(BacktestResult backtest) {
            Map<LocalDate, Double> theirs = new HashMap<>();
            for (int i = 0; i < backtest.dates().size(); i++) {
                theirs.put(backtest.dates().get(i), backtest.values()[i]);
            }
            double worst = Double.NaN;
            for (int i = 0; i < dates.size(); i++) {
                Double other = theirs.get(dates.get(i));
                if (other != null) {
                    double d = Math.abs(values[i] / other - 1);
                    worst = Double.isNaN(worst) ? d : Math.max(worst, d);
                }
            }
            return worst;
        }
    }

    /** The replay: one entry per deployment in input order, the net orders sent, and the runs' problems. */
    public record Result(List<SymphonyReplay> symphonies, int brokerOrders, List<Problem> problems) {
        public Result {
            symphonies = List.copyOf(symphonies);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Replays the deployments, all prepared on {@code prices}, over the calendar's sessions from
     * {@code from} to {@code to}. Errors (no deployments, reversed dates, evaluators on another
     * table, a dates outside the calendar) come back as problems.
     */
    public static Parsed<Result> run(
            List<Deployment> deployments,
            PriceTable prices,
            TradingCalendar calendar,
            LocalDate from,
            LocalDate to,
            PlanSettings settings) {
        List<Problem> problems = new ArrayList<>();
        if (deployments.isEmpty()) {
            problems.add(Problem.error("no-symphonies", "nothing to replay: no symphony given", WHERE));
        }
        if (from.isAfter(to)) {
            problems.add(Problem.error("dates-reversed", "start date " + from + " is after end date " + to, WHERE));
        }
        if (from.getYear() < calendar.firstYear() || to.getYear() > calendar.lastYear()) {
            problems.add(Problem.error(
                    "dates-outside-calendar",
                    "the calendar covers " + calendar.firstYear() + " to " + calendar.lastYear() + ", got " + from
                            + " to " + to,
                    WHERE));
        }
        for (Deployment d : deployments) {
            if (d.evaluator().prices() != prices) {
                problems.add(
                        Problem.error("other-price-table", d.name() + " was prepared on another price table", WHERE));
            }
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return Parsed.failed(problems);
        }
        return Parsed.of(
                new Run(deployments, prices, settings, problems).over(calendar.sessions(from, to), from), problems);
    }

    /** The mutable state of one replay. */
    private static final class Run {
        private final List<Deployment> deployments;
        private final PriceTable prices;
        private final PlanSettings settings;
        private final List<Problem> problems;
        private final List<BookId> ids = new ArrayList<>();
        private final Set<Ticker> tickers = new HashSet<>();
        private final AccountId account = AccountId.of("replay");
        private final SimulatedBroker broker;
        private AccountBook books;

        Run(List<Deployment> deployments, PriceTable prices, PlanSettings settings, List<Problem> problems) {
            this.deployments = deployments;
            this.prices = prices;
            this.settings = settings;
            this.problems = problems;
            List<SymphonyBook> list = new ArrayList<>();
            Money total = Money.ZERO;
            for (int i = 0; i < deployments.size(); i++) {
                Deployment d = deployments.get(i);
                BookId id = BookId.of(String.format("%03d", i));
                ids.add(id);
                list.add(SymphonyBook.funded(id, d.capital()));
                total = total.plus(d.capital());
                tickers.addAll(d.evaluator().symphony().tickers());
            }
            this.books = AccountBook.of(account, list);
            this.broker = new SimulatedBroker(total, settings.slippage());
        }

        Result over(List<Session> sessions, LocalDate from) {
            int n = deployments.size();
            boolean[] started = new boolean[n];
            Allocation[] targets = new Allocation[n];
            List<List<LocalDate>> dates = new ArrayList<>();
            List<List<Double>> values = new ArrayList<>();
            int[] trades = new int[n];
            for (int i = 0; i < n; i++) {
                dates.add(new ArrayList<>());
                values.add(new ArrayList<>());
            }
            int brokerOrders = 0;
            for (Session session : sessions) {
                int day = prices.indexOf(session.date());
                if (day < 0) {
                    problems.add(Problem.warning(
                            "session-without-prices",
                            "no prices for the session of " + session.date() + "; skipped",
                            WHERE));
                    continue;
                }
                Map<Ticker, Double> live = DailyRun.closes(prices, tickers, day);
                Map<Ticker, Price> decimals = DailyRun.prices(live);
                Map<BookId, BookTarget> today = new TreeMap<>();
                for (int i = 0; i < n; i++) {
                    SymphonyEvaluator evaluator = deployments.get(i).evaluator();
                    Rebalance rebalance = deployments.get(i).rebalance();
                    if (!started[i]) {
                        if (day < evaluator.firstDay() || evaluator.firstDay() < 0) {
                            continue;
                        }
                        Allocation first = evaluator.evaluate(day).allocation();
                        if (first.weights().keySet().stream().anyMatch(t -> Double.isNaN(prices.closes(t)[day]))) {
                            continue;
                        }
                        started[i] = true;
                        targets[i] = first;
                        today.put(ids.get(i), BookTarget.of(first));
                    } else if (Rebalancing.evaluates(rebalance, prices.date(day - 1), session.date())) {
                        Allocation next = evaluator.evaluate(day).allocation();
                        SymphonyBook book = books.book(ids.get(i));
                        if (Rebalancing.trades(
                                rebalance, targets[i], next, () -> OrderSizing.heldWeights(book, decimals))) {
                            today.put(ids.get(i), BookTarget.of(next));
                        }
                        targets[i] = next;
                    }
                }
                if (!today.isEmpty()) {
                    broker.setPrices(decimals);
                    DailyRun.Outcome outcome =
                            DailyRun.execute(RunId.of(session.date().toString()), books, today, live, settings, broker);
                    books = outcome.settlement().books();
                    problems.addAll(outcome.settlement().problems());
                    brokerOrders += outcome.plan().orders().size();
                    for (BookPlan plan : outcome.plan().books()) {
                        trades[ids.indexOf(plan.book())] += plan.trades().size();
                    }
                }
                for (int i = 0; i < n; i++) {
                    if (started[i]) {
                        dates.get(i).add(session.date());
                        values.get(i)
                                .add(books.book(ids.get(i))
                                        .value(decimals)
                                        .amount()
                                        .doubleValue());
                    }
                }
            }
            List<SymphonyReplay> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!started[i]) {
                    problems.add(Problem.warning(
                            "never-started",
                            deployments.get(i).name() + " has no day from " + from + " with a target and prices",
                            WHERE));
                }
                out.add(new SymphonyReplay(
                        deployments.get(i).name(),
                        dates.get(i),
                        values.get(i).stream().mapToDouble(Double::doubleValue).toArray(),
                        trades[i]));
            }
            problems.addAll(books.check(broker.cash(), broker.positions()));
            return new Result(out, brokerOrders, problems);
        }
    }
}
