package com.oragami.engine.prices;

import com.oragami.engine.symphony.Ticker;
import java.util.Optional;
import java.util.Set;

/** Where daily closes come from. Implementations are thread-safe. */
public interface PriceSource {

    /** A label for users: {@code bundled data (238 tickers)}, {@code synthetic prices}. */
    String describe();

    /** The history of a ticker, or empty if this source does not know it. */
    Optional<PriceSeries> series(Ticker ticker);

    /** The tickers this source knows (empty for sources that make any ticker up). */
    Set<Ticker> tickers();
}
