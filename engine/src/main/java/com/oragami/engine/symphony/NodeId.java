package com.oragami.engine.symphony;

import java.util.Objects;

/** A node's id as given by Composer (UUIDs, a 20-character symphony id on the root); opaque. */
public record NodeId(String value) {

    public NodeId {
        Objects.requireNonNull(value, "value");
    }

    public static NodeId of(String value) {
        return new NodeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
