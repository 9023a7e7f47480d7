/**
 * Brokers: a user's connections to broker accounts and the engine {@code Broker} behind each.
 *
 * <p>Public API: {@link com.oragami.server.broker.Brokers} (connect the simulated paper broker,
 * Alpaca paper by key pair or by OAuth 2.0, disconnect, list; {@code broker(id)} and {@code
 * calendar(id, …)} for the daily run), the records {@link
 * com.oragami.server.broker.BrokerConnection} and {@link
 * com.oragami.server.broker.BrokerConnectionId}, the event {@link
 * com.oragami.server.broker.BrokerNeedsReconnect} (a 401/403 from Alpaca; {@code BrokerLiveEvents}
 * tells the owner live) and {@link
 * com.oragami.server.broker.BrokerException}. Alpaca's HTTP client is the internal sub-package
 * {@code alpaca}. Credentials are encrypted at rest with AES-GCM under {@code BROKER_TOKEN_KEY}
 * ({@code TokenCipher}) and never logged. Owns the tables {@code broker_connection}, {@code
 * broker_oauth_state}, {@code broker_sim_account}, {@code broker_sim_position} and {@code
 * broker_sim_order} (V0005).
 */
@NullMarked
package com.oragami.server.broker;

import org.jspecify.annotations.NullMarked;
