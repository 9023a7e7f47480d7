package com.oragami.server.broker;

import com.oragami.server.platform.UserId;
import java.time.Instant;

/**
 * Alpaca refused a connection's credentials (401, or a 403 that is not an order rejection): the
 * connection is now {@code NEEDS_RECONNECT} and its owner must connect again. Published once per
 * change of status.
 */
public record BrokerNeedsReconnect(BrokerConnectionId connection, UserId owner, String reason, Instant at) {}
