/**
 * Market data: daily bars of every ticker in PostgreSQL, loaded from the engine's bundled set and
 * extended by vendor providers, read by backtests and the daily run.
 *
 * <p>Public API: {@link com.oragami.server.marketdata.MarketData} (a {@code PriceSource} over the
 * stored bars with a Caffeine cache, coverage, backfill requests, the daily sync), {@link
 * com.oragami.server.marketdata.LivePrices} (today's bar from the latest trade, or a problem), and
 * the records {@link com.oragami.server.marketdata.Bar}, {@link
 * com.oragami.server.marketdata.Coverage}, {@link com.oragami.server.marketdata.QualityFlag}.
 * Providers ({@code PriceProvider}: Alpaca, Alpha Vantage, EOD Historical Data, Tiingo) are
 * internal and chosen in {@code .env}. An uploaded symphony's tickers start loading at once ({@code
 * BackfillOnUpload} reacts to the symphony feature's {@code SymphonyUploaded} event). Owns the tables {@code marketdata_bar}, {@code
 * marketdata_coverage} and {@code marketdata_flag} (V0004). See {@code docs/marketdata.md}.
 */
@NullMarked
package com.oragami.server.marketdata;

import org.jspecify.annotations.NullMarked;
