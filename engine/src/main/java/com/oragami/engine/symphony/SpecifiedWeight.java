package com.oragami.engine.symphony;

import java.util.List;
import java.util.Objects;

/** Child i gets {@code weights[i].fraction()} of this node's weight (Composer's {@code wt-cash-specified}). */
public record SpecifiedWeight(NodeId id, List<Weight> weights, List<Node> children) implements Node {

    public SpecifiedWeight {
        Objects.requireNonNull(id, "id");
        weights = List.copyOf(weights);
        children = List.copyOf(children);
        if (weights.size() != children.size()) {
            throw new IllegalArgumentException("one weight per child: " + weights.size() + " vs " + children.size());
        }
    }

    /** Sum of the children's fractions (1.0 when they add up to 100 %). */
    public double total() {
        return weights.stream().mapToDouble(Weight::fraction).sum();
    }

    @Override
    public String step() {
        return "wt-cash-specified";
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitSpecifiedWeight(this);
    }
}
