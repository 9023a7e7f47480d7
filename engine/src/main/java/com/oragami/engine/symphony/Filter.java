package com.oragami.engine.symphony;

import java.util.List;
import java.util.Objects;

/** Ranks its children by an indicator and weights the selected ones equally. */
public record Filter(NodeId id, Ranking ranking, List<Node> children) implements Node {

    public Filter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ranking, "ranking");
        children = List.copyOf(children);
    }

    @Override
    public String step() {
        return "filter";
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitFilter(this);
    }
}
