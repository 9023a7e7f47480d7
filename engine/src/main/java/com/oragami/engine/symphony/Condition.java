package com.oragami.engine.symphony;

import java.util.List;
import java.util.Objects;

/**
 * The condition of an if-branch after desugaring: a comparison, or all / any of nested
 * conditions. Composer's flat {@code lhs-*}/{@code rhs-*} fields, {@code condition} blocks and
 * {@code binary-compound} ticker patterns all read into these three shapes.
 */
public sealed interface Condition {

    record Comparison(IndicatorCall left, Comparator comparator, Operand right) implements Condition {
        public Comparison {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(comparator, "comparator");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public String toString() {
            return left + " " + comparator.symbol() + " " + right;
        }
    }

    /** True when every condition is (logical AND); Composer's {@code all}. */
    record AllOf(List<Condition> conditions) implements Condition {
        public AllOf {
            conditions = List.copyOf(conditions);
        }
    }

    /** True when some condition is (logical OR); Composer's {@code any}. */
    record AnyOf(List<Condition> conditions) implements Condition {
        public AnyOf {
            conditions = List.copyOf(conditions);
        }
    }
}
