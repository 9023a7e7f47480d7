package com.oragami.server.broker;

import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.trading.Broker;
import com.oragami.engine.trading.BrokerOrder;
import com.oragami.engine.trading.ClientOrderId;
import com.oragami.engine.trading.Money;
import com.oragami.engine.trading.Order;
import com.oragami.engine.trading.Price;
import com.oragami.engine.trading.Quantity;
import com.oragami.engine.trading.SimulatedBroker;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database-backed simulated paper broker of one connection: the engine's {@link
 * SimulatedBroker} arithmetic (buys fill at p·(1 + s) for ⌊N / fill price⌋ shares to 9 decimals,
 * sells at p·(1 − s); a sell of more than is held or a buy of more than the cash is rejected; no
 * price is rejected), with cash, positions and orders in PostgreSQL. The price p comes from the
 * caller's function (the daily run passes live prices), by default the order's planning price.
 *
 * <p>Each submit is one transaction that locks the account's cash row, so orders of one account
 * queue; an order id already recorded is returned as it stands and nothing moves (the unique
 * {@code (connection_id, client_order_id)} makes it exactly once even across nodes).
 */
final class SimulatedPaperBroker implements Broker {

    private final BrokerConnectionId id;
    private final SimulatedAccountRepository accounts;
    private final TransactionTemplate transactions;
    private final Function<Order, Optional<Price>> prices;
    private final double slippage;
    private final Clock clock;

    SimulatedPaperBroker(
            BrokerConnectionId id,
            SimulatedAccountRepository accounts,
            TransactionTemplate transactions,
            Function<Order, Optional<Price>> prices,
            double slippage,
            Clock clock) {
        this.id = id;
        this.accounts = accounts;
        this.transactions = transactions;
        this.prices = prices;
        this.slippage = slippage;
        this.clock = clock;
    }

    @Override
    public BrokerOrder submit(Order order) {
        BrokerOrder result = transactions.execute(status -> {
            Money cash = accounts.lockCash(id)
                    .orElseThrow(() -> new BrokerException(
                            BrokerException.Reason.NOT_CONNECTED, "no simulated account for connection " + id));
            Optional<BrokerOrder> known = accounts.order(id, order.clientOrderId());
            if (known.isPresent()) {
                return known.get();
            }
            Ticker ticker = order.ticker();
            SimulatedBroker engine = new SimulatedBroker(cash, slippage);
            Quantity held = accounts.position(id, ticker);
            if (held.isPositive()) {
                engine.deposit(ticker, held);
            }
            prices.apply(order).ifPresent(p -> engine.setPrices(Map.of(ticker, p)));
            BrokerOrder filled = engine.submit(order);
            if (filled.status() != BrokerOrder.Status.REJECTED) {
                accounts.setCash(id, engine.cash());
                accounts.setPosition(id, ticker, engine.positions().getOrDefault(ticker, Quantity.ZERO));
            }
            accounts.insertOrder(id, filled, clock.instant());
            return filled;
        });
        if (result == null) {
            throw new IllegalStateException("transaction returned nothing");
        }
        return result;
    }

    @Override
    public Optional<BrokerOrder> find(ClientOrderId clientOrderId) {
        return accounts.order(id, clientOrderId);
    }

    @Override
    public Money cash() {
        return accounts.cash(id)
                .orElseThrow(() ->
                        new BrokerException(BrokerException.Reason.NOT_CONNECTED, "no simulated account for " + id));
    }

    @Override
    public SortedMap<Ticker, Quantity> positions() {
        return accounts.positions(id);
    }
}
