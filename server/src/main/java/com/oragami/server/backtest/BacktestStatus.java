package com.oragami.server.backtest;

/** Where a run is: waiting for a worker, running, finished with results, or failed with problems. */
enum BacktestStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
}
