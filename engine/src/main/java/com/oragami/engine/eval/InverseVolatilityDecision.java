package com.oragami.engine.eval;

import java.util.List;
import java.util.Objects;

/**
 * A {@code wt-inverse-vol} node's split, candidates in child order: each child's volatility (the
 * daily standard deviation of returns as a fraction; NaN when undefined) and the share of the node's
 * weight it received (0 when left out).
 */
public record InverseVolatilityDecision(String nodePath, List<Candidate> candidates) implements Decision {

    public InverseVolatilityDecision {
        Objects.requireNonNull(nodePath, "nodePath");
        candidates = List.copyOf(candidates);
    }

    /** One child: label as in {@link FilterDecision.Candidate}, its volatility and its share. */
    public record Candidate(String label, double volatility, double weight) {
        public Candidate {
            Objects.requireNonNull(label, "label");
        }
    }
}
