package com.oragami.engine.trading;

import com.oragami.engine.symphony.Ticker;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * The idempotency key of an order at the broker (Alpaca's {@code client_order_id}, at most {@value
 * #MAX_LENGTH} characters). {@link #of} derives it from what identifies a net order — run,
 * account, symbol, side — as a name-based (version 3, MD5) UUID of {@code
 * "oragami|<length>:<run>|<length>:<account>|<symbol>|<side>"} (lengths keep two different ids
 * from spelling the same name): 36 characters, the same on every re-planning of the run, so a
 * resumed run finds its orders instead of sending them twice.
 */
public record ClientOrderId(String value) {

    public static final int MAX_LENGTH = 48;

    public ClientOrderId {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("client order id must have 1.." + MAX_LENGTH + " characters: " + value);
        }
    }

    public static ClientOrderId of(RunId run, AccountId account, Ticker symbol, Side side) {
        String name = "oragami|" + run.value().length() + ":" + run.value() + "|"
                + account.value().length() + ":" + account.value() + "|" + symbol.symbol() + "|" + side.name();
        return new ClientOrderId(
                UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
