package com.oragami.engine.trading;

import com.oragami.engine.symphony.Ticker;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The netting of one symbol in a run: the books' {@code trades}, the {@code crosses} settled
 * between books at the planning {@code price} (one leg per book), the net {@code order} for the
 * broker with each book's {@code claims} on it, or no order when nothing is left or the net is
 * {@code belowMinimum} (then the claims stay unfilled: see {@link RunPlanner}).
 */
public record SymbolPlan(
        Ticker ticker,
        Price price,
        List<BookTrade> trades,
        List<Leg> crosses,
        Optional<Order> order,
        List<Claim> claims,
        boolean belowMinimum) {

    public SymbolPlan {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(order, "order");
        trades = List.copyOf(trades);
        crosses = List.copyOf(crosses);
        claims = List.copyOf(claims);
    }
}
