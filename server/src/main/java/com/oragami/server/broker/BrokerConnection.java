package com.oragami.server.broker;

import com.oragami.server.platform.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's connection to one broker account, without its credentials.
 *
 * @param kind {@value #ALPACA_OAUTH}, {@value #ALPACA_KEYS} or {@value #SIMULATED}
 * @param label what the user sees: {@code Alpaca paper PA3ABCDEF} or {@code Simulated paper}
 * @param status {@value #CONNECTED}, {@value #NEEDS_RECONNECT} (Alpaca refused the credentials; the
 *     user connects again) or {@value #DISCONNECTED}
 */
public record BrokerConnection(
        BrokerConnectionId id, UserId owner, String kind, String label, String status, Instant connectedAt) {

    public static final String ALPACA_OAUTH = "alpaca-oauth";
    public static final String ALPACA_KEYS = "alpaca-keys";
    public static final String SIMULATED = "simulated";

    public static final String CONNECTED = "CONNECTED";
    public static final String NEEDS_RECONNECT = "NEEDS_RECONNECT";
    public static final String DISCONNECTED = "DISCONNECTED";

    public BrokerConnection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(connectedAt, "connectedAt");
    }

    public boolean simulated() {
        return kind.equals(SIMULATED);
    }
}
