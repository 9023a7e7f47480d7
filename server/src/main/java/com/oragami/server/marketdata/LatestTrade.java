package com.oragami.server.marketdata;

import com.oragami.engine.symphony.Ticker;
import java.time.Instant;

/** The last trade a provider reports for a ticker: its price and when it happened. */
record LatestTrade(Ticker ticker, double price, Instant at) {

    LatestTrade {
        if (!(price > 0) || !Double.isFinite(price)) {
            throw new IllegalArgumentException("trade price must be positive, got " + price);
        }
    }
}
