package com.oragami.engine.symphony;

import java.util.List;

/**
 * A block of a symphony tree. Records are descriptions only: no prices, caches or behaviour beyond
 * their invariants; operations are {@link NodeVisitor}s.
 */
public sealed interface Node
        permits Asset,
                Cash,
                Group,
                EqualWeight,
                SpecifiedWeight,
                InverseVolatilityWeight,
                MarketCapWeight,
                IfElse,
                Filter {

    NodeId id();

    /** Composer's step name: {@code asset}, {@code empty}, {@code wt-cash-equal}, … */
    String step();

    /** Child nodes in order (for an if: the branches' children are reached through the branches). */
    List<Node> children();

    <R> R accept(NodeVisitor<R> visitor);
}
