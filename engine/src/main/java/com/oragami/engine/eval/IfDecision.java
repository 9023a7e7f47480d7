package com.oragami.engine.eval;

import java.util.List;
import java.util.Objects;

/**
 * An {@code if} node's choice: the comparisons tested in order (compound conditions stop at the
 * first comparison that decides them), the if-child index that received the weight ({@link
 * com.oragami.engine.symphony.NodePath#branch}: conditional branches first, the else last) and
 * whether that is the else branch.
 */
public record IfDecision(String nodePath, List<ConditionOutcome> tested, int branchTaken, boolean elseTaken)
        implements Decision {

    public IfDecision {
        Objects.requireNonNull(nodePath, "nodePath");
        tested = List.copyOf(tested);
    }

    /**
     * One comparison: its text as written ({@code cumulative-return(SPY, 10) < -5}), both sides in
     * the unit actually compared (a percent threshold converted to a fraction: −5 becomes −0.05;
     * NaN when undefined) and the result.
     */
    public record ConditionOutcome(String comparison, double left, double right, boolean result) {
        public ConditionOutcome {
            Objects.requireNonNull(comparison, "comparison");
        }
    }
}
