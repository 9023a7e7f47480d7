package com.oragami.engine.symphony;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A whole symphony: Composer's {@code root} with its settings and its top blocks (normally one
 * weighting node; several share the weight equally).
 */
public record Symphony(NodeId id, String name, String description, Rebalance rebalance, List<Node> children) {

    public Symphony {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(rebalance, "rebalance");
        children = List.copyOf(children);
    }

    /** Number of nodes as Composer counts steps: root, every block, and every if-child. */
    public int nodeCount() {
        int count = 1;
        Deque<Node> todo = new ArrayDeque<>(children);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            count++;
            if (node instanceof IfElse ifElse) {
                count += ifElse.allBranches().size();
            }
            todo.addAll(node.children());
        }
        return count;
    }

    /** Every ticker the tree holds or reads an indicator of, sorted. */
    public Set<Ticker> tickers() {
        Set<Ticker> tickers = new TreeSet<>();
        Deque<Node> todo = new ArrayDeque<>(children);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof Asset asset) {
                tickers.add(asset.ticker());
            } else if (node instanceof IfElse ifElse) {
                ifElse.branches().forEach(b -> b.when().ifPresent(c -> addTickers(c, tickers)));
            }
            todo.addAll(node.children());
        }
        return tickers;
    }

    private static void addTickers(Condition condition, Set<Ticker> into) {
        if (condition instanceof Condition.Comparison comparison) {
            into.add(comparison.left().ticker());
            if (comparison.right() instanceof IndicatorCall call) {
                into.add(call.ticker());
            }
        } else if (condition instanceof Condition.AllOf all) {
            all.conditions().forEach(c -> addTickers(c, into));
        } else if (condition instanceof Condition.AnyOf any) {
            any.conditions().forEach(c -> addTickers(c, into));
        }
    }
}
