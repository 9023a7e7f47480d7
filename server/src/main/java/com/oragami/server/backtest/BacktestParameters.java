package com.oragami.server.backtest;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What to run, as the command line's options: optional first and last day, capital in dollars,
 * slippage in basis points, SEC/TAF fees on or off, and a benchmark ticker.
 */
record BacktestParameters(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        double capital,
        double slippageBps,
        boolean fees,
        @Nullable String benchmark) {}
