-- Brokers: a user's broker connections, OAuth states in flight, and the simulated paper broker's
-- accounts, positions and orders.

-- One connection to a broker account. credentials holds the Alpaca access token or key pair,
-- encrypted with AES-GCM under BROKER_TOKEN_KEY (version byte, 12-byte nonce, ciphertext and tag;
-- the connection id is the associated data); null for the simulated broker and once disconnected.
CREATE TABLE broker_connection (
    id              uuid PRIMARY KEY,
    owner_id        uuid        NOT NULL REFERENCES account_user (id) ON DELETE CASCADE,
    kind            text        NOT NULL CHECK (kind IN ('alpaca-oauth', 'alpaca-keys', 'simulated')),
    label           text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('CONNECTED', 'NEEDS_RECONNECT', 'DISCONNECTED')),
    credentials     bytea,
    connected_at    timestamptz NOT NULL,
    status_reason   text,
    status_at       timestamptz NOT NULL
);
CREATE INDEX broker_connection_owner ON broker_connection (owner_id);

-- OAuth authorization-code flow: the state sent to Alpaca, stored as a SHA-256 hash, used once
-- (used_at) before expires_at.
CREATE TABLE broker_oauth_state (
    state_hash bytea PRIMARY KEY,
    owner_id   uuid        NOT NULL REFERENCES account_user (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX broker_oauth_state_owner ON broker_oauth_state (owner_id);

-- The simulated paper broker (the embedded default): cash per connection.
CREATE TABLE broker_sim_account (
    connection_id uuid PRIMARY KEY REFERENCES broker_connection (id) ON DELETE CASCADE,
    cash          numeric(20, 6) NOT NULL
);

CREATE TABLE broker_sim_position (
    connection_id uuid           NOT NULL REFERENCES broker_sim_account (connection_id) ON DELETE CASCADE,
    symbol        text           NOT NULL,
    quantity      numeric(24, 9) NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (connection_id, symbol)
);

-- Every order the simulated broker received; "exactly once" is the unique client order id.
CREATE TABLE broker_sim_order (
    id              uuid PRIMARY KEY,
    connection_id   uuid           NOT NULL REFERENCES broker_sim_account (connection_id) ON DELETE CASCADE,
    client_order_id text           NOT NULL,
    symbol          text           NOT NULL,
    side            text           NOT NULL CHECK (side IN ('BUY', 'SELL')),
    quantity        numeric(24, 9) NOT NULL,
    notional        numeric(20, 6) NOT NULL,
    planning_price  numeric        NOT NULL,
    status          text           NOT NULL CHECK (status IN ('FILLED', 'REJECTED')),
    filled_quantity numeric(24, 9),
    fill_price      numeric,
    rejection       text,
    created_at      timestamptz    NOT NULL,
    CONSTRAINT broker_sim_order_client_order_id UNIQUE (connection_id, client_order_id)
);
