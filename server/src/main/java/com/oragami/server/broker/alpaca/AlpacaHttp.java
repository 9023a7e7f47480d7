package com.oragami.server.broker.alpaca;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts and retries of Alpaca requests: {@code attempts} tries in all on 429, 5xx, timeouts and
 * broken connections, waiting {@code backoff} doubling up to {@code maxBackoff} between tries.
 */
public record AlpacaHttp(
        Duration connectTimeout, Duration readTimeout, int attempts, Duration backoff, Duration maxBackoff) {

    public AlpacaHttp {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
        }
    }

    /** The wait before try {@code attempt + 1}: backoff · 2^(attempt − 1), at most maxBackoff. */
    Duration delay(int attempt) {
        Duration wait = backoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
