/**
 * What every feature stands on: the {@link java.time.Clock} bean, the embedded PostgreSQL default
 * ({@link com.oragami.server.platform.EmbeddedDatabaseConfiguration}), JWT security ({@link
 * com.oragami.server.platform.SecurityConfiguration}, {@link com.oragami.server.platform.CurrentUser},
 * {@link com.oragami.server.platform.SessionRegistry} implemented by {@code account}), the GraphQL
 * scalars, limits and error translation, the start-up guard against default secrets, and live
 * events for subscriptions ({@link com.oragami.server.platform.LiveEvents}: LISTEN/NOTIFY fan-out
 * across nodes, owner-filtered; {@link com.oragami.server.platform.WebSocketAuthentication}: the
 * access token on {@code connection_init}). Owns no tables.
 */
@NullMarked
package com.oragami.server.platform;

import org.jspecify.annotations.NullMarked;
