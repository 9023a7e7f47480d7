package com.oragami.engine.symphony;

import java.util.List;
import java.util.Objects;

/** Weights asset children in proportion to their market capitalization (Composer's {@code wt-marketcap}). */
public record MarketCapWeight(NodeId id, List<Node> children) implements Node {

    public MarketCapWeight {
        Objects.requireNonNull(id, "id");
        children = List.copyOf(children);
    }

    @Override
    public String step() {
        return "wt-marketcap";
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitMarketCapWeight(this);
    }
}
