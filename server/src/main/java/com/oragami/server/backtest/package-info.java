/**
 * Backtests of stored symphonies: a request is stored as {@code QUEUED}, run on a bounded worker
 * pool ({@link com.oragami.server.backtest.BacktestWorkers}) by the engine's evaluator and backtest
 * loop over the bundled prices, and its results (statistics, daily equity, benchmark, target
 * weights, rebalances with trades) are kept as JSON documents. Requests never wait for a run:
 * progress is streamed to the owner ({@code backtestProgress}, over platform live events), and the
 * decision trace of any day is re-evaluated on demand from the run's stored symphony ({@link
 * com.oragami.server.backtest.PreparedSymphony}, {@link com.oragami.server.backtest.DecisionTrace}).
 * Owns the table {@code backtest_run}.
 */
@NullMarked
package com.oragami.server.backtest;

import org.jspecify.annotations.NullMarked;
