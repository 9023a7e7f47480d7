/**
 * Paper trading: symphonies deployed to a broker account with an amount, and the daily run that
 * rebalances them near the close — exactly once per account and session, resumable after a crash.
 *
 * <p>{@link com.oragami.server.trading.Deployments} is the API (deploy, add or withdraw money,
 * pause, resume, liquidate to cash, undeploy, preview the next run); the books themselves are the
 * {@code ledger} feature's. {@code DailyRunJob} (Quartz, clustered JDBC store, New York time) fires
 * every minute from 15:50 (12:50 on early closes) and {@code TradingDay} runs or resumes each
 * account's {@code AccountRun}: evaluate every active symphony with live prices (a failure
 * liquidates that symphony and is recorded), plan with the engine's {@code RunPlanner}, store the
 * plan (run row unique on account and date, orders unique on client order id) before sending
 * anything, send sells then buys until 30 s before the close, allocate fills back to the books,
 * record values and reconcile with the broker. {@code TradingLiveEvents} turns the run's events into
 * live updates for the owner, streamed by the {@code tradingUpdates} subscription. Owns the tables {@code trading_deployment}, {@code
 * trading_run}, {@code trading_order} and {@code trading_event} (V0006) and Quartz's {@code qrtz_*}
 * (V0007).
 */
@NullMarked
package com.oragami.server.trading;

import org.jspecify.annotations.NullMarked;
