package com.oragami.server.symphony;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The id of a stored symphony. */
public record SymphonyId(UUID value) {

    public SymphonyId {
        Objects.requireNonNull(value, "value");
    }

    /** The id in the text, or empty when it is not one (treated like an id that does not exist). */
    public static Optional<SymphonyId> parse(String text) {
        try {
            return Optional.of(new SymphonyId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
