package com.oragami.engine.trading;

import java.util.Objects;

/**
 * What the broker did with an order: {@code quantity} shares (possibly fewer than asked: a partial
 * fill; zero: nothing) at {@code averagePrice}. The cash that moved is {@link #cash()}.
 */
public record Fill(ClientOrderId clientOrderId, Quantity quantity, Price averagePrice) {

    public Fill {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(averagePrice, "averagePrice");
        if (quantity.isNegative()) {
            throw new IllegalArgumentException("filled quantity must be >= 0: " + quantity);
        }
    }

    /** quantity × averagePrice, rounded half-even to the micro-dollar. */
    public Money cash() {
        return quantity.times(averagePrice);
    }
}
