package com.oragami.server.trading;

import com.oragami.engine.trading.Broker;
import com.oragami.server.platform.UserId;
import java.util.Optional;

/** No broker connections: every deployment is refused with {@code broker-connection-not-found}. */
class UnconnectedBrokers implements BrokerAccess {

    @Override
    public Optional<Connection> connection(UserId owner, String connectionId) {
        return Optional.empty();
    }

    @Override
    public Broker broker(String connectionId) {
        throw new IllegalStateException("no broker connection " + connectionId);
    }
}
