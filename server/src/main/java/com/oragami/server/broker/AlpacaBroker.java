package com.oragami.server.broker;

import com.oragami.engine.calendar.Session;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.trading.Broker;
import com.oragami.engine.trading.BrokerOrder;
import com.oragami.engine.trading.ClientOrderId;
import com.oragami.engine.trading.Money;
import com.oragami.engine.trading.Order;
import com.oragami.engine.trading.Quantity;
import com.oragami.server.broker.alpaca.AlpacaException;
import com.oragami.server.broker.alpaca.AlpacaTradingClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * One Alpaca connection as the daily run sees it: the {@link AlpacaTradingClient} with its failures
 * translated to {@link BrokerException}. Refused credentials first mark the connection {@code
 * NEEDS_RECONNECT} (through {@code refused}, which also tells the owner), then throw.
 */
final class AlpacaBroker implements Broker {

    private final BrokerConnectionId id;
    private final AlpacaTradingClient client;
    private final BiConsumer<BrokerConnectionId, String> refused;

    AlpacaBroker(BrokerConnectionId id, AlpacaTradingClient client, BiConsumer<BrokerConnectionId, String> refused) {
        this.id = id;
        this.client = client;
        this.refused = refused;
    }

    @Override
    public BrokerOrder submit(Order order) {
        return call(() -> client.submit(order));
    }

    @Override
    public Optional<BrokerOrder> find(ClientOrderId clientOrderId) {
        return call(() -> client.find(clientOrderId));
    }

    @Override
    public Money cash() {
        return call(client::cash);
    }

    @Override
    public SortedMap<Ticker, Quantity> positions() {
        return call(client::positions);
    }

    List<Session> calendar(LocalDate from, LocalDate to) {
        return call(() -> client.calendar(from, to));
    }

    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (AlpacaException e) {
            throw translate(id, e, refused);
        }
    }

    static BrokerException translate(
            BrokerConnectionId id, AlpacaException e, BiConsumer<BrokerConnectionId, String> refused) {
        return switch (e.reason()) {
            case UNAUTHORIZED -> {
                refused.accept(id, e.getMessage());
                yield new BrokerException(
                        BrokerException.Reason.NEEDS_RECONNECT,
                        "connection " + id + " needs reconnecting: " + e.getMessage(),
                        e);
            }
            case UNAVAILABLE -> new BrokerException(BrokerException.Reason.UNAVAILABLE, e.getMessage(), e);
            case REFUSED -> new BrokerException(BrokerException.Reason.REFUSED, e.getMessage(), e);
            case MALFORMED -> new BrokerException(BrokerException.Reason.MALFORMED, e.getMessage(), e);
        };
    }
}
