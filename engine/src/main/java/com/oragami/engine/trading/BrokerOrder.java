package com.oragami.engine.trading;

import java.util.Objects;
import java.util.Optional;

/** An order as the broker knows it: what was asked, where it stands, and its fill so far. */
public record BrokerOrder(Order order, Status status, Optional<Fill> fill, Optional<String> rejection) {

    public enum Status {
        ACCEPTED,
        PARTIALLY_FILLED,
        FILLED,
        REJECTED
    }

    public BrokerOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(rejection, "rejection");
    }
}
