package com.oragami.engine.trading;

import java.util.Objects;

/** One daily run of the platform, e.g. {@code 2024-03-15} (one run a session). Compared by value; ordered by text. */
public record RunId(String value) implements Comparable<RunId> {

    public RunId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("RunId must not be blank");
        }
    }

    public static RunId of(String value) {
        return new RunId(value);
    }

    @Override
    public int compareTo(RunId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
