/**
 * Daily prices for the engine. {@link com.oragami.engine.prices.PriceSource} is the one interface
 * every input sits behind: {@link com.oragami.engine.prices.BundledPrices} (the default, 238
 * tickers of adjusted closes packed into a classpath resource by {@link
 * com.oragami.engine.prices.BundledPricesWriter}), {@link com.oragami.engine.prices.CsvPrices} (a
 * user's CSV files, read strictly), {@link com.oragami.engine.prices.SyntheticPrices}
 * (deterministic made-up closes for any ticker) and {@link com.oragami.engine.prices.LayeredPrices}
 * (the first source that knows a ticker wins). {@link com.oragami.engine.prices.PriceSeries} is one
 * ticker's history; {@link com.oragami.engine.prices.PriceTable} aligns several on one trading-day
 * axis for the evaluator.
 */
@NullMarked
package com.oragami.engine.prices;

import org.jspecify.annotations.NullMarked;
