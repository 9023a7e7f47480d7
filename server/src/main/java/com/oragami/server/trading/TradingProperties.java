package com.oragami.server.trading;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oragami.trading}: whether this node schedules the daily run, how long a node's claim on
 * an account's run lasts without renewal (another node resumes the run after it), how often a
 * broker call is tried and the first wait between tries (doubling), and how often the run asks
 * the broker whether sent orders have filled.
 */
@ConfigurationProperties("oragami.trading")
record TradingProperties(
        boolean scheduleEnabled, Duration lease, int sendAttempts, Duration retryBackoff, Duration pollInterval) {

    TradingProperties {
        if (sendAttempts < 1) {
            throw new IllegalArgumentException("oragami.trading.send-attempts must be at least 1");
        }
    }
}
