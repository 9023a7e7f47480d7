-- Market data, shared by every user and written only by the marketdata feature. Plain tables keyed
-- by (ticker, day) with no foreign keys, so a partitioned table (PARTITION BY RANGE (day)) or a
-- TimescaleDB hypertable on day can take marketdata_bar over without a change to the queries.

-- One daily bar per ticker and session. adj_close (split- and dividend-adjusted) is the series
-- backtests read; open/high/low/close/volume are null where the source gives only adjusted closes
-- (the bundled data). dividend is the cash amount going ex on that day, split_ratio new shares per
-- old share on that day (1 when none). Doubles, not numeric: the engine computes in double, and a
-- double column round-trips every stored close exactly.
CREATE TABLE marketdata_bar (
    ticker      text             NOT NULL,
    day         date             NOT NULL,
    open        double precision,
    high        double precision,
    low         double precision,
    close       double precision,
    adj_close   double precision NOT NULL CHECK (adj_close > 0),
    volume      bigint,
    dividend    double precision NOT NULL DEFAULT 0,
    split_ratio double precision NOT NULL DEFAULT 1 CHECK (split_ratio > 0),
    source      text             NOT NULL,
    fetched_at  timestamptz      NOT NULL,
    PRIMARY KEY (ticker, day)
);

-- What is stored per ticker and the state of its backfill. status: MISSING (nothing yet), QUEUED,
-- RUNNING, COMPLETE, FAILED (message says why). progress is 0..1 while RUNNING.
CREATE TABLE marketdata_coverage (
    ticker       text             PRIMARY KEY,
    source       text             NOT NULL,
    first_day    date,
    last_day     date,
    bars         integer          NOT NULL DEFAULT 0,
    status       text             NOT NULL CHECK (status IN ('MISSING', 'QUEUED', 'RUNNING', 'COMPLETE', 'FAILED')),
    progress     double precision NOT NULL DEFAULT 0,
    message      text,
    requested_at timestamptz,
    updated_at   timestamptz      NOT NULL
);

-- Data-quality findings: a session with no bar (GAP), a last bar older than the last session
-- (STALE), a close-to-close move over 40 % with no split or dividend that day (JUMP). A flag is
-- shown with the ticker's coverage and as a warning on every series load until it is cleared.
CREATE TABLE marketdata_flag (
    ticker    text        NOT NULL,
    day       date        NOT NULL,
    kind      text        NOT NULL CHECK (kind IN ('GAP', 'STALE', 'JUMP')),
    detail    text        NOT NULL,
    raised_at timestamptz NOT NULL,
    PRIMARY KEY (ticker, day, kind)
);
