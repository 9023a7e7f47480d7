package com.oragami.engine.backtest;

import com.oragami.engine.Problem;
import com.oragami.engine.eval.Allocation;
import com.oragami.engine.eval.Decision;
import java.util.List;
import java.util.Objects;

/**
 * What the strategy wants on a day: the target allocation, the decisions that explain it (opaque
 * here, kept for rebalance days) and warnings raised while deciding.
 */
public record DayTarget(Allocation allocation, List<Decision> decisions, List<Problem> warnings) {

    public DayTarget {
        Objects.requireNonNull(allocation, "allocation");
        decisions = List.copyOf(decisions);
        warnings = List.copyOf(warnings);
    }

    public static DayTarget of(Allocation allocation) {
        return new DayTarget(allocation, List.of(), List.of());
    }
}
