package com.oragami.server.trading;

import com.oragami.server.platform.UserId;
import java.time.LocalDate;
import java.util.UUID;

/** An account's run of a session is settled: orders sent and filled, and rebalances missed. */
public record RunCompleted(
        UserId owner, UUID run, String accountId, LocalDate tradingDate, int orders, int filled, int missed) {}
