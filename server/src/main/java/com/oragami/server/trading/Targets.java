package com.oragami.server.trading;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.backtest.Rebalancing;
import com.oragami.engine.calendar.TradingCalendar;
import com.oragami.engine.eval.Allocation;
import com.oragami.engine.eval.SymphonyEvaluator;
import com.oragami.engine.format.SymphonyDocument;
import com.oragami.engine.format.SymphonyReader;
import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.trading.AccountBook;
import com.oragami.engine.trading.BookId;
import com.oragami.engine.trading.BookTarget;
import com.oragami.engine.trading.SymphonyBook;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Today's target of each deployment of an account, with live prices. An active deployment is
 * evaluated on the days its schedule picks ({@link Rebalancing#evaluates}; the first run always)
 * and, under a corridor, trades only when {@link Rebalancing#trades} says so. Any failure — a
 * ticker without a live price (missing, stale, flagged), a tree that does not read, an exception
 * — makes its target {@link BookTarget.Failed}: the book is liquidated to cash and the cause
 * recorded. Liquidating and undeploying deployments want all cash. Paused ones get no target.
 */
@Component
class Targets {

    /**
     * The targets, the live price of every ticker they or the targeted books need, and each
     * evaluated deployment's new reference target (JSON weights) for the corridor rule.
     */
    record Evaluated(Map<BookId, BookTarget> targets, Map<Ticker, Double> prices, Map<BookId, String> newTargets) {}

    private static final TypeReference<TreeMap<String, Double>> WEIGHTS = new TypeReference<>() {};

    private final LiveQuotes quotes;
    private final TradingCalendar calendar;
    private final JsonMapper json;

    Targets(LiveQuotes quotes, TradingCalendar calendar, JsonMapper json) {
        this.quotes = quotes;
        this.calendar = calendar;
        this.json = json;
    }

    Evaluated evaluate(List<Deployment> deployments, AccountBook books, LocalDate date, Instant now) {
        Map<Ticker, Parsed<PriceSeries>> cache = new HashMap<>();
        Map<BookId, BookTarget> targets = new TreeMap<>();
        Map<BookId, String> newTargets = new TreeMap<>();
        TreeSet<Ticker> needed = new TreeSet<>();
        for (Deployment d : deployments) {
            BookId id = BookId.of(d.id().toString());
            SymphonyBook book = books.books().get(id);
            if (book == null) {
                continue;
            }
            switch (d.status()) {
                case LIQUIDATING, UNDEPLOYING -> targets.put(id, BookTarget.of(Allocation.ALL_CASH));
                case ACTIVE ->
                    target(d, book, date, now, cache, evaluated -> newTargets.put(id, weights(evaluated)))
                            .ifPresent(t -> targets.put(id, t));
                default -> {}
            }
            needed.addAll(book.positions().keySet()); // every holding: the day's values need its price
            if (targets.get(id) instanceof BookTarget.Wanted w) {
                needed.addAll(w.allocation().weights().keySet());
            }
        }
        Map<Ticker, Double> prices = new TreeMap<>();
        for (Ticker t : needed) {
            Parsed<PriceSeries> series = cache.computeIfAbsent(t, x -> quotes.series(x, now));
            series.value()
                    .filter(s -> s.size() > 0 && s.last().equals(date))
                    .ifPresent(s -> prices.put(t, s.closes()[s.size() - 1]));
        }
        return new Evaluated(targets, prices, newTargets);
    }

    private Optional<BookTarget> target(
            Deployment d,
            SymphonyBook book,
            LocalDate date,
            Instant now,
            Map<Ticker, Parsed<PriceSeries>> cache,
            Consumer<Allocation> evaluated) {
        Location where = Location.of(d.symphonyName(), 0, 0);
        try {
            Parsed<SymphonyDocument> read = SymphonyReader.read(d.symphonyName(), d.canonicalJson());
            if (!read.isOk()) {
                return Optional.of(failed(d, read.errors().get(0)));
            }
            Symphony symphony = read.get().symphony();
            LocalDate previous = d.lastRun() == null ? null : calendar.previous(date);
            if (!Rebalancing.evaluates(symphony.rebalance(), previous, date)) {
                return Optional.empty();
            }
            List<PriceSeries> series = new ArrayList<>();
            for (Ticker t : new TreeSet<>(symphony.tickers())) {
                Parsed<PriceSeries> s = cache.computeIfAbsent(t, x -> quotes.series(x, now));
                if (s.value().isEmpty()) {
                    return Optional.of(failed(d, s.errors().get(0)));
                }
                series.add(s.get());
            }
            PriceTable table = PriceTable.of(series);
            Parsed<SymphonyEvaluator> evaluator = SymphonyEvaluator.prepare(symphony, table);
            if (!evaluator.isOk()) {
                return Optional.of(failed(d, evaluator.errors().get(0)));
            }
            int day = table.indexOf(date);
            if (day < 0
                    || evaluator.get().firstDay() < 0
                    || day < evaluator.get().firstDay()) {
                return Optional.of(BookTarget.failed(Problem.error(
                        "not-evaluable",
                        d.symphonyName() + " has no target on " + date + ": not enough history",
                        where)));
            }
            Allocation next = evaluator.get().evaluate(day).allocation();
            Allocation current = lastTarget(d);
            evaluated.accept(next); // the new reference of a corridor, traded to or not (as Replay)
            if (previous != null
                    && current != null
                    && !Rebalancing.trades(symphony.rebalance(), current, next, () -> heldWeights(book, table, day))) {
                return Optional.empty();
            }
            return Optional.of(BookTarget.of(next));
        } catch (RuntimeException e) {
            return Optional.of(BookTarget.failed(
                    Problem.error("evaluation-failed", d.symphonyName() + " failed: " + e.getMessage(), where)));
        }
    }

    private static BookTarget failed(Deployment d, Problem cause) {
        return BookTarget.failed(Problem.error(
                cause.code(), d.symphonyName() + ": " + cause.message(), Location.of(d.symphonyName(), 0, 0)));
    }

    private @Nullable Allocation lastTarget(Deployment d) {
        if (d.lastTarget() == null) {
            return null;
        }
        TreeMap<Ticker, Double> weights = new TreeMap<>();
        json.readValue(d.lastTarget(), WEIGHTS).forEach((t, w) -> weights.put(Ticker.of(t), w));
        return new Allocation(weights);
    }

    String weights(Allocation allocation) {
        TreeMap<String, Double> weights = new TreeMap<>();
        allocation.weights().forEach((t, w) -> weights.put(t.symbol(), w));
        return json.writeValueAsString(weights);
    }

    /** Each holding's value over the book's value at the day's live closes. */
    private static Map<Ticker, Double> heldWeights(SymphonyBook book, PriceTable table, int day) {
        BigDecimal total = book.cash().amount();
        Map<Ticker, BigDecimal> values = new TreeMap<>();
        for (Map.Entry<Ticker, com.oragami.engine.trading.Quantity> p :
                book.positions().entrySet()) {
            double close = table.has(p.getKey()) ? table.closes(p.getKey())[day] : Double.NaN;
            BigDecimal v = Double.isFinite(close)
                    ? p.getValue().shares().multiply(BigDecimal.valueOf(close))
                    : BigDecimal.ZERO;
            values.put(p.getKey(), v);
            total = total.add(v);
        }
        Map<Ticker, Double> weights = new TreeMap<>();
        if (total.signum() <= 0) {
            return weights;
        }
        BigDecimal sum = total;
        values.forEach(
                (t, v) -> weights.put(t, v.divide(sum, MathContext.DECIMAL64).doubleValue()));
        return weights;
    }
}
