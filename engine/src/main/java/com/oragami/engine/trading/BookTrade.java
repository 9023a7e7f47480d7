package com.oragami.engine.trading;

import com.oragami.engine.symphony.Ticker;
import java.util.Objects;

/**
 * A trade one book wants, before netting. A sell is a {@code quantity} (a full exit is exactly what
 * the book holds) and {@code notional} is its estimate at the planning price; a buy is a {@code
 * notional} and {@code quantity} is its estimate at the planning price, rounded down.
 */
public record BookTrade(BookId book, Ticker ticker, Side side, Quantity quantity, Money notional) {

    public BookTrade {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(notional, "notional");
        if (quantity.isNegative() || notional.isNegative()) {
            throw new IllegalArgumentException("trade amounts must be >= 0");
        }
    }
}
