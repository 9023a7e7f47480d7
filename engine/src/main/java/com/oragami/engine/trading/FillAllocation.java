package com.oragami.engine.trading;

import com.oragami.engine.Location;
import com.oragami.engine.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hands a run's results back to the books: the internal crosses of the plan at the planning price,
 * then each net order's fill, allocated to the books that claimed it.
 *
 * <p>A fill of F shares for cash C is split pro rata to the claims (a sell's claimed shares, a
 * buy's claimed notional) with {@link ProRata}: every book's share is rounded down (shares to 9
 * decimals, cash to 6) and the few units left over go to the largest claim — for sells never
 * beyond what a book claimed, then to the next largest. So the books' shares add up to F and their
 * cash to C to the last decimal, and the books together always move exactly as the account did. A
 * sell's cash is split pro rata to the shares each book sold. An order without a fill, or filled
 * partly, leaves the rest with the books (shares unsold, cash unspent) and adds an {@code
 * order-not-filled} warning: a missed rebalance, never dropped silently. Books not in the plan and
 * positions outside the books are not touched.
 */
public final class FillAllocation {

    private FillAllocation() {}

    /** Settles the plan's crosses and the fills (by client order id; an order missing here filled nothing). */
    public static Settlement settle(AccountBook books, RunPlan plan, Map<ClientOrderId, Fill> fills) {
        List<Leg> legs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (SymbolPlan symbol : plan.symbols()) {
            legs.addAll(symbol.crosses());
        }
        for (SymbolPlan symbol : plan.symbols()) {
            if (symbol.order().isEmpty()) {
                continue;
            }
            Order order = symbol.order().get();
            Fill fill = fills.get(order.clientOrderId());
            Quantity filled = fill == null ? Quantity.ZERO : fill.quantity();
            if (order.side() == Side.SELL && filled.compareTo(order.quantity()) > 0) {
                throw new IllegalArgumentException(
                        "broker sold " + filled + " " + order.ticker() + ", asked " + order.quantity());
            }
            if (fill != null && filled.isPositive()) {
                legs.addAll(allocate(symbol, order, fill));
            }
            if (fill == null
                    || (order.side() == Side.SELL ? filled.compareTo(order.quantity()) < 0 : isShort(order, fill))) {
                problems.add(Problem.warning(
                        "order-not-filled",
                        order.side().alpacaName() + " " + order.ticker() + " (" + order.clientOrderId() + ") filled "
                                + filled
                                + (order.side() == Side.SELL
                                        ? " of " + order.quantity()
                                        : " for $" + (fill == null ? Money.ZERO : fill.cash()) + " of $"
                                                + order.notional())
                                + "; the rest stays with the books",
                        Location.of("run " + plan.run(), 0, 0)));
            }
        }
        AccountBook after = books;
        for (Leg leg : legs) {
            after = after.withBook(leg.applyTo(after.book(leg.book())));
        }
        return new Settlement(after, legs, problems);
    }

    /** A buy counts as filled when its cash reaches the notional less a cent (a notional order rounds shares down). */
    private static boolean isShort(Order order, Fill fill) {
        return fill.cash().plus(Money.of("0.01")).compareTo(order.notional()) < 0;
    }

    private static List<Leg> allocate(SymbolPlan symbol, Order order, Fill fill) {
        List<Claim> claims = symbol.claims();
        List<Leg> legs = new ArrayList<>();
        boolean sell = order.side() == Side.SELL;
        List<BigDecimal> claimed = claims.stream()
                .map(c -> sell ? c.quantity().shares() : c.notional().amount())
                .toList();
        List<BigDecimal> shares =
                ProRata.split(fill.quantity().shares(), Quantity.SCALE, claimed, sell ? claimed : null);
        List<BigDecimal> cash = ProRata.split(fill.cash().amount(), Money.SCALE, sell ? shares : claimed);
        for (int i = 0; i < claims.size(); i++) {
            Quantity q = Quantity.of(shares.get(i));
            Money c = Money.of(cash.get(i));
            if (q.isPositive() || c.isPositive()) {
                legs.add(new Leg(claims.get(i).book(), order.ticker(), order.side(), q, c, false));
            }
        }
        return legs;
    }
}
