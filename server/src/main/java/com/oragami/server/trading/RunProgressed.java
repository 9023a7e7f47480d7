package com.oragami.server.trading;

import com.oragami.server.platform.UserId;
import java.time.LocalDate;
import java.util.UUID;

/** An order of a run changed: sent, filled, rejected, missed. For live run-progress updates. */
public record RunProgressed(
        UserId owner,
        UUID run,
        String accountId,
        LocalDate tradingDate,
        String clientOrderId,
        String ticker,
        String side,
        String status) {}
