package com.oragami.server.account;

import java.time.OffsetDateTime;

/** A signed-in session's credentials: a JWT access token and an opaque single-use refresh token. */
record Tokens(
        String accessToken,
        OffsetDateTime accessTokenExpiresAt,
        String refreshToken,
        OffsetDateTime refreshTokenExpiresAt) {}
