package com.oragami.engine.trading;

import java.util.Objects;

/**
 * A book's share of a net order: what it still wants after the internal cross. For a sell the
 * {@code quantity} (notional zero), for a buy the {@code notional} (quantity zero). Fills are
 * allocated pro rata to claims.
 */
public record Claim(BookId book, Quantity quantity, Money notional) {

    public Claim {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(notional, "notional");
    }
}
