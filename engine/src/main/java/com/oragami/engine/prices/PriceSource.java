package com.oragami.engine.prices;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
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

    /**
     * The history of a ticker, or the problems that keep this source from giving it: by default an
     * {@code unknown-ticker} error; sources that read user files (CSV) say what is wrong in them.
     */
    default Parsed<PriceSeries> load(Ticker ticker) {
        return series(ticker)
                .map(Parsed::of)
                .orElseGet(() -> Parsed.failed(Problem.error(
                        "unknown-ticker", "no prices for " + ticker + " in " + describe(), Location.UNKNOWN)));
    }
}
