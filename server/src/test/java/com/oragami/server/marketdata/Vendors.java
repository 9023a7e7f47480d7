package com.oragami.server.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;

/** Test settings for provider clients against WireMock: quick retries, no pacing. */
final class Vendors {

    /** Three tries, 1 ms backoff doubling to at most 4 ms, short timeouts. */
    static final MarketDataProperties.Http HTTP = new MarketDataProperties.Http(
            Duration.ofSeconds(2), Duration.ofSeconds(2), 3, Duration.ofMillis(1), Duration.ofMillis(4));

    private Vendors() {}

    static WireMockServer start() {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return server;
    }

    static MarketDataProperties.Vendor vendor(WireMockServer server, String key, String secret) {
        return new MarketDataProperties.Vendor(server.baseUrl(), key, secret, "iex", Duration.ZERO);
    }

    /** Strictness: every request the client made matched a stub. */
    static void assertNoUnexpectedRequests(WireMockServer server) {
        assertThat(server.findAllUnmatchedRequests())
                .as("requests no stub expected")
                .isEmpty();
    }
}
