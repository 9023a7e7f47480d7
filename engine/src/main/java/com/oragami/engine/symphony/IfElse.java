package com.oragami.engine.symphony;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Composer's {@code if}: the first conditional branch whose condition holds receives 100 % of the
 * node's weight, else {@code otherwise} does. Real files have one conditional branch; more are
 * allowed.
 */
public record IfElse(NodeId id, List<Branch> branches, Branch otherwise) implements Node {

    public IfElse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(otherwise, "otherwise");
        branches = List.copyOf(branches);
        if (branches.stream().anyMatch(Branch::isElse)) {
            throw new IllegalArgumentException("conditional branches need a condition");
        }
        if (!otherwise.isElse()) {
            throw new IllegalArgumentException("the else branch has no condition");
        }
    }

    /** The conditional branches followed by the else branch, in if-child order. */
    public List<Branch> allBranches() {
        return Stream.concat(branches.stream(), Stream.of(otherwise)).toList();
    }

    /** Every branch's children, in order. */
    @Override
    public List<Node> children() {
        return allBranches().stream().flatMap(b -> b.children().stream()).toList();
    }

    @Override
    public String step() {
        return "if";
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitIfElse(this);
    }
}
