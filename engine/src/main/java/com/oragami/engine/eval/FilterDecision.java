package com.oragami.engine.eval;

import java.util.List;
import java.util.Objects;

/**
 * A {@code filter} node's ranking: {@code ranking} describes it ({@code top 2 by 10-day
 * cumulative-return}); candidates are listed in rank order (best first), followed by those without
 * a score (score NaN) in child order.
 */
public record FilterDecision(String nodePath, String ranking, List<Candidate> candidates) implements Decision {

    public FilterDecision {
        Objects.requireNonNull(nodePath, "nodePath");
        Objects.requireNonNull(ranking, "ranking");
        candidates = List.copyOf(candidates);
    }

    /**
     * One child: its label (the ticker of an asset, a group's name, else the child's node path), its
     * score in the indicator's internal unit and whether it was kept.
     */
    public record Candidate(String label, double score, boolean selected) {
        public Candidate {
            Objects.requireNonNull(label, "label");
        }
    }
}
