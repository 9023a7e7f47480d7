package com.oragami.engine.trading;

import com.oragami.engine.symphony.Ticker;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An in-memory paper broker for tests and replay. A market order fills at once and in full at the
 * current price set with {@link #setPrices} moved against the trader by the slippage: a sell
 * (by quantity) at p·(1 − s), a buy (by notional N) at f = p·(1 + s) for ⌊N/f⌋ shares (9
 * decimals); the cash that moves is shares × f rounded half-even to the micro-dollar. An order it
 * cannot fill is rejected: no price, a sell of more than the account holds, a buy of more than its
 * cash. Not thread-safe.
 */
public final class SimulatedBroker implements Broker {

    private final BigDecimal slippage;
    private Money cash;
    private final TreeMap<Ticker, Quantity> positions = new TreeMap<>();
    private final Map<ClientOrderId, BrokerOrder> orders = new LinkedHashMap<>();
    private Map<Ticker, Price> prices = Map.of();

    /** An account with this cash and no positions; slippage as a fraction (5 bp = 0.0005). */
    public SimulatedBroker(Money cash, double slippage) {
        if (!(slippage >= 0 && slippage < 1)) {
            throw new IllegalArgumentException("slippage must be in [0, 1): " + slippage);
        }
        this.cash = cash;
        this.slippage = BigDecimal.valueOf(slippage);
    }

    /** The prices orders fill at from now on. */
    public void setPrices(Map<Ticker, Price> current) {
        this.prices = Map.copyOf(current);
    }

    /** Puts shares into the account directly, as a user buying outside the platform would. */
    public void deposit(Ticker ticker, Quantity quantity) {
        positions.merge(ticker, quantity, Quantity::plus);
    }

    @Override
    public BrokerOrder submit(Order order) {
        BrokerOrder known = orders.get(order.clientOrderId());
        if (known != null) {
            return known;
        }
        BrokerOrder result = execute(order);
        orders.put(order.clientOrderId(), result);
        return result;
    }

    private BrokerOrder execute(Order order) {
        Price price = prices.get(order.ticker());
        if (price == null) {
            return rejected(order, "no price for " + order.ticker());
        }
        if (order.side() == Side.SELL) {
            Quantity held = positions.getOrDefault(order.ticker(), Quantity.ZERO);
            if (order.quantity().compareTo(held) > 0) {
                return rejected(order, "sell of " + order.quantity() + " " + order.ticker() + ", holding " + held);
            }
            Price fillPrice = new Price(price.value().multiply(BigDecimal.ONE.subtract(slippage)));
            Fill fill = new Fill(order.clientOrderId(), order.quantity(), fillPrice);
            move(order.ticker(), held.minus(order.quantity()));
            cash = cash.plus(fill.cash());
            return new BrokerOrder(order, BrokerOrder.Status.FILLED, Optional.of(fill), Optional.empty());
        }
        if (order.notional().compareTo(cash) > 0) {
            return rejected(order, "buy for $" + order.notional() + ", cash $" + cash);
        }
        Price fillPrice = new Price(price.value().multiply(BigDecimal.ONE.add(slippage)));
        Quantity shares = Quantity.down(order.notional().amount().divide(fillPrice.value(), OrderSizing.PRECISION));
        Fill fill = new Fill(order.clientOrderId(), shares, fillPrice);
        move(
                order.ticker(),
                positions.getOrDefault(order.ticker(), Quantity.ZERO).plus(shares));
        cash = cash.minus(fill.cash());
        return new BrokerOrder(order, BrokerOrder.Status.FILLED, Optional.of(fill), Optional.empty());
    }

    private void move(Ticker ticker, Quantity now) {
        if (now.isZero()) {
            positions.remove(ticker);
        } else {
            positions.put(ticker, now);
        }
    }

    private static BrokerOrder rejected(Order order, String why) {
        return new BrokerOrder(order, BrokerOrder.Status.REJECTED, Optional.empty(), Optional.of(why));
    }

    @Override
    public Optional<BrokerOrder> find(ClientOrderId id) {
        return Optional.ofNullable(orders.get(id));
    }

    /** Every order received, in order of first submission. */
    public Map<ClientOrderId, BrokerOrder> orders() {
        return Collections.unmodifiableMap(orders);
    }

    @Override
    public Money cash() {
        return cash;
    }

    @Override
    public SortedMap<Ticker, Quantity> positions() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(positions));
    }
}
