package com.oragami.engine.symphony;

/** One operation over the tree; a new node kind adds a method here and the compiler lists the rest. */
public interface NodeVisitor<R> {
    R visitAsset(Asset node);

    R visitCash(Cash node);

    R visitGroup(Group node);

    R visitEqualWeight(EqualWeight node);

    R visitSpecifiedWeight(SpecifiedWeight node);

    R visitInverseVolatilityWeight(InverseVolatilityWeight node);

    R visitMarketCapWeight(MarketCapWeight node);

    R visitIfElse(IfElse node);

    R visitFilter(Filter node);
}
