package com.oragami.server.trading;

import com.oragami.server.platform.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One account's run on one session. {@code PLANNING} until its plan is stored ({@code inputs}: the
 * books, targets and live prices it was planned from, enough to plan it again identically), then
 * {@code SENDING}, then {@code DONE}; {@code FAILED} when the window closed before it could be
 * planned. A node holds it while {@code leaseUntil} is ahead; after that another may resume it.
 */
record TradingRun(
        UUID id,
        UserId owner,
        String accountId,
        LocalDate tradingDate,
        String status,
        @Nullable String inputs,
        String claimedBy,
        Instant leaseUntil,
        int attempts,
        Instant startedAt,
        @Nullable Instant plannedAt,
        @Nullable Instant finishedAt) {

    static final String PLANNING = "PLANNING";
    static final String SENDING = "SENDING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";
}
