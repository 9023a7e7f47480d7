-- Accounts: users, their sign-in sessions and the rotating refresh tokens of each session.
CREATE TABLE account_user (
    id            uuid PRIMARY KEY,
    email         text        NOT NULL,
    password_hash text        NOT NULL,
    created_at    timestamptz NOT NULL
);
CREATE UNIQUE INDEX account_user_email ON account_user (lower(email));

-- One row per sign-in; access tokens name it (claim sid) so logging out revokes them too.
CREATE TABLE account_session (
    id         uuid PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES account_user (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX account_session_user ON account_session (user_id);

-- Refresh tokens are stored as SHA-256 hashes; each is used once (used_at), then replaced.
-- Presenting a used one again revokes the whole session (token theft).
CREATE TABLE account_refresh_token (
    token_hash bytea PRIMARY KEY,
    session_id uuid        NOT NULL REFERENCES account_session (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX account_refresh_token_session ON account_refresh_token (session_id);
