package com.oragami.server.symphony;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A row of {@code symphony}, as the GraphQL {@code Symphony} type shows it. */
record StoredSymphony(
        UUID id,
        String name,
        String description,
        String format,
        String source,
        String canonicalJson,
        List<String> tickers,
        int nodeCount,
        String rebalance,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
