package com.oragami.engine.trading;

import com.oragami.engine.symphony.Ticker;
import java.util.Objects;

/**
 * A net order for the broker: a fractional DAY market order. A sell gives a {@code quantity} (so
 * a full exit sells exactly what the books hold) and a zero {@code notional}; a buy gives a {@code
 * notional} in dollars and a zero {@code quantity}. {@code planningPrice} is the live price the
 * run was planned at (the simulated broker fills there, plus slippage).
 */
public record Order(
        ClientOrderId clientOrderId, Ticker ticker, Side side, Quantity quantity, Money notional, Price planningPrice) {

    public Order {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(planningPrice, "planningPrice");
        boolean sell = side == Side.SELL;
        if (sell ? !quantity.isPositive() || !notional.isZero() : !notional.isPositive() || !quantity.isZero()) {
            throw new IllegalArgumentException(
                    "a sell order gives a positive quantity only, a buy order a positive notional only: " + quantity
                            + " / " + notional);
        }
    }

    public static Order sell(ClientOrderId id, Ticker ticker, Quantity quantity, Price planningPrice) {
        return new Order(id, ticker, Side.SELL, quantity, Money.ZERO, planningPrice);
    }

    public static Order buy(ClientOrderId id, Ticker ticker, Money notional, Price planningPrice) {
        return new Order(id, ticker, Side.BUY, Quantity.ZERO, notional, planningPrice);
    }
}
