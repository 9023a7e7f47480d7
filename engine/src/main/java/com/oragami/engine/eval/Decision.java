package com.oragami.engine.eval;

/**
 * Why part of a day's allocation came out as it did: one record per {@code if}, {@code filter} and
 * {@code wt-inverse-vol} node the evaluation passed through, in tree order. {@link #nodePath()} names
 * the node as {@link com.oragami.engine.symphony.NodePath} does. Records hold only strings, numbers
 * and lists so they serialize directly; an undefined number is NaN.
 */
public sealed interface Decision permits IfDecision, FilterDecision, InverseVolatilityDecision {

    String nodePath();
}
