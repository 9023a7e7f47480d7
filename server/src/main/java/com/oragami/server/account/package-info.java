/**
 * Accounts and sign-in: registering, logging in with a BCrypt (cost 12) password, short-lived JWT
 * access tokens, rotating refresh tokens stored as SHA-256 hashes, logging out, and throttling of
 * sign-in attempts per account and per client address ({@link com.oragami.server.account.LoginThrottle}).
 * Implements the platform's {@link com.oragami.server.platform.SessionRegistry}. Owns the tables
 * {@code account_user}, {@code account_session} and {@code account_refresh_token}.
 */
@NullMarked
package com.oragami.server.account;

import org.jspecify.annotations.NullMarked;
