package com.oragami.engine.backtest;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.eval.Allocation;
import com.oragami.engine.metrics.ComposerStats;
import com.oragami.engine.metrics.QuantStats;
import com.oragami.engine.metrics.Returns;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Rebalance;
import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.DoubleConsumer;

/**
 * The daily backtest loop (spec §5.1, §7, §9.3).
 *
 * <ul>
 *   <li>Timing: the target of day t is decided with data through the close of t and traded at
 *       that close; the portfolio then earns the next day's returns. Fractional shares; cash is a
 *       {@code double}.
 *   <li>Range: start = the latest of the requested first date, the first day the targets are
 *       defined and the first day every ticker of the first target has a close; end = the earlier
 *       of the requested last date and the last day every ticker of the strategy has a close.
 *       Clamping is reported as a warning. Inside the range a missing close is carried forward.
 *   <li>Rebalancing: {@code none} buys once; {@code daily} every day; weekly … yearly on the
 *       first trading day of each new calendar period ({@link Rebalancing}), where the tree is
 *       evaluated only then; a corridor ({@code none} + width w) evaluates daily and rebalances
 *       all holdings when the set of selected tickers changes or some |held − target| weight
 *       exceeds w.
 *   <li>Trading: sells first, then buys funded by the proceeds. Sells fill at close × (1 − s),
 *       buys at close × (1 + s); SEC and TAF {@link Fees} are taken from sell proceeds. Buys are
 *       scaled down together so that they fit the cash left above the target's cash weight, so
 *       costs come out of the bought legs; the first day therefore holds capital / (1 + s) when
 *       fully invested (Composer's v2 convention, 10 000 at 50 bp → 9 950.25). Since each fee is
 *       rounded up to the cent, a sale of a few cents can cost more than it brings: such a trim is
 *       not made, and a full exit pays at most its proceeds, so cash never goes negative.
 * </ul>
 */
public final class Backtest {

    private static final Location WHERE = Location.of("backtest", 0, 0);

    /** Trades smaller than this fraction of the portfolio are not made. */
    private static final double DUST = 1e-12;

    private final TargetSource targets;
    private final PriceTable prices;
    private final BacktestSettings settings;
    private final double slippage;
    private final Map<Ticker, Double> shares = new TreeMap<>();
    private double cash;

    private Backtest(TargetSource targets, PriceTable prices, BacktestSettings settings) {
        this.targets = targets;
        this.prices = prices;
        this.settings = settings;
        this.slippage = settings.slippage();
        this.cash = settings.capital();
    }

    /** Runs a backtest; bad settings or missing data come back as problems, never as exceptions. */
    public static Parsed<BacktestResult> run(
            TargetSource targets, PriceTable prices, Rebalance rebalance, BacktestSettings settings) {
        return run(targets, prices, rebalance, settings, fraction -> {});
    }

    /**
     * Runs a backtest as {@link #run(TargetSource, PriceTable, Rebalance, BacktestSettings)} does,
     * telling {@code progress} the fraction of the simulated days done: each time another 5 % of the
     * days is simulated (at most 20 calls, increasing, the last exactly 1.0), on the calling thread.
     * Not called when the run fails before its first day.
     */
    public static Parsed<BacktestResult> run(
            TargetSource targets,
            PriceTable prices,
            Rebalance rebalance,
            BacktestSettings settings,
            DoubleConsumer progress) {
        List<Problem> problems = new ArrayList<>(targets.startWarnings());
        checkSettings(settings, prices, targets, problems);
        if (problems.stream().anyMatch(Problem::isError)) {
            return Parsed.failed(problems);
        }
        int[] range = range(targets, prices, settings, problems);
        if (range.length == 0) {
            return Parsed.failed(problems);
        }
        BacktestResult result =
                new Backtest(targets, prices, settings).simulate(range[0], range[1], rebalance, problems, progress);
        return Parsed.of(result, problems);
    }

    private static void checkSettings(
            BacktestSettings settings, PriceTable prices, TargetSource targets, List<Problem> problems) {
        if (!(settings.capital() > 0) || !Double.isFinite(settings.capital())) {
            problems.add(Problem.error(
                    "capital-not-positive", "capital must be a positive amount, got " + settings.capital(), WHERE));
        }
        if (!(settings.slippageBps() >= 0) || !Double.isFinite(settings.slippageBps())) {
            problems.add(Problem.error(
                    "slippage-negative", "slippage must be ≥ 0 basis points, got " + settings.slippageBps(), WHERE));
        }
        if (settings.from().isPresent()
                && settings.to().isPresent()
                && settings.from().get().isAfter(settings.to().get())) {
            problems.add(Problem.error(
                    "dates-reversed",
                    "start date " + settings.from().get() + " is after end date "
                            + settings.to().get(),
                    WHERE));
        }
        if (prices.size() == 0) {
            problems.add(Problem.error("no-prices", "there are no prices to backtest on", WHERE));
            return;
        }
        for (Ticker t : new TreeSet<>(targets.tickers())) {
            if (!prices.has(t) || prices.firstIndex(t) < 0) {
                problems.add(Problem.error("ticker-without-prices", "no prices for " + t, WHERE));
            }
        }
        settings.benchmark().ifPresent(b -> {
            if (!prices.has(b) || prices.firstIndex(b) < 0) {
                problems.add(Problem.error("benchmark-without-prices", "no prices for benchmark " + b, WHERE));
            }
        });
        LocalDate first = prices.date(0);
        LocalDate last = prices.date(prices.size() - 1);
        settings.from()
                .filter(d -> d.isAfter(last))
                .ifPresent(d -> problems.add(Problem.error(
                        "dates-outside-data", "start date " + d + " is after the last price date " + last, WHERE)));
        settings.to()
                .filter(d -> d.isBefore(first))
                .ifPresent(d -> problems.add(Problem.error(
                        "dates-outside-data", "end date " + d + " is before the first price date " + first, WHERE)));
    }

