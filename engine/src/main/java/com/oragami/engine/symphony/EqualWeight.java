package com.oragami.engine.symphony;

import java.util.List;
import java.util.Objects;

/** Gives each child block {@code 1/k} of this node's weight (children, not assets, are counted). */
public record EqualWeight(NodeId id, List<Node> children) implements Node {

    public EqualWeight {
        Objects.requireNonNull(id, "id");
        children = List.copyOf(children);
    }

    @Override
    public String step() {
        return "wt-cash-equal";
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitEqualWeight(this);
    }
}
