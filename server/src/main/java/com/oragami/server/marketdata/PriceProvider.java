package com.oragami.server.marketdata;

import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * A market-data vendor. Implementations call the vendor's documented REST API with retries on 429
 * and 5xx (backoff doubling, {@code Retry-After} honoured), timeouts and a rate limit, and parse
 * the whole answer strictly: a malformed, partial or empty answer is a {@link ProviderException}
 * and nothing of it is returned. Thread-safe.
 */
interface PriceProvider {

    /** The name stored as a bar's source: {@code alpaca}, {@code alphavantage}, {@code eodhd}, {@code tiingo}. */
    String name();

    /**
     * Daily bars of {@code ticker} from {@code from} (inclusive) to the latest, ascending, with
     * split- and dividend-adjusted closes. {@code reached} hears the last day fetched so far, for
     * progress.
     *
     * @throws ProviderException on any failure, {@code EMPTY} when there is no bar from {@code from}
     */
    List<Bar> daily(Ticker ticker, LocalDate from, Consumer<LocalDate> reached);

    /**
     * The latest trade.
     *
     * @throws ProviderException on any failure; {@code UNSUPPORTED} when the vendor has no such call
     */
    LatestTrade latest(Ticker ticker);
}
