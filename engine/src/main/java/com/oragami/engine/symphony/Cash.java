package com.oragami.engine.symphony;

import java.util.List;
import java.util.Objects;

/** Composer's {@code empty} block: its weight stays in cash ({@code $USD}). */
public record Cash(NodeId id) implements Node {

    public Cash {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String step() {
        return "empty";
    }

    @Override
    public List<Node> children() {
        return List.of();
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitCash(this);
    }
}
