package com.oragami.engine.symphony;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One {@code if-child}: a condition and the blocks that receive the if's weight when it is the
 * first true one, or, without a condition, the else branch. Several children share the weight
 * equally.
 */
public record Branch(NodeId id, @Nullable Condition condition, List<Node> children) {

    public Branch {
        Objects.requireNonNull(id, "id");
        children = List.copyOf(children);
    }

    public static Branch when(NodeId id, Condition condition, List<Node> children) {
        return new Branch(id, Objects.requireNonNull(condition, "condition"), children);
    }

    public static Branch otherwise(NodeId id, List<Node> children) {
        return new Branch(id, null, children);
    }

    public boolean isElse() {
        return condition == null;
    }

    public Optional<Condition> when() {
        return Optional.ofNullable(condition);
    }
}
