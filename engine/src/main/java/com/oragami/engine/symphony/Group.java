package com.oragami.engine.symphony;

import java.util.List;
import java.util.Objects;

/** A named container; weights its children equally, like {@code wt-cash-equal}. */
public record Group(NodeId id, String name, List<Node> children) implements Node {

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        children = List.copyOf(children);
    }

    @Override
    public String step() {
        return "group";
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitGroup(this);
    }
}
