package com.oragami.server.trading;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The id of a deployment; also the id of its ledger book. */
public record DeploymentId(UUID value) {

    public DeploymentId {
        Objects.requireNonNull(value, "value");
    }

    /** The id in the text, or empty when it is not one (treated like an id that does not exist). */
    public static Optional<DeploymentId> parse(String text) {
        try {
            return Optional.of(new DeploymentId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
