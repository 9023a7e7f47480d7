package com.oragami.engine.trading;

import com.oragami.engine.symphony.Ticker;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A broker account as the daily run sees it. Implementations: {@link SimulatedBroker} here; the
 * server adds Alpaca and a database-backed simulated broker.
 */
public interface Broker {

    /**
     * Sends an order. Idempotent on {@link Order#clientOrderId()}: an id the broker already knows
     * returns that order as it stands and sends nothing (Alpaca: look the id up before resending).
     */
    BrokerOrder submit(Order order);

    /** The order with this client order id, if the broker has it. */
    Optional<BrokerOrder> find(ClientOrderId id);

    /** The account's cash. */
    Money cash();

    /** The account's positions, including those held outside the platform. */
    SortedMap<Ticker, Quantity> positions();
}
