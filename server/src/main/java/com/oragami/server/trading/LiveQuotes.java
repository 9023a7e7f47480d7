package com.oragami.server.trading;

import com.oragami.engine.Parsed;
import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.symphony.Ticker;
import java.time.Instant;

/**
 * A ticker's history with today's bar from the latest trade, or why there is none: the seam over
 * {@code marketdata.LivePrices} (tests give recorded prices).
 */
interface LiveQuotes {

    Parsed<PriceSeries> series(Ticker ticker, Instant now);
}
