package com.oragami.server.platform;

import java.util.Objects;
import java.util.UUID;

/** The id of a user account; every query of user data carries one. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId parse(String text) {
        return new UserId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
