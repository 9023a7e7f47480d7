package com.oragami.server.marketdata;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tiingo end-of-day against WireMock. */
class TiingoProviderTest {

    private static final Ticker AAPL = new Ticker("AAPL");
    private static final String PRICES = "/tiingo/daily/AAPL/prices";

    private static final String BODY = """
            [{"date":"2019-01-02T00:00:00.000Z","close":157.92,"high":158.85,"low":154.23,"open":154.89,
              "volume":37039737,"adjClose":38.0,"adjHigh":38.2,"adjLow":37.1,"adjOpen":37.3,"adjVolume":148158948,
              "divCash":0.0,"splitFactor":1.0},
             {"date":"2019-01-03T00:00:00.000Z","close":142.19,"high":145.72,"low":142.0,"open":143.98,
              "volume":91312195,"adjClose":34.2,"adjHigh":35.0,"adjLow":34.1,"adjOpen":34.6,"adjVolume":365248780,
              "divCash":0.0,"splitFactor":1.0}]
            """;

    private static WireMockServer server;
    private TiingoProvider tiingo;

    @BeforeAll
    static void startServer() {
        server = Vendors.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void setUp() {
        server.resetAll();
        tiingo = new TiingoProvider(Vendors.vendor(server, "token", ""), Vendors.HTTP);
    }

    @AfterEach
    void strict() {
        Vendors.assertNoUnexpectedRequests(server);
    }

    @Test
    void readsRawAndAdjustedPricesOnTheirDates() {
        server.stubFor(get(urlPathEqualTo(PRICES))
                .withQueryParam("startDate", equalTo("2019-01-02"))
                .withQueryParam("token", equalTo("token"))
                .willReturn(okJson(BODY)));

        List<Bar> bars = tiingo.daily(AAPL, LocalDate.of(2019, 1, 2), day -> {});

        assertThat(bars).extracting(Bar::day).containsExactly(LocalDate.of(2019, 1, 2), LocalDate.of(2019, 1, 3));
        assertThat(bars.get(1).close()).isEqualTo(142.19);
        assertThat(bars.get(1).adjClose()).isEqualTo(34.2);
    }

    @Test
    void reportsANotFoundDetailAsAnUnknownTicker() {
        server.stubFor(get(urlPathEqualTo(PRICES))
                .willReturn(aResponse().withStatus(404).withBody("{\"detail\":\"Error: Ticker 'AAPL' not found\"}")));

        assertThatThrownBy(() -> tiingo.daily(AAPL, LocalDate.of(2019, 1, 2), day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.UNKNOWN_TICKER));
    }

    @Test
    void rejectsARowWithoutAdjustedClose() {
        server.stubFor(get(urlPathEqualTo(PRICES)).willReturn(okJson(BODY.replace("\"adjClose\":34.2,", ""))));

        assertThatThrownBy(() -> tiingo.daily(AAPL, LocalDate.of(2019, 1, 2), day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.MALFORMED))
                .hasMessageContaining("adjClose");
    }

    @Test
    void rejectsRepeatedDays() {
        server.stubFor(get(urlPathEqualTo(PRICES))
                .willReturn(okJson(BODY.replace("2019-01-03T00:00:00.000Z", "2019-01-02T00:00:00.000Z"))));

        assertThatThrownBy(() -> tiingo.daily(AAPL, LocalDate.of(2019, 1, 2), day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.MALFORMED))
                .hasMessageContaining("out of order or repeated");
    }

    @Test
    void offersNoLatestTrade() {
        assertThatThrownBy(() -> tiingo.latest(AAPL))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.UNSUPPORTED));
    }
}