    /** {start, end} day indexes, or an empty array after adding an error. */
    private static int[] range(
            TargetSource targets, PriceTable prices, BacktestSettings settings, List<Problem> problems) {
        int end = prices.size() - 1;
        Ticker endsFirst = null;
        for (Ticker t : new TreeSet<>(targets.tickers())) {
            if (prices.lastIndex(t) < end) {
                end = prices.lastIndex(t);
                endsFirst = t;
            }
        }
        if (settings.to().isPresent()) {
            int requested = prices.indexOnOrBefore(settings.to().get());
            if (requested <= end) {
                end = requested;
            } else {
                problems.add(Problem.warning(
                        "end-clamped",
                        "backtest ends on " + prices.date(end) + ", the last day with a close for " + endsFirst
                                + ", not " + settings.to().get(),
                        WHERE));
            }
        }
        int requested = settings.from()
                .map(d -> {
                    int i = prices.indexOf(d);
                    return i >= 0 ? i : -i - 1;
                })
                .orElse(0);
        int start = Math.max(requested, Math.max(0, targets.firstDay()));
        while (start <= end
                && missingClose(prices, targets.target(start).allocation(), start)
                        .isPresent()) {
            start++;
        }
        if (start > end) {
            LocalDate from = settings.from().orElse(prices.date(Math.min(requested, prices.size() - 1)));
            LocalDate to = settings.to().orElse(prices.date(Math.max(end, 0)));
            problems.add(Problem.error(
                    "no-trading-days",
                    "no trading day between " + from + " and " + to + " has targets and prices for every held ticker",
                    WHERE));
            return new int[0];
        }
        if (settings.from().isPresent()
                && prices.date(start).isAfter(settings.from().get())) {
            problems.add(Problem.warning(
                    "start-clamped",
                    "backtest starts on " + prices.date(start) + ", the first day with targets and prices, not "
                            + settings.from().get(),
                    WHERE));
        }
        return new int[] {start, end};
    }

    private static Optional<Ticker> missingClose(PriceTable prices, Allocation allocation, int day) {
        return allocation.weights().keySet().stream()
                .filter(t -> !prices.has(t) || Double.isNaN(prices.closes(t)[day]))
                .findFirst();
    }

    private BacktestResult simulate(
            int start, int end, Rebalance rebalance, List<Problem> problems, DoubleConsumer progress) {
        int n = end - start + 1;
        int reported = 0; // twentieths of the days reported so far
        List<LocalDate> dates = new ArrayList<>(n);
        double[] values = new double[n];
        Map<Ticker, double[]> targetWeights = new HashMap<>();
        Map<Ticker, double[]> heldWeights = new HashMap<>();
        List<RebalanceDay> rebalances = new ArrayList<>();
        Allocation target = Allocation.ALL_CASH;
        for (int d = start; d <= end; d++) {
            int i = d - start;
            boolean evaluate = Rebalancing.evaluates(rebalance, d == start ? null : prices.date(d - 1), prices.date(d));
            if (evaluate) {
                DayTarget day = targets.target(d);
                problems.addAll(day.warnings());
                int today = d;
                boolean trade =
                        d == start || Rebalancing.trades(rebalance, target, day.allocation(), () -> heldWeights(today));
                target = day.allocation();
                if (trade) {
                    rebalances.add(new RebalanceDay(i, prices.date(d), rebalanceTo(target, d), day.decisions()));
                }
            }
            double value = value(d);
            dates.add(prices.date(d));
            values[i] = value;
            for (Map.Entry<Ticker, Double> w : target.weights().entrySet()) {
                targetWeights.computeIfAbsent(w.getKey(), k -> new double[n])[i] = w.getValue();
            }
            for (Map.Entry<Ticker, Double> s : shares.entrySet()) {
                heldWeights.computeIfAbsent(s.getKey(), k -> new double[n])[i] =
                        s.getValue() * price(s.getKey(), d) / value;
            }
            int twentieths = (int) ((i + 1L) * 20 / n);
            if (twentieths > reported) {
                reported = twentieths;
                progress.accept(twentieths / 20.0);
            }
        }
        return result(start, dates, values, targetWeights, heldWeights, rebalances, problems);
    }

