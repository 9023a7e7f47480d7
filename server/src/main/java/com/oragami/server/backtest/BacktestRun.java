package com.oragami.server.backtest;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code backtest_run}. The JSON documents are null until the run is done, and are not
 * loaded by listings.
 */
record BacktestRun(
        UUID id,
        @Nullable UUID symphonyId,
        String symphonyName,
        BacktestParameters parameters,
        BacktestStatus status,
        double progress,
        String problemsJson,
        @Nullable String metricsJson,
        @Nullable String seriesJson,
        @Nullable String rebalancesJson,
        OffsetDateTime requestedAt,
        @Nullable OffsetDateTime startedAt,
        @Nullable OffsetDateTime finishedAt) {}
