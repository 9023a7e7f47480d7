/**
 * The pure core of paper trading: the daily run of one broker account, shared by the server's
 * 15:50 job and the replay. An account's money is split into {@link
 * com.oragami.engine.trading.SymphonyBook}s (one per deployed symphony) held together in an {@link
 * com.oragami.engine.trading.AccountBook}; {@link com.oragami.engine.trading.RunPlanner} turns
 * each book's target (or its failure, which liquidates it) into desired trades, crosses opposite
 * trades of different books internally and leaves one net {@link
 * com.oragami.engine.trading.Order} per symbol for the {@link com.oragami.engine.trading.Broker};
 * {@link com.oragami.engine.trading.FillAllocation} hands the broker's fills back to the books.
 * {@link com.oragami.engine.trading.DailyRun} drives one run; {@link
 * com.oragami.engine.trading.Replay} drives it over historical sessions with the {@link
 * com.oragami.engine.trading.SimulatedBroker}.
 *
 * <p>Money is exact: {@link com.oragami.engine.trading.Money} (6 decimals), {@link
 * com.oragami.engine.trading.Quantity} (9 decimals) and {@link com.oragami.engine.trading.Price}
 * over {@code BigDecimal}. The only place a {@code double} (prices and weights of the engine)
 * becomes a decimal is {@link com.oragami.engine.trading.OrderSizing}.
 */
@NullMarked
package com.oragami.engine.trading;

import org.jspecify.annotations.NullMarked;
