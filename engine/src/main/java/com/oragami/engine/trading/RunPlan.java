package com.oragami.engine.trading;

import com.oragami.engine.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything one account's run will do, decided before any order is sent (the server stores it
 * first): per book its trades and liquidation cause, per symbol the netting, and problems met on
 * the way (a symbol without a live price). Equal by value, so planning twice can be compared.
 */
public record RunPlan(
        RunId run, AccountId account, List<BookPlan> books, List<SymbolPlan> symbols, List<Problem> problems) {

    public RunPlan {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(account, "account");
        books = List.copyOf(books);
        symbols = List.copyOf(symbols);
        problems = List.copyOf(problems);
    }

    /** The net orders in sending order: every sell (by ticker), then every buy (by ticker). */
    public List<Order> orders() {
        List<Order> orders = new ArrayList<>(sells());
        orders.addAll(buys());
        return orders;
    }

    public List<Order> sells() {
        return ofSide(Side.SELL);
    }

    public List<Order> buys() {
        return ofSide(Side.BUY);
    }

    private List<Order> ofSide(Side side) {
        return symbols.stream()
                .flatMap(s -> s.order().stream())
                .filter(o -> o.side() == side)
                .toList();
    }
}
