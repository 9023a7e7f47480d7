package com.oragami.engine.backtest;

import com.oragami.engine.symphony.Ticker;
import java.util.Objects;

/**
 * One fill at a day's close: {@code shares} (fractional) at the close {@code price}, {@code
 * notional = shares × price}; the fill itself is at {@code price × (1 ± slippage)}, so {@code
 * slippageCost = notional × slippage}; {@code fees} (SEC + TAF) are charged on sells only.
 */
public record Trade(
        Ticker ticker, Side side, double shares, double price, double notional, double slippageCost, double fees) {

    public enum Side {
        BUY,
        SELL
    }

    public Trade {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(side, "side");
    }
}
