package com.oragami.engine.trading;

import com.oragami.engine.Location;
import com.oragami.engine.Problem;
import com.oragami.engine.eval.Allocation;
import com.oragami.engine.symphony.Ticker;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Plans one account's daily run: pure and deterministic (same input, equal plan).
 *
 * <ol>
 *   <li>Each book with a target gets its desired trades ({@link OrderSizing}). A {@link
 *       BookTarget.Failed} book, or one whose target or holdings lack a live price, is liquidated:
 *       it sells every holding that has a price, and the cause is recorded. Books without a target
 *       today are left alone; so are positions the user holds outside the books (they are in no
 *       book).
 *   <li>Per symbol, opposite trades of different books cross internally at the planning price p.
 *       Buys are notionals; each is worth {@code ⌊N/p⌋} shares (9 decimals) for the cross. If the
 *       sells (S shares) cover the buys (B shares), every buyer gets its shares at p, the sellers
 *       share the B shares and the buyers' cash pro rata to what they sell, and the rest {@code S −
 *       B} is a net sell by quantity. Otherwise every seller sells at p, the buyers share the S
 *       shares and the sellers' proceeds pro rata to their shares, and what the buyers still want
 *       (notional minus cash already spent, summed, rounded down to the notional scale) is a net
 *       buy. Shares and cash are split exactly ({@link ProRata}).
 *   <li>A net order worth less than {@link PlanSettings#minimumOrder()} (a sell at p, a buy by its
 *       notional) is not sent: the crosses still settle, and the residue stays with the books — the
 *       sellers keep the few shares, the buyers keep the cash — to be traded on a later run when
 *       that symbol nets to enough (a full exit left with less than $1 of shares is retried every
 *       run). The plan marks such symbols {@code belowMinimum}. Because a seller's buys were sized on
 *       the proceeds of that sell, the run is then planned a second time with those proceeds
 *       withheld from the sellers' buys; the second pass only shrinks buys, so it cannot drop
 *       another sell and its plan is final.
 *   <li>Each net order carries {@link ClientOrderId#of}(run, account, symbol, side); sells are sent
 *       before buys ({@link RunPlan#orders()}).
 * </ol>
 */
public final class RunPlanner {

    private RunPlanner() {}

    public static RunPlan plan(
            RunId run,
            AccountBook account,
            Map<BookId, BookTarget> targets,
            Map<Ticker, Double> livePrices,
            PlanSettings settings) {
        Map<Ticker, Price> prices = new TreeMap<>();
        livePrices.forEach((t, p) -> OrderSizing.price(p).ifPresent(price -> prices.put(t, price)));
        RunPlan first = plan(run, account, targets, prices, settings, Map.of());
        Map<BookId, BigDecimal> withheld = unsentProceeds(first, settings);
        return withheld.isEmpty() ? first : plan(run, account, targets, prices, settings, withheld);
    }

    private static RunPlan plan(
            RunId run,
            AccountBook account,
            Map<BookId, BookTarget> targets,
            Map<Ticker, Price> prices,
            PlanSettings settings,
            Map<BookId, BigDecimal> withheld) {
        List<Problem> problems = new ArrayList<>();
        List<BookPlan> books = new ArrayList<>();
        Map<Ticker, List<BookTrade>> byTicker = new TreeMap<>();
        for (Map.Entry<BookId, BookTarget> e : new TreeMap<>(targets).entrySet()) {
            SymphonyBook book = account.book(e.getKey());
            BigDecimal kept = withheld.getOrDefault(book.id(), BigDecimal.ZERO);
            BookPlan plan = planBook(book, e.getValue(), prices, settings, kept, problems);
            books.add(plan);
            plan.trades()
                    .forEach(t -> byTicker.computeIfAbsent(t.ticker(), k -> new ArrayList<>())
                            .add(t));
        }
        List<SymbolPlan> symbols = new ArrayList<>();
        byTicker.forEach((ticker, trades) ->
                symbols.add(net(run, account.account(), ticker, prices.get(ticker), trades, settings)));
        return new RunPlan(run, account.account(), books, symbols, problems);
    }

    /**
     * Per book, what its sells in net orders under the minimum were expected to bring in (shares
     * left with it × p × (1 − s)): money its buys must not count on.
     */
    private static Map<BookId, BigDecimal> unsentProceeds(RunPlan plan, PlanSettings settings) {
        BigDecimal factor = BigDecimal.ONE.subtract(BigDecimal.valueOf(settings.slippage()));
        Map<BookId, BigDecimal> out = new TreeMap<>();
        for (SymbolPlan symbol : plan.symbols()) {
            if (!symbol.belowMinimum()) {
                continue;
            }
            for (Claim c : symbol.claims()) {
                if (c.quantity().isPositive()) {
                    out.merge(
                            c.book(),
                            c.quantity()
                                    .shares()
                                    .multiply(symbol.price().value())
                                    .multiply(factor),
                            BigDecimal::add);
                }
            }
        }
        return out;
    }

    private static BookPlan planBook(
            SymphonyBook book,
            BookTarget target,
            Map<Ticker, Price> prices,
            PlanSettings settings,
            BigDecimal withheld,
            List<Problem> problems) {
        Optional<Problem> failure =
                target instanceof BookTarget.Failed failed ? Optional.of(failed.cause()) : Optional.empty();
        if (target instanceof BookTarget.Wanted wanted) {
            Allocation allocation = wanted.allocation();
            TreeSet<Ticker> needed = new TreeSet<>(allocation.weights().keySet());
            needed.addAll(book.positions().keySet());
            needed.removeAll(prices.keySet());
            if (needed.isEmpty()) {
                return new BookPlan(
                        book.id(),
                        OrderSizing.rebalance(book, allocation, prices, settings, withheld),
                        Optional.empty());
            }
            failure = Optional.of(Problem.error(
                    "no-live-price",
                    "no live price for " + needed + "; book " + book.id() + " is liquidated",
                    where(book.id())));
        }
        for (Ticker t : book.positions().keySet()) {
            if (!prices.containsKey(t)) {
                problems.add(Problem.warning(
                        "no-live-price",
                        "no live price for " + t + "; book " + book.id() + " keeps it until there is one",
                        where(book.id())));
            }
        }
        return new BookPlan(book.id(), OrderSizing.liquidate(book, prices), failure);
    }

    private static Location where(BookId book) {
        return Location.of("book " + book, 0, 0);
    }

    private static SymbolPlan net(
            RunId run, AccountId account, Ticker ticker, Price price, List<BookTrade> trades, PlanSettings settings) {
        List<BookTrade> sells =
                trades.stream().filter(t -> t.side() == Side.SELL).toList();
        List<BookTrade> buys = trades.stream().filter(t -> t.side() == Side.BUY).toList();
        List<BigDecimal> sellShares =
                sells.stream().map(t -> t.quantity().shares()).toList();
        List<BigDecimal> buyShares = buys.stream()
                .map(t -> Quantity.down(t.notional().amount().divide(price.value(), OrderSizing.PRECISION))
                        .shares())
                .toList();
        BigDecimal sold = sum(sellShares);
        BigDecimal bought = sum(buyShares);
        List<Leg> crosses = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        Optional<Order> order = Optional.empty();
        boolean belowMinimum = false;
        if (sold.compareTo(bought) >= 0) {
            BigDecimal paid = BigDecimal.ZERO;
            for (int i = 0; i < buys.size(); i++) {
                Quantity q = Quantity.of(buyShares.get(i));
                Money cash = q.times(price);
                paid = paid.add(cash.amount());
                addLeg(crosses, buys.get(i).book(), ticker, Side.BUY, q, cash);
            }
            List<BigDecimal> crossed = ProRata.split(bought, Quantity.SCALE, sellShares, sellShares);
            List<BigDecimal> received = ProRata.split(paid, Money.SCALE, crossed);
            for (int i = 0; i < sells.size(); i++) {
                addLeg(
                        crosses,
                        sells.get(i).book(),
                        ticker,
                        Side.SELL,
                        Quantity.of(crossed.get(i)),
                        Money.of(received.get(i)));
                Quantity rest = Quantity.of(sellShares.get(i).subtract(crossed.get(i)));
                if (rest.isPositive()) {
                    claims.add(new Claim(sells.get(i).book(), rest, Money.ZERO));
                }
            }
            Quantity net = Quantity.of(sold.subtract(bought));
            if (net.isPositive()) {
                if (net.times(price).compareTo(settings.minimumOrder()) < 0) {
                    belowMinimum = true;
                } else {
                    order = Optional.of(
                            Order.sell(ClientOrderId.of(run, account, ticker, Side.SELL), ticker, net, price));
                }
            }
        } else {
            BigDecimal received = BigDecimal.ZERO;
            for (BookTrade s : sells) {
                Money cash = s.quantity().times(price);
                received = received.add(cash.amount());
                addLeg(crosses, s.book(), ticker, Side.SELL, s.quantity(), cash);
            }
            List<BigDecimal> crossed = ProRata.split(sold, Quantity.SCALE, buyShares, buyShares);
            List<BigDecimal> paid = ProRata.split(received, Money.SCALE, crossed);
            BigDecimal wanted = BigDecimal.ZERO;
            for (int i = 0; i < buys.size(); i++) {
                BookTrade b = buys.get(i);
                addLeg(crosses, b.book(), ticker, Side.BUY, Quantity.of(crossed.get(i)), Money.of(paid.get(i)));
                Money rest = b.notional().minus(Money.of(paid.get(i)));
                if (rest.isPositive()) {
                    claims.add(new Claim(b.book(), Quantity.ZERO, rest));
                    wanted = wanted.add(rest.amount());
                }
            }
            Money net = Money.down(wanted, settings.notionalScale());
            if (net.isPositive()) {
                if (net.compareTo(settings.minimumOrder()) < 0) {
                    belowMinimum = true;
                } else {
                    order = Optional.of(
                            Order.buy(ClientOrderId.of(run, account, ticker, Side.BUY), ticker, net, price));
                }
            }
        }
        return new SymbolPlan(ticker, price, trades, crosses, order, claims, belowMinimum);
    }

    private static void addLeg(List<Leg> legs, BookId book, Ticker ticker, Side side, Quantity q, Money cash) {
        if (q.isPositive() || cash.isPositive()) {
            legs.add(new Leg(book, ticker, side, q, cash, true));
        }
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
