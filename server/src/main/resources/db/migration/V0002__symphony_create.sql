-- The user's library: each symphony as uploaded (source text and format) and as read (canonical
-- Composer JSON, tickers, node count, rebalance). At most 40 per owner, enforced by the library
-- under a per-owner advisory lock.
CREATE TABLE symphony (
    id             uuid PRIMARY KEY,
    owner_id       uuid        NOT NULL REFERENCES account_user (id) ON DELETE CASCADE,
    name           text        NOT NULL,
    description    text        NOT NULL,
    format         text        NOT NULL,
    source         text        NOT NULL,
    canonical_json text        NOT NULL,
    tickers        text[]      NOT NULL,
    node_count     integer     NOT NULL,
    rebalance      text        NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX symphony_owner ON symphony (owner_id, created_at);
