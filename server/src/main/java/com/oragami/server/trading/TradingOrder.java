package com.oragami.server.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A net order of a run as stored before sending, and what became of it: {@code PLANNED} (not sent
 * yet), the broker's {@code ACCEPTED}, {@code PARTIALLY_FILLED}, {@code FILLED}, {@code
 * REJECTED}, or {@code MISSED} (not sent before the deadline) and {@code FAILED} (the broker kept
 * failing) — both recorded as missed rebalances.
 */
record TradingOrder(
        UUID runId,
        int seq,
        String clientOrderId,
        String ticker,
        String side,
        BigDecimal quantity,
        BigDecimal notional,
        BigDecimal planningPrice,
        String status,
        @Nullable BigDecimal filledQuantity,
        @Nullable BigDecimal averagePrice,
        @Nullable String message,
        int attempts,
        Instant updatedAt) {

    static final String PLANNED = "PLANNED";
    static final String MISSED = "MISSED";
    static final String FAILED = "FAILED";

    /** Statuses after which the broker will not fill more. */
    static final Set<String> FINAL = Set.of("FILLED", "REJECTED", MISSED, FAILED);

    boolean isFinal() {
        return FINAL.contains(status);
    }
}
