package com.oragami.server.backtest;

import com.oragami.engine.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The queued run (null when the request had errors) and the request's problems. */
record RunBacktestPayload(@Nullable BacktestRun backtest, List<Problem> problems) {}
