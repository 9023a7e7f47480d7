package com.oragami.server.ledger;

import com.oragami.engine.trading.Money;
import com.oragami.engine.trading.Quantity;
import com.oragami.engine.trading.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One settled piece of a book's trade: an internal cross with another book or its share of a broker fill. */
public record LedgerFill(
        UUID book,
        @Nullable UUID run,
        LocalDate tradingDate,
        String ticker,
        Side side,
        Quantity quantity,
        Money cash,
        boolean internal,
        Instant at) {}
