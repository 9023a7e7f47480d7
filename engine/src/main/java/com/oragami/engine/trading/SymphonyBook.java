package com.oragami.engine.trading;

import com.oragami.engine.symphony.Ticker;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One deployed symphony's sub-portfolio of a broker account: its own cash and shares. Immutable;
 * copies are made with {@code withX}. Positions are never negative and a position of zero shares is
 * removed. Cash may go below zero only when a real broker fills buys worse than planned; {@link
 * AccountBook#check} reports it ({@code book-overdrawn}) rather than the run failing half-way.
 */
public record SymphonyBook(BookId id, Money cash, SortedMap<Ticker, Quantity> positions) {

    public SymphonyBook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cash, "cash");
        TreeMap<Ticker, Quantity> copy = new TreeMap<>();
        for (Map.Entry<Ticker, Quantity> p : positions.entrySet()) {
            if (p.getValue().isNegative()) {
                throw new IllegalArgumentException(id + " holds a negative position in " + p.getKey());
            }
            if (p.getValue().isPositive()) {
                copy.put(p.getKey(), p.getValue());
            }
        }
        positions = Collections.unmodifiableSortedMap(copy);
    }

    /** A new book holding only cash. */
    public static SymphonyBook funded(BookId id, Money cash) {
        return new SymphonyBook(id, cash, new TreeMap<>());
    }

    public Quantity position(Ticker ticker) {
        return positions.getOrDefault(ticker, Quantity.ZERO);
    }

    public SymphonyBook withCash(Money newCash) {
        return new SymphonyBook(id, newCash, positions);
    }

    public SymphonyBook withPosition(Ticker ticker, Quantity quantity) {
        TreeMap<Ticker, Quantity> copy = new TreeMap<>(positions);
        copy.put(ticker, quantity);
        return new SymphonyBook(id, cash, copy);
    }

    /** Cash plus every position at these prices (a missing price counts as 0), rounded half-even. */
    public Money value(Map<Ticker, Price> prices) {
        BigDecimal total = cash.amount();
        for (Map.Entry<Ticker, Quantity> p : positions.entrySet()) {
            Price price = prices.get(p.getKey());
            if (price != null) {
                total = total.add(p.getValue().shares().multiply(price.value()));
            }
        }
        return Money.valued(total);
    }
}
