/**
 * Our own small Alpaca client on Spring's {@code RestClient}: {@link
 * com.oragami.server.broker.alpaca.AlpacaTradingClient} (the paper Trading API v2 as an engine
 * {@code Broker}: account, positions, orders by {@code client_order_id}, clock, calendar) and
 * {@link com.oragami.server.broker.alpaca.AlpacaOAuth} (authorize URL and code-for-token exchange).
 * Credentials are {@link com.oragami.server.broker.alpaca.AlpacaAuth}, whose {@code toString} never
 * shows a secret; failures are {@link com.oragami.server.broker.alpaca.AlpacaException}. Internal to
 * the {@code broker} feature, which decides what a failure means for a connection.
 */
@NullMarked
package com.oragami.server.broker.alpaca;

import org.jspecify.annotations.NullMarked;
