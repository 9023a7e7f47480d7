package com.oragami.engine.symphony;

import java.util.List;
import java.util.Objects;

/** A holding of one ticker; {@code name} is the display name (may be empty). */
public record Asset(NodeId id, Ticker ticker, String name) implements Node {

    public Asset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String step() {
        return "asset";
    }

    @Override
    public List<Node> children() {
        return List.of();
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitAsset(this);
    }
}