    private BacktestResult result(
            int start,
            List<LocalDate> dates,
            double[] values,
            Map<Ticker, double[]> targetWeights,
            Map<Ticker, double[]> heldWeights,
            List<RebalanceDay> rebalances,
            List<Problem> problems) {
        double capital = settings.capital();
        double[] withCapital = new double[values.length + 1];
        withCapital[0] = capital;
        System.arraycopy(values, 0, withCapital, 1, values.length);
        QuantStats metrics = QuantStats.of(Returns.fromValues(withCapital));
        Optional<double[]> benchmark = settings.benchmark().flatMap(b -> benchmark(b, start, values.length, problems));
        ComposerStats composer = ComposerStats.of(capital, dates, values, benchmark.orElse(null));
        return new BacktestResult(
                dates,
                values,
                new TreeMap<>(targetWeights),
                new TreeMap<>(heldWeights),
                rebalances,
                benchmark,
                problems,
                metrics,
                composer,
                benchmark.map(b -> QuantStats.of(Returns.fromValues(b))),
                benchmark.map(b -> ComposerStats.of(capital, dates, b, null)));
    }

    /** The benchmark's closes from the start day, scaled so that the first equals the capital. */
    private Optional<double[]> benchmark(Ticker ticker, int start, int n, List<Problem> problems) {
        double first = price(ticker, start);
        if (Double.isNaN(first)) {
            problems.add(Problem.warning(
                    "benchmark-starts-late",
                    "benchmark " + ticker + " has no close on or before " + prices.date(start) + "; left out",
                    WHERE));
            return Optional.empty();
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = settings.capital() * price(ticker, start + i) / first;
        }
        return Optional.of(out);
    }

    /** The close of the day, or the last close before it; NaN if there is none. */
    private double price(Ticker ticker, int day) {
        double[] closes = prices.closes(ticker);
        for (int d = day; d >= 0; d--) {
            if (!Double.isNaN(closes[d])) {
                return closes[d];
            }
        }
        return Double.NaN;
    }

    private double value(int day) {
        double value = cash;
        for (Map.Entry<Ticker, Double> s : shares.entrySet()) {
            value += s.getValue() * price(s.getKey(), day);
        }
        return value;
    }

    /** Each holding's value over the portfolio value at the day's close, before trading. */
    private Map<Ticker, Double> heldWeights(int day) {
        double value = value(day);
        Map<Ticker, Double> weights = new TreeMap<>();
        for (Map.Entry<Ticker, Double> s : shares.entrySet()) {
            weights.put(s.getKey(), s.getValue() * price(s.getKey(), day) / value);
        }
        return weights;
    }

    /** Trades the holdings to the target at the day's close: sells first, then buys. */
    private List<Trade> rebalanceTo(Allocation target, int day) {
        double value = value(day);
        Set<Ticker> tickers = new TreeSet<>(target.weights().keySet());
        tickers.addAll(shares.keySet());
        List<Trade> trades = new ArrayList<>();
        Map<Ticker, Double> buys = new TreeMap<>();
        double buyCost = 0;
        for (Ticker t : tickers) {
            double price = price(t, day);
            double held = shares.getOrDefault(t, 0.0);
            double gap = target.weight(t) * value - held * price;
            if (gap < -DUST * value) {
                boolean exit = target.weight(t) == 0;
                double sold = exit ? held : -gap / price;
                double notional = sold * price;
                double proceeds = notional * (1 - slippage);
                double fees = settings.fees().secFee(proceeds) + settings.fees().tafFee(sold);
                if (fees >= proceeds) {
                    if (!exit) {
                        continue; // a trim that costs more in fees than it brings is not made
                    }
                    fees = proceeds; // a full exit of a few cents pays at most what it brings
                }
                cash += proceeds - fees;
                if (target.weight(t) == 0) {
                    shares.remove(t);
                } else {
                    shares.put(t, held - sold);
                }
                trades.add(new Trade(t, Trade.Side.SELL, sold, price, notional, notional * slippage, fees));
            } else if (gap > DUST * value) {
                buys.put(t, gap);
                buyCost += gap * (1 + slippage);
            }
        }
        double spendable = cash - target.cash() * value;
        double scale = buyCost > 0 ? Math.min(1, Math.max(0, spendable) / buyCost) : 0;
        for (Map.Entry<Ticker, Double> b : buys.entrySet()) {
            Ticker t = b.getKey();
            double price = price(t, day);
            double notional = b.getValue() * scale;
            if (!(notional > DUST * value)) {
                continue; // nothing left to buy with
            }
            double bought = notional / price;
            cash -= notional * (1 + slippage);
            shares.merge(t, bought, Double::sum);
            trades.add(new Trade(t, Trade.Side.BUY, bought, price, notional, notional * slippage, 0));
        }
        return trades;
    }
}
