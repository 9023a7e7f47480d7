-- Backtest runs of stored symphonies: parameters, status, and when done the results as JSON
-- documents (metrics, daily series, rebalances). The canonical JSON run is copied so a result
-- stays explainable after the symphony changes.
CREATE TABLE backtest_run (
    id             uuid PRIMARY KEY,
    owner_id       uuid             NOT NULL REFERENCES account_user (id) ON DELETE CASCADE,
    symphony_id    uuid             REFERENCES symphony (id) ON DELETE SET NULL,
    symphony_name  text             NOT NULL,
    canonical_json text             NOT NULL,
    from_date      date,
    to_date        date,
    capital        double precision NOT NULL,
    slippage_bps   double precision NOT NULL,
    fees           boolean          NOT NULL,
    benchmark      text,
    status         text             NOT NULL,
    progress       double precision NOT NULL DEFAULT 0,
    problems       jsonb            NOT NULL DEFAULT '[]',
    metrics        jsonb,
    series         jsonb,
    rebalances     jsonb,
    requested_at   timestamptz      NOT NULL,
    started_at     timestamptz,
    finished_at    timestamptz
);
CREATE INDEX backtest_run_owner ON backtest_run (owner_id, requested_at DESC);
