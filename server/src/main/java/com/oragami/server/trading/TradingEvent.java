package com.oragami.server.trading;

import com.oragami.server.platform.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something the owner is told about: {@code SYMPHONY_LIQUIDATED} (with the failure that caused
 * it), {@code MISSED_REBALANCE}, {@code RECONCILIATION_DIFFERENCE}, {@code
 * RECONCILIATION_SKIPPED} (the broker could not answer), {@code PLAN_WARNING}, {@code
 * RUN_COMPLETED}, {@code RUN_FAILED}, {@code CALENDAR_MISMATCH} (the broker's calendar disagreed
 * with the NYSE one; the run followed the broker), {@code CALENDAR_UNCHECKED} (the broker's
 * calendar could not be read), and the ledger actions ({@code DEPLOYED}, {@code
 * MONEY_ADDED}, …).
 */
record TradingEvent(
        long id,
        UserId owner,
        String accountId,
        @Nullable UUID runId,
        @Nullable UUID deploymentId,
        String kind,
        String code,
        String message,
        Instant at) {}
