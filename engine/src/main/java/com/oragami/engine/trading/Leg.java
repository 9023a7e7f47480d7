package com.oragami.engine.trading;

import com.oragami.engine.symphony.Ticker;
import java.util.Objects;

/**
 * A settled piece of one book's trade: {@code quantity} shares bought or sold for {@code cash}
 * dollars, either crossed with another book at the planning price ({@code internal}) or its share
 * of a broker fill. What the ledger records as a fill of the symphony.
 */
public record Leg(BookId book, Ticker ticker, Side side, Quantity quantity, Money cash, boolean internal) {

    public Leg {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(cash, "cash");
    }

    /** The book after this leg: shares in and cash out for a buy, the reverse for a sell. */
    SymphonyBook applyTo(SymphonyBook book) {
        Quantity held = book.position(ticker);
        return side == Side.BUY
                ? book.withPosition(ticker, held.plus(quantity))
                        .withCash(book.cash().minus(cash))
                : book.withPosition(ticker, held.minus(quantity))
                        .withCash(book.cash().plus(cash));
    }
}
