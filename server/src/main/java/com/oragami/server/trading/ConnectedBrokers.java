package com.oragami.server.trading;

import com.oragami.engine.calendar.Session;
import com.oragami.engine.trading.Broker;
import com.oragami.server.broker.BrokerConnection;
import com.oragami.server.broker.BrokerConnectionId;
import com.oragami.server.broker.Brokers;
import com.oragami.server.platform.UserId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Trading's view of the broker feature: the caller's connections (disconnected ones are gone) and
 * the broker behind one for the daily run.
 */
class ConnectedBrokers implements BrokerAccess {

    private final Brokers brokers;

    ConnectedBrokers(Brokers brokers) {
        this.brokers = brokers;
    }

    @Override
    public Optional<Connection> connection(UserId owner, String connectionId) {
        return BrokerConnectionId.parse(connectionId)
                .flatMap(id -> brokers.connection(owner, id))
                .filter(c -> !BrokerConnection.DISCONNECTED.equals(c.status()))
                .map(c -> new Connection(c.id().toString(), c.owner()));
    }

    @Override
    public Broker broker(String connectionId) {
        return brokers.broker(id(connectionId));
    }

    @Override
    public Optional<Session> calendar(String connectionId, LocalDate day) {
        return brokers.calendar(id(connectionId), day, day).stream()
                .filter(s -> s.date().equals(day))
                .findFirst();
    }

    private static BrokerConnectionId id(String connectionId) {
        return BrokerConnectionId.parse(connectionId)
                .orElseThrow(() -> new IllegalArgumentException("not a broker connection id: " + connectionId));
    }
}
