-- Ledger: one book per deployed symphony, a sub-portfolio of one broker account (the broker
-- connection id). Money NUMERIC(20,6), share quantities NUMERIC(24,9). Written only by the ledger
-- feature.
CREATE TABLE ledger_book (
    id         uuid PRIMARY KEY,
    owner_id   uuid          NOT NULL REFERENCES account_user (id) ON DELETE CASCADE,
    account_id text          NOT NULL,
    cash       numeric(20,6) NOT NULL,
    created_at timestamptz   NOT NULL,
    closed_at  timestamptz
);
CREATE INDEX ledger_book_account ON ledger_book (account_id);
CREATE INDEX ledger_book_owner ON ledger_book (owner_id);

CREATE TABLE ledger_position (
    book_id  uuid          NOT NULL REFERENCES ledger_book (id) ON DELETE CASCADE,
    ticker   text          NOT NULL,
    quantity numeric(24,9) NOT NULL CHECK (quantity >= 0),
    PRIMARY KEY (book_id, ticker)
);

-- Money in (positive) and out (negative) of a book: deploy, add, withdraw, undeploy.
CREATE TABLE ledger_cash_flow (
    id       bigserial PRIMARY KEY,
    book_id  uuid          NOT NULL REFERENCES ledger_book (id) ON DELETE CASCADE,
    owner_id uuid          NOT NULL,
    amount   numeric(20,6) NOT NULL,
    kind     text          NOT NULL,
    at       timestamptz   NOT NULL
);
CREATE INDEX ledger_cash_flow_book ON ledger_cash_flow (book_id, at);

-- Every settled piece of a book's trade: an internal cross or its share of a broker fill.
CREATE TABLE ledger_fill (
    id           bigserial PRIMARY KEY,
    book_id      uuid          NOT NULL REFERENCES ledger_book (id) ON DELETE CASCADE,
    owner_id     uuid          NOT NULL,
    run_id       uuid,
    trading_date date          NOT NULL,
    ticker       text          NOT NULL,
    side         text          NOT NULL CHECK (side IN ('BUY', 'SELL')),
    quantity     numeric(24,9) NOT NULL,
    cash         numeric(20,6) NOT NULL,
    internal     boolean       NOT NULL,
    at           timestamptz   NOT NULL
);
CREATE INDEX ledger_fill_book ON ledger_fill (book_id, id);

-- The book's value after each run; flow is the money moved in or out since the previous value.
CREATE TABLE ledger_daily_value (
    book_id      uuid          NOT NULL REFERENCES ledger_book (id) ON DELETE CASCADE,
    owner_id     uuid          NOT NULL,
    trading_date date          NOT NULL,
    value        numeric(20,6) NOT NULL,
    cash         numeric(20,6) NOT NULL,
    flow         numeric(20,6) NOT NULL,
    at           timestamptz   NOT NULL,
    PRIMARY KEY (book_id, trading_date)
);

-- Trading: deployments of symphonies (the tree is copied at deploy time), one run per account
-- and session, its net orders (unique client order id) and the events users see.
CREATE TABLE trading_deployment (
    id             uuid PRIMARY KEY,
    owner_id       uuid        NOT NULL REFERENCES account_user (id) ON DELETE CASCADE,
    symphony_id    uuid        NOT NULL,
    symphony_name  text        NOT NULL,
    canonical_json text        NOT NULL,
    account_id     text        NOT NULL,
    status         text        NOT NULL
        CHECK (status IN ('ACTIVE', 'PAUSED', 'LIQUIDATING', 'UNDEPLOYING', 'UNDEPLOYED')),
    last_target    text,
    last_run       date,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX trading_deployment_owner ON trading_deployment (owner_id, created_at);
CREATE INDEX trading_deployment_account ON trading_deployment (account_id, status);

CREATE TABLE trading_run (
    id           uuid PRIMARY KEY,
    owner_id     uuid        NOT NULL REFERENCES account_user (id) ON DELETE CASCADE,
    account_id   text        NOT NULL,
    trading_date date        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('PLANNING', 'SENDING', 'DONE', 'FAILED')),
    inputs       text,
    claimed_by   text        NOT NULL,
    lease_until  timestamptz NOT NULL,
    attempts     int         NOT NULL DEFAULT 1,
    started_at   timestamptz NOT NULL,
    planned_at   timestamptz,
    finished_at  timestamptz,
    UNIQUE (account_id, trading_date)
);
CREATE INDEX trading_run_owner ON trading_run (owner_id, trading_date DESC);

CREATE TABLE trading_order (
    run_id          uuid          NOT NULL REFERENCES trading_run (id) ON DELETE CASCADE,
    seq             int           NOT NULL,
    client_order_id text          NOT NULL UNIQUE,
    ticker          text          NOT NULL,
    side            text          NOT NULL CHECK (side IN ('BUY', 'SELL')),
    quantity        numeric(24,9) NOT NULL,
    notional        numeric(20,6) NOT NULL,
    planning_price  numeric       NOT NULL,
    status          text          NOT NULL,
    filled_quantity numeric(24,9),
    average_price   numeric,
    message         text,
    attempts        int           NOT NULL DEFAULT 0,
    updated_at      timestamptz   NOT NULL,
    PRIMARY KEY (run_id, seq)
);

CREATE TABLE trading_event (
    id            bigserial PRIMARY KEY,
    owner_id      uuid        NOT NULL REFERENCES account_user (id) ON DELETE CASCADE,
    account_id    text        NOT NULL,
    run_id        uuid,
    deployment_id uuid,
    kind          text        NOT NULL,
    code          text        NOT NULL,
    message       text        NOT NULL,
    at            timestamptz NOT NULL
);
CREATE INDEX trading_event_owner ON trading_event (owner_id, id DESC);
CREATE INDEX trading_event_run ON trading_event (run_id);
