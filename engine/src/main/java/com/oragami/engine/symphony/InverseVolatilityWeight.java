package com.oragami.engine.symphony;

import java.util.List;
import java.util.Objects;

/** Child i gets {@code (1/σ_i) / Σ_j (1/σ_j)}, σ the SD of its daily returns over {@code window} days. */
public record InverseVolatilityWeight(NodeId id, int window, List<Node> children) implements Node {

    public InverseVolatilityWeight {
        Objects.requireNonNull(id, "id");
        children = List.copyOf(children);
    }

    @Override
    public String step() {
        return "wt-inverse-vol";
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitInverseVolatilityWeight(this);
    }
}
