/**
 * The ledger: each deployed symphony is a book, a sub-portfolio of one broker account with its own
 * cash and shares (exact decimals). {@link com.oragami.server.ledger.Ledger} is the API the
 * trading feature calls: open a book with money, add or withdraw money, settle a run's legs
 * (internal crosses and shares of broker fills), record daily values; and the history a user reads
 * ({@link com.oragami.server.ledger.LedgerFill}, {@link com.oragami.server.ledger.DailyValue},
 * {@link com.oragami.server.ledger.Performance}: time-weighted, deposit-adjusted returns and the
 * engine's metrics on live history). Owns the tables {@code ledger_book}, {@code ledger_position},
 * {@code ledger_cash_flow}, {@code ledger_fill} and {@code ledger_daily_value} (V0006).
 */
@NullMarked
package com.oragami.server.ledger;

import org.jspecify.annotations.NullMarked;
