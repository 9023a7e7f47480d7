package com.oragami.engine.eval;

import com.oragami.engine.symphony.Branch;
import com.oragami.engine.symphony.Condition;
import com.oragami.engine.symphony.Constant;
import com.oragami.engine.symphony.IfElse;
import com.oragami.engine.symphony.IndicatorCall;
import com.oragami.engine.symphony.Node;
import com.oragami.engine.symphony.Symphony;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every comparison of a tree resolved once at preparation: the series of both sides (a fixed
 * threshold already converted to the left indicator's internal unit) and the text a trace shows.
 * Keyed by identity, so a day's evaluation reads arrays instead of hashing indicator calls.
 * Read-only after construction, so shared by threads.
 */
final class Comparisons {

    /**
     * A comparison ready to evaluate: {@code right} is null when the right side is the fixed
     * {@code threshold}.
     */
    record Resolved(double[] left, double @Nullable [] right, double threshold, String text) {}

    private final Map<Condition.Comparison, Resolved> resolved = new IdentityHashMap<>();

    private Comparisons() {}

    static Comparisons of(Symphony symphony, IndicatorCache cache) {
        Comparisons out = new Comparisons();
        Deque<Node> pending = new ArrayDeque<>(symphony.children());
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof IfElse ifElse) {
                for (Branch branch : ifElse.branches()) {
                    Condition condition = branch.condition();
                    if (condition != null) {
                        out.add(condition, cache);
                    }
                }
            }
            pending.addAll(node.children());
        }
        return out;
    }

    private void add(Condition condition, IndicatorCache cache) {
        if (condition instanceof Condition.Comparison comparison) {
            IndicatorCall left = comparison.left();
            resolved.put(
                    comparison,
                    comparison.right() instanceof Constant constant
                            ? new Resolved(
                                    cache.series(left),
                                    null,
                                    left.kind().unit().thresholdToInternal(constant.value()),
                                    comparison.toString())
                            : new Resolved(
                                    cache.series(left),
                                    cache.series((IndicatorCall) comparison.right()),
                                    Double.NaN,
                                    comparison.toString()));
        } else if (condition instanceof Condition.AllOf all) {
            all.conditions().forEach(c -> add(c, cache));
        } else {
            ((Condition.AnyOf) condition).conditions().forEach(c -> add(c, cache));
        }
    }

    /** The resolved comparison; it must belong to the tree given to {@link #of}. */
    Resolved get(Condition.Comparison comparison) {
        Resolved r = resolved.get(comparison);
        if (r == null) {
            throw new IllegalStateException("not prepared: " + comparison);
        }
        return r;
    }
}
