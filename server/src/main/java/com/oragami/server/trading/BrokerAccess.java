package com.oragami.server.trading;

import com.oragami.engine.calendar.Session;
import com.oragami.engine.trading.Broker;
import com.oragami.engine.trading.Money;
import com.oragami.server.platform.UserId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The broker connections trading needs, as a seam: {@link ConnectedBrokers} serves them from the
 * broker feature; tests give fault-injecting simulated brokers.
 */
interface BrokerAccess {

    /** The owner's connection with this id; empty when it does not exist or is another user's. */
    Optional<Connection> connection(UserId owner, String connectionId);

    /** The broker behind a connection (the run calls this for connections it found by owner). */
    Broker broker(String connectionId);

    /**
     * The broker's trading session on {@code day} (New York date): empty when the broker says the
     * market is closed that day. Throws when the broker cannot answer. Alpaca's {@code GET
     * /v2/calendar} for an Alpaca connection, the NYSE calendar for a simulated one.
     */
    Optional<Session> calendar(String connectionId, LocalDate day);

    /** A connection as trading sees it. */
    record Connection(String id, UserId owner) {}

    /** The cash the account holds beyond the books, the most a new deployment or deposit may take. */
    static Money free(Money accountCash, Money booksCash) {
        Money free = accountCash.minus(booksCash);
        return free.isNegative() ? Money.ZERO : free;
    }
}
