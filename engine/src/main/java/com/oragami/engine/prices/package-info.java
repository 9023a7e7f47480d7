/**
 * Daily prices for the engine. {@link com.oragami.engine.prices.PriceSource} is the one interface
 * every input sits behind (CSV folders, the bundled data set, the deterministic synthetic source);
 * {@link com.oragami.engine.prices.PriceSeries} is one ticker's history; {@link
 * com.oragami.engine.prices.PriceTable} aligns several on one trading-day axis for the evaluator.
 */
@NullMarked
package com.oragami.engine.prices;

import org.jspecify.annotations.NullMarked;
