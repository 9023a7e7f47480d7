package com.oragami.server.marketdata;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries, their limit and backoff, refusals by status, pacing, and keys kept out of messages. */
class VendorHttpTest {

    private static final String PATH = "/daily/SPY";
    private static WireMockServer server;

    @BeforeAll
    static void startServer() {
        server = Vendors.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    private static VendorHttp http() {
        return new VendorHttp("tiingo", server.baseUrl(), Vendors.HTTP, Duration.ZERO, body -> body.contains("Note"));
    }

    private static String fetch(VendorHttp http) {
        return http.get(PATH, Map.of(), Map.of("token", "s3cr3t"), Map.of());
    }

    private static void answer(int status, String body) {
        server.stubFor(get(urlPathEqualTo(PATH))
                .willReturn(aResponse().withStatus(status).withBody(body)));
    }

    private static ProviderException.Reason reasonOf(Throwable e) {
        return ((ProviderException) e).reason();
    }

    @Test
    void serverErrorsAreRetriedUpToTheAttemptLimitThenUnavailable() {
        answer(503, "  busy,\n try later  ");

        assertThatThrownBy(() -> fetch(http()))
                .isInstanceOf(ProviderException.class)
                .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ProviderException.Reason.UNAVAILABLE))
                .hasMessage("tiingo /daily/SPY answered HTTP 503 after 3 attempts: busy, try later");
        server.verify(3, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aTooManyRequestsThenSuccessGivesTheBody() {
        server.stubFor(get(urlPathEqualTo(PATH))
                .inScenario("throttle")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
                .willSetStateTo("calm"));
        server.stubFor(get(urlPathEqualTo(PATH))
                .inScenario("throttle")
                .whenScenarioStateIs("calm")
                .willReturn(okJson("[]")));

        assertThat(fetch(http())).isEqualTo("[]");
        server.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aThrottlingMessageInAnOkAnswerIsRateLimitedOnceRetriesRunOut() {
        answer(200, "{\"Note\":\"5 calls per minute\"}");

        assertThatThrownBy(() -> fetch(http()))
                .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ProviderException.Reason.RATE_LIMITED))
                .hasMessage(
                        "tiingo /daily/SPY answered rate limited after 3 attempts: {\"Note\":\"5 calls per minute\"}");
        server.verify(3, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void refusalsAreNotRetriedAndMapToAReason() {
        answer(404, "");
        assertThatThrownBy(() -> fetch(http()))
                .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ProviderException.Reason.UNKNOWN_TICKER))
                .hasMessage("tiingo /daily/SPY answered HTTP 404");
        answer(401, "bad token");
        assertThatThrownBy(() -> fetch(http()))
                .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ProviderException.Reason.UNAUTHORIZED));
        answer(403, "not entitled");
        assertThatThrownBy(() -> fetch(http()))
                .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ProviderException.Reason.UNAUTHORIZED));
        answer(400, "bad request");
        assertThatThrownBy(() -> fetch(http()))
                .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ProviderException.Reason.REJECTED));
        // one request for each of the four refusals: none is retried
        server.verify(4, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aLongRefusalIsCutTo160CharactersAndNeverShowsTheQuery() {
        answer(400, "x".repeat(500));

        assertThatThrownBy(() -> fetch(http()))
                .hasMessage("tiingo /daily/SPY answered HTTP 400: " + "x".repeat(160) + "…")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr3t"));
    }

    @Test
    void anUnreachableVendorIsUnavailableAfterEveryAttempt() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        VendorHttp http = new VendorHttp("eodhd", "http://127.0.0.1:" + closedPort, Vendors.HTTP, Duration.ZERO);

        assertThatThrownBy(() -> fetch(http))
                .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(ProviderException.Reason.UNAVAILABLE))
                .hasMessageStartingWith("eodhd /daily/SPY unreachable after 3 attempts: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr3t"));
    }

    @Test
    void requestsAreSpacedByTheMinimumInterval() {
        answer(200, "[]");
        VendorHttp http = new VendorHttp("tiingo", server.baseUrl(), Vendors.HTTP, Duration.ofMillis(150));

        long start = System.nanoTime();
        fetch(http);
        fetch(http);
        fetch(http);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        // the second and third requests each wait until 150 ms after the one before: at least 2 · 150 ms
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
    }

    @Test
    void backoffDoublesHonoursALongerRetryAfterAndIsCappedAtTheMaximum() {
        MarketDataProperties.Http settings = new MarketDataProperties.Http(
                Duration.ofSeconds(1), Duration.ofSeconds(1), 5, Duration.ofSeconds(1), Duration.ofSeconds(10));
        VendorHttp http = new VendorHttp("tiingo", "http://localhost", settings, Duration.ZERO);

        // 1 s · 2^(attempt − 1): 1, 2, 4, 8, then 16 cut to the 10 s maximum
        assertThat(http.delay(1, null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(http.delay(3, null)).isEqualTo(Duration.ofSeconds(4));
        assertThat(http.delay(4, null)).isEqualTo(Duration.ofSeconds(8));
        assertThat(http.delay(5, null)).isEqualTo(Duration.ofSeconds(10));
        // Retry-After 5 s beats the 1 s backoff; a shorter one does not shorten it
        assertThat(http.delay(1, " 5 ")).isEqualTo(Duration.ofSeconds(5));
        assertThat(http.delay(3, "1")).isEqualTo(Duration.ofSeconds(4));
        // a vendor asking for an hour still waits only the maximum
        assertThat(http.delay(1, "3600")).isEqualTo(Duration.ofSeconds(10));
        // an HTTP-date Retry-After leaves the doubling backoff: attempt 2 → 2 s
        assertThat(http.delay(2, "Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ofSeconds(2));
    }
}
