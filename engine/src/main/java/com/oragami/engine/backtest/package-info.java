/**
 * The daily backtest loop. {@link com.oragami.engine.backtest.Backtest} simulates a portfolio
 * that follows the targets of a {@link com.oragami.engine.backtest.TargetSource} (the evaluator,
 * or hand-made targets in tests) over a {@link com.oragami.engine.prices.PriceTable}, under a
 * {@link com.oragami.engine.symphony.Rebalance} rule ({@link
 * com.oragami.engine.backtest.Rebalancing} picks the days) and {@link
 * com.oragami.engine.backtest.BacktestSettings} (capital, slippage, {@link
 * com.oragami.engine.backtest.Fees}, dates, benchmark). The {@link
 * com.oragami.engine.backtest.BacktestResult} holds the equity curve, weights, trades, decisions
 * and the statistics of {@code metrics}.
 */
@NullMarked
package com.oragami.engine.backtest;

import org.jspecify.annotations.NullMarked;
