package com.oragami.server.broker;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The id of one broker connection. */
public record BrokerConnectionId(UUID value) {

    public BrokerConnectionId {
        Objects.requireNonNull(value, "value");
    }

    /** The id spelt by {@link #toString()}, or empty when {@code text} is not a UUID. */
    public static Optional<BrokerConnectionId> parse(String text) {
        try {
            return Optional.of(new BrokerConnectionId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
