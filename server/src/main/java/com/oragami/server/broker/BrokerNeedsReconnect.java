package com.oragami.server.broker;

import com.oragami.server.platform.UserId;
import java.time.Instant;

/**
 * Alpaca refused a connection's credentials (401, or a 403 that is not an order rejection): the
 * connection is now {@code NEEDS_RECONNECT} and its owner must connect again. Published once per
 * change of status, and live to the owner on {@link #LIVE_TOPIC}.
 */
public record BrokerNeedsReconnect(BrokerConnectionId connection, UserId owner, String reason, Instant at) {

    /**
     * The {@code LiveEvents} topic the owner is told on, with {@code kind = BROKER_NEEDS_RECONNECT},
     * {@code accountId} (the connection id), {@code code}, {@code message} and {@code at}.
     */
    public static final String LIVE_TOPIC = "broker-connections";
}
